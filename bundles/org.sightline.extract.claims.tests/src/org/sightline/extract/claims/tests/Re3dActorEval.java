package org.sightline.extract.claims.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorRef;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.NlpModels;
import org.sightline.testing.SharedFiles;

/**
 * Scores actor mentions against the re3d gold entities (45 CENTCOM and State Department texts).
 * Mapping: re3d Person = our PERSON; re3d Organisation = our GOVERNMENT_BODY, MILITARY,
 * INTERNATIONAL_ORGANIZATION, ORGANIZATION, GROUP, MEDIA, and STATE where the state acts (re3d marks
 * "the United States condemns" as Organisation). A STATE mention on a gold Location or Nationality
 * span is the place or an adjective ("in Iraq", "Iraqi forces"): out of scope, not counted; a
 * STATE mention on no gold span counts as a false Organisation. Also out of scope: weapons, platforms,
 * vehicles, quantities, times, money, document references. Pronouns are not scored on either side
 * (re3d marks some: "We", "I", "his"; ours come from resolution). Gold spans nested in a gold span of
 * the same type ("Ash Carter" in "Defense Secretary Ash Carter") are dropped. A prediction and a
 * gold span match when they overlap (one to one, first come); "exact" requires identical offsets.
 * The documents are split dev/blind by data/re3d-actors/split.tsv (fixed before tuning: every third
 * by SHA-1 of the id is blind); rules are tuned on dev, and the blind third is scored once at the end.
 * Run: {@code releng/scripts/bench.sh org.sightline.extract.claims.tests.Re3dActorEval [dev|blind|all] [-v]}
 * (dev by default; the blind split needs {@code blind} spelled out).
 */
public final class Re3dActorEval {

    /** Counts of one scored type. */
    public record Counts(String type, int tpOverlap, int tpExact, int predicted, int gold) {

        public double precision() {
            return predicted == 0 ? 0 : (double) tpOverlap / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) tpOverlap / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double exactF1() {
            double p = predicted == 0 ? 0 : (double) tpExact / predicted;
            double r = gold == 0 ? 0 : (double) tpExact / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String format() {
            return String.format(Locale.ROOT, "%-13s P %.3f  R %s  F1 %s  exact F1 %s  (pred %d, gold %s)", type,
                    precision(), gold < 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", recall()),
                    gold < 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", f1()),
                    gold < 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", exactF1()), predicted,
                    gold < 0 ? "-" : Integer.toString(gold));
        }
    }

    static final Set<ActorKind> ORGANISATION = EnumSet.of(ActorKind.GOVERNMENT_BODY, ActorKind.MILITARY,
            ActorKind.INTERNATIONAL_ORGANIZATION, ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.MEDIA);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "others", "him", "her",
            "his", "hers", "its", "their", "them", "me", "my", "us", "our", "you", "your", "himself", "herself");

    private record Gold(int begin, int end, String type) {
    }

    private Re3dActorEval() {
    }

    /** Which documents of the split file to score. */
    public enum Split {
        DEV, BLIND, ALL
    }

    /** Scores for Person and Organisation on the dev split. */
    public static Map<String, Counts> run(boolean verbose) throws IOException {
        return run(Split.DEV, verbose);
    }

