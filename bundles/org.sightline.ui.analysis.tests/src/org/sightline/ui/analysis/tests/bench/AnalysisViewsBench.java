package org.sightline.ui.analysis.tests.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.sightline.testing.Measures;
import org.sightline.model.Actor;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Hypothesis;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.Ids;
import org.sightline.ui.analysis.api.AnalysisViews;
import org.sightline.ui.analysis.internal.AnalysisView;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.session.api.Session;

/**
 * How long each analysis view takes to refresh on a big corpus, and how responsive the workbench
 * stays meanwhile: the analysis job's time (off the UI thread), the time showing its result held the
 * UI thread, and the longest the UI thread did not answer during the whole refresh (a 10 ms timer
 * probes it: the longest delay of a probe). Runs inside the workbench (the views need their site), so
 * it is started from the test runtime by {@code AnalysisViewsBenchLauncher}; it prints medians and
 * asserts nothing.
 * <p>
 * The corpus repeats a real extracted one (the sample article, State Department releases and the
 * follow-up of the tests) to {@code documents} documents: each copy keeps the text and the claims at
 * the same spans, sources and targets are drawn from 67 variants of each real actor, dates spread over
 * three years with one document in seven undated, and a fifth of the copies carry ACH ratings against
 * three hypotheses.
 */
public final class AnalysisViewsBench {

    private static final int VARIANTS = 67;

    private AnalysisViewsBench() {
    }

    /** Arguments: the seed corpus, documents, runs, warm-up runs. Prints one line per view. */
    public static void run(Corpus seed, int documents, int runs, int warmup) {
        long start = System.nanoTime();
        Corpus corpus = grow(seed, documents);
        long built = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "corpus: %,d documents, %,d actors, %,d claims, %,d assessments (built in %.1f s)%n",
                corpus.getDocuments().size(), corpus.getActors().size(), corpus.getClaims().size(), corpus.getAssessments().size(),
                built / 1e9);
        Session session;
        try {
            session = Session.of(corpus, null, Files.createTempDirectory("sightline-bench-recovery"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SessionService.get().setCurrent(session); // the views follow the open workspace
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        System.out.printf(Locale.ROOT, "%-20s %12s %12s %12s %14s   (medians of %d runs after %d warm-up)%n", "view", "job ms",
                "show ms", "refresh ms", "UI stall ms", runs, warmup);
        for (String id : AnalysisViews.ALL) {
            AnalysisView<?> view;
            try {
                view = (AnalysisView<?>) page.showView(id);
            } catch (PartInitException e) {
                throw new IllegalStateException("cannot open view " + id, e);
            }
            waitFor(view);
            double[] job = new double[runs];
            double[] show = new double[runs];
            double[] total = new double[runs];
            double[] stall = new double[runs];
            for (int i = 0; i < warmup + runs; i++) {
                Probe probe = new Probe();
                long began = System.nanoTime();
                view.refreshNow();
                waitFor(view);
                long took = System.nanoTime() - began;
                probe.stop();
                drain();
                if (i >= warmup) {
                    job[i - warmup] = view.lastComputeNanos() / 1e6;
                    show[i - warmup] = view.lastShowNanos() / 1e6;
                    total[i - warmup] = took / 1e6;
                    stall[i - warmup] = probe.longestNanos / 1e6;
                }
            }
            System.out.printf(Locale.ROOT, "%-20s %12.0f %12.0f %12.0f %14.0f   %s%n", view.getPartName(), Measures.median(job), Measures.median(show),
                    Measures.median(total), Measures.median(stall), describe(view));
            page.hideView(view);
        }
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot())); // closes the big one
    }

    private static String describe(IViewPart view) {
        return switch (view) {
            case org.sightline.ui.analysis.internal.ActorNetworkView v -> v.statusText();
            case org.sightline.ui.analysis.internal.CommitmentsView v -> v.matrix().rows().size() + " rows";
            case org.sightline.ui.analysis.internal.TimelineView v -> v.timeline().periods().size() + " periods, " + v.bands().size() + " bands";
            case org.sightline.ui.analysis.internal.HypothesesView v -> v.matrix().evidence().size() + " evidence rows";
            case org.sightline.ui.analysis.internal.RelationsView v -> v.statusText();
            default -> "";
        };
    }

