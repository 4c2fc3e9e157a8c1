package org.sightline.extract.claims.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.extract.claims.api.Span;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.NlpModels;
import org.sightline.testing.SharedFiles;

/**
 * Scores the claim finder against PARC-style attribution annotations (attribution-dev format: id.txt
 * + id.json). Predicted claims sharing a cue span are one attribution (list items). Predicted and gold
 * attributions are paired one to one by overlapping cue; cue, source and content are then scored on
 * the pairs, exact (identical spans) and overlap (any shared character). Precision divides by the
 * predicted attributions having that role, recall by the gold ones.
 *
 * <p>Run: {@code java -cp ... org.sightline.extract.claims.tests.AttributionEval [DIR] [-v]}; DIR
 * defaults to shared/data/attribution-dev.
 */
public final class AttributionEval {

    /** One attribution; source may be null. */
    public record Attr(Span source, Span cue, List<Span> content) {
    }

    public record Doc(String id, String text, List<Attr> gold) {
    }

    /** Counts of one role: true positives (exact, overlap), predicted, gold. */
    public record Role(int exact, int overlap, int predicted, int gold) {

        public double f1(boolean exactMatch) {
            int tp = exactMatch ? exact : overlap;
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = gold == 0 ? 0 : (double) tp / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String format() {
            int tp = overlap;
            return String.format(Locale.ROOT, "exact F1 %.3f  overlap F1 %.3f  (overlap P %.3f R %.3f; pred %d, gold %d)",
                    f1(true), f1(false), predicted == 0 ? 0 : (double) tp / predicted, gold == 0 ? 0 : (double) tp / gold,
                    predicted, gold);
        }
    }

    public record Scores(Role cue, Role source, Role content) {
    }

    private AttributionEval() {
    }

    public static Path defaultDir() {
        return SharedFiles.resolve("data/attribution-dev");
    }

    /** The second, hand-annotated set kept in this fragment (data/attribution-re3d-heldout). */
    public static Path heldOutDir() {
        return fragmentData("data/attribution-re3d-heldout");
    }

    /** The news paragraphs written for round 3 (data/news-style), located like {@link #heldOutDir()}. */
    public static Path newsStyleDir() {
        return fragmentData("data/news-style");
    }

    private static Path fragmentData(String rel) {
        return SharedFiles.repository("bundles/org.sightline.extract.claims.tests/" + rel);
    }

