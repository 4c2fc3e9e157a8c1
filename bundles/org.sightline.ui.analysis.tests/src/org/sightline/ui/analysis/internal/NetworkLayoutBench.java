package org.sightline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.sightline.analysis.api.ActorNetwork;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.Ids;
import org.sightline.testing.Measures;

/**
 * How long laying out the actor network takes at a given number of actors, for each algorithm: from scratch, and
 * a refresh that keeps every actor's place but one new one. Not a test (it asserts nothing); started by
 * {@code AnalysisViewsBenchLauncher} with {@code -Dsightline.layoutbench=188,1000}. In this package because the
 * layout is internal to the view.
 * <p>
 * The network is synthetic but shaped like an extracted one: actors of every kind, each making 1-4 claims of a
 * random type about 1-2 others, targets chosen in proportion to how often they are already named (a few actors
 * gather most claims), one actor in ten never speaking or named, officials part of a state. Fixed seed.
 */
public final class NetworkLayoutBench {

    private NetworkLayoutBench() {
    }

    /** Text measured as a fixed average: the benchmark runs without drawing. */
    private static final NetworkLayout.TextMetrics TEXT = new NetworkLayout.TextMetrics() {
        @Override
        public double width(String text) {
            return 7.0 * text.length();
        }

        @Override
        public double lineHeight() {
            return 15;
        }
    };

    public static void run(int[] actorCounts, int runs, int warmup) {
        System.out.printf(Locale.ROOT, "%8s %8s %-9s %14s %14s   (medians of %d runs after %d warm-up)%n", "actors", "edges", "layout",
                "scratch ms", "refresh ms", runs, warmup);
        for (int n : actorCounts) {
            Corpus corpus = synthetic(n);
            ActorNetwork network = new ActorNetworkAnalysis().analyze(corpus);
            for (NetworkLayout.Algorithm algorithm : NetworkLayout.Algorithm.values()) {
                double[] scratch = new double[runs];
                double[] refresh = new double[runs];
                for (int i = 0; i < warmup + runs; i++) {
                    long t0 = System.nanoTime();
                    NetworkLayout first = NetworkLayout.compute(network, Integer.MAX_VALUE, TEXT, algorithm, NetworkLayout.Placement.NONE);
                    long t1 = System.nanoTime();
                    // A refresh: every actor kept but the first, which the layout places around the others.
                    NetworkLayout.Placement kept = NetworkLayout.Placement.of(first, java.util.Set.of());
                    java.util.Map<String, double[]> positions = new java.util.HashMap<>(kept.positions());
                    positions.remove(network.nodes().get(0).id());
                    NetworkLayout.compute(network, Integer.MAX_VALUE, TEXT, algorithm, new NetworkLayout.Placement(positions, java.util.Set.of()));
                    long t2 = System.nanoTime();
                    if (i >= warmup) {
                        scratch[i - warmup] = (t1 - t0) / 1e6;
                        refresh[i - warmup] = (t2 - t1) / 1e6;
                    }
                }
                System.out.printf(Locale.ROOT, "%8d %8d %-9s %14.0f %14.0f%n", network.nodes().size(), network.edges().size(), algorithm.label,
                        Measures.median(scratch), Measures.median(refresh));
            }
        }
    }

    /** A corpus of {@code n} actors and their claims, see the class comment. */
    static Corpus synthetic(int n) {
        SightlineFactory f = SightlineFactory.eINSTANCE;
        Corpus corpus = Corpora.create("layout-bench-" + n);
        Document d = f.createDocument();
        d.setInput("synthetic");
        d.setText("synthetic");
        corpus.getDocuments().add(d);
        Random random = new Random(42);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor a = f.createActor();
            ActorKind kind = ActorKind.VALUES.get(i % ActorKind.VALUES.size());
            a.setName(kind.getLiteral() + " " + i);
            a.setKind(kind);
            corpus.getActors().add(a);
            actors.add(a);
        }
        List<Actor> named = new ArrayList<>(actors.subList(0, Math.min(5, n))); // preferential attachment pool
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            if (i % 10 == 9) {
                continue; // isolated
            }
            if (a.getKind() == ActorKind.GOVERNMENT_BODY && i >= 1) {
                a.setPartOf(actors.get(0));
            }
            int claims = 1 + random.nextInt(4);
            for (int c = 0; c < claims; c++) {
                Claim claim = f.createClaim();
                claim.setDocument(d);
                claim.setSource(a);
                claim.setType(ClaimType.VALUES.get(random.nextInt(ClaimType.VALUES.size())));
                int targets = 1 + random.nextInt(2);
                for (int t = 0; t < targets; t++) {
                    Actor target = named.get(random.nextInt(named.size()));
                    if (target != a && !claim.getTargets().contains(target)) {
                        claim.getTargets().add(target);
                    }
                }
                corpus.getClaims().add(claim);
                named.addAll(claim.getTargets());
            }
            named.add(a);
        }
        Ids.assignMissing(corpus);
        return corpus;
    }
}