    /** The split of each re3d document id, from data/re3d-actors/split.tsv of this fragment. */
    public static Map<String, Split> splitFile() throws IOException {
        Map<String, Split> out = new HashMap<>();
        Path file = AttributionEval.fragmentData("data/re3d-actors").resolve("split.tsv");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("split\t")) {
                continue;
            }
            String[] f = line.split("\t");
            out.put(f[1], Split.valueOf(f[0].toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    /** Scores for Person and Organisation on the documents of one split. */
    public static Map<String, Counts> run(Split split, boolean verbose) throws IOException {
        Map<String, Split> splits = splitFile();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<Gold>> gold = new HashMap<>();
        for (String sub : List.of("centcom", "us-state-department")) {
            for (String line : Files.readAllLines(file(sub),
                    StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    String id = o.get("_id").getAsString();
                    Split s = splits.get(id);
                    if (s == null) {
                        throw new IOException(file(sub) + ": document " + id + " is not in data/re3d-actors/split.tsv");
                    }
                    if (split == Split.ALL || s == split) {
                        texts.put(id, o.get("text").getAsString());
                    }
                }
            }
            for (String line : Files.readAllLines(SharedFiles.resolve("data/re3d/" + sub + "/entities.json"),
                    StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    String value = o.get("value").getAsString().toLowerCase(Locale.ROOT);
                    if (!PRONOUNS.contains(value)) {
                        gold.computeIfAbsent(o.get("documentId").getAsString(), k -> new ArrayList<>()).add(
                                new Gold(o.get("begin").getAsInt(), o.get("end").getAsInt(), o.get("type").getAsString()));
                    }
                }
            }
        }
        Annotator annotator = NlpModels.shared().newAnnotator();
        int[] person = new int[4];
        int[] org = new int[4];
        for (Map.Entry<String, String> d : texts.entrySet()) {
            ActorResult r = ActorRecognizer.recognize(annotator.annotate(d.getValue()));
            Map<String, ActorRef> byKey = r.byKey();
            List<Gold> all = gold.getOrDefault(d.getKey(), List.of());
            List<Gold> g = all.stream().filter(x -> all.stream().noneMatch(y -> y != x && y.type().equals(x.type())
                    && y.begin() <= x.begin() && x.end() <= y.end() && (y.end() - y.begin()) > (x.end() - x.begin())))
                    .toList();
            List<ActorMention> persons = new ArrayList<>();
            List<ActorMention> orgs = new ArrayList<>();
            for (ActorMention m : r.mentions()) {
                ActorRef a = byKey.get(m.key());
                if (a == null || PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))
                        || m.rule().equals("document-reference")) {
                    continue; // "the release" stands for its issuer, a document reference: out of scope, as documented
                }
                if (a.kind() == ActorKind.PERSON) {
                    persons.add(m);
                } else if (ORGANISATION.contains(a.kind())) {
                    orgs.add(m);
                } else if (a.kind() == ActorKind.STATE && (g.stream().anyMatch(x -> overlaps(x, m)
                        && x.type().equals("Organisation")) || g.stream().noneMatch(x -> overlaps(x, m)
                        && (x.type().equals("Location") || x.type().equals("Nationality"))))) {
                    orgs.add(m);
                }
            }
            List<Gold> goldPersons = g.stream().filter(x -> x.type().equals("Person")).toList();
            List<Gold> goldOrgs = g.stream().filter(x -> x.type().equals("Organisation")).toList();
            score(persons, goldPersons, person);
            score(orgs, goldOrgs, org);
            if (verbose) {
                String text = d.getValue();
                System.out.println("== " + d.getKey());
                for (Gold x : g) {
                    if ((x.type().equals("Person") ? persons : x.type().equals("Organisation") ? orgs : List.<ActorMention>of())
                            .stream().noneMatch(m -> overlaps(x, m)) && (x.type().equals("Person") || x.type().equals("Organisation"))) {
                        System.out.println("MISSED " + x.type() + " " + text.substring(x.begin(), x.end()) + "  | "
                                + context(text, x.begin(), x.end()));
                    }
                }
                for (ActorMention m : persons) {
                    if (goldPersons.stream().noneMatch(x -> overlaps(x, m))) {
                        System.out.println("FALSE  Person " + m.text() + "  | " + context(text, m.begin(), m.end()));
                    }
                }
                for (ActorMention m : orgs) {
                    if (goldOrgs.stream().noneMatch(x -> overlaps(x, m))) {
                        System.out.println("FALSE  Organisation " + m.text() + " (" + byKey.get(m.key()).kind() + ")  | "
                                + context(text, m.begin(), m.end()));
                    }
                }
            }
        }
        Map<String, Counts> out = new LinkedHashMap<>();
        out.put("Person", new Counts("Person", person[0], person[1], person[2], person[3]));
        out.put("Organisation", new Counts("Organisation", org[0], org[1], org[2], org[3]));
        return out;
    }

    /** The text around a span on one line, the span in brackets, for reading a listing. */
    private static String context(String text, int begin, int end) {
        return (text.substring(Math.max(0, begin - 60), begin) + "[" + text.substring(begin, end) + "]"
                + text.substring(end, Math.min(text.length(), end + 40))).replace('\n', ' ');
    }

    private static Path file(String sub) {
        return SharedFiles.resolve("data/re3d/" + sub + "/documents.json");
    }

    private static void score(List<ActorMention> predicted, List<Gold> gold, int[] counts) {
        boolean[] used = new boolean[gold.size()];
        for (ActorMention m : predicted) {
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && overlaps(gold.get(i), m)) {
                    used[i] = true;
                    counts[0]++;
                    if (gold.get(i).begin() == m.begin() && gold.get(i).end() == m.end()) {
                        counts[1]++;
                    }
                    break;
                }
            }
        }
        counts[2] += predicted.size();
        counts[3] += gold.size();
    }

    private static boolean overlaps(Gold g, ActorMention m) {
        return g.begin() < m.end() && m.begin() < g.end();
    }

    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        Split split = a.contains("blind") ? Split.BLIND : a.contains("all") ? Split.ALL : Split.DEV;
        System.out.println("re3d actor mentions, " + split.name().toLowerCase(Locale.ROOT)
                + " split (overlap match, pronouns not scored)");
        for (Counts c : run(split, a.contains("-v")).values()) {
            System.out.println(c.format());
        }
    }
}
