package org.sightline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.sightline.analysis.api.ActorNetwork;
import org.sightline.analysis.api.ActorNetwork.Edge;
import org.sightline.analysis.api.ActorNetwork.EdgeKind;
import org.sightline.analysis.api.ActorNetwork.Node;
import org.sightline.model.Actor;

/**
 * An {@link ActorNetwork} laid out by ELK's layered algorithm (left to right: speakers before the
 * actors they speak about), in model coordinates. The canvas and both exports draw from this one
 * object, so the picture on screen and the exported files agree.
 * <p>
 * Above {@code maxNodes} actors a drawing stops being readable and the layered layout gets slow
 * (its crossing minimisation grows with edges squared per layer pair), so only the most active
 * actors are laid out (claims made plus claims about them); {@link #omittedActors()} says how many
 * were left out.
 *
 * @param nodes         one box per drawn actor, in network order
 * @param edges         one path per drawn edge, in network order
 * @param width         width of the whole drawing
 * @param height        height of the whole drawing
 * @param omittedActors actors of the network not drawn (over the limit)
 */
record NetworkLayout(List<NodeBox> nodes, List<EdgePath> edges, double width, double height, int omittedActors) {

    /** Default limit on drawn actors. */
    static final int MAX_NODES = 150;

    /** How the drawing measures text (the view's font, or a fixed estimate for headless use). */
    interface TextMetrics {
        double width(String text);

        double lineHeight();
    }

    /** One actor's box: top-left corner and size. Size grows with the claims the actor made. */
    record NodeBox(Node node, double x, double y, double w, double h) {
        Actor actor() {
            return node.actor();
        }

        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }

        String caption() {
            return claimsCaption(node.claimsMade());
        }
    }

    /**
     * One edge: its polyline {@code points} (x0, y0, x1, y1, ...; the last point touches the
     * target), and the label box, if it has a label.
     */
    record EdgePath(Edge edge, double[] points, String label, double labelX, double labelY, double labelW, double labelH) {
        boolean hasLabel() {
            return label != null;
        }
    }

    NodeBox box(Actor actor) {
        for (NodeBox b : nodes) {
            if (b.actor() == actor) {
                return b;
            }
        }
        return null;
    }

    /** The topmost box at model point (x, y), or null. */
    NodeBox nodeAt(double x, double y) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).contains(x, y)) {
                return nodes.get(i);
            }
        }
        return null;
    }

    static String claimsCaption(int claims) {
        return claims == 1 ? "1 claim" : claims + " claims";
    }

    /** "3 commitment": the weight and type of a claim edge; part-of edges carry no label. */
    static String edgeLabel(Edge edge) {
        return edge.kind() == EdgeKind.PART_OF ? null : edge.weight() + " " + edge.claimType().getLiteral().toLowerCase(Locale.ROOT);
    }

    /** Lays out {@code network}, drawing at most {@code maxNodes} actors. */
    static NetworkLayout compute(ActorNetwork network, int maxNodes, TextMetrics metrics) {
        registerLayered();
        List<Node> drawn = pick(network.nodes(), maxNodes);
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 2.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(16));

        Map<Actor, ElkNode> elkNodes = new IdentityHashMap<>();
        Map<ElkNode, Node> byElk = new IdentityHashMap<>();
        double line = metrics.lineHeight();
        for (Node node : drawn) {
            ElkNode n = ElkGraphUtil.createNode(root);
            double scale = 1 + 0.35 * Math.log1p(node.claimsMade());
            double textW = Math.max(metrics.width(node.name()), metrics.width(claimsCaption(node.claimsMade())));
            double h = (2 * line + 10) * scale;
            double w = Math.max(textW + 16, h * 1.4);
            n.setDimensions(w, h);
            n.setIdentifier(node.id());
            elkNodes.put(node.actor(), n);
            byElk.put(n, node);
        }
        Map<ElkEdge, Edge> edgeOf = new IdentityHashMap<>();
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (Edge edge : network.edges()) {
            ElkNode s = elkNodes.get(edge.source());
            ElkNode t = elkNodes.get(edge.target());
            if (s == null || t == null) {
                continue;
            }
            ElkEdge e = ElkGraphUtil.createSimpleEdge(s, t);
            String text = edgeLabel(edge);
            if (text != null) {
                ElkLabel label = ElkGraphUtil.createLabel(text, e);
                label.setDimensions(metrics.width(text) + 4, line);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edgeOf.put(e, edge);
            elkEdges.add(e);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<NodeBox> boxes = new ArrayList<>(drawn.size());
        for (ElkNode n : root.getChildren()) {
            boxes.add(new NodeBox(byElk.get(n), n.getX(), n.getY(), n.getWidth(), n.getHeight()));
        }
        List<EdgePath> paths = new ArrayList<>(elkEdges.size());
        for (ElkEdge e : elkEdges) {
            // Simple edges between children of the root have coordinates relative to the root.
            double[] points = points(e);
            ElkLabel label = e.getLabels().isEmpty() ? null : e.getLabels().get(0);
            paths.add(label == null ? new EdgePath(edgeOf.get(e), points, null, 0, 0, 0, 0)
                    : new EdgePath(edgeOf.get(e), points, label.getText(), label.getX(), label.getY(), label.getWidth(), label.getHeight()));
        }
        return new NetworkLayout(boxes, paths, root.getWidth(), root.getHeight(), network.nodes().size() - drawn.size());
    }

    private static double[] points(ElkEdge e) {
        if (e.getSections().isEmpty()) {
            return new double[0];
        }
        ElkEdgeSection section = e.getSections().get(0);
        double[] p = new double[4 + 2 * section.getBendPoints().size()];
        int i = 0;
        p[i++] = section.getStartX();
        p[i++] = section.getStartY();
        for (ElkBendPoint b : section.getBendPoints()) {
            p[i++] = b.getX();
            p[i++] = b.getY();
        }
        p[i++] = section.getEndX();
        p[i] = section.getEndY();
        return p;
    }

    /** The {@code max} most active actors (claims made + about, ties in corpus order), kept in corpus order. */
    private static List<Node> pick(List<Node> nodes, int max) {
        if (nodes.size() <= max) {
            return nodes;
        }
        List<Node> ranked = new ArrayList<>(nodes);
        ranked.sort(Comparator.comparingInt((Node n) -> n.claimsMade() + n.claimsAbout()).reversed());
        Map<Node, Boolean> keep = new IdentityHashMap<>();
        for (Node n : ranked.subList(0, max)) {
            keep.put(n, Boolean.TRUE);
        }
        return nodes.stream().filter(keep::containsKey).toList();
    }

    /**
     * ELK finds its algorithms through java.util.ServiceLoader, which does not see across OSGi
     * bundles: register the layered algorithm ourselves, once.
     */
    private static synchronized void registerLayered() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getOptionData(CoreOptions.ALGORITHM.getId()) == null) {
            service.registerLayoutMetaDataProviders(new CoreOptions());
        }
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
    }
}
