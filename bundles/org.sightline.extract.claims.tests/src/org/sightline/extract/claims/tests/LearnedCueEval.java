package org.sightline.extract.claims.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.internal.rules.LearnedCues;
import org.sightline.extract.claims.internal.rules.LearnedCues.Candidate;
import org.sightline.extract.claims.tests.AttributionEval.Attr;
import org.sightline.extract.claims.tests.AttributionEval.Doc;
import org.sightline.extract.claims.tests.AttributionEval.Measure;
import org.sightline.extract.claims.tests.AttributionEval.Role;
import org.sightline.extract.claims.tests.AttributionEval.RuleCount;
import org.sightline.extract.claims.tests.AttributionEval.Scores;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.NlpModels;

/**
 * Trains and cross-validates the learned cue scorer ({@link LearnedCues}, rule {@code learned-cue}) on the
 * attribution-news dev annotations (docs/extraction.md, "A learned cue").
 *
 * <ul>
 * <li>{@code cv [T[/V]...]}: 5 folds by document, fold = the first 8 hex digits of SHA-256(document id)
 * mod 5; each fold's claims come from a model trained on the other four; the pooled claims are scored by
 * {@link AttributionEval#score}, for the hand rules alone and for each setting: {@code learned-cue} from
 * probability T ("off": not at all), {@code learned-veto} below V (default 0: no veto).</li>
 * <li>{@code train OUT}: trains on all of dev and writes the model (the shipped one:
 * {@code bundles/org.sightline.extract.claims/src/org/sightline/extract/claims/internal/rules/learned-cue.bin});
 * prints its SHA-256 (same data, same bytes).</li>
 * <li>{@code show TEXT...}: the shipped model's probability for each candidate it would score, and the claims
 * with {@code learned-veto} and {@code learned-cue} on.</li>
 * <li>{@code load}: reads the shipped model once and prints the time it took.</li>
 * <li>{@code apply DIR...}: scores other sets with the shipped model on (not dev: it was trained there).</li>
 * </ul>
 * Options: {@code --dir DIR} (default: data/attribution-news/dev), {@code --all} (train on every candidate the
 * hand rules left, not only those {@code learned-cue} can make a claim of), {@code --scores} (each
 * readable candidate with its cross-validated probability and label), {@code -v} (the listing of {@link AttributionEval} for the last threshold). Run with {@code releng/scripts/bench.sh
 * org.sightline.extract.claims.tests.LearnedCueEval cv} and {@code SIGHTLINE_SHARED} pointing at the shared data.
 */
public final class LearnedCueEval {

    static final int FOLDS = 5;

    private LearnedCueEval() {
    }

    /** The fold of a document: its id's SHA-256, first 8 hex digits, mod 5. */
    static int fold(String id) {
        return (int) (Long.parseLong(AttributionEval.sha256(id).substring(0, 8), 16) % FOLDS);
    }

    /** A document annotated once, with its candidates and their labels. */
    record Prepared(Doc doc, AnnotatedText text, ActorResult actors, List<Candidate> candidates, boolean[] cue) {
    }

    static List<Prepared> prepare(List<Doc> docs) {
        Annotator annotator = NlpModels.shared().newAnnotator();
        List<Prepared> out = new ArrayList<>();
        for (Doc d : docs) {
            AnnotatedText t = annotator.annotate(d.text());
            ActorResult actors = ActorRecognizer.recognize(t);
            List<Candidate> cands = LearnedCues.candidates(t, actors);
            boolean[] cue = new boolean[cands.size()];
            for (int k = 0; k < cands.size(); k++) {
                for (Attr g : d.gold()) {
                    cue[k] |= cands.get(k).heads(g.cue().begin(), g.cue().end());
                }
            }
            out.add(new Prepared(d, t, actors, cands, cue));
        }
        return out;
    }

    /** OpenNLP training parameters given as -Dlearn.KEY=VALUE (e.g. -Dlearn.Algorithm=MAXENT_QN -Dlearn.L2Cost=1). */
    static Map<String, String> settings() {
        Map<String, String> out = new TreeMap<>();
        System.getProperties().forEach((k, v) -> {
            if (k.toString().startsWith("learn.")) {
                out.put(k.toString().substring("learn.".length()), v.toString());
            }
        });
        return out;
    }

