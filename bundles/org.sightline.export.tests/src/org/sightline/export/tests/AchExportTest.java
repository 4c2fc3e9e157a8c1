package org.sightline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.export.api.CsvExporter;
import org.sightline.export.api.HtmlReportExporter;
import org.sightline.export.api.MarkdownReportExporter;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Hypothesis;
import org.sightline.model.SightlineFactory;

/**
 * The ACH matrix in the exports (issue 19): the Markdown and HTML reports end with it (evidence rows, hypothesis
 * columns, the ranking, the evidence the lead depends on) and CSV to a folder writes it as ach.csv. Two hypotheses,
 * one with a hostile label, rated against the US reassurance and the analysts' warning; one rating of the rejected
 * claim, which is not evidence.
 */
class AchExportTest {

    @TempDir
    Path dir;

    private final ExportFixture f = new ExportFixture();
    private final Hypothesis holds = hypothesis("h1", "Deterrence holds");
    private final Hypothesis splits = hypothesis("h2", "Alliance <b>weakens</b> | splits");

    AchExportTest() {
        rate("s1", f.sample.reassurance, holds, Consistency.CC, 1);
        rate("s2", f.sample.reassurance, splits, Consistency.I, 1);
        rate("s3", f.sample.analystsWarn, holds, Consistency.I, 2);
        rate("s4", f.sample.analystsWarn, splits, Consistency.C, 1);
        rate("s5", f.sample.rejected, holds, Consistency.II, 1);
    }

    @Test
    void theMarkdownReportEndsWithTheMatrixTheRankingAndTheCriticalEvidence() {
        String md = Exports.text(new MarkdownReportExporter(), f.corpus);
        int at = md.indexOf("\n## Analysis of competing hypotheses\n");
        assertTrue(at > md.lastIndexOf("\n## " + f.hostile.getTitle()), "after the documents");
        String ach = md.substring(at);
        assertTrue(ach.contains("| Evidence | Deterrence holds | Alliance \\<b\\>weakens\\</b\\> \\| splits |\n|---|:-:|:-:|\n"), ach);
        assertTrue(ach.contains("(" + f.sample.reassurance.getId() + ") | CC | I |\n"), ach);
        assertTrue(ach.contains("(" + f.sample.analystsWarn.getId() + ") | I \u00D72 | C |\n"), ach);
        assertFalse(ach.contains("(" + f.sample.rejected.getId() + ") |"), "a rejected claim is no evidence");
        assertTrue(ach.contains("- rank 1: Alliance \\<b\\>weakens\\</b\\> \\| splits (inconsistency 1, consistency 1)\n"
                + "- rank 2: Deterrence holds (inconsistency 2, consistency 2)\n"), ach);
        assertTrue(ach.contains("The lead changes when any of these is removed or flipped: analysts"), ach);
        assertTrue(ach.contains("1 rating of rejected claims left out."), ach);
        boolean[] html = {false};
        Parser.builder().build().parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html[0] = true;
            }

            @Override
            public void visit(HtmlBlock node) {
                html[0] = true;
            }
        });
        assertFalse(html[0], "a hypothesis label cannot put HTML into the report");
    }

    @Test
    void theHtmlReportHasTheMatrixAsATable() {
        org.jsoup.nodes.Document page = Jsoup.parse(Exports.text(new HtmlReportExporter(), f.corpus));
        Element table = page.selectFirst("section.ach#ach table.ach-matrix");
        assertEquals(List.of("Evidence", "Deterrence holds", "Alliance <b>weakens</b> | splits"), table.select("thead th").eachText());
        assertEquals(List.of("h1", "h2"), table.select("thead th[data-hypothesis]").eachAttr("data-hypothesis"));
        assertEquals(List.of(f.sample.reassurance.getId(), f.sample.analystsWarn.getId()), table.select("tbody tr").eachAttr("data-claim"));
        assertEquals(List.of("CC", "I"), table.select("tbody tr").get(0).select("td").eachText());
        assertEquals(List.of("I \u00D72", "C"), table.select("tbody tr").get(1).select("td").eachText());
        assertEquals(List.of("I", "C"), table.select("tbody tr").get(1).select("td").eachAttr("data-consistency"));
        assertTrue(page.select("section.ach b").isEmpty(), "the label's markup stays text");
        assertEquals(List.of("rank 1: Alliance <b>weakens</b> | splits (inconsistency 1, consistency 1)",
                "rank 2: Deterrence holds (inconsistency 2, consistency 2)"), page.select("ul.ach-ranking li").eachText());
    }

    @Test
    void csvToAFolderWritesTheMatrixOneRowPerCell() throws Exception {
        Exports.toFolder(new CsvExporter(), f.corpus, dir);
        List<List<String>> rows = Rfc4180.parse(Exports.utf8(Files.readAllBytes(dir.resolve(CsvExporter.ACH_FILE))));
        assertEquals(CsvExporter.ACH_COLUMNS, rows.get(0));
        assertEquals(5, rows.size(), "two pieces of evidence times two hypotheses, and the header");
        assertEquals(List.of(f.sample.analystsWarn.getId(), "analysts", f.sample.analystsWarn.getContent(), "h1", "Deterrence holds", "I", "2", "s3", "2"),
                rows.get(3).stream().map(Rfc4180::unguard).toList());
        assertEquals("Alliance <b>weakens</b> | splits", rows.get(2).get(4));
        assertEquals("1", rows.get(2).get(8), "the rank of the hypothesis");
    }

    @Test
    void withoutHypothesesThereIsNoAchSectionAndNoAchFile() throws Exception {
        ExportFixture plain = new ExportFixture();
        assertFalse(Exports.text(new MarkdownReportExporter(), plain.corpus).contains("competing hypotheses"));
        assertTrue(Jsoup.parse(Exports.text(new HtmlReportExporter(), plain.corpus)).select("section.ach, table.ach-matrix").isEmpty());
        Exports.toFolder(new CsvExporter(), plain.corpus, dir);
        assertFalse(Files.exists(dir.resolve(CsvExporter.ACH_FILE)));
    }

    private Hypothesis hypothesis(String id, String label) {
        Hypothesis h = SightlineFactory.eINSTANCE.createHypothesis();
        h.setId(id);
        h.setLabel(label);
        f.corpus.getHypotheses().add(h);
        return h;
    }

    private void rate(String id, Claim claim, Hypothesis h, Consistency c, double weight) {
        Assessment a = SightlineFactory.eINSTANCE.createAssessment();
        a.setId(id);
        a.setClaim(claim);
        a.setHypothesis(h);
        a.setConsistency(c);
        a.setWeight(weight);
        f.corpus.getAssessments().add(a);
    }
}
