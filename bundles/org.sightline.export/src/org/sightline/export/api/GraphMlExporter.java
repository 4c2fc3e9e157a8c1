package org.sightline.export.api;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.sightline.analysis.api.ActorNetwork;
import org.sightline.analysis.api.ActorNetwork.Edge;
import org.sightline.analysis.api.ActorNetwork.EdgeKind;
import org.sightline.analysis.api.ActorNetwork.Node;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Exporter;
import org.sightline.export.internal.Numbers;
import org.sightline.export.internal.Utf8;
import org.sightline.export.internal.Values;
import org.sightline.export.internal.XmlText;
import org.sightline.model.Actor;
import org.sightline.model.Corpus;

/**
 * The actor network ({@link ActorNetworkAnalysis}) as GraphML 1.0: one node per actor, one directed edge per (speaker,
 * claim type, actor spoken about) with the count and ids of the claims behind it, one edge per part-of relation.
 * Every {@code <key>} carries {@code attr.name} and {@code attr.type}, which is what Gephi, yEd and Cytoscape read;
 * {@code label} (Gephi) and {@code name} (Cytoscape) both hold the actor's name, {@code weight} (Gephi) the claim count.
 * Node and edge order is the network's, so the same corpus gives the same bytes. Keys and values: docs/formats.md.
 *
 * @since 0.1.0
 */
public final class GraphMlExporter implements Exporter {

    public static final String FORMAT = "graphml";
    public static final String EXTENSION = "graphml";
    public static final String MEDIA_TYPE = "application/graphml+xml";
    public static final String FILE = "actor-network.graphml";

    public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    public static final String SCHEMA_LOCATION = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** One declared attribute: key id, the element it is for, attr.name, attr.type. */
    private record Key(String id, String domain, String name, String type) {
    }

    private static final Key UNATTRIBUTED = new Key("unattributedClaims", "graph", "unattributedClaims", "int");
    private static final Key UNTARGETED = new Key("untargetedClaims", "graph", "untargetedClaims", "int");
    private static final Key LABEL = new Key("label", "node", "label", "string");
    private static final Key NAME = new Key("name", "node", "name", "string");
    private static final Key KIND = new Key("kind", "node", "kind", "string");
    private static final Key CODE = new Key("code", "node", "code", "string");
    private static final Key PART_OF = new Key("partOf", "node", "partOf", "string");
    private static final Key ALIASES = new Key("aliases", "node", "aliases", "string");
    private static final Key CLAIMS_MADE = new Key("claimsMade", "node", "claimsMade", "int");
    private static final Key CLAIMS_ABOUT = new Key("claimsAbout", "node", "claimsAbout", "int");
    private static final Key OUT_DEGREE = new Key("outDegree", "node", "outDegree", "int");
    private static final Key IN_DEGREE = new Key("inDegree", "node", "inDegree", "int");
    private static final Key BETWEENNESS = new Key("betweenness", "node", "betweenness", "double");
    private static final Key EDGE_LABEL = new Key("edgeLabel", "edge", "label", "string");
    private static final Key RELATION = new Key("relation", "edge", "relation", "string");
    private static final Key CLAIM_TYPE = new Key("claimType", "edge", "claimType", "string");
    private static final Key COUNT = new Key("count", "edge", "count", "int");
    private static final Key WEIGHT = new Key("weight", "edge", "weight", "double");
    private static final Key CLAIMS = new Key("claims", "edge", "claims", "string");

    /** All keys in the order they are declared. */
    private static final List<Key> KEYS = List.of(UNATTRIBUTED, UNTARGETED, LABEL, NAME, KIND, CODE, PART_OF, ALIASES,
            CLAIMS_MADE, CLAIMS_ABOUT, OUT_DEGREE, IN_DEGREE, BETWEENNESS, EDGE_LABEL, RELATION, CLAIM_TYPE, COUNT, WEIGHT,
            CLAIMS);

    public GraphMlExporter() {
        // Public no-arg constructor for the exporters extension point; the exporter has no state.
    }

