package org.sightline.importer.feed.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.ImportException;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.feed.api.FeedImporter;

class FeedImporterTest {

    private final FeedImporter importer = new FeedImporter();

    @Test
    void readsRss2ItemsWithHtmlContent() throws ImportException {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Defense Wire</title><language>en-us</language>
                <item>
                  <title>Pentagon to reduce its deterrence role</title>
                  <link>https://wire.example/pentagon</link>
                  <pubDate>Wed, 26 Nov 2026 14:05:00 -0500</pubDate>
                  <dc:creator>Jane Reporter</dc:creator>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>US officials stressed that the United States will continue to keep
                    troops in the region and uphold its treaties with allies.</p>
                    <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
                    <p>Analysts warned of miscalculation by Pyongyang if the change is misread.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Seoul responds</title>
                  <guid isPermaLink="true">https://wire.example/seoul</guid>
                  <description>South Korea&apos;s ministry said it would &lt;b&gt;strengthen&lt;/b&gt; its own deterrence.</description>
                </item>
                </channel></rss>""";
        List<ImportedText> items = importer.importFeed(rss, "wire.xml");
        assertEquals(2, items.size());
        ImportedText first = items.get(0);
        assertEquals("Pentagon to reduce its deterrence role", first.title());
        assertEquals("https://wire.example/pentagon", first.canonicalUrl());
        assertEquals(LocalDate.of(2026, 11, 26), first.published());
        assertEquals("Jane Reporter", first.author());
        assertEquals("Defense Wire", first.publisher());
        assertEquals("en", first.language());
        assertEquals(FeedImporter.ID, first.importerId());
        assertTrue(first.text().startsWith("US officials stressed"), first.text());
        assertTrue(first.text().endsWith("if the change is misread."), first.text());
        assertFalse(first.text().contains("Tweet"));
        assertEquals(2, first.structure().size());

        ImportedText second = items.get(1);
        assertEquals("https://wire.example/seoul", second.canonicalUrl());
        assertEquals("South Korea's ministry said it would strengthen its own deterrence.", second.text());
    }

    @Test
    void readsAtomEntries() throws ImportException {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                  <title>Ministry Releases</title>
                  <entry>
                    <title>Statement on regional readiness</title>
                    <link rel="alternate" href="https://ministry.example/statement"/>
                    <link rel="enclosure" href="https://ministry.example/statement.pdf"/>
                    <published>2026-11-25T09:00:00Z</published>
                    <author><name>Press Office</name></author>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The ministry will work closely
                      with its US counterparts and maintain readiness against potential provocations.</p></div></content>
                  </entry>
                  <entry>
                    <title>Plain entry</title>
                    <updated>2026-11-24T10:00:00Z</updated>
                    <summary type="text">Readiness drills continue &amp; expand next month.</summary>
                  </entry>
                </feed>""";
        List<ImportedText> entries = importer.importFeed(atom, "releases.atom");
        assertEquals(2, entries.size());
        ImportedText first = entries.get(0);
        assertEquals("Statement on regional readiness", first.title());
        assertEquals("https://ministry.example/statement", first.canonicalUrl());
        assertEquals(LocalDate.of(2026, 11, 25), first.published());
        assertEquals("Press Office", first.author());
        assertEquals("Ministry Releases", first.publisher());
        assertTrue(first.text().startsWith("The ministry will work closely with its US counterparts"), first.text());
        assertEquals("Readiness drills continue & expand next month.", entries.get(1).text());
        assertEquals(LocalDate.of(2026, 11, 24), entries.get(1).published());
    }

    @Test
    void readsRss1Rdf() throws ImportException {
        String rdf = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Old Feed</title></channel>
                  <item><title>One</title><link>https://old.example/1</link><dc:date>2003-05-01</dc:date>
                    <description>First item text.</description></item>
                </rdf:RDF>""";
        List<ImportedText> items = importer.importFeed(rdf, "old.rdf");
        assertEquals(1, items.size());
        assertEquals(LocalDate.of(2003, 5, 1), items.get(0).published());
        assertEquals("First item text.", items.get(0).text());
    }

    @Test
    void refusesEntityExpansionBomb() {
        StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">\n");
        }
        String bomb = doctype + "]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>";
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(ImportException.class, () -> importer.importFeed(bomb, "bomb.xml")));
        assertEquals("bomb.xml", e.input());
        assertTrue(e.getMessage().contains("declares entities"), e.getMessage());
    }

    @Test
    void refusesExternalEntity() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <rss><channel><item><title>&secret;</title><description>x</description></item></channel></rss>""";
        ImportException e = assertThrows(ImportException.class, () -> importer.importFeed(xxe, "xxe.xml"));
        assertTrue(e.getMessage().startsWith("xxe.xml: "), e.getMessage());
    }

    @Test
    void plainDoctypeWithoutEntitiesIsFine() throws ImportException {
        String rss = "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">"
                + "<rss version=\"0.91\"><channel><item><title>T</title><description>Body text.</description></item>"
                + "</channel></rss>";
        assertEquals("Body text.", importer.importFeed(rss, "old.rss").get(0).text());
    }

    @Test
    void rejectsXmlThatIsNotAFeed() {
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFeed("<?xml version=\"1.0\"?><svg><g/></svg>", "drawing.xml"));
        assertEquals("drawing.xml: not an RSS or Atom feed: the root element is <svg>", e.getMessage());
    }

    /** Found by the feed fuzz target (docs/reliability.md): an entry without content passed as a document with no text. */
    @Test
    void anItemWithAHeadlineOnlyIsItsHeadlineAndAnEmptyItemIsLeftOut() throws Exception {
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fil</title>"
                + "<entry><title>Pourparlers</title><link rel=\"alternate\" href=\"https://example.org/c\"/></entry>"
                + "<entry><link href=\"https://example.org/d\"/></entry>"
                + "<entry><title>Talks</title><summary>The minister said talks would resume.</summary></entry></feed>";
        List<ImportedText> entries = new FeedImporter().importFeed(atom, "fil.xml");
        assertEquals(List.of("Pourparlers", "The minister said talks would resume."), entries.stream().map(ImportedText::text).toList());
        assertEquals("Pourparlers", entries.get(0).title());
    }
}
