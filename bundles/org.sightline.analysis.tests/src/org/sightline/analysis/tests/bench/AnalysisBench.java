package org.sightline.analysis.tests.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.sightline.analysis.api.AchAnalysis;
import org.sightline.analysis.api.AchMatrix;
import org.sightline.analysis.api.ActorNetwork;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.analysis.api.ClaimRelationAnalysis;
import org.sightline.analysis.api.RelationProposals;
import org.sightline.analysis.api.StanceMatrix;
import org.sightline.analysis.api.StanceMatrixAnalysis;
import org.sightline.analysis.api.Timeline;
import org.sightline.analysis.api.TimelineAnalysis;
import org.sightline.analysis.tests.PressReleases;
import org.sightline.core.api.Analysis;
import org.sightline.model.Actor;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Hypothesis;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.io.Ids;

/**
 * Times each analysis on a synthetic corpus made from the real test corpus ({@link PressReleases}: the sample article
 * and five State Department releases, 32 claims): every synthetic document is a copy of one of the six real texts
 * (made distinct by a trailing line, so texts are not shared in memory), with the same claims at the same spans, but
 * sources and targets drawn from {@value #VARIANTS} variants of each real actor (so the network has ~1,000 nodes rather
 * than 15), publication dates spread over three years with one document in seven undated, and a fifth of the copies of
 * the sample carrying the ACH ratings of AchAnalysisTest against three hypotheses.
 * <p>
 * Prints, per analysis, the median of {@code runs} timed runs after {@code warmup} runs, and the heap retained by the
 * corpus and by each result (used heap after GC with and without it). Speed is reported, never asserted.
 * <p>
 * Arguments: {@code [documents=10000] [runs=7] [warmup=2]}; the shared/ folder is found as in the tests
 * ({@code -Dsightline.shared=...} or walking up from the working directory).
 */
public final class AnalysisBench {

    static final int VARIANTS = 67;
    static final long SEED = 20261126L;

    private AnalysisBench() {
    }

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;