    public static List<Doc> load(Path dir) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Path txt = Path.of(json.toString().replaceAll("\\.json$", ".txt"));
                if (!Files.exists(txt)) {
                    throw new IOException(json + ": no matching .txt");
                }
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                JsonObject o = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
                List<Attr> gold = new ArrayList<>();
                for (JsonElement e : o.getAsJsonArray("attributions")) {
                    JsonObject a = e.getAsJsonObject();
                    Span src = a.get("source").isJsonNull() ? null : span(a.getAsJsonArray("source"));
                    Span cue = span(a.getAsJsonArray("cue").get(0).getAsJsonArray());
                    List<Span> content = new ArrayList<>();
                    for (JsonElement c : a.getAsJsonArray("content")) {
                        content.add(span(c.getAsJsonArray()));
                    }
                    gold.add(new Attr(src, cue, content));
                }
                docs.add(new Doc(o.get("id").getAsString(), text, gold));
            }
        }
        if (docs.isEmpty()) {
            throw new IOException("No attribution files (*.json + *.txt) in " + dir);
        }
        return docs;
    }

    private static Span span(JsonArray a) {
        return new Span(a.get(0).getAsInt(), a.get(1).getAsInt());
    }

    /** Runs the real pipeline on the text and groups claims by cue into attributions. */
    public static List<Attr> predict(Annotator annotator, String text) {
        AnnotatedText t = annotator.annotate(text);
        List<ClaimRecord> claims = ClaimFinder.find(t, ActorRecognizer.recognize(t));
        Map<Span, Attr> byCue = new LinkedHashMap<>();
        for (ClaimRecord c : claims) {
            Attr prev = byCue.get(c.cueSpan());
            List<Span> content = new ArrayList<>(prev == null ? List.of() : prev.content());
            for (Span s : c.contentSpans()) {
                if (!content.contains(s)) {
                    content.add(s);
                }
            }
            content.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            byCue.put(c.cueSpan(), new Attr(c.sourceSpan(), c.cueSpan(), content));
        }
        return List.copyOf(byCue.values());
    }

    public static Scores score(List<Doc> docs, Map<String, List<Attr>> predicted, boolean verbose) {
        int[] cue = new int[4];
        int[] src = new int[4];
        int[] con = new int[4];
        for (Doc d : docs) {
            List<Attr> pred = predicted.get(d.id());
            List<Attr> gold = d.gold();
            boolean[] goldUsed = new boolean[gold.size()];
            Attr[] pairOf = new Attr[pred.size()];
            int[] goldIdx = new int[pred.size()];
            for (int i = 0; i < pred.size(); i++) {
                int best = -1;
                int bestOverlap = 0;
                for (int g = 0; g < gold.size(); g++) {
                    int ov = overlap(pred.get(i).cue(), gold.get(g).cue());
                    if (!goldUsed[g] && ov > bestOverlap) {
                        best = g;
                        bestOverlap = ov;
                    }
                }
                if (best >= 0) {
                    goldUsed[best] = true;
                    pairOf[i] = gold.get(best);
                    goldIdx[i] = best;
                }
            }
            for (Attr g : gold) {
                cue[3]++;
                if (g.source() != null) {
                    src[3]++;
                }
                con[3]++;
            }
            for (int i = 0; i < pred.size(); i++) {
                Attr p = pred.get(i);
                Attr g = pairOf[i];
                cue[2]++;
                con[2]++;
                if (p.source() != null) {
                    src[2]++;
                }
                if (g == null) {
                    if (verbose) {
                        System.out.println(d.id() + " FALSE  " + show(d.text(), p));
                    }
                    continue;
                }
                cue[1]++;
                cue[0] += p.cue().equals(g.cue()) ? 1 : 0;
                if (p.source() != null && g.source() != null) {
                    src[1] += p.source().overlaps(g.source()) ? 1 : 0;
                    src[0] += p.source().equals(g.source()) ? 1 : 0;
                }
                boolean anyOverlap = p.content().stream().anyMatch(a -> g.content().stream().anyMatch(a::overlaps));
                con[1] += anyOverlap ? 1 : 0;
                con[0] += p.content().equals(g.content()) ? 1 : 0;
                if (verbose && !(p.cue().equals(g.cue()) && p.content().equals(g.content())
                        && java.util.Objects.equals(p.source(), g.source()))) {
                    System.out.println(d.id() + " DIFF   " + show(d.text(), p) + "\n" + " ".repeat(39) + "GOLD   "
                            + show(d.text(), g));
                }
            }
            if (verbose) {
                for (int g = 0; g < gold.size(); g++) {
                    if (!goldUsed[g]) {
                        System.out.println(d.id() + " MISSED " + show(d.text(), gold.get(g)));
                    }
                }
            }
        }
        return new Scores(new Role(cue[0], cue[1], cue[2], cue[3]), new Role(src[0], src[1], src[2], src[3]),
                new Role(con[0], con[1], con[2], con[3]));
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
    }

    private static String show(String text, Attr a) {
        String content = String.join(" … ", a.content().stream().map(s -> s.of(text)).toList());
        if (content.length() > 110) {
            content = content.substring(0, 60) + " [...] " + content.substring(content.length() - 40);
        }
        return "[" + (a.source() == null ? "-" : a.source().of(text)) + "] [" + a.cue().of(text) + "] [" + content
                .replace('\n', ' ') + "]";
    }

    public static Scores run(Path dir, boolean verbose) throws IOException {
        List<Doc> docs = load(dir);
        Annotator annotator = NlpModels.shared().newAnnotator();
        Map<String, List<Attr>> predicted = new LinkedHashMap<>();
        for (Doc d : docs) {
            predicted.put(d.id(), predict(annotator, d.text()));
        }
        return score(docs, predicted, verbose);
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        Path dir = args.length > 0 && !args[0].equals("-v") ? Path.of(args[0]) : defaultDir();
        Scores s = run(dir, verbose);
        System.out.println("attribution eval on " + dir);
        System.out.println("cue      " + s.cue().format());
        System.out.println("source   " + s.source().format());
        System.out.println("content  " + s.content().format());
    }
}