    @Override
    public void export(Corpus corpus, ExportTarget target) throws IOException {
        ActorNetwork network = new ActorNetworkAnalysis().analyze(corpus);
        try (Writer out = Utf8.writer(target.open(FILE))) {
            // The JDK's own StAX writer, not whichever provider the class path offers: same bytes everywhere.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            write(network, xml);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void write(ActorNetwork network, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", NAMESPACE + " " + SCHEMA_LOCATION);
        for (Key key : KEYS) {
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", key.id());
            xml.writeAttribute("for", key.domain());
            xml.writeAttribute("attr.name", key.name());
            xml.writeAttribute("attr.type", key.type());
        }
        xml.writeCharacters("\n  ");
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "actors");
        xml.writeAttribute("edgedefault", "directed");
        data(xml, 4, UNATTRIBUTED, Integer.toString(network.unattributedClaims()));
        data(xml, 4, UNTARGETED, Integer.toString(network.untargetedClaims()));

        Map<Actor, String> nodeIds = new IdentityHashMap<>();
        for (Node node : network.nodes()) {
            nodeIds.put(node.actor(), XmlText.nmtoken(node.id(), "actor \"" + node.name() + "\""));
        }
        for (Node node : network.nodes()) {
            Actor actor = node.actor();
            xml.writeCharacters("\n    ");
            xml.writeStartElement("node");
            xml.writeAttribute("id", nodeIds.get(actor));
            data(xml, 6, LABEL, actor.getName());
            data(xml, 6, NAME, actor.getName());
            data(xml, 6, KIND, actor.getKind().getLiteral());
            data(xml, 6, CODE, actor.getCode());
            data(xml, 6, PART_OF, actor.getPartOf() == null ? null : nodeIds.get(actor.getPartOf()));
            data(xml, 6, ALIASES, actor.getAliases().isEmpty() ? null : Values.join(actor.getAliases()));
            data(xml, 6, CLAIMS_MADE, Integer.toString(node.claimsMade()));
            data(xml, 6, CLAIMS_ABOUT, Integer.toString(node.claimsAbout()));
            data(xml, 6, OUT_DEGREE, Integer.toString(node.outDegree()));
            data(xml, 6, IN_DEGREE, Integer.toString(node.inDegree()));
            data(xml, 6, BETWEENNESS, Numbers.plain(node.betweenness()));
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        Set<String> edgeIds = new HashSet<>();
        for (Edge edge : network.edges()) {
            boolean claim = edge.kind() == EdgeKind.CLAIM;
            String type = claim ? edge.claimType().getLiteral() : null;
            String id = uniqueEdgeId(nodeIds.get(edge.source()) + "-" + (claim ? type : EdgeKind.PART_OF.name()) + "-"
                    + nodeIds.get(edge.target()), edgeIds);
            xml.writeCharacters("\n    ");
            xml.writeStartElement("edge");
            xml.writeAttribute("id", id);
            xml.writeAttribute("source", nodeIds.get(edge.source()));
            xml.writeAttribute("target", nodeIds.get(edge.target()));
            data(xml, 6, EDGE_LABEL, claim ? type : "part of");
            data(xml, 6, RELATION, edge.kind().name());
            data(xml, 6, CLAIM_TYPE, type);
            data(xml, 6, COUNT, claim ? Integer.toString(edge.claims().size()) : null);
            data(xml, 6, WEIGHT, Numbers.plain(edge.weight()));
            data(xml, 6, CLAIMS, claim ? Values.join(edge.claimIds()) : null);
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement(); // graph
        xml.writeCharacters("\n");
        xml.writeEndElement(); // graphml
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    /** Writes {@code <data key="...">value</data>} on a new line; nothing when the value is null (GraphML: undefined). */
    private static void data(XMLStreamWriter xml, int indent, Key key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeCharacters("\n" + " ".repeat(indent));
        xml.writeStartElement("data");
        xml.writeAttribute("key", key.id());
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    /**
     * The edge id, made unique: ids derived from endpoints and type can only collide when actor ids themselves contain
     * '-' in a way that mimics another edge; GraphML requires unique edge ids, so a clash gets a numeric suffix.
     */
    private static String uniqueEdgeId(String id, Set<String> used) {
        String unique = id;
        for (int n = 2; !used.add(unique); n++) {
            unique = id + "." + n;
        }
        return unique;
    }
}
