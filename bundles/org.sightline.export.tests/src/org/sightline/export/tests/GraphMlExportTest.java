package org.sightline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.sightline.export.api.GraphMlExporter;
import org.sightline.model.Actor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The GraphML export validated against the GraphML 1.0 XML Schema (local copies in this bundle, see graphml/NOTICE.md)
 * and read back as a DOM: nodes, edges, counts and claim ids checked against the fixture worked out by hand.
 */
class GraphMlExportTest {

    private static final String NS = GraphMlExporter.NAMESPACE;

    private final ExportFixture fixture = new ExportFixture();

    @Test
    void validatesAgainstTheGraphMlSchema() throws Exception {
        validate(Exports.bytes(new GraphMlExporter(), fixture.corpus)); // throws with line and column if invalid
    }

    @Test
    void theValidatorReallyRejectsBrokenGraphMl() throws Exception {
        // Guards the guard: an edge pointing at a missing node breaks the schema's keyref, an unknown data key too.
        String valid = Exports.text(new GraphMlExporter(), fixture.corpus);
        SAXParseException dangling = assertThrows(SAXParseException.class,
                () -> validate(valid.replace("target=\"a4\"", "target=\"nobody\"").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(dangling.getMessage().contains("nobody"), dangling.getMessage());
        assertThrows(SAXParseException.class,
                () -> validate(valid.replace("<data key=\"kind\">", "<data key=\"undeclared\">").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void nodesCarryEveryActorWithItsAttributes() throws Exception {
        Document dom = parse(Exports.bytes(new GraphMlExporter(), fixture.corpus));
        Map<String, Map<String, String>> nodes = dataByElement(dom, "node");

        assertEquals(fixture.corpus.getActors().size(), nodes.size(), "one node per actor, isolated ones included");
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "a13", "org_x003A_truth_x002F_1"),
                List.copyOf(nodes.keySet()), "corpus order; the id that is no XML name is encoded");
        Map<String, String> ministry = nodes.get("a6");
        assertEquals("South Korea\u2019s defense ministry", ministry.get("label"));
        assertEquals("South Korea\u2019s defense ministry", ministry.get("name"));
        assertEquals("GOVERNMENT_BODY", ministry.get("kind"));
        assertEquals("KORGOV", ministry.get("code"));
        assertEquals("a5", ministry.get("partOf"));
        assertFalse(nodes.get("a8").containsKey("code"), "no code: no data element (GraphML: undefined)");
        assertEquals("org_x003A_truth_x002F_1", nodes.get("a13").get("partOf"), "part-of points at the encoded node id");
        assertEquals("the spokesman\\;aide;back\\\\slash", nodes.get("a13").get("aliases"));
        // Hand count: US officials made c2..c6 (5 claims) about a5 and a7 (out-degree 2); nobody spoke about them.
        assertEquals("5", nodes.get("a3").get("claimsMade"));
        assertEquals("2", nodes.get("a3").get("outDegree"));
        assertEquals("0", nodes.get("a3").get("inDegree"));
        // North Korea: c1 (Pentagon), c10 (South Korea's ministry), c12 (analysts), c13 (critics), c20 (no source).
        assertEquals("5", nodes.get("a4").get("claimsAbout"));
        assertEquals("4", nodes.get("a4").get("inDegree"));
        assertEquals("2", nodes.get("a2").get("claimsMade"), "the Pentagon made c1 and c7");
        Map<String, String> graph = dataOf((Element) dom.getElementsByTagNameNS(NS, "graph").item(0));
        assertEquals("2", graph.get("unattributedClaims"), "c20 and c22 have no source actor; the rejected c19 does not count");
        assertEquals("5", graph.get("untargetedClaims"), "c3, c5, c9, c11, c17 name no target");
    }

    @Test
    void edgesPerSourceTypeAndTargetWithCountsAndClaimIds() throws Exception {
        Document dom = parse(Exports.bytes(new GraphMlExporter(), fixture.corpus));
        NodeList list = dom.getElementsByTagNameNS(NS, "edge");
        Map<String, String[]> edges = new LinkedHashMap<>(); // id -> source, target, label, relation, type, count, weight, claims
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            Map<String, String> d = dataOf(e);
            edges.put(e.getAttribute("id"), new String[] { e.getAttribute("source"), e.getAttribute("target"), d.get("label"),
                    d.get("relation"), d.get("claimType"), d.get("count"), d.get("weight"), d.get("claims") });
        }
        // Worked out by hand from the fixture: one CLAIM edge per (source, type, target) of a non-rejected claim with a
        // source, in source order, CLAIM edges before the source's PART_OF edge, types in enum order.
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put("a2-ANNOUNCEMENT-a4", new String[] { "a2", "a4", "ANNOUNCEMENT", "CLAIM", "ANNOUNCEMENT", "1", "1", "c1" });
        expected.put("a2-REASSURANCE-a5", new String[] { "a2", "a5", "REASSURANCE", "CLAIM", "REASSURANCE", "1", "1", "c7" });
        expected.put("a2-REASSURANCE-a7", new String[] { "a2", "a7", "REASSURANCE", "CLAIM", "REASSURANCE", "1", "1", "c7" });
        expected.put("a2-PART_OF-a1", new String[] { "a2", "a1", "part of", "PART_OF", null, null, "1", null });
        expected.put("a3-COMMITMENT-a5", new String[] { "a3", "a5", "COMMITMENT", "CLAIM", "COMMITMENT", "1", "1", "c4" });
        expected.put("a3-COMMITMENT-a7", new String[] { "a3", "a7", "COMMITMENT", "CLAIM", "COMMITMENT", "1", "1", "c4" });
        expected.put("a3-REASSURANCE-a5", new String[] { "a3", "a5", "REASSURANCE", "CLAIM", "REASSURANCE", "2", "2", "c2;c6" });
        expected.put("a3-REASSURANCE-a7", new String[] { "a3", "a7", "REASSURANCE", "CLAIM", "REASSURANCE", "2", "2", "c2;c6" });
        expected.put("a3-PART_OF-a1", new String[] { "a3", "a1", "part of", "PART_OF", null, null, "1", null });
        expected.put("a6-COMMITMENT-a1", new String[] { "a6", "a1", "COMMITMENT", "CLAIM", "COMMITMENT", "1", "1", "c8" });
        expected.put("a6-COMMITMENT-a4", new String[] { "a6", "a4", "COMMITMENT", "CLAIM", "COMMITMENT", "1", "1", "c10" });
        expected.put("a6-PART_OF-a5", new String[] { "a6", "a5", "part of", "PART_OF", null, null, "1", null });
        expected.put("a8-WARNING-a2", new String[] { "a8", "a2", "WARNING", "CLAIM", "WARNING", "1", "1", "c12" });
        expected.put("a8-WARNING-a4", new String[] { "a8", "a4", "WARNING", "CLAIM", "WARNING", "1", "1", "c12" });
        expected.put("a9-PREDICTION-a1", new String[] { "a9", "a1", "PREDICTION", "CLAIM", "PREDICTION", "1", "1", "c13" });
        expected.put("a9-PREDICTION-a4", new String[] { "a9", "a4", "PREDICTION", "CLAIM", "PREDICTION", "1", "1", "c13" });
        expected.put("a9-PREDICTION-a5", new String[] { "a9", "a5", "PREDICTION", "CLAIM", "PREDICTION", "1", "1", "c14" });
        expected.put("a9-PREDICTION-a7", new String[] { "a9", "a7", "PREDICTION", "CLAIM", "PREDICTION", "1", "1", "c14" });
        expected.put("a9-DEMAND-a2", new String[] { "a9", "a2", "DEMAND", "CLAIM", "DEMAND", "1", "1", "c18" });
        expected.put("a10-PREDICTION-a11", new String[] { "a10", "a11", "PREDICTION", "CLAIM", "PREDICTION", "1", "1", "c15" });
        expected.put("a11-PART_OF-a4", new String[] { "a11", "a4", "part of", "PART_OF", null, null, "1", null });
        expected.put("a12-ASSESSMENT-a2", new String[] { "a12", "a2", "ASSESSMENT", "CLAIM", "ASSESSMENT", "1", "1", "c16" });
        expected.put("a12-PART_OF-a1", new String[] { "a12", "a1", "part of", "PART_OF", null, null, "1", null });
        String truth = "org_x003A_truth_x002F_1";
        expected.put("a13-STATEMENT-" + truth, new String[] { "a13", truth, "STATEMENT", "CLAIM", "STATEMENT", "1", "1", "c21" });
        expected.put("a13-PART_OF-" + truth, new String[] { "a13", truth, "part of", "PART_OF", null, null, "1", null });

        assertEquals(List.copyOf(expected.keySet()), List.copyOf(edges.keySet()));
        expected.forEach((id, values) -> assertEquals(java.util.Arrays.toString(values), java.util.Arrays.toString(edges.get(id)), id));
    }

    @Test
    void repeatedClaimsAddUpOnOneEdge() throws Exception {
        // A second WARNING by the analysts about North Korea joins edge a8-WARNING-a4: count 2, weight 2, both ids (c12, c23).
        new org.sightline.model.io.CorpusBuilder(fixture.corpus).claim(fixture.sample.article)
                .source(fixture.sample.analysts, "analysts", fixture.sample.article.getText().indexOf("some analysts suggest")).cue("suggest")
                .content("the move could open space for renewed diplomacy").type(org.sightline.model.ClaimType.WARNING)
                .targets(fixture.sample.northKorea).build(); // c23
        byte[] bytes = Exports.bytes(new GraphMlExporter(), fixture.corpus);
        validate(bytes);
        Element edge = edgeById(parse(bytes), "a8-WARNING-a4");
        Map<String, String> d = dataOf(edge);
        assertEquals("2", d.get("count"));
        assertEquals("2", d.get("weight"));
        assertEquals("c12;c23", d.get("claims"));
    }

    @Test
    void anActorWithoutIdIsRefusedByName() {
        Actor nameless = fixture.corpus.getActors().get(6);
        nameless.setId(null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exports.bytes(new GraphMlExporter(), fixture.corpus));
        assertTrue(e.getMessage().startsWith("actor \"Japan\" has no id"), e.getMessage());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Schema URLs the GraphML schemas refer to, mapped to the copies in this bundle; nothing else may be loaded. */
    private static final Map<String, String> LOCAL_SCHEMAS = Map.of(
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml-structure.xsd", "graphml/graphml-structure.xsd",
            "http://graphml.graphdrawing.org/xmlns/1.0/xlink.xsd", "graphml/xlink.xsd");

    static void validate(byte[] graphml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // The schemas load each other by absolute http URL; the resolver serves local copies as streams, and with no
        // protocol allowed any reference it does not know fails instead of going to the network.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            String local = LOCAL_SCHEMAS.get(systemId);
            if (local == null) {
                throw new IllegalStateException("schema " + systemId + " is not stored in the tests bundle; refusing to fetch it");
            }
            return new LocalInput(publicId, systemId, resource(local));
        });
        Schema schema = factory.newSchema(new StreamSource(resource("graphml/graphml.xsd"), "graphml.xsd"));
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); // ignore the file's xsi:schemaLocation
        validator.validate(new StreamSource(new ByteArrayInputStream(graphml)));
    }