    static LearnedCues train(List<Prepared> docs, boolean all) throws IOException {
        List<String[]> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Prepared p : docs) {
            for (int k = 0; k < p.candidates().size(); k++) {
                Candidate c = p.candidates().get(k);
                if (c.claimed() || (all ? !c.used() : c.readable())) {
                    features.add(c.features());
                    labels.add(p.cue()[k]);
                }
            }
        }
        boolean[] cue = new boolean[labels.size()];
        for (int k = 0; k < cue.length; k++) {
            cue[k] = labels.get(k);
        }
        return LearnedCues.train(features, cue, settings());
    }

    public static void main(String[] args) throws IOException {
        List<String> a = new ArrayList<>(List.of(args));
        if (a.isEmpty() || !List.of("cv", "train", "show", "load", "apply").contains(a.get(0))) {
            System.err.println("usage: LearnedCueEval cv [THRESHOLD[/VETO]...] | train OUT | show TEXT... | load | apply DIR...   [--dir DIR] [--all] [--scores] [-v]");
            System.exit(2);
        }
        String mode = a.remove(0);
        if (mode.equals("load")) {
            load();
            return;
        }
        if (mode.equals("apply")) {
            for (String dir : a) {
                apply(Path.of(dir));
            }
            return;
        }
        if (mode.equals("show")) {
            for (String text : a) {
                show(text);
            }
            return;
        }
        boolean all = a.remove("--all");
        boolean verbose = a.remove("-v");
        boolean scores = a.remove("--scores");
        Path dir = AttributionEval.newsDevDir();
        int d = a.indexOf("--dir");
        if (d >= 0) {
            dir = Path.of(a.get(d + 1));
            a.remove(d + 1);
            a.remove(d);
        }
        List<Doc> docs = AttributionEval.load(dir);
        long t0 = System.nanoTime();
        List<Prepared> prepared = prepare(docs);
        int candidates = 0;
        int positives = 0;
        int free = 0;
        int freePositives = 0;
        int readable = 0;
        int readablePositives = 0;
        int outsideLexicon = 0;
        for (Prepared p : prepared) {
            for (int k = 0; k < p.cue().length; k++) {
                candidates++;
                positives += p.cue()[k] ? 1 : 0;
                if (!p.candidates().get(k).used()) {
                    free++;
                    freePositives += p.cue()[k] ? 1 : 0;
                    outsideLexicon += p.cue()[k] && List.of(p.candidates().get(k).features()).contains("lex=none") ? 1 : 0;
                }
                if (p.candidates().get(k).readable()) {
                    readable++;
                    readablePositives += p.cue()[k] ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d documents, %d candidates (%d cue heads), %d left by the hand rules (%d cue heads, %d outside the lexicon), "
                + "%d of them readable by learned-cue (%d cue heads); %.1f s%n", docs.size(), candidates, positives, free, freePositives,
                outsideLexicon, readable, readablePositives, (System.nanoTime() - t0) / 1e9);
        if (mode.equals("train")) {
            if (a.isEmpty()) {
                throw new IllegalArgumentException("train: the output file is missing");
            }
            LearnedCues model = train(prepared, all);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.write(bytes);
            Files.write(Path.of(a.get(0)), bytes.toByteArray());
            System.out.println("wrote " + a.get(0) + ": " + bytes.size() + " bytes, " + model.features() + " features, sha256 "
                    + java.util.HexFormat.of().formatHex(sha256(bytes.toByteArray())));
            return;
        }
        List<double[]> combos = new ArrayList<>(); // {learned-cue threshold (above 1: off), veto (0: off)}
        for (String arg : a) {
            String[] tv = arg.split("/");
            combos.add(new double[] {tv[0].equals("off") ? 2 : Double.parseDouble(tv[0]), tv.length > 1 ? Double.parseDouble(tv[1]) : 0});
        }
        if (combos.isEmpty()) {
            for (double x : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
                combos.add(new double[] {x, 0});
            }
        }
        Map<Integer, List<String>> folds = new TreeMap<>();
        for (Prepared p : prepared) {
            folds.computeIfAbsent(fold(p.doc().id()), k -> new ArrayList<>()).add(p.doc().id());
        }
        folds.forEach((k, ids) -> System.out.println("fold " + k + " (" + ids.size() + "): " + String.join(" ", ids)));
        Map<String, List<Attr>> hand = new LinkedHashMap<>();
        List<Map<String, List<Attr>>> learned = new ArrayList<>();
        for (int k = 0; k < combos.size(); k++) {
            learned.add(new LinkedHashMap<>());
        }
        for (int k = 0; k < FOLDS; k++) {
            List<Prepared> train = new ArrayList<>();
            for (Prepared p : prepared) {
                if (fold(p.doc().id()) != k) {
                    train.add(p);
                }
            }
            LearnedCues model = train(train, all);
            for (Prepared p : prepared) {
                if (fold(p.doc().id()) != k) {
                    continue;
                }
                for (int c = 0; c < p.candidates().size() && scores; c++) {
                    Candidate cand = p.candidates().get(c);
                    if (cand.readable()) {
                        String text = p.doc().text();
                        System.out.printf(Locale.ROOT, "SCORE %.3f %s %-14s %s%n", model.probability(cand.features()),
                                p.cue()[c] ? "CUE" : "no ", cand.lemma(), text.substring(Math.max(0, cand.begin() - 60),
                                Math.min(text.length(), cand.end() + 60)).replace('\n', ' '));
                    }
                }
                hand.put(p.doc().id(), AttributionEval.group(LearnedCues.find(p.text(), p.actors(), null, 1.0, 0)));
                for (int x = 0; x < combos.size(); x++) {
                    learned.get(x).put(p.doc().id(), AttributionEval.group(
                            LearnedCues.find(p.text(), p.actors(), model, combos.get(x)[0], combos.get(x)[1])));
                }
            }
        }
        System.out.println("training settings over the defaults: " + settings());
        System.out.println("cross-validated on " + dir + (all ? " (trained on the cue heads of hand-rule claims and every candidate the hand rules left)"
                : " (trained on the cue heads of hand-rule claims and the candidates learned-cue can read)"));
        System.out.println("cue threshold / veto threshold | cue, source, content: overlap P / R / F1, token F1, exact F1 | claims | learned-cue: claims, cue P / src P / cont P");
        report("hand rules", AttributionEval.score(docs, hand, false));
        for (int x = 0; x < combos.size(); x++) {
            boolean last = x == combos.size() - 1;
            double[] c = combos.get(x);
            report((c[0] > 1 ? "cue off" : String.format(Locale.ROOT, "cue %.2f", c[0]))
                    + (c[1] > 0 ? String.format(Locale.ROOT, " veto %.2f", c[1]) : ""), AttributionEval.score(docs, learned.get(x), verbose && last));
        }
    }

    /** Scores a set with the hand rules alone and with the shipped model on (its threshold and veto, each step alone and both). */
    private static void apply(Path dir) throws IOException {
        List<Doc> docs = AttributionEval.load(dir);
        List<Prepared> prepared = prepare(docs);
        LearnedCues model = LearnedCues.shared();
        double[][] settings = {{2, 0}, {LearnedCues.THRESHOLD, 0}, {2, LearnedCues.VETO}, {LearnedCues.THRESHOLD, LearnedCues.VETO}};
        System.out.println("shipped model on " + dir);
        report("hand rules", AttributionEval.score(docs, predictions(prepared, null, 1, 0), false));
        for (double[] c : settings) {
            report((c[0] > 1 ? "cue off" : String.format(Locale.ROOT, "cue %.2f", c[0]))
                    + (c[1] > 0 ? String.format(Locale.ROOT, " veto %.2f", c[1]) : ""),
                    AttributionEval.score(docs, predictions(prepared, model, c[0], c[1]), false));
        }
    }

    private static Map<String, List<Attr>> predictions(List<Prepared> prepared, LearnedCues model, double threshold, double veto) {
        Map<String, List<Attr>> out = new LinkedHashMap<>();
        for (Prepared p : prepared) {
            out.put(p.doc().id(), AttributionEval.group(LearnedCues.find(p.text(), p.actors(), model, threshold, veto)));
        }
        return out;
    }

    /** Reads the shipped model once, timed (thread CPU and wall clock), in a fresh JVM. */
    private static void load() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = bean.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        LearnedCues model = LearnedCues.shared();
        System.out.printf(Locale.ROOT, "%s: %d features, first read (with OpenNLP's classes) %.1f ms thread CPU, %.1f ms wall%n",
                LearnedCues.RESOURCE, model.features(), (bean.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
        cpu = bean.getCurrentThreadCpuTime();
        try (java.io.InputStream in = LearnedCues.class.getResourceAsStream(LearnedCues.RESOURCE)) {
            LearnedCues.read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "second read %.1f ms thread CPU%n", (bean.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    /** The shipped model's probability for each candidate of a text that learned-cue can read, and the claims with it on. */
    private static void show(String text) {
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        ActorResult actors = ActorRecognizer.recognize(t);
        LearnedCues model = LearnedCues.shared();
        for (Candidate c : LearnedCues.candidates(t, actors)) {
            if (c.readable() || c.claimed()) {
                System.out.printf(Locale.ROOT, "  %-14s %s %.3f%n", text.substring(c.begin(), c.end()),
                        c.claimed() ? "claimed " : "readable", model.probability(c.features()));
            }
        }
        for (org.sightline.extract.claims.api.ClaimRecord r : LearnedCues.find(t, actors, model, LearnedCues.THRESHOLD, LearnedCues.VETO)) {
            System.out.println("  <" + r.rule() + "> [" + (r.sourceSpan() == null ? "-" : r.sourceSpan().of(text)) + "] ["
                    + r.cueSpan().of(text) + "] [" + String.join(" … ", r.contentSpans().stream().map(x -> x.of(text)).toList()) + "]");
        }
    }

    private static void report(String label, Scores s) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s", label));
        for (Role r : List.of(s.cue(), s.source(), s.content())) {
            sb.append(String.format(Locale.ROOT, " | %.3f / %.3f / %.3f  t %.3f e %.3f", r.precision(Measure.OVERLAP),
                    r.recall(Measure.OVERLAP), r.f1(Measure.OVERLAP), r.f1(Measure.TOKEN), r.f1(Measure.EXACT)));
        }
        RuleCount c = s.rules().get("learned-cue");
        sb.append(String.format(Locale.ROOT, " | claims %d", s.cue().predicted()));
        if (c != null) {
            sb.append(String.format(Locale.ROOT, " | learned-cue %d, %.3f / %s / %.3f", c.predicted(), (double) c.cue() / c.predicted(),
                    c.sourced() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) c.source() / c.sourced()),
                    (double) c.content() / c.predicted()));
        }
        System.out.println(sb);
    }

    private static byte[] sha256(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
