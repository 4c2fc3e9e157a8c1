package org.sightline.export.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.sightline.analysis.api.AchMatrix;
import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Exporter;
import org.sightline.export.internal.AchText;
import org.sightline.export.internal.CsvWriter;
import org.sightline.export.internal.Utf8;
import org.sightline.export.internal.Values;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Identified;
import org.sightline.model.Mention;
import org.sightline.model.TextSpan;

/**
 * Claims (and, with a folder target, actors, mentions and, when there are hypotheses, the ACH matrix) as RFC 4180 CSV in UTF-8 without a byte order mark, with a
 * header row, CRLF line ends and the spreadsheet formula guard of docs/formats.md. Every claim, mention and actor is
 * written, rejected ones included: the {@code status} column lets the analyst filter. Rows are in corpus order.
 *
 * @since 0.1.0
 */
public final class CsvExporter implements Exporter {

    public static final String FORMAT = "csv";
    public static final String EXTENSION = "csv";
    public static final String MEDIA_TYPE = "text/csv";
    /** The main file, the only one written to a single-stream target. */
    public static final String CLAIMS_FILE = "claims.csv";
    public static final String ACTORS_FILE = "actors.csv";
    public static final String MENTIONS_FILE = "mentions.csv";
    /** The ACH matrix, one row per cell; written to a folder when the workspace has hypotheses. @since 0.2.0 */
    public static final String ACH_FILE = "ach.csv";

    public static final List<String> CLAIM_COLUMNS = List.of("id", "doc", "source", "sourceName", "sourceText", "cue",
            "content", "type", "modality", "confidence", "polarity", "targets", "targetNames", "sourceBegin", "sourceEnd",
            "cueBegin", "cueEnd", "contentBegin", "contentEnd", "status");
    public static final List<String> ACTOR_COLUMNS = List.of("id", "name", "kind", "code", "role", "partOf", "aliases",
            "mentions");
    public static final List<String> MENTION_COLUMNS = List.of("id", "actor", "actorName", "doc", "begin", "end", "text",
            "status");
    /** @since 0.2.0 */
    public static final List<String> ACH_COLUMNS = List.of("claim", "sourceName", "content", "hypothesis", "hypothesisLabel",
            "consistency", "weight", "assessment", "rank");

    public CsvExporter() {
        // Public no-arg constructor for the exporters extension point; the exporter has no state.
    }

    @Override
    public void export(Corpus corpus, ExportTarget target) throws IOException {
        try (Writer out = Utf8.writer(target.open(CLAIMS_FILE))) {
            writeClaims(corpus, new CsvWriter(out));
        }
        if (target.isDirectory()) {
            try (Writer out = Utf8.writer(target.open(ACTORS_FILE))) {
                writeActors(corpus, new CsvWriter(out));
            }
            try (Writer out = Utf8.writer(target.open(MENTIONS_FILE))) {
                writeMentions(corpus, new CsvWriter(out));
            }
            AchMatrix ach = AchText.matrix(corpus);
            if (ach != null) {
                try (Writer out = Utf8.writer(target.open(ACH_FILE))) {
                    writeAch(ach, new CsvWriter(out));
                }
            }
        }
    }

    private static void writeClaims(Corpus corpus, CsvWriter csv) throws IOException {
        csv.record(CLAIM_COLUMNS);
        for (Claim c : corpus.getClaims()) {
            csv.text(c.getId()).text(id(c.getDocument())).text(id(c.getSource())).text(name(c.getSource()))
                    .text(c.getSourceText()).text(c.getCue()).text(c.getContent())
                    .text(c.getType().getLiteral()).text(c.getModality().getLiteral()).decimal(c.getConfidence())
                    .text(c.getPolarity().getLiteral())
                    .text(Values.join(c.getTargets().stream().map(CsvExporter::id).toList()))
                    .text(Values.join(c.getTargets().stream().map(CsvExporter::name).toList()))
                    .number(begin(c.getSourceSpan())).number(end(c.getSourceSpan()))
                    .number(begin(c.getCueSpan())).number(end(c.getCueSpan()))
                    .number(begin(c.getContentSpan())).number(end(c.getContentSpan()))
                    .text(c.getStatus().getLiteral())
                    .end();
        }
    }

    private static void writeActors(Corpus corpus, CsvWriter csv) throws IOException {
        csv.record(ACTOR_COLUMNS);
        for (Actor a : corpus.getActors()) {
            csv.text(a.getId()).text(a.getName()).text(a.getKind().getLiteral()).text(a.getCode()).text(a.getRole())
                    .text(id(a.getPartOf())).text(Values.join(a.getAliases())).number(a.getMentions().size())
                    .end();
        }
    }

    private static void writeMentions(Corpus corpus, CsvWriter csv) throws IOException {
        csv.record(MENTION_COLUMNS);
        for (Actor a : corpus.getActors()) {
            for (Mention m : a.getMentions()) {
                csv.text(m.getId()).text(a.getId()).text(a.getName()).text(id(m.getDocument()))
                        .number(begin(m.getSpan())).number(end(m.getSpan())).text(m.getText())
                        .text(m.getStatus().getLiteral())
                        .end();
            }
        }
    }

    /** One row per cell of the matrix, evidence by evidence, hypotheses in column order; a cell not rated is N, weight 1, no assessment. */
    private static void writeAch(AchMatrix m, CsvWriter csv) throws IOException {
        csv.record(ACH_COLUMNS);
        for (AchMatrix.Evidence e : m.evidence()) {
            Claim c = e.claim();
            for (AchMatrix.Rating r : e.ratings()) {
                int rank = m.ranking().stream().filter(x -> x.hypothesis() == r.hypothesis()).mapToInt(AchMatrix.Ranked::rank).findFirst().orElse(0);
                csv.text(c.getId()).text(name(c.getSource())).text(c.getContent()).text(r.hypothesis().getId()).text(r.hypothesis().getLabel())
                        .text(r.consistency().getLiteral()).decimal(r.weight()).text(id(r.assessment())).number(rank)
                        .end();
            }
        }
    }

    private static String id(Identified object) {
        return object == null ? null : object.getId();
    }

    private static String name(Actor actor) {
        return actor == null ? null : actor.getName();
    }

    private static Integer begin(TextSpan span) {
        return span == null ? null : span.getBegin();
    }

    private static Integer end(TextSpan span) {
        return span == null ? null : span.getEnd();
    }
}