    static Document parse(byte[] graphml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphml));
    }

    private static InputStream resource(String name) {
        InputStream in = GraphMlExportTest.class.getResourceAsStream(name);
        assertNotNull(in, "test resource " + name + " is missing from the tests bundle");
        return in;
    }

    /** For each element of {@code tag}: its id and its data values by attr.name. */
    private static Map<String, Map<String, String>> dataByElement(Document dom, String tag) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        NodeList list = dom.getElementsByTagNameNS(NS, tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            result.put(e.getAttribute("id"), dataOf(e));
        }
        return result;
    }

    /** The data children of {@code element}, keyed by the attr.name of their key (as Gephi and Cytoscape read them). */
    private static Map<String, String> dataOf(Element element) {
        Map<String, String> keyNames = new HashMap<>();
        NodeList keys = element.getOwnerDocument().getElementsByTagNameNS(NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            keyNames.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getLocalName().equals("data")) {
                data.put(keyNames.get(e.getAttribute("key")), e.getTextContent());
            }
        }
        return data;
    }

    private static Element edgeById(Document dom, String id) {
        NodeList list = dom.getElementsByTagNameNS(NS, "edge");
        for (int i = 0; i < list.getLength(); i++) {
            if (((Element) list.item(i)).getAttribute("id").equals(id)) {
                return (Element) list.item(i);
            }
        }
        throw new AssertionError("no edge " + id);
    }

    /** An LSInput over a stream; the JDK has no public implementation. */
    private record LocalInput(String publicId, String systemId, InputStream stream) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader characterStream) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
