package org.sightline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sightline.export.api.HtmlReportExporter;
import org.sightline.model.Claim;

/** The HTML report parsed back with jsoup: self-contained, escaped, every claim quoted from its exact span. */
class HtmlReportTest {

    private final ExportFixture fixture = new ExportFixture();
    private final String html = Exports.text(new HtmlReportExporter(), fixture.corpus);
    private final Document page = Jsoup.parse(html);

    @Test
    void scriptInADocumentStaysText() {
        assertTrue(page.select("script").isEmpty(), "no script element anywhere");
        assertTrue(page.body().text().contains("<script>alert(\"pwned\")</script> & friends"), "the tag is shown as text");
        assertTrue(html.contains("&lt;script&gt;alert(\"pwned\")&lt;/script&gt; &amp; friends"));
        assertEquals("<b>Leak</b> & \"friends\"", page.select("#doc-d2 > h2").text(), "a title with markup is text too");
        assertTrue(page.select("b").isEmpty());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertTrue(!attribute.getKey().toLowerCase().startsWith("on"), "event handler attribute " + attribute);
            }
        }
    }

    @Test
    void selfContained() {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>"));
        assertEquals(1, page.select("head > style").size(), "inline CSS");
        assertTrue(page.select("link, img, iframe, object, embed, base, video, audio, source, form").isEmpty());
        for (Element a : page.select("[href], [src]")) {
            assertTrue(a.attr("href").startsWith("#"), "only links inside the page: " + a);
            assertNotNull(page.getElementById(a.attr("href").substring(1)), "link target exists: " + a);
        }
        assertEquals("Sightline report: Pentagon and North Korea, \"sample\"", page.title());
        assertEquals("utf-8", page.select("meta[charset]").attr("charset"));
    }

    @Test
    void everyShownClaimQuotesItsExactSpanWithSourceCueAndContentMarked() {
        for (Claim claim : ReportExpectations.shown(fixture)) {
            Element article = page.getElementById("claim-" + claim.getId());
            assertNotNull(article, "claim " + claim.getId() + " is in the report");
            Element quote = article.selectFirst("blockquote.evidence");
            String expected = ReportExpectations.evidence(claim);
            assertEquals(ReportExpectations.collapsed(expected), ReportExpectations.collapsed(quote.text()), claim.getId());
            int[] window = ReportExpectations.window(claim);
            assertEquals(Integer.toString(window[0]), quote.attr("data-begin"), claim.getId());
            assertEquals(Integer.toString(window[1]), quote.attr("data-end"), claim.getId());
            assertEquals(claim.getDocument().getId(), quote.attr("data-doc"));
            assertEquals(claim.getCue() == null ? "" : claim.getCue(), quote.select("mark.cue").text(), claim.getId());
            assertEquals(claim.getSourceText() == null ? "" : claim.getSourceText(), quote.select("span.source").text(), claim.getId());
            assertEquals(ReportExpectations.collapsed(claim.getContent()), quote.select("span.content").text(), claim.getId());
            assertEquals(claim.getType().getLiteral(), article.attr("data-type"));
        }
        assertNull(page.getElementById("claim-c19"), "the rejected claim is not shown");
        assertEquals(ReportExpectations.shown(fixture).size(), page.select("article.claim").size());
        // List items keep their line breaks: three <br> in the third US commitment (stressed ... to:/Maintain/Uphold/Provide).
        assertEquals(3, page.getElementById("claim-c5").select("blockquote br").size());
    }

    @Test
    void claimsAreGroupedBySourceInTextOrder() {
        List<String> groups = page.select("#doc-d1 section.source-group > h4").eachText();
        assertEquals(List.of("Pentagon (GOVERNMENT_BODY, a2)", "US officials (GROUP, a3)",
                "South Korea\u2019s defense ministry (GOVERNMENT_BODY, a6)", "Japan (STATE, a7)", "analysts (GROUP, a8)",
                "Unattributed (no source: the document's own voice)", "Critics (GROUP, a9)", "experts (GROUP, a10)",
                "lawmakers (GROUP, a12)"), groups, "groups ordered by their first claim's position in the text");
        assertEquals(List.of("claim-c2", "claim-c3", "claim-c4", "claim-c5", "claim-c6"),
                page.select("#doc-d1 section.source-group[data-actor=a3] > article").eachAttr("id"));
        assertEquals(List.of("claim-c22", "claim-c21"), page.select("#doc-d2 article").eachAttr("id"),
                "c22 starts at offset 6, c21 (content before source) at 48");
    }

    @Test
    void actorsOfEachDocumentByFirstMention() {
        List<String> d1 = page.select("#doc-d1 ul.actors > li").eachAttr("data-actor");
        // The title mentions the Pentagon, then North Korea; the subtitle "US"; the lawmakers close the first paragraph;
        // Japan is mentioned after South Korea.
        assertEquals(List.of("a2", "a4", "a1", "a3", "a8", "a12", "a5", "a7", "a6", "a9", "a10", "a11"), d1);
        assertTrue(page.select("#doc-d1 ul.actors > li[data-actor=a2]").text()
                .endsWith("3 mentions: Pentagon, United States Department of Defense"));
        assertEquals(List.of("a13", "org:truth/1"), page.select("#doc-d2 ul.actors > li").eachAttr("data-actor"));
    }

    @Test
    void longContextBetweenThePartsIsCut() {
        // Source in the first paragraph, content in the list 600 characters later: the middle becomes a gap marker.
        Claim farApart = new org.sightline.model.io.CorpusBuilder(fixture.corpus).claim(fixture.sample.article)
                .source(fixture.sample.usOfficials, "US officials", 0).cue("insist")
                .content("Maintain troop deployments in the region").type(org.sightline.model.ClaimType.COMMITMENT).build();
        Document report = Jsoup.parse(Exports.text(new HtmlReportExporter(), fixture.corpus));
        Element quote = report.getElementById("claim-" + farApart.getId()).selectFirst("blockquote");
        assertEquals("US officials insist [\u2026] Maintain troop deployments in the region", ReportExpectations.collapsed(quote.text()));
        assertEquals(1, quote.select("span.gap").size());
        assertEquals(Integer.toString(farApart.getSourceSpan().getBegin()), quote.attr("data-begin"));
        assertEquals(Integer.toString(farApart.getContentSpan().getEnd()), quote.attr("data-end"));
    }
}
