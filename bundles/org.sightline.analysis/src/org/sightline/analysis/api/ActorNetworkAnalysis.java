package org.sightline.analysis.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.sightline.analysis.api.ActorNetwork.Edge;
import org.sightline.analysis.api.ActorNetwork.EdgeKind;
import org.sightline.analysis.api.ActorNetwork.Node;
import org.sightline.analysis.internal.Brandes;
import org.sightline.analysis.internal.CorpusIndex;
import org.sightline.analysis.internal.LiveClaims;
import org.sightline.core.api.Analysis;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;

/**
 * Builds the {@link ActorNetwork}: one node per actor, one CLAIM edge per (source, claim type, target) with the claims
 * behind it, one PART_OF edge per Actor.partOf, degree and (unweighted, directed) Brandes betweenness. Rejected claims
 * are left out. O(C&middot;T + E log E + N&middot;A) for C claims with T targets each, E edges, N actors and A arcs.
 *
 * @since 0.1.0
 */
public final class ActorNetworkAnalysis implements Analysis<ActorNetwork> {

    /** Id of this analysis in the {@code org.sightline.core.analyses} extension point. */
    public static final String ID = "org.sightline.analysis.actorNetwork";

    public ActorNetworkAnalysis() {
        // Public no-arg constructor for the extension registry; the analysis has no state.
    }

    @Override
    public ActorNetwork analyze(Corpus corpus) {
        return analyze(corpus, claim -> true);
    }

    /**
     * The network of the claims {@code include} accepts (of those every analysis counts): e.g. of some claim types
     * or a date range. All actors stay nodes; their counts, edges and centrality cover only the accepted claims.
     *
     * @since 0.1.0
     */
    public ActorNetwork analyze(Corpus corpus, Predicate<? super Claim> include) {
        java.util.Objects.requireNonNull(include, "include");
        CorpusIndex index = new CorpusIndex(corpus);
        int n = index.size();
        int[] made = new int[n];
        int[] about = new int[n];
        int[] weightedOut = new int[n];
        int[] weightedIn = new int[n];
        List<Set<Integer>> arcs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            arcs.add(new TreeSet<>()); // sorted successors: Brandes then sums in a fixed order, bit-for-bit repeatable
        }
        Map<EdgeKey, List<Claim>> claimEdges = new HashMap<>();
        int unattributed = 0;
        int untargeted = 0;

        for (Claim claim : LiveClaims.of(corpus)) {
            if (!include.test(claim)) {
                continue;
            }
            Actor source = claim.getSource();
            int s = source == null ? -1 : index.indexOf(source, claim, "source");
            // The same target listed twice is one target, not two claims about it.
            Set<Actor> targets = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Actor> orderedTargets = new ArrayList<>();
            for (Actor target : claim.getTargets()) {
                if (targets.add(target)) {
                    orderedTargets.add(target);
                }
            }
            if (s < 0) {
                unattributed++;
            } else {
                made[s]++;
                if (orderedTargets.isEmpty()) {
                    untargeted++;
                }
            }
            for (Actor target : orderedTargets) {
                int t = index.indexOf(target, claim, "target");
                about[t]++;
                if (s < 0) {
                    continue;
                }
                claimEdges.computeIfAbsent(new EdgeKey(s, claim.getType(), t), k -> new ArrayList<>()).add(claim);
                if (s != t) {
                    arcs.get(s).add(t);
                    weightedOut[s]++;
                    weightedIn[t]++;
                }
            }
        }

        List<EdgeKey> keys = new ArrayList<>(claimEdges.keySet());
        keys.sort(Comparator.naturalOrder());
        List<Edge> edges = new ArrayList<>();
        // Merge claim edges and part-of edges by source so the documented order holds.
        List<Actor> actors = index.actors();
        int k = 0;
        for (int s = 0; s < n; s++) {
            for (; k < keys.size() && keys.get(k).source() == s; k++) {
                EdgeKey key = keys.get(k);
                edges.add(new Edge(actors.get(s), actors.get(key.target()), EdgeKind.CLAIM, key.type(), claimEdges.get(key)));
            }
            Actor whole = actors.get(s).getPartOf();
            if (whole != null) {
                index.indexOfWhole(whole, actors.get(s));
                edges.add(new Edge(actors.get(s), whole, EdgeKind.PART_OF, null, List.of()));
            }
        }

        int[][] out = new int[n][];
        int[] inDegree = new int[n];
        for (int s = 0; s < n; s++) {
            out[s] = arcs.get(s).stream().mapToInt(Integer::intValue).toArray();
            for (int t : out[s]) {
                inDegree[t]++;
            }
        }
        double[] betweenness = Brandes.betweenness(out);
        double pairs = n < 3 ? 0 : (double) (n - 1) * (n - 2);
        List<Node> nodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nodes.add(new Node(actors.get(i), made[i], about[i], out[i].length, inDegree[i], weightedOut[i], weightedIn[i],
                    betweenness[i], pairs == 0 ? 0 : betweenness[i] / pairs));
        }
        return new ActorNetwork(nodes, edges, unattributed, untargeted);
    }

    /** Sorts claim edges by source, claim type, target: the order ActorNetwork documents. */
    private record EdgeKey(int source, ClaimType type, int target) implements Comparable<EdgeKey> {
        @Override
        public int compareTo(EdgeKey o) {
            int c = Integer.compare(source, o.source);
            if (c == 0) {
                c = type.compareTo(o.type);
            }
            return c != 0 ? c : Integer.compare(target, o.target);
        }
    }
}
