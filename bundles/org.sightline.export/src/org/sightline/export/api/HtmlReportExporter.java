package org.sightline.export.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.sightline.analysis.api.AchMatrix;
import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Exporter;
import org.sightline.export.internal.AchText;
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

/**
 * The report of {@link MarkdownReportExporter} as one self-contained HTML page: inline CSS, no scripts, no external
 * resources or links (the document input is shown as text, never as a link). Markup is built with jsoup's DOM, so all
 * document text is escaped by the library: a {@code <script>} inside an article stays text. The page is written one
 * document at a time, so a large corpus does not have to fit in memory as one DOM.
 *
 * @since 0.1.0
 */
public final class HtmlReportExporter implements Exporter {

    public static final String FORMAT = "html";
    public static final String EXTENSION = "html";
    public static final String MEDIA_TYPE = "text/html";
    public static final String FILE = "report.html";

    private static final String CSS = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330}
            h1{font-size:1.6rem}h2{border-bottom:2px solid #ccd3de;padding-bottom:.2rem;margin-top:2.5rem}
            dl.meta{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem;color:#4a5365}dl.meta dd{margin:0}
            .claim{margin:0 0 1rem 0;padding:.4rem .8rem;border-left:4px solid #ccd3de;background:#f7f9fc}
            .claim-head{margin:.2rem 0;color:#4a5365}.claim-head .type{color:#1d2330}
            blockquote.evidence{margin:.3rem 0;font-family:Georgia,serif}
            .source{font-weight:bold}mark.cue{background:#ffe58a;font-style:italic}.content{background:#e3efff}
            .gap{color:#8a93a5}.summary{color:#4a5365}
            table.ach-matrix{border-collapse:collapse}table.ach-matrix th,table.ach-matrix td{border:1px solid #ccd3de;padding:.2rem .5rem}
            table.ach-matrix td{text-align:center}table.ach-matrix tbody th{text-align:left;font-weight:normal}""";

    public HtmlReportExporter() {
        // Public no-arg constructor for the exporters extension point; the exporter has no state.
    }

    @Override
    public void export(Corpus corpus, ExportTarget target) throws IOException {
        Report report = new Report(corpus);
        // One jsoup document owns every element, so all parts are serialised with the same settings.
        org.jsoup.nodes.Document page = org.jsoup.nodes.Document.createShell("");
        page.outputSettings(new OutputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true).indentAmount(1));
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "generator").attr("content", "Sightline");
        head.appendElement("title").text("Sightline report: " + ReportText.corpusName(corpus));
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));

        Element top = page.body().appendElement("header");
        top.appendElement("h1").text("Sightline report: " + ReportText.corpusName(corpus));
        top.appendElement("p").addClass("summary").text(ReportText.summary(report));
        Element nav = top.appendElement("nav").appendElement("ol");
        for (Document d : corpus.getDocuments()) {
            nav.appendElement("li").appendElement("a").attr("href", "#" + anchor("doc", d.getId())).text(ReportText.title(d));
        }

        try (Writer out = Utf8.writer(target.open(FILE))) {
            out.write("<!DOCTYPE html>\n<html lang=\"en\">\n");
            out.write(head.outerHtml());
            out.write("\n<body>\n");
            out.write(top.outerHtml());
            out.write('\n');
            for (Document d : corpus.getDocuments()) {
                Element section = page.body().appendElement("section");
                section(section, report.section(d));
                out.write(section.outerHtml());
                out.write('\n');
                section.remove(); // keep only one document's DOM alive at a time
            }
            AchMatrix m = AchText.matrix(corpus);
            if (m != null) {
                Element section = page.body().appendElement("section");
                ach(section, m);
                out.write(section.outerHtml());
                out.write('\n');
            }
            out.write("</body>\n</html>\n");
        }
    }

    /** The ACH matrix: a table with a row per evidence and a column per hypothesis, the ranking, the critical evidence. */
    private static void ach(Element html, AchMatrix m) {
        html.addClass("ach").id("ach");
        html.appendElement("h2").text(AchText.HEADING);
        if (m.evidence().isEmpty()) {
            html.appendElement("p").text("No evidence rated yet.");
        } else {
            Element table = html.appendElement("table").addClass("ach-matrix");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").text("Evidence");
            for (Hypothesis h : m.hypotheses()) {
                head.appendElement("th").attr("data-hypothesis", h.getId()).text(AchText.hypothesis(h));
            }
            Element body = table.appendElement("tbody");
            for (AchMatrix.Evidence e : m.evidence()) {
                Element row = body.appendElement("tr").attr("data-claim", e.claim().getId());
                row.appendElement("th").attr("scope", "row").text(AchText.evidence(e.claim()));
                for (AchMatrix.Rating r : e.ratings()) {
                    row.appendElement("td").attr("data-consistency", r.consistency().getLiteral()).text(AchText.cell(r));
                }
            }
        }
        html.appendElement("h3").text("Ranking, most likely first");
        Element ranking = html.appendElement("ul").addClass("ach-ranking");
        for (String r : AchText.ranking(m)) {
            ranking.appendElement("li").text(r);
        }
        html.appendElement("p").addClass("ach-notes").text(AchText.notes(m));
    }

    private static void section(Element html, Section section) {
        Document d = section.document();
        html.addClass("document").id(anchor("doc", d.getId()));
        html.appendElement("h2").text(ReportText.title(d));
        Element meta = html.appendElement("dl").addClass("meta");
        for (String[] field : ReportText.metadata(d)) {
            meta.appendElement("dt").text(field[0]);
            meta.appendElement("dd").text(field[1]);
        }
        html.appendElement("h3").text("Actors");
        if (section.actors().isEmpty()) {
            html.appendElement("p").text("No actors found.");
        } else {
            Element list = html.appendElement("ul").addClass("actors");
            for (ActorEntry entry : section.actors()) {
                Element item = list.appendElement("li").attr("data-actor", entry.actor().getId());
                item.appendElement("strong").text(ReportText.actorName(entry.actor()));
                item.appendText(" " + ReportText.actorDetails(entry));
            }
        }
        html.appendElement("h3").text("Claims by source");
        if (section.groups().isEmpty()) {
            html.appendElement("p").text("No claims found.");
        }
        for (SourceGroup group : section.groups()) {
            Element groupHtml = html.appendElement("section").addClass("source-group");
            if (group.source() != null) {
                groupHtml.attr("data-actor", group.source().getId());
            }
            groupHtml.appendElement("h4").text(ReportText.groupTitle(group));
            for (ClaimEntry entry : group.claims()) {
                claim(groupHtml.appendElement("article"), d, entry);
            }
        }
    }

    private static void claim(Element html, Document d, ClaimEntry entry) {
        Claim c = entry.claim();
        html.addClass("claim").id(anchor("claim", c.getId())).attr("data-type", c.getType().getLiteral());
        Element head = html.appendElement("p").addClass("claim-head");
        head.appendElement("strong").addClass("type").text(c.getType().getLiteral());
        for (String detail : ReportText.claimDetails(c, entry.evidence())) {
            head.appendText(" \u00B7 " + detail);
        }
        Evidence evidence = entry.evidence();
        Element quote = html.appendElement("blockquote").addClass("evidence").attr("data-doc", String.valueOf(d.getId()));
        if (evidence.begin() >= 0) {
            quote.attr("data-begin", Integer.toString(evidence.begin())).attr("data-end", Integer.toString(evidence.end()));
        }
        for (Segment segment : evidence.segments()) {
            Element holder = switch (segment.role()) {
                case SOURCE -> quote.appendElement("span").addClass("source");
                case CUE -> quote.appendElement("mark").addClass("cue");
                case CONTENT -> quote.appendElement("span").addClass("content");
                case GAP -> quote.appendElement("span").addClass("gap").text(" [\u2026] ");
                case CONTEXT -> quote;
            };
            if (segment.role() != Report.Role.GAP) {
                appendLines(holder, segment.text());
            }
        }
    }

    /** Text with its line breaks kept as {@code <br>} (HTML collapses them otherwise; list items would run together). */
    private static void appendLines(Element element, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                element.appendElement("br");
            }
            if (!lines[i].isEmpty()) {
                element.appendText(lines[i]);
            }
        }
    }

    /** An id attribute value: a prefix and the object id with whitespace replaced (HTML ids may not contain spaces). */
    private static String anchor(String prefix, String id) {
        return prefix + "-" + String.valueOf(id).replaceAll("\\s", "_");
    }
}
