package org.sightline.export.api;

import java.io.IOException;
import java.io.Writer;

import org.sightline.analysis.api.AchMatrix;
import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Exporter;
import org.sightline.export.internal.AchText;
import org.sightline.export.internal.MarkdownText;
import org.sightline.export.internal.Report;
import org.sightline.export.internal.Report.ActorEntry;
import org.sightline.export.internal.Report.ClaimEntry;
import org.sightline.export.internal.Report.Evidence;
import org.sightline.export.internal.Report.Section;
import org.sightline.export.internal.Report.Segment;
import org.sightline.export.internal.Report.SourceGroup;
import org.sightline.export.internal.ReportText;
import org.sightline.export.internal.Utf8;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Hypothesis;

import static org.sightline.export.internal.MarkdownText.line;

/**
 * A readable report in CommonMark: per document its actors and its claims grouped by source, each claim with the exact
 * text it came from as a block quote (source in bold, cue in italics); then, when the workspace has hypotheses, the ACH
 * matrix as a table with the ranking. All document text is escaped, so nothing in an
 * article can turn into markup or raw HTML. Layout: docs/formats.md.
 *
 * @since 0.1.0
 */
public final class MarkdownReportExporter implements Exporter {

    public static final String FORMAT = "md";
    public static final String EXTENSION = "md";
    public static final String MEDIA_TYPE = "text/markdown";
    public static final String FILE = "report.md";

    public MarkdownReportExporter() {
        // Public no-arg constructor for the exporters extension point; the exporter has no state.
    }

    @Override
    public void export(Corpus corpus, ExportTarget target) throws IOException {
        Report report = new Report(corpus);
        try (Writer out = Utf8.writer(target.open(FILE))) {
            out.write("# Sightline report: " + line(ReportText.corpusName(corpus)) + "\n\n");
            out.write(MarkdownText.escape(ReportText.summary(report), true) + "\n");
            for (Document document : corpus.getDocuments()) {
                section(out, report.section(document));
            }
            ach(out, AchText.matrix(corpus));
        }
    }

    /** The ACH matrix as a table (evidence rows, hypothesis columns), the ranking and the evidence the lead depends on. */
    private static void ach(Writer out, AchMatrix m) throws IOException {
        if (m == null) {
            return;
        }
        out.write("\n## " + AchText.HEADING + "\n\n");
        if (m.evidence().isEmpty()) {
            out.write("No evidence rated yet.\n");
        } else {
            StringBuilder head = new StringBuilder("| Evidence |");
            StringBuilder rule = new StringBuilder("|---|");
            for (Hypothesis h : m.hypotheses()) {
                head.append(' ').append(line(AchText.hypothesis(h))).append(" |");
                rule.append(":-:|");
            }
            out.write(head.append('\n').append(rule).append('\n').toString());
            for (AchMatrix.Evidence e : m.evidence()) {
                StringBuilder row = new StringBuilder("| ").append(line(AchText.evidence(e.claim()))).append(" |");
                for (AchMatrix.Rating r : e.ratings()) {
                    row.append(' ').append(line(AchText.cell(r))).append(" |");
                }
                out.write(row.append('\n').toString());
            }
        }
        out.write("\n### Ranking, most likely first\n\n");
        for (String r : AchText.ranking(m)) {
            out.write("- " + line(r) + "\n");
        }
        out.write("\n" + MarkdownText.escape(AchText.notes(m), true) + "\n");
    }

    private static void section(Writer out, Section section) throws IOException {
        Document d = section.document();
        out.write("\n## " + line(ReportText.title(d)) + "\n\n");
        for (String[] field : ReportText.metadata(d)) {
            out.write("- " + line(field[0]) + ": " + line(field[1]) + "\n");
        }
        out.write("\n### Actors\n\n");
        if (section.actors().isEmpty()) {
            out.write("No actors found.\n");
        }
        for (ActorEntry entry : section.actors()) {
            out.write("- **" + line(ReportText.actorName(entry.actor())) + "** " + line(ReportText.actorDetails(entry)) + "\n");
        }
        out.write("\n### Claims by source\n");
        if (section.groups().isEmpty()) {
            out.write("\nNo claims found.\n");
        }
        for (SourceGroup group : section.groups()) {
            out.write("\n#### " + line(ReportText.groupTitle(group)) + "\n\n");
            for (int i = 0; i < group.claims().size(); i++) {
                out.write(i == 0 ? "" : "\n"); // a blank line between list items, none after the last
                claim(out, group.claims().get(i));
            }
        }
    }

    private static void claim(Writer out, ClaimEntry entry) throws IOException {
        Claim c = entry.claim();
        StringBuilder head = new StringBuilder("- **").append(line(c.getType().getLiteral())).append("**");
        for (String detail : ReportText.claimDetails(c, entry.evidence())) {
            head.append(" · ").append(MarkdownText.escape(detail, false));
        }
        out.write(head.append("\n\n").toString());
        // The quote, indented to belong to the list item; each line of the evidence is a line of the block quote, held
        // together by hard line breaks (a backslash at the end of a line).
        String[] lines = quote(entry.evidence()).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            boolean breakAfter = i + 1 < lines.length && !lines[i].isBlank() && !lines[i + 1].isBlank();
            out.write(lines[i].isBlank() ? "  >\n" : "  > " + lines[i] + (breakAfter ? "\\" : "") + "\n");
        }
    }

    /** The evidence as Markdown with LF line breaks: source bold, cue italic, content and context plain, gaps marked. */
    private static String quote(Evidence evidence) {
        StringBuilder md = new StringBuilder();
        boolean lineStart = true;
        boolean previousEmphasized = false;
        for (Segment segment : evidence.segments()) {
            String text = segment.text();
            String delimiter = switch (segment.role()) {
                case SOURCE -> "**";
                case CUE -> "*";
                default -> null;
            };
            // Two emphasised pieces back to back would give runs like "***" that CommonMark pairs differently.
            boolean emphasize = delimiter != null && !previousEmphasized && MarkdownText.canEmphasize(text);
            if (segment.role() == Report.Role.GAP) {
                md.append(lineStart ? "" : " ").append("\\[…\\]").append(' ');
                lineStart = false;
            } else if (emphasize) {
                md.append(delimiter).append(MarkdownText.escape(text, false)).append(delimiter);
            } else {
                md.append(MarkdownText.escape(text, lineStart));
            }
            previousEmphasized = emphasize;
            if (!text.isEmpty()) {
                lineStart = text.endsWith("\n") || text.endsWith("\r");
            }
        }
        return md.toString();
    }

}
