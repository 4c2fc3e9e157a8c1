package org.sightline.analysis.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;

/**
 * Commitments and stances: actors by claim type, each cell with the claims behind it. The result of
 * {@link StanceMatrixAnalysis}; a view draws {@link #rows()} &times; {@link #columns()} as a table.
 *
 * @param columns every {@link ClaimType}, in enum order, so tables from different corpora line up
 * @param rows    one row per actor with at least one claim, in corpus order; then, if any claim has no source actor,
 *                one last row with a null actor
 *
 * @since 0.1.0
 */
public record StanceMatrix(List<ClaimType> columns, List<Row> rows) {

    public StanceMatrix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One cell: the claims by {@code actor} of {@code type}, in corpus order. */
    public record Cell(Actor actor, ClaimType type, List<Claim> claims) {
        public Cell {
            Objects.requireNonNull(type, "type");
            claims = List.copyOf(claims);
        }

        public int count() {
            return claims.size();
        }
    }

    /**
     * One row.
     *
     * @param actor the source actor; null for the row of claims without a source actor
     * @param cells one cell per column, in column order (empty cells included)
     */
    public record Row(Actor actor, List<Cell> cells) {
        /** Label of the source-less row. */
        public static final String NO_SOURCE = "(no source)";

        public Row {
            cells = List.copyOf(cells);
        }

        /** The actor's name, or {@link #NO_SOURCE}. */
        public String label() {
            return actor == null ? NO_SOURCE : actor.getName();
        }

        /** The cell of {@code type}. */
        public Cell cell(ClaimType type) {
            return cells.get(type.ordinal());
        }

        /** Claims in this row. */
        public int total() {
            return cells.stream().mapToInt(Cell::count).sum();
        }
    }

    /** The row of {@code actor} (null: the source-less row), if it has any claims. */
    public Optional<Row> row(Actor actor) {
        return rows.stream().filter(r -> r.actor() == actor).findFirst();
    }

    /** Claim count of a cell; 0 when the actor has no row. */
    public int count(Actor actor, ClaimType type) {
        return row(actor).map(r -> r.cell(type).count()).orElse(0);
    }

    /** Claims of {@code type} across all rows. */
    public int columnTotal(ClaimType type) {
        return rows.stream().mapToInt(r -> r.cell(type).count()).sum();
    }

    /** Claims in the matrix. */
    public int total() {
        return rows.stream().mapToInt(Row::total).sum();
    }
}
