package org.sightline.extract.claims.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.extract.claims.api.Span;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueLexicon;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.Lemmas;
import org.sightline.nlp.api.NlpModels;
import org.sightline.testing.SharedFiles;

/**
 * Scores the claim finder against attribution annotations in the format of docs/attribution-guidelines.md
 * (section 9): {@code id.json} with {@code id.txt} beside it, or, for news pages whose text may not be
 * redistributed, a {@code "text": {"corpus": "article-extraction", "id", "sha256"}} object naming the
 * gold article body in shared/data/article-extraction/ground-truth.json (checked against the hash).
 *
 * <p>Predicted claims sharing a cue span are one attribution (list items). Predicted and gold
 * attributions are paired one to one by overlapping cue; cue, source and content are then scored on the
 * pairs with three measures: <b>exact</b> (identical spans; content: all pieces identical), <b>overlap</b>
 * (the spans share a token; content: any piece shares one) and <b>token</b> (partial credit: the share of
 * the predicted tokens that are gold for precision, of the gold tokens that are predicted for recall;
 * content pieces pooled). Precision divides by the predicted attributions having that role, recall by
 * the gold ones. Also printed: precision per rule (the {@code rule} id on each claim) and the misses by
 * class, with the cue words most often missing from the lexicon.
 *
 * <p>Run: {@code releng/scripts/bench.sh org.sightline.extract.claims.tests.AttributionEval [DIR...] [-v]};
 * DIR defaults to shared/data/attribution-dev. A folder named {@code blind} is refused unless
 * {@code --blind} is given: the blind split is scored once, by the lead, at the end.
 */
public final class AttributionEval {

    /** One attribution; source may be null; rule is null for gold ones. */
    public record Attr(Span source, Span cue, List<Span> content, String rule) {

        public Attr {
            content = List.copyOf(content);
        }
    }

    public record Doc(String id, String text, List<Attr> gold) {
    }

    public enum Measure {
        EXACT, OVERLAP, TOKEN
    }

    /** Counts of one role: true positives per measure (token: summed credit), predicted and gold counts. */
    public record Role(int exact, int overlap, double tokenP, double tokenR, int predicted, int gold) {

        public double precision(Measure m) {
            double tp = switch (m) {
                case EXACT -> exact;
                case OVERLAP -> overlap;
                case TOKEN -> tokenP;
            };
            return predicted == 0 ? 0 : tp / predicted;
        }

        public double recall(Measure m) {
            double tp = switch (m) {
                case EXACT -> exact;
                case OVERLAP -> overlap;
                case TOKEN -> tokenR;
            };
            return gold == 0 ? 0 : tp / gold;
        }

        public double f1(Measure m) {
            double p = precision(m);
            double r = recall(m);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Exact (true) or overlap (false) F1, as the floors of the tests use it. */
        public double f1(boolean exactMatch) {
            return f1(exactMatch ? Measure.EXACT : Measure.OVERLAP);
        }

        public String format() {
            StringBuilder sb = new StringBuilder();
            for (Measure m : Measure.values()) {
                sb.append(String.format(Locale.ROOT, "%s P %.3f R %.3f F1 %.3f   ", m.name().toLowerCase(Locale.ROOT),
                        precision(m), recall(m), f1(m)));
            }
            return sb.append(String.format(Locale.ROOT, "(pred %d, gold %d)", predicted, gold)).toString();
        }
    }

    /** Per rule: attributions predicted, with a gold cue, with overlapping source (of those with one), content. */
    public record RuleCount(int predicted, int cue, int sourced, int source, int content) {
    }

