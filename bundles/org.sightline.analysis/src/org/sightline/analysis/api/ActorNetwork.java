package org.sightline.analysis.api;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;

/**
 * Who speaks about whom: the result of {@link ActorNetworkAnalysis}. Views draw it directly and the GraphML exporter
 * writes it, so everything is in a fixed order and every edge carries the claims behind it.
 * <p>
 * <b>Order.</b> Nodes are in corpus order (the order of {@code Corpus.actors}, which a saved workspace keeps). Edges
 * are sorted by source node, then kind ({@link EdgeKind#CLAIM} before {@link EdgeKind#PART_OF}), then claim type (enum
 * order), then target node. The claims of an edge are in corpus order.
 * <p>
 * <b>Centrality.</b> Computed on the <i>claim graph</i>: a directed simple graph with an arc u&nbsp;&rarr;&nbsp;v when at
 * least one claim by u names v as a target (u &ne; v), whatever the claim type. Part-of edges and self-loops are
 * drawn but do not count: they are structure, not communication. Betweenness is Brandes' algorithm,
 * <b>unweighted</b> (every arc has length 1): edge weights count claims, i.e. interaction strength, and turning them
 * into distances would need an arbitrary inversion an analyst could not check by hand.
 *
 * @since 0.1.0
 */
public final class ActorNetwork {

    /** What an edge stands for. */
    public enum EdgeKind {
        /** Claims by the source actor naming the target actor, all of one {@link ClaimType}. */
        CLAIM,
        /** The source actor is part of the target actor (Actor.partOf); weight 1, no claims. */
        PART_OF
    }

    /**
     * One actor.
     *
     * @param actor                 the model actor
     * @param claimsMade            claims with this actor as source (rejected claims excluded)
     * @param claimsAbout           claims naming this actor among their targets
     * @param outDegree             distinct other actors this one makes claims about (arcs out in the claim graph)
     * @param inDegree              distinct other actors making claims about this one (arcs in)
     * @param weightedOutDegree     claims this actor makes about other actors, one per (claim, target) pair
     * @param weightedInDegree      claims other actors make about this one, one per (claim, target) pair
     * @param betweenness           Brandes betweenness in the directed, unweighted claim graph (raw pair count)
     * @param normalizedBetweenness betweenness divided by (n-1)(n-2), the number of ordered pairs excluding this node;
     *                              0 when n &lt; 3
     */
    public record Node(Actor actor, int claimsMade, int claimsAbout, int outDegree, int inDegree, int weightedOutDegree,
            int weightedInDegree, double betweenness, double normalizedBetweenness) {

        public Node {
            Objects.requireNonNull(actor, "actor");
        }

        /** The actor's id (e.g. {@code a3}), as used in JSON and GraphML. */
        public String id() {
            return actor.getId();
        }

        /** The actor's display name. */
        public String name() {
            return actor.getName();
        }

        /** {@code inDegree + outDegree}. */
        public int degree() {
            return inDegree + outDegree;
        }
    }

    /**
     * One directed edge.
     *
     * @param source    for CLAIM the speaker, for PART_OF the part
     * @param target    for CLAIM the actor spoken about, for PART_OF the whole
     * @param kind      what the edge stands for
     * @param claimType the type shared by all {@code claims}; null for PART_OF
     * @param claims    the claims behind the edge, in corpus order; empty for PART_OF
     */
    public record Edge(Actor source, Actor target, EdgeKind kind, ClaimType claimType, List<Claim> claims) {

        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(kind, "kind");
            if ((kind == EdgeKind.CLAIM) != (claimType != null)) {
                throw new IllegalArgumentException("a " + kind + " edge " + (kind == EdgeKind.CLAIM ? "needs" : "has no")
                        + " claim type, got " + claimType);
            }
            claims = List.copyOf(claims);
        }

        /** Number of claims behind a CLAIM edge; 1 for PART_OF. */
        public int weight() {
            return kind == EdgeKind.PART_OF ? 1 : claims.size();
        }

        /**
         * A stable id derived from the endpoints and kind, unique in the network, e.g. {@code a3-WARNING-a1} or
         * {@code a5-PART_OF-a4}.
         */
        public String id() {
            return source.getId() + "-" + (kind == EdgeKind.PART_OF ? kind.name() : claimType.name()) + "-" + target.getId();
        }

        /** Ids of the claims behind the edge, in order. */
        public List<String> claimIds() {
            return claims.stream().map(Claim::getId).toList();
        }
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final int unattributedClaims;
    private final int untargetedClaims;
    private final Map<Actor, Node> byActor = new IdentityHashMap<>();

    /**
     * @param nodes              nodes in the order to present
     * @param edges              edges in the order to present; endpoints must be nodes
     * @param unattributedClaims claims left out of the edges because they have no source actor
     * @param untargetedClaims   claims with a source actor but no target, so no edge
     */
    public ActorNetwork(List<Node> nodes, List<Edge> edges, int unattributedClaims, int untargetedClaims) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.unattributedClaims = unattributedClaims;
        this.untargetedClaims = untargetedClaims;
        for (Node node : this.nodes) {
            if (byActor.put(node.actor(), node) != null) {
                throw new IllegalArgumentException("actor " + node.id() + " appears twice among the nodes");
            }
        }
        for (Edge edge : this.edges) {
            if (!byActor.containsKey(edge.source()) || !byActor.containsKey(edge.target())) {
                throw new IllegalArgumentException("edge " + edge.id() + " has an endpoint that is not a node");
            }
        }
    }

    /** All actors of the corpus, in corpus order, isolated ones included. */
    public List<Node> nodes() {
        return nodes;
    }

    /** All edges, in the documented order. */
    public List<Edge> edges() {
        return edges;
    }

    /** The node of {@code actor}, if the actor is in the network. */
    public Optional<Node> node(Actor actor) {
        return Optional.ofNullable(byActor.get(actor));
    }

    /** Edges leaving {@code actor}, in network order. */
    public List<Edge> edgesFrom(Actor actor) {
        return select(actor, true);
    }

    /** Edges arriving at {@code actor}, in network order. */
    public List<Edge> edgesTo(Actor actor) {
        return select(actor, false);
    }

    /** The edge from {@code source} to {@code target} of {@code kind}/{@code claimType}, if there is one. */
    public Optional<Edge> edge(Actor source, Actor target, EdgeKind kind, ClaimType claimType) {
        return edges.stream()
                .filter(e -> e.source() == source && e.target() == target && e.kind() == kind && e.claimType() == claimType)
                .findFirst();
    }

    /** Non-rejected claims without a source actor: not in any edge, reported so they are not silently lost. */
    public int unattributedClaims() {
        return unattributedClaims;
    }

    /** Non-rejected claims with a source actor but no targets: counted in {@link Node#claimsMade()}, not in edges. */
    public int untargetedClaims() {
        return untargetedClaims;
    }

    private List<Edge> select(Actor actor, boolean outgoing) {
        List<Edge> result = new ArrayList<>();
        for (Edge edge : edges) {
            if ((outgoing ? edge.source() : edge.target()) == actor) {
                result.add(edge);
            }
        }
        return result;
    }
}
