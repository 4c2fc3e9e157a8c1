package org.sightline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sightline.export.api.MarkdownReportExporter;
import org.sightline.model.Claim;

/**
 * The Markdown report parsed by a real CommonMark parser (commonmark-java): the intended structure and nothing else,
 * whatever markup the documents contain, and every claim quoted from its exact span.
 */
class MarkdownReportTest {

    private final ExportFixture fixture = new ExportFixture();
    private final String markdown = Exports.text(new MarkdownReportExporter(), fixture.corpus);
    private final Node ast = Parser.builder().build().parse(markdown);
    private final Document rendered = Jsoup.parse(HtmlRenderer.builder().build().render(ast));

    @Test
    void documentTextNeverBecomesMarkupOrHtml() {
        List<String> unexpected = new ArrayList<>();
        ast.accept(new AbstractVisitor() {
            @Override public void visit(HtmlBlock node) { unexpected.add("html block " + node.getLiteral()); }
            @Override public void visit(HtmlInline node) { unexpected.add("inline html " + node.getLiteral()); }
            @Override public void visit(Link node) { unexpected.add("link " + node.getDestination()); }
            @Override public void visit(Image node) { unexpected.add("image " + node.getDestination()); }
            @Override public void visit(Code node) { unexpected.add("code " + node.getLiteral()); }
            @Override public void visit(IndentedCodeBlock node) { unexpected.add("code block " + node.getLiteral()); }
            @Override public void visit(FencedCodeBlock node) { unexpected.add("code block " + node.getLiteral()); }
            @Override public void visit(ThematicBreak node) { unexpected.add("thematic break"); }
        });
        assertEquals(List.of(), unexpected);
        assertTrue(rendered.select("script, b, h1 ~ h1").isEmpty());
        assertTrue(rendered.text().contains("<script>alert(\"pwned\")</script> & friends"));
        // Lines of the hostile text that look like a list, a numbered list, a heading stay inside the quote as text.
        assertTrue(rendered.select("blockquote ul, blockquote ol, blockquote h1, blockquote h2, blockquote h3").isEmpty());
    }

    @Test
    void headingStructure() {
        Map<Integer, List<String>> headings = new HashMap<>();
        for (int level = 1; level <= 6; level++) {
            headings.put(level, rendered.select("h" + level).eachText());
        }
        assertEquals(List.of("Sightline report: Pentagon and North Korea, \"sample\""), headings.get(1));
        assertEquals(List.of("Pentagon to Reduce Its Role in Deterrence of North Korea", "<b>Leak</b> & \"friends\""), headings.get(2));
        assertEquals(List.of("Actors", "Claims by source", "Actors", "Claims by source"), headings.get(3));
        assertEquals(List.of("Pentagon (GOVERNMENT_BODY, a2)", "US officials (GROUP, a3)",
                "South Korea\u2019s defense ministry (GOVERNMENT_BODY, a6)", "Japan (STATE, a7)", "analysts (GROUP, a8)",
                "Unattributed (no source: the document's own voice)", "Critics (GROUP, a9)", "experts (GROUP, a10)",
                "lawmakers (GROUP, a12)", "Unattributed (no source: the document's own voice)",
                "@Spokesman, \"Ministry\" (PERSON, a13)"), headings.get(4));
    }

    @Test
    void everyShownClaimIsAListItemQuotingItsExactSpan() {
        Pattern claimId = Pattern.compile("\\bclaim (c\\d+)\\b");
        Map<String, Element> quotes = new HashMap<>();
        for (Element item : rendered.select("li:has(> blockquote)")) {
            Matcher m = claimId.matcher(item.selectFirst("> p").text());
            assertTrue(m.find(), "claim id in " + item.text());
            quotes.put(m.group(1), item.selectFirst("> blockquote"));
        }
        List<Claim> shown = ReportExpectations.shown(fixture);
        assertEquals(shown.size(), quotes.size(), "one quoted list item per shown claim, the rejected c19 left out");
        for (Claim claim : shown) {
            Element quote = quotes.get(claim.getId());
            assertNotNull(quote, claim.getId());
            assertEquals(ReportExpectations.collapsed(ReportExpectations.evidence(claim)), ReportExpectations.collapsed(quote.text()),
                    claim.getId());
            // Source in bold and cue in italics where CommonMark allows it (both are plain words in this corpus).
            assertEquals(claim.getSourceText() == null ? "" : claim.getSourceText(), quote.select("strong").text(), claim.getId());
            assertEquals(claim.getCue() == null ? "" : claim.getCue(), quote.select("em").text(), claim.getId());
        }
        // The three list lines after "continue to:" stay separate lines (hard breaks), not one run-on line.
        assertEquals(3, quotes.get(fixture.sample.assets.getId()).select("br").size());
    }

    @Test
    void actorsListedPerDocument() {
        List<Element> lists = rendered.select("h3:contains(Actors) + ul");
        assertEquals(2, lists.size());
        assertEquals(12, lists.get(0).select("> li").size());
        assertEquals("Pentagon", lists.get(0).selectFirst("li > strong").text());
        assertEquals("@Spokesman, \"Ministry\"", lists.get(1).selectFirst("li > strong").text());
        assertTrue(lists.get(1).text().contains("(PERSON, =1+1; part of Ministry of Truth, a13)"));
    }
}