    /** Runs the event loop until the view shows its analysis, as the analyst would wait. */
    private static void waitFor(AnalysisView<?> view) {
        Display display = Display.getCurrent();
        while (view.isStale()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /** Measures how late a 10 ms timer runs on the UI thread: the longest time it did not answer. */
    private static final class Probe implements Runnable {
        private static final int PERIOD_MS = 10;
        private final Display display = Display.getCurrent();
        private long due = System.nanoTime() + PERIOD_MS * 1_000_000L;
        private boolean stopped;
        long longestNanos;

        Probe() {
            display.timerExec(PERIOD_MS, this);
        }

        @Override
        public void run() {
            if (stopped) {
                return;
            }
            long now = System.nanoTime();
            longestNanos = Math.max(longestNanos, now - due);
            due = now + PERIOD_MS * 1_000_000L;
            display.timerExec(PERIOD_MS, this);
        }

        void stop() {
            stopped = true;
            display.timerExec(-1, this);
        }
    }

    private static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the widgets paint, as the analyst would wait for
        }
    }

    /** {@code documents} documents made of copies of {@code seed}'s documents and claims. */
    public static Corpus grow(Corpus seed, int documents) {
        Corpus corpus = Corpora.create("bench-" + documents);
        SightlineFactory f = SightlineFactory.eINSTANCE;
        List<Actor> originals = seed.getActors();
        Map<Actor, Actor[]> variants = new IdentityHashMap<>();
        for (Actor a : originals) {
            variants.put(a, new Actor[VARIANTS]);
        }
        Map<Document, List<Claim>> claimsOf = new HashMap<>();
        for (Claim c : seed.getClaims()) {
            claimsOf.computeIfAbsent(c.getDocument(), d -> new ArrayList<>()).add(c);
        }
        List<Hypothesis> hypotheses = new ArrayList<>();
        for (String label : List.of("H1: US steps back", "H2: US reorganises only", "H3: Allies build own deterrence")) {
            Hypothesis h = f.createHypothesis();
            h.setLabel(label);
            corpus.getHypotheses().add(h);
            hypotheses.add(h);
        }
        LocalDate first = LocalDate.of(2016, 1, 1);
        List<Document> seedDocs = seed.getDocuments();
        for (int k = 0; k < documents; k++) {
            Document original = seedDocs.get(k % seedDocs.size());
            Document d = f.createDocument();
            d.setInput(original.getInput() + "#" + k);
            d.setTitle(original.getTitle());
            d.setText(new String(original.getText().toCharArray()));
            d.setLanguage(original.getLanguage());
            d.setPublished(k % 7 == 6 ? null : first.plusDays((k * 37L) % (3 * 365)));
            corpus.getDocuments().add(d);
            int v = k % VARIANTS;
            for (Claim c : claimsOf.getOrDefault(original, List.of())) {
                Claim copy = EcoreUtil.copy(c);
                copy.setId(null);
                copy.setDocument(d);
                copy.setSource(c.getSource() == null ? null : variant(corpus, variants, c.getSource(), v));
                List<Actor> targets = new ArrayList<>();
                for (Actor t : c.getTargets()) {
                    targets.add(variant(corpus, variants, t, v));
                }
                copy.getTargets().clear();
                copy.getTargets().addAll(targets);
                corpus.getClaims().add(copy);
                if (k % 5 == 0 && original == seedDocs.get(0)) {
                    int n = corpus.getClaims().size();
                    for (int h = 0; h < hypotheses.size(); h++) {
                        Assessment a = f.createAssessment();
                        a.setClaim(copy);
                        a.setHypothesis(hypotheses.get(h));
                        a.setConsistency(Consistency.get((n + h) % 5));
                        a.setWeight(1.0);
                        corpus.getAssessments().add(a);
                    }
                }
            }
        }
        Ids.assignMissing(corpus);
        return corpus;
    }

    private static Actor variant(Corpus corpus, Map<Actor, Actor[]> variants, Actor original, int v) {
        Actor[] all = variants.get(original);
        if (all[v] == null) {
            Actor a = SightlineFactory.eINSTANCE.createActor();
            a.setName(v == 0 ? original.getName() : original.getName() + " #" + v);
            a.setKind(original.getKind());
            a.setCode(original.getCode());
            corpus.getActors().add(a);
            all[v] = a;
            if (original.getPartOf() != null) {
                a.setPartOf(variant(corpus, variants, original.getPartOf(), v));
            }
        }
        return all[v];
    }
}
