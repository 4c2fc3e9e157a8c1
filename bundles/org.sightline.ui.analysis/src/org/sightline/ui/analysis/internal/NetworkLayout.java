package org.sightline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.ForceOptions;
import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressOptions;
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
 * An {@link ActorNetwork} laid out in model coordinates, by default with ELK's stress algorithm (a
 * force-directed drawing: actors that speak about each other close together, straight edges), or
 * with ELK's layered algorithm (left to right: speakers before the actors they speak about). The
 * canvas and both exports draw from this one object, so the picture on screen and the exported files
 * agree. A {@link Placement} keeps actors where they were across refreshes and keeps pinned ones
 * across a re-layout.
 * <p>
 * Above {@code maxNodes} actors a drawing stops being readable and the layout gets slow, so only the
 * most active actors are laid out (claims made plus claims about them); {@link #omittedActors()} says
 * how many were left out.
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

    /** The path of {@code edge}, or null if it is not drawn. */
    EdgePath path(Edge edge) {
        for (EdgePath p : edges) {
            if (p.edge() == edge) {
                return p;
            }
        }
        return null;
    }

    /**
     * The edge at model point (x, y): whose label box holds it, or whose line passes within {@code tolerance}; the
     * nearest line wins, null if none.
     */
    EdgePath edgeAt(double x, double y, double tolerance) {
        EdgePath best = null;
        double bestDistance = tolerance;
        for (EdgePath p : edges) {
            if (p.hasLabel() && x >= p.labelX() && x <= p.labelX() + p.labelW() && y >= p.labelY() && y <= p.labelY() + p.labelH()) {
                return p;
            }
            double[] q = p.points();
            for (int i = 0; i + 3 < q.length; i += 2) {
                double d = segmentDistance(x, y, q[i], q[i + 1], q[i + 2], q[i + 3]);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /** The point halfway along polyline {@code p} (by length). */
    static double[] midpoint(double[] p) {
        double total = 0;
        for (int i = 0; i + 3 < p.length; i += 2) {
            total += Math.hypot(p[i + 2] - p[i], p[i + 3] - p[i + 1]);
        }
        double half = total / 2;
        for (int i = 0; i + 3 < p.length; i += 2) {
            double len = Math.hypot(p[i + 2] - p[i], p[i + 3] - p[i + 1]);
            if (len >= half && len > 0) {
                double t = half / len;
                return new double[] { p[i] + t * (p[i + 2] - p[i]), p[i + 1] + t * (p[i + 3] - p[i + 1]) };
            }
            half -= len;
        }
        return new double[] { p[0], p[1] };
    }

    static String claimsCaption(int claims) {
        return claims == 1 ? "1 claim" : claims + " claims";
    }

    /** "3 commitment": the weight and type of a claim edge; part-of edges carry no label. */
    static String edgeLabel(Edge edge) {
        return edge.kind() == EdgeKind.PART_OF ? null : edge.weight() + " " + edge.claimType().getLiteral().toLowerCase(Locale.ROOT);
    }

    /** How the actors are arranged. */
    enum Algorithm {
        /** ELK stress majorisation (started from ELK's force layout, fixed seed): related actors close together. */
        FORCE("Force"),
        /** ELK layered, left to right: speakers before the actors they speak about. */
        LAYERED("Layered");

        final String label;

        Algorithm(String label) {
            this.label = label;
        }
    }

    /**
     * Where actors should stay, by actor id: the top-left corner each had in the last drawing, and the ones the analyst
     * dragged (pinned). Kept positions make a refresh move nothing that was already drawn; pinned ones also survive
     * a re-layout (which drops the other kept positions).
     */
    record Placement(Map<String, double[]> positions, Set<String> pinned) {
        static final Placement NONE = new Placement(Map.of(), Set.of());

        Placement {
            positions = Map.copyOf(positions);
            pinned = Set.copyOf(pinned);
        }

        /** The positions of {@code layout}'s actors, pinned as given. */
        static Placement of(NetworkLayout layout, Set<String> pinned) {
            Map<String, double[]> positions = new HashMap<>();
            for (NodeBox b : layout.nodes()) {
                positions.put(b.node().id(), new double[] { b.x(), b.y() });
            }
            return new Placement(positions, pinned);
        }

        /** Only the pinned positions: what a re-layout keeps. */
        Placement pinnedOnly() {
            Map<String, double[]> kept = new HashMap<>();
            for (String id : pinned) {
                double[] p = positions.get(id);
                if (p != null) {
                    kept.put(id, p);
                }
            }
            return new Placement(kept, pinned);
        }
    }

    /** Lays out {@code network} from scratch with the default (force) layout, drawing at most {@code maxNodes} actors. */
    static NetworkLayout compute(ActorNetwork network, int maxNodes, TextMetrics metrics) {
        return compute(network, maxNodes, metrics, Algorithm.FORCE, Placement.NONE);
    }

    /**
     * Lays out {@code network}, drawing at most {@code maxNodes} actors. With {@link Algorithm#FORCE}, actors with a
     * position in {@code placement} keep it exactly and the others are placed by the layout around them; with
     * {@link Algorithm#LAYERED} only pinned actors keep theirs (layers leave no room for the others).
     */
    static NetworkLayout compute(ActorNetwork network, int maxNodes, TextMetrics metrics, Algorithm algorithm, Placement placement) {
        registerAlgorithms();
        List<Node> drawn = pick(network.nodes(), maxNodes);
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(PAD));
        if (algorithm == Algorithm.LAYERED) {
            root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
            root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
            root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
            root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
            root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
            root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 2.0);
        } else {
            root.setProperty(CoreOptions.ALGORITHM, StressOptions.ALGORITHM_ID);
            root.setProperty(CoreOptions.RANDOM_SEED, SEED); // the initial force layout is random: fixed, so it repeats
            root.setProperty(CoreOptions.SPACING_NODE_NODE, 40.0);
        }

        Map<Actor, ElkNode> elkNodes = new IdentityHashMap<>();
        Map<ElkNode, Node> byElk = new IdentityHashMap<>();
        double line = metrics.lineHeight();
        double widest = 0;
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
            widest = Math.max(widest, w);
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
            if (text != null && algorithm == Algorithm.LAYERED) {
                ElkLabel label = ElkGraphUtil.createLabel(text, e);
                label.setDimensions(metrics.width(text) + 4, line);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edgeOf.put(e, edge);
            elkEdges.add(e);
        }

        if (algorithm == Algorithm.LAYERED) {
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
            NetworkLayout laid = new NetworkLayout(boxes, paths, root.getWidth(), root.getHeight(), network.nodes().size() - drawn.size());
            for (NodeBox b : boxes) {
                double[] p = placement.pinned().contains(b.node().id()) ? placement.positions().get(b.node().id()) : null;
                if (p != null) {
                    laid = laid.moved(b.actor(), p[0], p[1]);
                }
            }
            return laid.normalized();
        }

        // Force: ideal edge length from the boxes, so neighbours sit a box or so apart.
        root.setProperty(StressOptions.DESIRED_EDGE_LENGTH, Math.max(120, widest * 0.9 + 40));
        List<ElkNode> children = new ArrayList<>(root.getChildren());
        Map<ElkNode, double[]> fixed = new IdentityHashMap<>();
        for (ElkNode n : children) {
            double[] p = placement.positions().get(n.getIdentifier());
            if (p != null) {
                fixed.put(n, p);
            }
        }
        List<List<ElkNode>> components = components(children, elkEdges);
        if (!fixed.isEmpty()) {
            // Interactive: kept actors stay, the new ones start beside their placed neighbours and stress moves only them.
            root.setProperty(StressOptions.INTERACTIVE, true);
            placeNewNodes(children, elkEdges, fixed, root.getProperty(StressOptions.DESIRED_EDGE_LENGTH));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        if (!fixed.isEmpty()) {
            restoreComponents(components, fixed);
        }

        List<NodeBox> boxes = new ArrayList<>(drawn.size());
        for (ElkNode n : children) {
            boxes.add(new NodeBox(byElk.get(n), n.getX(), n.getY(), n.getWidth(), n.getHeight()));
        }
        List<EdgePath> paths = new ArrayList<>(elkEdges.size());
        for (ElkEdge e : elkEdges) {
            String text = edgeLabel(edgeOf.get(e));
            paths.add(text == null ? new EdgePath(edgeOf.get(e), new double[0], null, 0, 0, 0, 0)
                    : new EdgePath(edgeOf.get(e), new double[0], text, 0, 0, metrics.width(text) + 4, line));
        }
        return new NetworkLayout(boxes, straighten(boxes, paths, e -> true), 0, 0, network.nodes().size() - drawn.size()).normalized();
    }

    /** Margin around the drawing. */
    static final double PAD = 16;
    /** Seed of the force layout's random start: the same network always gets the same drawing. */
    static final int SEED = 1;

    /** Connected components (edges taken undirected), each in child order, in order of their first node. */
    private static List<List<ElkNode>> components(List<ElkNode> children, List<ElkEdge> edges) {
        Map<ElkNode, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < children.size(); i++) {
            index.put(children.get(i), i);
        }
        int[] parent = new int[children.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (ElkEdge e : edges) {
            int a = find(parent, index.get(ElkGraphUtil.connectableShapeToNode(e.getSources().get(0))));
            int b = find(parent, index.get(ElkGraphUtil.connectableShapeToNode(e.getTargets().get(0))));
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        Map<Integer, List<ElkNode>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < children.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(children.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Start positions for an interactive layout: kept actors at their place (and fixed), each new one beside the
     * centroid of its already placed neighbours (spread on a golden-angle spiral so two never start on the same
     * point), new ones with no placed neighbour on a spiral to the right of everything.
     */
    private static void placeNewNodes(List<ElkNode> children, List<ElkEdge> edges, Map<ElkNode, double[]> fixed, double length) {
        Map<ElkNode, List<ElkNode>> neighbours = new IdentityHashMap<>();
        for (ElkEdge e : edges) {
            ElkNode s = ElkGraphUtil.connectableShapeToNode(e.getSources().get(0));
            ElkNode t = ElkGraphUtil.connectableShapeToNode(e.getTargets().get(0));
            neighbours.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
            neighbours.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
        }
        Map<ElkNode, double[]> placed = new IdentityHashMap<>();
        double maxX = 0;
        double minY = Double.MAX_VALUE;
        for (Map.Entry<ElkNode, double[]> f : fixed.entrySet()) {
            ElkNode n = f.getKey();
            n.setLocation(f.getValue()[0], f.getValue()[1]);
            n.setProperty(StressOptions.FIXED, true);
            placed.put(n, f.getValue());
            maxX = Math.max(maxX, f.getValue()[0] + n.getWidth());
            minY = Math.min(minY, f.getValue()[1]);
        }
        int spiral = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (ElkNode n : children) {
                if (placed.containsKey(n)) {
                    continue;
                }
                double sx = 0;
                double sy = 0;
                int count = 0;
                for (ElkNode m : neighbours.getOrDefault(n, List.of())) {
                    double[] p = placed.get(m);
                    if (p != null) {
                        sx += p[0];
                        sy += p[1];
                        count++;
                    }
                }
                if (count > 0) {
                    double angle = ++spiral * 2.399963; // golden angle in radians
                    double[] p = { sx / count + length * Math.cos(angle), sy / count + length * Math.sin(angle) };
                    n.setLocation(p[0], p[1]);
                    placed.put(n, p);
                    progress = true;
                }
            }
        }
        // The rest on a spiral right of the drawing: not on a line, which stress could not unfold.
        double cy = minY == Double.MAX_VALUE ? 0 : minY;
        int i = 0;
        for (ElkNode n : children) {
            if (!placed.containsKey(n)) {
                double angle = ++i * 2.399963;
                double r = length * Math.sqrt(i);
                n.setLocation(maxX + 2 * length + r * Math.cos(angle), cy + r * Math.sin(angle));
            }
        }
    }

    /**
     * ELK lays out each connected component on its own and packs them anew: move every component with a kept actor
     * back so its kept actors are exactly where they were (they did not move inside it), and put the components of
     * new actors only to the right of the rest.
     */
    private static void restoreComponents(List<List<ElkNode>> components, Map<ElkNode, double[]> fixed) {
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        List<List<ElkNode>> fresh = new ArrayList<>();
        for (List<ElkNode> c : components) {
            ElkNode anchor = c.stream().filter(fixed::containsKey).findFirst().orElse(null);
            if (anchor == null) {
                fresh.add(c);
                continue;
            }
            double dx = fixed.get(anchor)[0] - anchor.getX();
            double dy = fixed.get(anchor)[1] - anchor.getY();
            for (ElkNode n : c) {
                n.setLocation(n.getX() + dx, n.getY() + dy);
                maxX = Math.max(maxX, n.getX() + n.getWidth());
                minY = Math.min(minY, n.getY());
            }
        }
        // Components of new actors only keep ELK's packing among themselves, as one block right of the kept ones.
        double fx = Double.POSITIVE_INFINITY;
        double fy = Double.POSITIVE_INFINITY;
        for (List<ElkNode> c : fresh) {
            for (ElkNode n : c) {
                fx = Math.min(fx, n.getX());
                fy = Math.min(fy, n.getY());
            }
        }
        for (List<ElkNode> c : fresh) {
            for (ElkNode n : c) {
                n.setLocation(n.getX() - fx + maxX + 40, n.getY() - fy + minY);
            }
        }
    }

    /** This layout with {@code actor}'s box at (x, y) and its edges drawn straight; the same layout if it is not drawn. */
    NetworkLayout moved(Actor actor, double x, double y) {
        List<NodeBox> boxes = new ArrayList<>(nodes.size());
        boolean found = false;
        for (NodeBox b : nodes) {
            if (b.actor() == actor) {
                boxes.add(new NodeBox(b.node(), x, y, b.w(), b.h()));
                found = true;
            } else {
                boxes.add(b);
            }
        }
        if (!found) {
            return this;
        }
        List<EdgePath> paths = straighten(boxes, edges, e -> e.source() == actor || e.target() == actor);
        double w = width;
        double h = height;
        for (NodeBox b : boxes) {
            w = Math.max(w, b.x() + b.w() + PAD);
            h = Math.max(h, b.y() + b.h() + PAD);
        }
        return new NetworkLayout(boxes, paths, w, h, omittedActors);
    }

    /**
     * This layout shifted so the drawing starts at the margin, its size fitted to what it holds. Positions kept across
     * refreshes are taken from the shifted layout, so the shift changes none of the distances between actors.
     */
    NetworkLayout normalized() {
        if (nodes.isEmpty()) {
            return new NetworkLayout(nodes, edges, 2 * PAD, 2 * PAD, omittedActors);
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (NodeBox b : nodes) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.w());
            maxY = Math.max(maxY, b.y() + b.h());
        }
        for (EdgePath p : edges) {
            for (int i = 0; i + 1 < p.points().length; i += 2) {
                minX = Math.min(minX, p.points()[i]);
                minY = Math.min(minY, p.points()[i + 1]);
                maxX = Math.max(maxX, p.points()[i]);
                maxY = Math.max(maxY, p.points()[i + 1]);
            }
            if (p.hasLabel()) {
                minY = Math.min(minY, p.labelY());
                maxX = Math.max(maxX, p.labelX() + p.labelW());
            }
        }
        double dx = PAD - minX;
        double dy = PAD - minY;
        List<NodeBox> boxes = new ArrayList<>(nodes.size());
        for (NodeBox b : nodes) {
            boxes.add(new NodeBox(b.node(), b.x() + dx, b.y() + dy, b.w(), b.h()));
        }
        List<EdgePath> paths = new ArrayList<>(edges.size());
        for (EdgePath p : edges) {
            double[] q = p.points().clone();
            for (int i = 0; i + 1 < q.length; i += 2) {
                q[i] += dx;
                q[i + 1] += dy;
            }
            paths.add(new EdgePath(p.edge(), q, p.label(), p.labelX() + dx, p.labelY() + dy, p.labelW(), p.labelH()));
        }
        return new NetworkLayout(boxes, paths, maxX - minX + 2 * PAD, maxY - minY + 2 * PAD, omittedActors);
    }

    /** Gap between edges joining the same two actors (one per claim type and direction). */
    private static final double PARALLEL_GAP = 10;

    /**
     * Straight edges from border to border for the paths {@code which} selects (the others stay as they are). Edges
     * joining the same two actors run side by side; an actor's claims about itself loop over its top-right corner.
     */
    static List<EdgePath> straighten(List<NodeBox> boxes, List<EdgePath> paths, java.util.function.Predicate<Edge> which) {
        Map<Actor, NodeBox> boxOf = new IdentityHashMap<>();
        for (NodeBox b : boxes) {
            boxOf.put(b.actor(), b);
        }
        // Edges joining the same pair (either direction): their index among the pair's, for the side-by-side offset.
        Map<String, List<EdgePath>> byPair = new HashMap<>();
        for (EdgePath p : paths) {
            String a = p.edge().source().getId();
            String b = p.edge().target().getId();
            byPair.computeIfAbsent(a.compareTo(b) <= 0 ? a + " " + b : b + " " + a, k -> new ArrayList<>()).add(p);
        }
        List<EdgePath> out = new ArrayList<>(paths.size());
        for (EdgePath p : paths) {
            if (!which.test(p.edge())) {
                out.add(p);
                continue;
            }
            NodeBox s = boxOf.get(p.edge().source());
            NodeBox t = boxOf.get(p.edge().target());
            double[] points;
            double lx;
            double ly;
            if (s == t) {
                double top = s.y() - 18;
                double right = s.x() + s.w() + 18;
                points = new double[] { s.x() + s.w() * 0.75, s.y(), s.x() + s.w() * 0.75, top, right, top, right, s.y() + s.h() * 0.35,
                        s.x() + s.w(), s.y() + s.h() * 0.35 };
                lx = right + 2;
                ly = top - p.labelH();
            } else {
                String a = p.edge().source().getId();
                String b = p.edge().target().getId();
                List<EdgePath> pair = byPair.get(a.compareTo(b) <= 0 ? a + " " + b : b + " " + a);
                // The offset is measured on the pair's canonical direction, so the two directions do not overlap.
                boolean forward = a.compareTo(b) <= 0;
                NodeBox first = forward ? s : t;
                NodeBox second = forward ? t : s;
                double ax = first.x() + first.w() / 2;
                double ay = first.y() + first.h() / 2;
                double bx = second.x() + second.w() / 2;
                double by = second.y() + second.h() / 2;
                double len = Math.hypot(bx - ax, by - ay);
                double ux = len == 0 ? 1 : (bx - ax) / len;
                double uy = len == 0 ? 0 : (by - ay) / len;
                double offset = (pair.indexOf(p) - (pair.size() - 1) / 2.0) * PARALLEL_GAP;
                double ox = -uy * offset;
                double oy = ux * offset;
                double[] from = exit(first, ax + ox, ay + oy, ux, uy);
                double[] to = exit(second, bx + ox, by + oy, -ux, -uy);
                points = forward ? new double[] { from[0], from[1], to[0], to[1] } : new double[] { to[0], to[1], from[0], from[1] };
                double mx = (from[0] + to[0]) / 2;
                double my = (from[1] + to[1]) / 2;
                lx = mx - p.labelW() / 2 + (offset >= 0 ? 1 : -1) * Math.abs(ox);
                ly = my - p.labelH() / 2 + (offset >= 0 ? 1 : -1) * Math.abs(oy);
            }
            out.add(p.hasLabel() ? new EdgePath(p.edge(), points, p.label(), lx, ly, p.labelW(), p.labelH())
                    : new EdgePath(p.edge(), points, null, 0, 0, 0, 0));
        }
        return out;
    }

    /** Where the ray from (px, py) in direction (ux, uy) leaves {@code box}; (px, py) itself if it is outside. */
    private static double[] exit(NodeBox box, double px, double py, double ux, double uy) {
        if (!box.contains(px, py)) {
            return new double[] { px, py };
        }
        double t = Double.POSITIVE_INFINITY;
        if (ux > 0) {
            t = Math.min(t, (box.x() + box.w() - px) / ux);
        } else if (ux < 0) {
            t = Math.min(t, (box.x() - px) / ux);
        }
        if (uy > 0) {
            t = Math.min(t, (box.y() + box.h() - py) / uy);
        } else if (uy < 0) {
            t = Math.min(t, (box.y() - py) / uy);
        }
        return t == Double.POSITIVE_INFINITY ? new double[] { px, py } : new double[] { px + ux * t, py + uy * t };
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
     * bundles: register the layered, force and stress algorithms ourselves, once.
     */
    private static synchronized void registerAlgorithms() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getOptionData(CoreOptions.ALGORITHM.getId()) == null) {
            service.registerLayoutMetaDataProviders(new CoreOptions());
        }
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
        if (service.getAlgorithmData(ForceOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new ForceMetaDataProvider());
        }
        if (service.getAlgorithmData(StressOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new StressMetaDataProvider());
        }
    }
}
