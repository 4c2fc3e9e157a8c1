package org.sightline.ui.analysis.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sightline.analysis.api.ActorNetwork;
import org.sightline.analysis.api.ActorNetwork.Edge;
import org.sightline.analysis.api.ActorNetwork.Node;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;

/**
 * What the actor network shows: the claims counted (claim types, a date range), the actors drawn (kinds, a minimum
 * number of claims, isolated ones or not) and, optionally, only the neighbourhood of one actor. Immutable: the view
 * hands the filter as it is when a refresh begins to the layout job.
 *
 * @param hiddenKinds  kinds of actor not drawn (an actor without a kind is always drawn)
 * @param minClaims    least claims an actor makes or is named in to be drawn (0: all)
 * @param hiddenTypes  claim types not counted
 * @param from         first publication date counted, or null; with a range set, claims of undated documents are left out
 * @param to           last publication date counted (inclusive), or null
 * @param hideIsolated whether actors with no edge left are hidden
 * @param focus        id of the actor whose neighbourhood alone is drawn, or null for all
 * @param steps        how many edges away from {@code focus} an actor may be (1 or 2)
 */
record NetworkFilter(Set<ActorKind> hiddenKinds, int minClaims, Set<ClaimType> hiddenTypes, LocalDate from, LocalDate to,
        boolean hideIsolated, String focus, int steps) {

    static final NetworkFilter ALL = new NetworkFilter(Set.of(), 0, Set.of(), null, null, false, null, 1);

    NetworkFilter {
        hiddenKinds = hiddenKinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hiddenKinds));
        hiddenTypes = hiddenTypes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hiddenTypes));
        if (minClaims < 0) {
            throw new IllegalArgumentException("minimum claims must be 0 or more, got " + minClaims);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range starts (" + from + ") after it ends (" + to + ")");
        }
        if (steps < 1 || steps > 2) {
            throw new IllegalArgumentException("a neighbourhood is 1 or 2 steps, got " + steps);
        }
    }

    NetworkFilter withKinds(Set<ActorKind> hidden) {
        return new NetworkFilter(hidden, minClaims, hiddenTypes, from, to, hideIsolated, focus, steps);
    }

    NetworkFilter withMinClaims(int min) {
        return new NetworkFilter(hiddenKinds, min, hiddenTypes, from, to, hideIsolated, focus, steps);
    }

    NetworkFilter withTypes(Set<ClaimType> hidden) {
        return new NetworkFilter(hiddenKinds, minClaims, hidden, from, to, hideIsolated, focus, steps);
    }

    NetworkFilter withDates(LocalDate first, LocalDate last) {
        return new NetworkFilter(hiddenKinds, minClaims, hiddenTypes, first, last, hideIsolated, focus, steps);
    }

    NetworkFilter withHideIsolated(boolean hide) {
        return new NetworkFilter(hiddenKinds, minClaims, hiddenTypes, from, to, hide, focus, steps);
    }

    /** Only the actors within {@code n} steps of actor {@code id}; null id: the whole network. */
    NetworkFilter withNeighbourhood(String id, int n) {
        return new NetworkFilter(hiddenKinds, minClaims, hiddenTypes, from, to, hideIsolated, id, n);
    }

    /** Whether {@code claim} counts: its type shown and, with a date range, its document published in it. */
    boolean counts(Claim claim) {
        if (hiddenTypes.contains(claim.getType())) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        LocalDate date = claim.getDocument() == null ? null : claim.getDocument().getPublished();
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Whether an actor's own attributes let it be drawn. */
    private boolean shows(Node node) {
        ActorKind kind = node.actor().getKind();
        return (kind == null || !hiddenKinds.contains(kind)) && node.claimsMade() + node.claimsAbout() >= minClaims;
    }

    /** The network of {@code corpus} as this filter shows it. */
    ActorNetwork apply(Corpus corpus) {
        ActorNetwork counted = new ActorNetworkAnalysis().analyze(corpus, this::counts);
        return apply(counted);
    }

    /** {@code counted} (already of the counted claims) narrowed to the actors this filter draws. */
    ActorNetwork apply(ActorNetwork counted) {
        Set<Actor> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : counted.nodes()) {
            if (shows(n)) {
                kept.add(n.actor());
            }
        }
        List<Edge> edges = edgesAmong(counted.edges(), kept);
        if (hideIsolated) {
            Set<Actor> linked = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Edge e : edges) {
                if (e.source() != e.target()) { // an actor only speaking of itself is isolated from the others
                    linked.add(e.source());
                    linked.add(e.target());
                }
            }
            kept.retainAll(linked);
            edges = edgesAmong(edges, kept);
        }
        Actor centre = focus == null ? null
                : counted.nodes().stream().map(Node::actor).filter(a -> focus.equals(a.getId())).findFirst().orElse(null);
        if (centre != null) {
            kept.add(centre); // the focused actor stays even if another filter would hide it
            edges = edgesAmong(counted.edges(), kept);
            kept.retainAll(neighbourhood(centre, edges, steps));
            edges = edgesAmong(edges, kept);
        }
        List<Node> nodes = counted.nodes().stream().filter(n -> kept.contains(n.actor())).toList();
        return new ActorNetwork(nodes, edges, counted.unattributedClaims(), counted.untargetedClaims());
    }

    private static List<Edge> edgesAmong(List<Edge> edges, Set<Actor> actors) {
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges) {
            if (actors.contains(e.source()) && actors.contains(e.target())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Actors at most {@code steps} edges (either direction) from {@code centre}, itself included. */
    static Set<Actor> neighbourhood(Actor centre, List<Edge> edges, int steps) {
        Map<Actor, List<Actor>> adjacent = new IdentityHashMap<>();
        for (Edge e : edges) {
            adjacent.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            adjacent.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
        }
        Map<Actor, Integer> distance = new IdentityHashMap<>();
        distance.put(centre, 0);
        Deque<Actor> queue = new ArrayDeque<>(List.of(centre));
        while (!queue.isEmpty()) {
            Actor a = queue.poll();
            int d = distance.get(a);
            if (d == steps) {
                continue;
            }
            for (Actor b : adjacent.getOrDefault(a, List.of())) {
                if (distance.putIfAbsent(b, d + 1) == null) {
                    queue.add(b);
                }
            }
        }
        Set<Actor> out = Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(distance.keySet());
        return out;
    }
}