        long heapBefore = usedHeapAfterGc();
        long t0 = System.nanoTime();
        Corpus corpus = synthetic(documents);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        long corpusHeap = usedHeapAfterGc() - heapBefore;
        System.out.printf(Locale.ROOT, "corpus: %d documents, %d actors, %d claims, %d hypotheses, %d assessments; built in %d ms, heap %.1f MB%n",
                corpus.getDocuments().size(), corpus.getActors().size(), corpus.getClaims().size(),
                corpus.getHypotheses().size(), corpus.getAssessments().size(), buildMs, corpusHeap / 1e6);
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MB; %d warm-up + %d timed runs each%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, warmup, runs);

        bench("actor network", new ActorNetworkAnalysis(), corpus, runs, warmup,
                (ActorNetwork r) -> r.nodes().size() + " nodes, " + r.edges().size() + " edges");
        bench("stance matrix", new StanceMatrixAnalysis(), corpus, runs, warmup,
                (StanceMatrix r) -> r.rows().size() + " rows, " + r.total() + " claims");
        bench("timeline (week)", new TimelineAnalysis(), corpus, runs, warmup,
                (Timeline r) -> r.periods().size() + " periods, " + r.series().size() + " series, " + r.undatedDocuments().size() + " undated documents");
        bench("claim relations", new ClaimRelationAnalysis(), corpus, runs, warmup,
                (RelationProposals r) -> r.proposals().size() + " proposals from " + r.claimsCompared() + " claims");
        bench("ACH", new AchAnalysis(), corpus, runs, warmup,
                (AchMatrix r) -> r.evidence().size() + " evidence, " + r.sensitivity().size() + " sensitivity rows");
    }

    private static <R> void bench(String name, Analysis<R> analysis, Corpus corpus, int runs, int warmup,
            java.util.function.Function<R, String> describe) {
        for (int i = 0; i < warmup; i++) {
            analysis.analyze(corpus);
        }
        long[] ms = new long[runs];
        R result = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = analysis.analyze(corpus);
            ms[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(ms);
        long without = usedHeapAfterGc();
        R kept = retain(() -> analysis.analyze(corpus));
        long with = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "%-16s median %8.1f ms  (min %8.1f, max %8.1f)  result heap %6.1f MB  %s%n", name,
                ms[runs / 2] / 1000.0, ms[0] / 1000.0, ms[runs - 1] / 1000.0, (with - without) / 1e6, describe.apply(kept));
        if (result == null) {
            throw new IllegalStateException(name + " returned null");
        }
    }

    private static <R> R retain(Supplier<R> s) {
        return s.get();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The synthetic corpus described in the class comment; deterministic for a given size. */
    static Corpus synthetic(int documents) {
        PressReleases real = new PressReleases();
        Corpus templates = real.sample.corpus;
        Random random = new Random(SEED);
        CorpusBuilder b = new CorpusBuilder("synthetic-" + documents);

        // VARIANTS copies of every real actor; part-of points to the same variant of the whole.
        Map<Actor, Actor[]> variants = new HashMap<>();
        for (Actor actor : templates.getActors()) {
            Actor[] copies = new Actor[VARIANTS];
            for (int v = 0; v < VARIANTS; v++) {
                copies[v] = b.actor(v == 0 ? actor.getName() : actor.getName() + " #" + v, actor.getKind(), actor.getCode());
            }
            variants.put(actor, copies);
        }
        for (Actor actor : templates.getActors()) {
            if (actor.getPartOf() != null) {
                for (int v = 0; v < VARIANTS; v++) {
                    variants.get(actor)[v].setPartOf(variants.get(actor.getPartOf())[v]);
                }
            }
        }

        List<Hypothesis> hypotheses = new ArrayList<>();
        for (String label : List.of("Weakening", "Rebalancing", "Opening")) {
            Hypothesis h = SightlineFactory.eINSTANCE.createHypothesis();
            h.setLabel(label);
            hypotheses.add(h);
        }
        b.corpus().getHypotheses().addAll(hypotheses);
        // The ratings of AchAnalysisTest: claim number -> {H1, H2, H3} as consistency/weight, null = not rated.
        Map<Integer, Object[][]> ratings = Map.of(
                2, new Object[][] {{Consistency.II, 1.0}, {Consistency.CC, 1.0}, null},
                4, new Object[][] {{Consistency.I, 0.5}, {Consistency.C, 1.0}, {Consistency.I, 0.5}},
                6, new Object[][] {{Consistency.I, 1.0}, {Consistency.C, 1.0}, null},
                9, new Object[][] {null, {Consistency.CC, 1.0}, null},
                12, new Object[][] {{Consistency.C, 1.0}, {Consistency.I, 1.0}, null},
                13, new Object[][] {{Consistency.C, 0.5}, null, {Consistency.I, 1.0}});

        List<Document> sources = List.copyOf(templates.getDocuments());
        Map<Document, List<Claim>> claimsOf = new HashMap<>();
        for (Claim c : templates.getClaims()) {
            claimsOf.computeIfAbsent(c.getDocument(), d -> new ArrayList<>()).add(c);
        }
        List<Assessment> assessments = new ArrayList<>();
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < documents; i++) {
            Document template = sources.get(i % sources.size());
            LocalDate published = i % 7 == 6 ? null : start.plusDays(random.nextInt(3 * 365));
            Document d = b.document(template.getInput() + "#" + i, template.getTitle(), template.getText() + "\n[synthetic copy " + i + "]",
                    template.getPublisher(), published, "en");
            boolean rated = template == real.sample.article && random.nextInt(5) == 0;
            for (Claim t : claimsOf.getOrDefault(template, List.of())) {
                CorpusBuilder.ClaimSpec spec = b.claim(d);
                if (t.getSource() != null) {
                    spec.source(variants.get(t.getSource())[random.nextInt(VARIANTS)], t.getSourceText(), t.getSourceSpan().getBegin());
                }
                if (t.getCue() != null) {
                    spec.cue(t.getCue(), t.getCueSpan().getBegin());
                }
                spec.content(t.getContent(), t.getContentSpan().getBegin()).type(t.getType()).modality(t.getModality())
                        .confidence(t.getConfidence()).polarity(t.getPolarity());
                for (Actor target : t.getTargets()) {
                    spec.targets(variants.get(target)[random.nextInt(VARIANTS)]);
                }
                Claim c = spec.build();
                c.setStatus(t.getStatus());
                int number = Integer.parseInt(t.getId().substring(1));
                if (rated && ratings.containsKey(number)) {
                    Object[][] row = ratings.get(number);
                    for (int h = 0; h < 3; h++) {
                        if (row[h] != null) {
                            Assessment a = SightlineFactory.eINSTANCE.createAssessment();
                            a.setClaim(c);
                            a.setHypothesis(hypotheses.get(h));
                            a.setConsistency((Consistency) row[h][0]);
                            a.setWeight((Double) row[h][1]);
                            assessments.add(a);
                        }
                    }
                }
            }
        }
        b.corpus().getAssessments().addAll(assessments);
        Ids.assignMissing(b.corpus());
        return b.corpus();
    }
}
