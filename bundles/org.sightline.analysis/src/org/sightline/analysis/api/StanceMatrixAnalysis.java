package org.sightline.analysis.api;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sightline.analysis.api.StanceMatrix.Cell;
import org.sightline.analysis.api.StanceMatrix.Row;
import org.sightline.analysis.internal.CorpusIndex;
import org.sightline.analysis.internal.LiveClaims;
import org.sightline.analysis.internal.Sources;
import org.sightline.core.api.Analysis;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;

/**
 * Builds the {@link StanceMatrix}: who commits, warns, predicts, demands... Each non-rejected claim lands in exactly
 * one cell (its source actor, its type). O(C + A&middot;T) for C claims, A actors, T claim types.
 *
 * @since 0.1.0
 */
public final class StanceMatrixAnalysis implements Analysis<StanceMatrix> {

    /** Id of this analysis in the {@code org.sightline.core.analyses} extension point. */
    public static final String ID = "org.sightline.analysis.stanceMatrix";

    private final boolean rollUp;

    /** Rows are the actors exactly as attributed. */
    public StanceMatrixAnalysis() {
        this(false);
    }

    /**
     * @param rollUpParts count a claim for the top of its source's part-of chain (US officials and the Pentagon both
     *                    count for the United States)
     */
    public StanceMatrixAnalysis(boolean rollUpParts) {
        this.rollUp = rollUpParts;
    }

    @Override
    public StanceMatrix analyze(Corpus corpus) {
        CorpusIndex index = new CorpusIndex(corpus);
        ClaimType[] types = ClaimType.values();
        Map<Actor, List<List<Claim>>> byActor = new IdentityHashMap<>();
        List<List<Claim>> noSource = null;
        for (Claim claim : LiveClaims.of(corpus)) {
            Actor source = claim.getSource();
            if (source != null) {
                index.indexOf(source, claim, "source");
            }
            Actor counted = Sources.countedFor(source, rollUp);
            if (counted != source) {
                index.indexOfWhole(counted, source); // a whole outside the corpus would lose the claim silently
            }
            List<List<Claim>> row;
            if (counted == null) {
                row = noSource == null ? noSource = emptyRow(types.length) : noSource;
            } else {
                row = byActor.computeIfAbsent(counted, a -> emptyRow(types.length));
            }
            row.get(claim.getType().ordinal()).add(claim);
        }
        Map<Actor, List<List<Claim>>> ordered = new LinkedHashMap<>();
        for (Actor actor : index.actors()) {
            if (byActor.containsKey(actor)) {
                ordered.put(actor, byActor.get(actor));
            }
        }
        List<Row> rows = new ArrayList<>();
        ordered.forEach((actor, cells) -> rows.add(row(actor, cells, types)));
        if (noSource != null) {
            rows.add(row(null, noSource, types));
        }
        return new StanceMatrix(List.of(types), rows);
    }

    private static List<List<Claim>> emptyRow(int columns) {
        List<List<Claim>> row = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            row.add(new ArrayList<>());
        }
        return row;
    }

    private static Row row(Actor actor, List<List<Claim>> cells, ClaimType[] types) {
        List<Cell> result = new ArrayList<>(types.length);
        for (ClaimType type : types) {
            result.add(new Cell(actor, type, cells.get(type.ordinal())));
        }
        return new Row(actor, result);
    }
}
