package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.testing.SharedFiles;
import org.w3c.dom.ls.LSInput;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The sample article through the product's own {@code sightline analyze}, as a process, in every format; each output
 * is read back by an independent parser (Gson, Commons CSV in RFC 4180 mode, the GraphML XML Schema, commonmark,
 * jsoup) and checked against the JSON of the same run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzeFormatsTest {

    static final Path SAMPLE = SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE);
    private static final Set<String> ACTOR_KINDS = Set.of("STATE", "GOVERNMENT_BODY", "MILITARY", "INTERNATIONAL_ORGANIZATION",
            "ORGANIZATION", "PERSON", "GROUP", "MEDIA");
    private static final Set<String> CLAIM_TYPES = Set.of("ANNOUNCEMENT", "COMMITMENT", "REASSURANCE", "DENIAL", "WARNING",
            "PREDICTION", "ASSESSMENT", "DEMAND", "ACCUSATION", "STATEMENT");
    private static final Set<String> MODALITIES = Set.of("ASSERTED", "CERTAIN", "PROBABLE", "POSSIBLE", "UNLIKELY", "OBLIGATION");

    @TempDir
    Path dir;

    private JsonObject sampleJson;
    private Products.Result sampleRun;

    @BeforeAll
    void analyseTheSampleAsJson() throws Exception {
        sampleRun = Products.analyze(SAMPLE.toString());
        assertEquals(0, sampleRun.exit(), sampleRun.err());
        sampleJson = JsonParser.parseString(sampleRun.out()).getAsJsonObject();
    }

    private JsonArray actors() {
        return sampleJson.getAsJsonArray("actors");
    }

    private JsonArray claims() {
        return sampleJson.getAsJsonArray("claims");
    }

    private int mentionCount() {
        int n = 0;
        for (JsonElement a : actors()) {
            n += a.getAsJsonObject().getAsJsonArray("mentions").size();
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------------- JSON

    @Test
    void jsonFollowsTheSightline1ContractAndItsOffsetsAreFileOffsets() throws IOException {
        assertFalse(sampleRun.err().contains("error:"), sampleRun.err());
        assertTrue(sampleRun.err().lines().anyMatch(l -> l.matches("sightline: 1 document\\(s\\), \\d+ actor\\(s\\), \\d+ claim\\(s\\) from 1 input\\(s\\): 1 file\\(s\\) or page\\(s\\), 0 of them failed, in .*")),
                sampleRun.err());
        assertEquals("sightline/1", sampleJson.get("schema").getAsString());
        JsonObject doc = sampleJson.getAsJsonArray("documents").get(0).getAsJsonObject();
        assertEquals("d1", doc.get("id").getAsString());
        assertEquals(SAMPLE.toString(), doc.get("input").getAsString());
        assertEquals("Pentagon to Reduce Its Role in Deterrence of North Korea", doc.get("title").getAsString());
        String text = doc.get("text").getAsString();
        assertArrayEquals(Files.readAllBytes(SAMPLE), text.getBytes(StandardCharsets.UTF_8), "plain text: the text is the file");

        Map<String, JsonObject> actorsById = new HashMap<>();
        for (JsonElement e : actors()) {
            JsonObject a = e.getAsJsonObject();
            actorsById.put(a.get("id").getAsString(), a);
            assertTrue(ACTOR_KINDS.contains(a.get("kind").getAsString()), a.toString());
            for (JsonElement m : a.getAsJsonArray("mentions")) {
                JsonObject mention = m.getAsJsonObject();
                assertEquals(mention.get("text").getAsString(), text.substring(mention.get("begin").getAsInt(), mention.get("end").getAsInt()), mention.toString());
            }
        }
        for (JsonElement e : actors()) {
            JsonElement partOf = e.getAsJsonObject().get("partOf");
            assertTrue(partOf.isJsonNull() || actorsById.containsKey(partOf.getAsString()), e.toString());
        }
        for (JsonElement e : claims()) {
            JsonObject c = e.getAsJsonObject();
            assertTrue(CLAIM_TYPES.contains(c.get("type").getAsString()), c.toString());
            assertTrue(MODALITIES.contains(c.get("modality").getAsString()), c.toString());
            double confidence = c.get("confidence").getAsDouble();
            assertTrue(confidence >= 0 && confidence <= 1, c.toString());
            assertTrue(Set.of("POSITIVE", "NEGATIVE", "NEUTRAL").contains(c.get("polarity").getAsString()), c.toString());
            assertEquals(c.get("cue").getAsString(), slice(text, c.getAsJsonArray("cueSpan")), c.toString());
            // a discontinuous content (sightline/1 contentParts): the pieces' texts joined with " … "
            StringBuilder content = new StringBuilder(slice(text, c.getAsJsonArray("contentSpan")));
            c.getAsJsonArray("contentParts").forEach(p -> content.append(" \u2026 ").append(slice(text, p.getAsJsonArray())));
            assertEquals(c.get("content").getAsString(), content.toString(), c.toString());
            assertTrue(c.get("rule").getAsString().matches("[a-z-]+"), "the rule that found the claim: " + c);
            if (!c.get("source").isJsonNull()) {
                assertTrue(actorsById.containsKey(c.get("source").getAsString()), c.toString());
                assertEquals(c.get("sourceText").getAsString(), slice(text, c.getAsJsonArray("sourceSpan")), c.toString());
            }
            c.getAsJsonArray("targets").forEach(t -> assertTrue(actorsById.containsKey(t.getAsString()), c.toString()));
        }

        // What an analyst reads in the sample (design.md): the states, US officials' commitments, analysts' warning.
        Map<String, String> codes = new HashMap<>();
        actors().forEach(a -> codes.put(a.getAsJsonObject().get("name").getAsString(),
                a.getAsJsonObject().get("code").isJsonNull() ? null : a.getAsJsonObject().get("code").getAsString()));
        assertEquals("USA", codes.get("United States"));
        assertEquals("PRK", codes.get("North Korea"));
        assertEquals("KOR", codes.get("South Korea"));
        assertTrue(claimsWith("COMMITMENT", "stressed").size() >= 3, "the three commitments US officials stressed");
        assertFalse(claimsWith("WARNING", "warn").isEmpty(), "analysts warn of miscalculation");
        assertFalse(claimsWith("PREDICTION", "expect").isEmpty(), "experts expect state media to call it weakness");
    }

    private List<JsonObject> claimsWith(String type, String cue) {
        List<JsonObject> found = new ArrayList<>();
        claims().forEach(c -> {
            JsonObject o = c.getAsJsonObject();
            if (o.get("type").getAsString().equals(type) && o.get("cue").getAsString().equals(cue)) {
                found.add(o);
            }
        });
        return found;
    }

    private static String slice(String text, JsonArray span) {
        return text.substring(span.get(0).getAsInt(), span.get(1).getAsInt());
    }

    @Test
    void anHtmlPageGivesItsArticleBodyAsTextAndItsTitleApart() throws Exception {
        Path pages = SharedFiles.resolve("data/article-extraction/html");
        String id;
        Path page;
        try (var list = Files.list(pages)) {
            page = list.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().findFirst().orElseThrow();
            id = page.getFileName().toString().replace(".html.gz", "");
        }
        Products.Result r = Products.analyze(page.toString());
        assertEquals(0, r.exit(), r.err());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("documents").get(0).getAsJsonObject();
        String text = doc.get("text").getAsString();
        String html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String pageTitle = Jsoup.parse(html).title();
        assertFalse(doc.get("title").isJsonNull());
        assertTrue(pageTitle.contains(doc.get("title").getAsString()) || doc.get("title").getAsString().contains(pageTitle.strip()),
                doc.get("title") + " vs <title> " + pageTitle);
        assertFalse(text.contains("<") && text.contains(">") && text.matches("(?s).*<[a-z]+[ >].*"), "no markup in the text");
        String gold = JsonParser.parseString(Files.readString(SharedFiles.resolve("data/article-extraction/ground-truth.json")))
                .getAsJsonObject().getAsJsonObject(id).get("articleBody").getAsString();
        String firstGoldSentence = gold.strip().split("(?<=[.!?])\\s", 2)[0];
        assertTrue(normalise(text).contains(normalise(firstGoldSentence)), "the article body's first sentence: " + firstGoldSentence);
        assertTrue(text.length() < html.length() / 4, "the body, not the whole page: " + text.length() + " of " + html.length());
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    // ----------------------------------------------------------------------------------------------------- CSV

    private static List<CSVRecord> csv(String text) throws IOException {
        // RFC 4180: CRLF records, quoted fields; the header names the columns.
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void csvOnStandardOutputHasOneRecordPerClaim() throws Exception {
        Products.Result r = Products.analyze("--format", "csv", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\r\n") && !r.out().replace("\r\n", "").contains("\r"), "CRLF line ends");
        List<CSVRecord> records = csv(r.out());
        assertEquals(claims().size(), records.size());
        for (int i = 0; i < records.size(); i++) {
            JsonObject c = claims().get(i).getAsJsonObject();
            CSVRecord rec = records.get(i);
            assertEquals(c.get("id").getAsString(), rec.get("id"));
            assertEquals(c.get("type").getAsString(), rec.get("type"));
            assertEquals(c.get("content").getAsString(), rec.get("content"));
            assertEquals(c.getAsJsonArray("cueSpan").get(0).getAsInt(), Integer.parseInt(rec.get("cueBegin")));
        }
    }

    @Test
    void csvIntoAFolderWritesClaimsActorsAndMentions() throws Exception {
        Path out = dir.resolve("tables");
        Products.Result r = Products.analyze("--format", "csv", "--out", out + "/", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "nothing on standard output with --out");
        try (var files = Files.list(out)) {
            assertEquals(List.of("actors.csv", "claims.csv", "mentions.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(claims().size(), csv(Files.readString(out.resolve("claims.csv"))).size());
        List<CSVRecord> actorRows = csv(Files.readString(out.resolve("actors.csv")));
        assertEquals(actors().size(), actorRows.size());
        for (int i = 0; i < actorRows.size(); i++) {
            JsonObject a = actors().get(i).getAsJsonObject();
            assertEquals(a.get("name").getAsString(), actorRows.get(i).get("name"));
            assertEquals(a.getAsJsonArray("mentions").size(), Integer.parseInt(actorRows.get(i).get("mentions")));
        }
        List<CSVRecord> mentionRows = csv(Files.readString(out.resolve("mentions.csv")));
        assertEquals(mentionCount(), mentionRows.size());
        String text = Files.readString(SAMPLE);
        for (CSVRecord m : mentionRows) {
            assertEquals(m.get("text"), text.substring(Integer.parseInt(m.get("begin")), Integer.parseInt(m.get("end"))), m.toString());
        }
    }

    // ------------------------------------------------------------------------------------------------- GraphML

    @Test
    void graphmlIsValidAndHasAnEdgePerSourceTypeAndTargetWithCountsAndClaimIds() throws Exception {
        Path file = dir.resolve("network.graphml");
        Products.Result r = Products.analyze("--format", "graphml", "--out", file.toString(), SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        byte[] graphml = Files.readAllBytes(file);
        validateGraphMl(graphml);

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(graphml));
        Map<String, String> keyNames = new HashMap<>();
        var keys = dom.getElementsByTagNameNS(GRAPHML_NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            org.w3c.dom.Element k = (org.w3c.dom.Element) keys.item(i);
            keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        assertEquals(actors().size(), dom.getElementsByTagNameNS(GRAPHML_NS, "node").getLength());

        // Expected from the JSON: claims by (source, type, target), and part-of links.
        Map<String, Set<String>> expectedClaims = new TreeMap<>();
        for (JsonElement e : claims()) {
            JsonObject c = e.getAsJsonObject();
            if (c.get("source").isJsonNull()) {
                continue;
            }
            for (JsonElement t : c.getAsJsonArray("targets")) {
                expectedClaims.computeIfAbsent(c.get("source").getAsString() + " " + c.get("type").getAsString() + " " + t.getAsString(),
                        k -> new HashSet<>()).add(c.get("id").getAsString());
            }
        }
        Set<String> expectedPartOf = new HashSet<>();
        actors().forEach(a -> {
            JsonElement p = a.getAsJsonObject().get("partOf");
            if (!p.isJsonNull()) {
                expectedPartOf.add(a.getAsJsonObject().get("id").getAsString() + " " + p.getAsString());
            }
        });

        Map<String, Set<String>> claimEdges = new TreeMap<>();
        Set<String> partOfEdges = new HashSet<>();
        var edges = dom.getElementsByTagNameNS(GRAPHML_NS, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            org.w3c.dom.Element edge = (org.w3c.dom.Element) edges.item(i);
            Map<String, String> data = new HashMap<>();
            var ds = edge.getElementsByTagNameNS(GRAPHML_NS, "data");
            for (int j = 0; j < ds.getLength(); j++) {
                org.w3c.dom.Element d = (org.w3c.dom.Element) ds.item(j);
                data.put(keyNames.get(d.getAttribute("key")), d.getTextContent());
            }
            String ends = edge.getAttribute("source") + " " + edge.getAttribute("target");
            if ("PART_OF".equals(data.get("relation"))) {
                partOfEdges.add(ends);
                continue;
            }
            Set<String> ids = new HashSet<>(List.of(data.get("claims").split(";")));
            assertEquals(ids.size(), Integer.parseInt(data.get("count")), "count of " + edge.getAttribute("id"));
            claimEdges.put(edge.getAttribute("source") + " " + data.get("claimType") + " " + edge.getAttribute("target"), ids);
        }
        assertEquals(expectedClaims, claimEdges);
        assertEquals(expectedPartOf, partOfEdges);
        assertFalse(partOfEdges.isEmpty(), "the sample has part-of links (US officials, the defense ministry)");
    }

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

    /** Validates against the GraphML 1.0 schema stored with the exporter's tests; no network access is allowed. */
    private static void validateGraphMl(byte[] graphml) throws Exception {
        Path schemas = Path.of(System.getProperty("sightline.graphml.schemas", "../../bundles/org.sightline.export.tests/src/org/sightline/export/tests/graphml"));
        assertTrue(Files.isRegularFile(schemas.resolve("graphml.xsd")), "GraphML schemas in " + schemas.toAbsolutePath());
        Map<String, Path> local = Map.of(
                "http://graphml.graphdrawing.org/xmlns/1.0/graphml-structure.xsd", schemas.resolve("graphml-structure.xsd"),
                "http://graphml.graphdrawing.org/xmlns/1.0/xlink.xsd", schemas.resolve("xlink.xsd"));
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            Path p = local.get(systemId);
            assertNotNull(p, "schema " + systemId + " is not stored locally; refusing to fetch it");
            return new LocalSchema(systemId, p);
        });
        Validator validator = factory.newSchema(new StreamSource(schemas.resolve("graphml.xsd").toFile())).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(graphml)));
    }

    /** A schema served from a local file under its published URL. */
    private record LocalSchema(String systemId, Path file) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return systemId; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return "UTF-8"; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }

    // ----------------------------------------------------------------------------------------- Markdown and HTML

    @Test
    void markdownReportParsesWithAHeadingPerDocumentAndEveryClaim() throws Exception {
        Products.Result r = Products.analyze("--format", "md", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        Node md = Parser.builder().build().parse(r.out());
        List<String> headings = new ArrayList<>();
        for (Node n = md.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                headings.add(h.getLevel() + " " + textOf(h));
            }
        }
        assertTrue(headings.contains("2 Pentagon to Reduce Its Role in Deterrence of North Korea"), headings.toString());
        String rendered = Jsoup.parse(HtmlRenderer.builder().build().render(md)).text();
        for (JsonElement c : claims()) {
            assertTrue(rendered.contains("claim " + c.getAsJsonObject().get("id").getAsString() + " "), "claim " + c.getAsJsonObject().get("id"));
        }
    }

    private static String textOf(Node node) {
        StringBuilder b = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            b.append(n instanceof Text t ? t.getLiteral() : textOf(n));
        }
        return b.toString();
    }

    @Test
    void htmlReportIsOneSelfContainedPageWithEveryClaim() throws Exception {
        Products.Result r = Products.analyze("--format", "html", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        org.jsoup.nodes.Document html = Jsoup.parse(r.out());
        assertEquals(List.of(), externalReferences(html), "self-contained: nothing loaded from elsewhere");
        assertTrue(html.select("script").isEmpty());
        for (JsonElement c : claims()) {
            assertNotNull(html.getElementById("claim-" + c.getAsJsonObject().get("id").getAsString()), c.toString());
        }
        assertTrue(html.text().contains("Pentagon to Reduce Its Role in Deterrence of North Korea"));
    }

    private static List<String> externalReferences(org.jsoup.nodes.Document html) {
        List<String> refs = new ArrayList<>();
        for (Element e : html.select("[src], [href], link, object, iframe, embed")) {
            for (String attr : List.of("src", "href")) {
                String v = e.attr(attr);
                if (!v.isEmpty() && !v.startsWith("#") && !v.startsWith("data:")) {
                    refs.add(e.tagName() + " " + attr + "=" + v);
                }
            }
        }
        return refs;
    }

    @Test
    void markupInTheInputStaysTextInBothReports() throws Exception {
        String hostile = "<script>alert('pwned')</script>";
        Path input = dir.resolve("hostile.txt");
        Files.writeString(input, "Officials warn of <b>markup</b>\n\nUS officials stressed that the United States will continue "
                + hostile + " to uphold defense treaties with South Korea. <img src=x onerror=alert(1)> Analysts warned that "
                + "North Korea could test a missile.\n");
        Products.Result html = Products.analyze("--format", "html", input.toString());
        assertEquals(0, html.exit(), html.err());
        org.jsoup.nodes.Document page = Jsoup.parse(html.out());
        assertTrue(page.select("script, img, [onerror]").isEmpty(), "no element made from the input's markup");
        assertTrue(page.text().contains(hostile), "the markup shown as text");
        assertEquals(List.of(), externalReferences(page));

        Products.Result md = Products.analyze("--format", "md", input.toString());
        assertEquals(0, md.exit(), md.err());
        // Rendered as a Markdown viewer would (raw HTML passes through commonmark unless escaped by the exporter).
        org.jsoup.nodes.Document rendered = Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(md.out())));
        assertTrue(rendered.select("script, img, [onerror]").isEmpty(), "no element made from the input's markup");
        assertTrue(rendered.text().contains(hostile), "the markup shown as text");
    }

    @Test
    void theHeadlessProductWritesTheSameBytes() throws Exception {
        Products.Result r = Products.run(Products.headless(), Products.noDisplay(), "analyze", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        assertArrayEquals(sampleRun.stdout(), r.stdout());
    }
}