    public record Scores(Role cue, Role source, Role content, Map<String, RuleCount> rules, Map<String, Integer> misses,
            Map<String, Integer> missingCueWords) {
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

    /** The development part of the EWT weblog set (data/attribution-ewt/dev; its texts are in the repository). */
    public static Path ewtDevDir() {
        return fragmentData("data/attribution-ewt/dev");
    }

    /** The EWT e-mail and newsgroup set (data/attribution-ewt-mail/dev; development only, texts in the repository). */
    public static Path ewtMailDir() {
        return fragmentData("data/attribution-ewt-mail/dev");
    }

    /** The Wikinews set's development part (data/attribution-wikinews/dev; texts in the repository, CC BY 2.5). */
    public static Path wikinewsDevDir() {
        return fragmentData("data/attribution-wikinews/dev");
    }

    /** The development half of the news attribution set (data/attribution-news/dev). */
    public static Path newsDevDir() {
        return fragmentData("data/attribution-news/dev");
    }

    static Path fragmentData(String rel) {
        return SharedFiles.repository("bundles/org.sightline.extract.claims.tests/" + rel);
    }

    public static List<Doc> load(Path dir) throws IOException {
        return load(dir, false);
    }

    /** The documents of a set folder; {@code blind} must be true to read a folder named "blind". */
    public static List<Doc> load(Path dir, boolean blind) throws IOException {
        if (dir.getFileName() != null && dir.getFileName().toString().equals("blind") && !blind) {
            throw new IllegalArgumentException(dir + ": the blind split is scored once, at the end, by the lead (--blind)");
        }
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonObject o;
                try {
                    o = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
                } catch (RuntimeException e) {
                    throw new IOException(json + ": not an attribution file: " + e.getMessage(), e);
                }
                String text = text(json, o);
                List<Attr> gold = new ArrayList<>();
                for (JsonElement e : o.getAsJsonArray("attributions")) {
                    JsonObject a = e.getAsJsonObject();
                    Span src = a.get("source") == null || a.get("source").isJsonNull() ? null
                            : span(a.getAsJsonArray("source"), text, json);
                    Span cue = span(a.getAsJsonArray("cue").get(0).getAsJsonArray(), text, json);
                    List<Span> content = new ArrayList<>();
                    for (JsonElement c : a.getAsJsonArray("content")) {
                        content.add(span(c.getAsJsonArray(), text, json));
                    }
                    gold.add(new Attr(src, cue, content, null));
                }
                docs.add(new Doc(o.get("id").getAsString(), text, gold));
            }
        }
        if (docs.isEmpty()) {
            throw new IOException("No attribution files (*.json) in " + dir);
        }
        return docs;
    }

