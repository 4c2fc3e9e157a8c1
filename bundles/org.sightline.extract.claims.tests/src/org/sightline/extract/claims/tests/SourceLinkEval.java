package org.sightline.extract.claims.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorRef;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.NlpModels;
import org.sightline.testing.SharedFiles;

/**
 * How many claims have a source linked to an actor: over the claims the pipeline finds (not the gold),
 * counts those with a source span and those whose source span holds an actor mention (a name, or a
 * pronoun or "the release" resolved by the actor step). Sets: re3d (dev or blind split of
 * data/re3d-actors/split.tsv) and the dev half of attribution-news; never its blind half.
 * Run: {@code releng/scripts/bench.sh org.sightline.extract.claims.tests.SourceLinkEval [-v] [blind]} (-v lists
 * unlinked sources and linked pronoun sources with the actor they were given, dev sets only; the re3d blind
 * split is counted only with {@code blind} spelled out).
 */
public final class SourceLinkEval {

    /** Counts of one set. */
    public record Counts(String set, int claims, int sourced, int linked) {

        public String format() {
            return String.format(Locale.ROOT, "%-22s claims %4d  with source %4d  linked %4d  (%.3f of sourced, %.3f of all)",
                    set, claims, sourced, linked, sourced == 0 ? 0 : (double) linked / sourced,
                    claims == 0 ? 0 : (double) linked / claims);
        }
    }

    private SourceLinkEval() {
    }

    /** Texts of the re3d documents of one split, by id. */
    static Map<String, String> re3d(Re3dActorEval.Split split) throws IOException {
        Map<String, Re3dActorEval.Split> splits = Re3dActorEval.splitFile();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String sub : List.of("centcom", "us-state-department")) {
            for (String line : Files.readAllLines(SharedFiles.resolve("data/re3d/" + sub + "/documents.json"),
                    StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    String id = o.get("_id").getAsString();
                    if (split == Re3dActorEval.Split.ALL || splits.get(id) == split) {
                        texts.put(id, o.get("text").getAsString());
                    }
                }
            }
        }
        return texts;
    }

    /** Texts of the dev half of attribution-news, by id. */
    static Map<String, String> newsDev() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (AttributionEval.Doc d : AttributionEval.load(AttributionEval.newsDevDir())) {
            texts.put(d.id(), d.text());
        }
        return texts;
    }

    public static Counts count(String set, Map<String, String> texts, boolean verbose) {
        Annotator annotator = NlpModels.shared().newAnnotator();
        int claims = 0;
        int sourced = 0;
        int linked = 0;
        for (Map.Entry<String, String> d : texts.entrySet()) {
            String text = d.getValue();
            AnnotatedText t = annotator.annotate(text);
            ActorResult actors = ActorRecognizer.recognize(t);
            List<String> lines = new ArrayList<>();
            for (ClaimRecord c : ClaimFinder.find(t, actors)) {
                claims++;
                if (c.sourceSpan() == null) {
                    continue;
                }
                sourced++;
                String src = c.sourceSpan().of(text).replace('\n', ' ');
                if (c.sourceKey() != null) {
                    linked++;
                    ActorRef a = actors.actor(c.sourceKey());
                    if (verbose && src.split(" ").length <= 3 && Character.isLowerCase(src.charAt(src.length() - 1))) {
                        lines.add("  LINKED   [" + src + "] -> " + (a == null ? c.sourceKey() : a.name()) + "  | "
                                + context(text, c.cueSpan().begin()));
                    }
                } else if (verbose) {
                    lines.add("  UNLINKED [" + src + "]  | " + context(text, c.cueSpan().begin()));
                }
            }
            if (verbose && !lines.isEmpty()) {
                System.out.println("== " + set + " " + d.getKey());
                lines.forEach(System.out::println);
            }
        }
        return new Counts(set, claims, sourced, linked);
    }

    private static String context(String text, int at) {
        int b = Math.max(0, at - 90);
        int e = Math.min(text.length(), at + 40);
        return text.substring(b, e).replace('\n', ' ');
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        List<Counts> all = new ArrayList<>();
        all.add(count("re3d dev", re3d(Re3dActorEval.Split.DEV), verbose));
        if (List.of(args).contains("blind")) { // the held-out split only when asked for, as in Re3dActorEval
            all.add(count("re3d blind", re3d(Re3dActorEval.Split.BLIND), false));
        }
        all.add(count("attribution-news dev", newsDev(), verbose));
        int claims = 0;
        int sourced = 0;
        int linked = 0;
        for (Counts c : all) {
            System.out.println(c.format());
            claims += c.claims();
            sourced += c.sourced();
            linked += c.linked();
        }
        System.out.println(new Counts("total", claims, sourced, linked).format());
    }
}