    /** The document text: id.txt beside the JSON, or the named corpus text checked against its hash. */
    private static String text(Path json, JsonObject o) throws IOException {
        JsonElement t = o.get("text");
        if (t != null && t.isJsonObject()) {
            JsonObject ref = t.getAsJsonObject();
            String corpus = ref.get("corpus").getAsString();
            if (!corpus.equals("article-extraction")) {
                throw new IOException(json + ": unknown text corpus \"" + corpus + "\"");
            }
            String id = ref.get("id").getAsString();
            String body = articleBodies().get(id);
            if (body == null) {
                throw new IOException(json + ": no article " + id + " in " + SharedFiles.resolve("data/article-extraction/ground-truth.json"));
            }
            if (!sha256(body).equals(ref.get("sha256").getAsString())) {
                throw new IOException(json + ": the text of article " + id + " differs from the annotated one (sha256)");
            }
            return body;
        }
        Path txt = Path.of(json.toString().replaceAll("\\.json$", ".txt"));
        if (!Files.exists(txt)) {
            throw new IOException(json + ": no matching .txt and no text reference");
        }
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    private static Map<String, String> bodies;

    private static synchronized Map<String, String> articleBodies() throws IOException {
        if (bodies == null) {
            Path gt = SharedFiles.resolve("data/article-extraction/ground-truth.json");
            JsonObject all = JsonParser.parseString(Files.readString(gt, StandardCharsets.UTF_8)).getAsJsonObject();
            Map<String, String> m = new HashMap<>();
            for (Map.Entry<String, JsonElement> e : all.entrySet()) {
                m.put(e.getKey(), e.getValue().getAsJsonObject().get("articleBody").getAsString());
            }
            bodies = m;
        }
        return bodies;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Span span(JsonArray a, String text, Path json) throws IOException {
        int b = a.get(0).getAsInt();
        int e = a.get(1).getAsInt();
        if (b < 0 || e < b || e > text.length()) {
            throw new IOException(json + ": span [" + b + ", " + e + ") outside the text (" + text.length() + " chars)");
        }
        return new Span(b, e);
    }

    /** Runs the real pipeline on the text and groups claims by cue into attributions. */
    public static List<Attr> predict(Annotator annotator, String text) {
        AnnotatedText t = annotator.annotate(text);
        return group(ClaimFinder.find(t, ActorRecognizer.recognize(t)));
    }

    /** Claims grouped by cue into attributions (list items share a cue). */
    public static List<Attr> group(List<ClaimRecord> claims) {
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
            byCue.put(c.cueSpan(), new Attr(c.sourceSpan(), c.cueSpan(), content, c.rule()));
        }
        return List.copyOf(byCue.values());
    }

    public static Scores score(List<Doc> docs, Map<String, List<Attr>> predicted, boolean verbose) {
        Acc cue = new Acc();
        Acc src = new Acc();
        Acc con = new Acc();
        Map<String, int[]> rules = new TreeMap<>();
        Map<String, Integer> misses = new TreeMap<>();
        Map<String, Integer> missingWords = new TreeMap<>();
        Annotator annotator = NlpModels.shared().newAnnotator();
        for (Doc d : docs) {
            List<Attr> pred = predicted.get(d.id());
            List<Attr> gold = d.gold();
            boolean[] goldUsed = new boolean[gold.size()];
            Attr[] pairOf = new Attr[pred.size()];
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
                }
            }
            for (Attr g : gold) {
                cue.gold++;
                con.gold++;
                if (g.source() != null) {
                    src.gold++;
                }
            }
            for (int i = 0; i < pred.size(); i++) {
                Attr p = pred.get(i);
                Attr g = pairOf[i];
                int[] rc = rules.computeIfAbsent(p.rule() == null ? "(none)" : p.rule(), k -> new int[5]);
                rc[0]++;
                cue.predicted++;
                con.predicted++;
                if (p.source() != null) {
                    src.predicted++;
                    rc[2]++;
                }
                if (g == null) {
                    if (verbose) {
                        System.out.println(d.id() + " FALSE  " + show(d.text(), p));
                    }
                    continue;
                }
                rc[1]++;
                cue.add(d.text(), List.of(p.cue()), List.of(g.cue()));
                if (p.source() != null && g.source() != null) {
                    src.add(d.text(), List.of(p.source()), List.of(g.source()));
                    rc[3] += tokenOverlap(d.text(), List.of(p.source()), List.of(g.source())) > 0 ? 1 : 0;
                }
                con.add(d.text(), p.content(), g.content());
                rc[4] += tokenOverlap(d.text(), p.content(), g.content()) > 0 ? 1 : 0;
                if (verbose && !(p.cue().equals(g.cue()) && p.content().equals(g.content())
                        && Objects.equals(p.source(), g.source()))) {
                    System.out.println(d.id() + " DIFF   " + show(d.text(), p) + "\n" + " ".repeat(39) + "GOLD   "
                            + show(d.text(), g));
                }
            }
            AnnotatedText annotated = null;
            for (int g = 0; g < gold.size(); g++) {
                if (goldUsed[g]) {
                    continue;
                }
                if (annotated == null) {
                    annotated = annotator.annotate(d.text());
                }
                String cls = missClass(d.text(), annotated, gold.get(g), pred, missingWords);
                misses.merge(cls, 1, Integer::sum);
                if (verbose) {
                    System.out.println(d.id() + " MISSED " + show(d.text(), gold.get(g)) + "  {" + cls + "}");
                    Attr outer = covering(gold.get(g), pred);
                    if (outer != null) {
                        System.out.println(" ".repeat(39) + "IN     " + show(d.text(), outer));
                    }
                }
            }
        }
        Map<String, RuleCount> ruleCounts = new LinkedHashMap<>();
        rules.forEach((k, v) -> ruleCounts.put(k, new RuleCount(v[0], v[1], v[2], v[3], v[4])));
        return new Scores(cue.role(), src.role(), con.role(), ruleCounts, misses, missingWords);
    }

    /** Accumulates one role's counts. */
    private static final class Acc {
        int exact;
        int overlap;
        double tokenP;
        double tokenR;
        int predicted;
        int gold;

        void add(String text, List<Span> p, List<Span> g) {
            exact += p.equals(g) ? 1 : 0;
            int shared = tokenOverlap(text, p, g);
            overlap += shared > 0 ? 1 : 0;
            int pt = tokens(text, p);
            int gt = tokens(text, g);
            tokenP += pt == 0 ? 0 : (double) shared / pt;
            tokenR += gt == 0 ? 0 : (double) shared / gt;
        }

        Role role() {
            return new Role(exact, overlap, tokenP, tokenR, predicted, gold);
        }
    }

    /** The predicted attribution whose content overlaps the cue of gold attribution {@code g}, or null. */
    static Attr covering(Attr g, List<Attr> pred) {
        for (Attr p : pred) {
            for (Span c : p.content()) {
                if (c.overlaps(g.cue())) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Why a gold attribution was missed, by the first class that applies: its cue inside a predicted
     * content (nested: the inner cue was taken, or the content ran on), a speaker colon, a dash tag, a
     * headline line, no cue word in the lexicon (the word is tallied), else a structure the rules miss.
     */
    static String missClass(String text, AnnotatedText t, Attr g, List<Attr> pred, Map<String, Integer> missingWords) {
        if (covering(g, pred) != null) {
            return "inside another attribution's content";
        }
        String cueText = g.cue().of(text).strip();
        if (cueText.equals(":")) {
            return "speaker or headline colon";
        }
        if (cueText.matches("[\\-\u2013\u2014]+")) {
            return "dash tag";
        }
        int lineStart = text.lastIndexOf('\n', g.cue().begin()) + 1;
        int lineEnd = text.indexOf('\n', g.cue().end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (lineStart == 0 && !line.matches(".*[.!?\"”']$")) {
            return "headline";
        }
        CueLexicon lexicon = CueLexicon.shared();
        String firstWord = null;
        for (int x = t.tokenAtOrAfter(g.cue().begin()); x < t.tokenCount() && t.tokenBegin(x) < g.cue().end(); x++) {
            String w = t.token(x);
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            String lemma = t.lemma(x);
            String verb = Lemmas.verb(w);
            for (Cue.Kind k : Cue.Kind.values()) {
                if (lexicon.get(k, lemma) != null || lexicon.get(k, verb) != null
                        || !lexicon.multiword(k, lemma).isEmpty() || !lexicon.multiword(k, verb).isEmpty()) {
                    return "cue in the lexicon, structure not handled";
                }
            }
            if (firstWord == null && !t.pos(x).equals("AUX") && !t.pos(x).equals("DET") && !t.pos(x).equals("PART")
                    && !t.pos(x).equals("ADV")) {
                firstWord = lemma;
            }
        }
        if (firstWord != null) {
            missingWords.merge(firstWord, 1, Integer::sum);
        }
        return "cue word not in the lexicon";
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
    }

    /** Tokens (runs of letters and digits, and single other non-space characters) covered by the spans. */
    static int tokens(String text, List<Span> spans) {
        int n = 0;
        for (Span s : spans) {
            for (int i = s.begin(); i < s.end(); i++) {
                if (tokenStart(text, i)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Tokens that start inside a predicted and inside a gold span. */
    static int tokenOverlap(String text, List<Span> p, List<Span> g) {
        int n = 0;
        for (Span a : p) {
            for (int i = a.begin(); i < a.end(); i++) {
                if (tokenStart(text, i) && covered(g, i)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean covered(List<Span> spans, int i) {
        for (Span s : spans) {
            if (i >= s.begin() && i < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean tokenStart(String text, int i) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
            return false;
        }
        if (!Character.isLetterOrDigit(c)) {
            return true;
        }
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static String show(String text, Attr a) {
        String content = String.join(" … ", a.content().stream().map(s -> s.of(text)).toList());
        if (content.length() > 110) {
            content = content.substring(0, 60) + " [...] " + content.substring(content.length() - 40);
        }
        return "[" + (a.source() == null ? "-" : a.source().of(text)) + "] [" + a.cue().of(text) + "] [" + content
                .replace('\n', ' ') + "]" + (a.rule() == null ? "" : " <" + a.rule() + ">");
    }

    public static Scores run(Path dir, boolean verbose) throws IOException {
        return run(List.of(dir), verbose, false);
    }

    public static Scores run(List<Path> dirs, boolean verbose, boolean blind) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (Path dir : dirs) {
            docs.addAll(load(dir, blind));
        }
        Annotator annotator = NlpModels.shared().newAnnotator();
        Map<String, List<Attr>> predicted = new LinkedHashMap<>();
        for (Doc d : docs) {
            predicted.put(d.id(), predict(annotator, d.text()));
        }
        return score(docs, predicted, verbose);
    }

    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        boolean verbose = a.contains("-v");
        boolean blind = a.contains("--blind");
        List<Path> dirs = a.stream().filter(s -> !s.startsWith("-")).map(Path::of).toList();
        if (dirs.isEmpty()) {
            dirs = List.of(defaultDir());
        }
        Scores s = run(dirs, verbose, blind);
        System.out.println("attribution eval on " + dirs);
        System.out.println("cue      " + s.cue().format());
        System.out.println("source   " + s.source().format());
        System.out.println("content  " + s.content().format());
        System.out.println("precision per rule (overlap; source precision over the rule's claims with a source):");
        System.out.println(String.format(Locale.ROOT, "  %-28s %6s %7s %7s %7s", "rule", "pred", "cue P", "src P", "cont P"));
        s.rules().forEach((rule, c) -> System.out.println(String.format(Locale.ROOT, "  %-28s %6d %7.3f %7s %7.3f", rule,
                c.predicted(), (double) c.cue() / c.predicted(),
                c.sourced() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) c.source() / c.sourced()),
                (double) c.content() / c.predicted())));
        System.out.println("misses by class:");
        s.misses().entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                .forEach(e -> System.out.println(String.format(Locale.ROOT, "  %4d  %s", e.getValue(), e.getKey())));
        System.out.println("cue words missing from the lexicon (most frequent):");
        System.out.println("  " + String.join(", ", s.missingCueWords().entrySet().stream()
                .sorted((x, y) -> y.getValue() - x.getValue()).limit(40).map(e -> e.getKey() + " " + e.getValue()).toList()));
    }
}
