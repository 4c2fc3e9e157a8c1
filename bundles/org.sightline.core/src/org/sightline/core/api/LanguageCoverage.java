package org.sightline.core.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sightline.model.Document;

/**
 * Which extractors handle which languages: the {@code languages} declaration of an extractor
 * contribution (comma-separated ISO 639-1 codes such as {@code en}, or {@code *}; absent means every
 * language). The pipeline runs a step on a document only when the step handles the document's
 * language, so English-only models never run on other languages; a document whose language is
 * unknown gets every step. The CLI summary, the JSON and the views tell the analyst from here what a
 * document did not get.
 *
 * @since 0.2.0
 */
public final class LanguageCoverage {

    /** The attribute of the extractors extension point. */
    public static final String ATTRIBUTE = "languages";

    private LanguageCoverage() {
    }

    /** Whether {@code extractor} handles {@code language} (null: unknown, handled by every step). */
    public static boolean handles(Registered<?> extractor, String language) {
        if (language == null || language.isBlank()) {
            return true;
        }
        String declared = extractor.attribute(ATTRIBUTE, "*");
        String lang = primary(language);
        return Arrays.stream(declared.split(",")).map(String::strip)
                .anyMatch(d -> d.equals("*") || primary(d).equals(lang));
    }

    /** The declared languages of {@code extractor}, as written ("*" when it handles all). */
    public static String declared(Registered<?> extractor) {
        return extractor.attribute(ATTRIBUTE, "*");
    }

    /** The extractors of {@code registry} that do not run on a document in {@code language}, in pipeline order. */
    public static List<Registered<Extractor>> skipped(SightlineRegistry registry, String language) {
        List<Registered<Extractor>> out = new ArrayList<>();
        for (Registered<Extractor> r : registry.extractors()) {
            if (!handles(r, language)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * One line for the analyst when some steps did not run on {@code document}, or null when all did,
     * e.g. "de: steps for any language only (gazetteer actors); not run: Attributed claims [en]".
     */
    public static String note(SightlineRegistry registry, Document document) {
        List<Registered<Extractor>> skipped = skipped(registry, document.getLanguage());
        return skipped.isEmpty() ? null : primary(document.getLanguage()) + ": " + ONLY + "; not run: " + names(skipped);
    }

    /**
     * One line about the documents some steps did not run on, or null when every step ran on every
     * document, e.g. "2 of 5 documents in languages not every step handles (de 1, ru 1): steps for
     * any language only (gazetteer actors); not run on them: Attributed claims [en]".
     */
    public static String summary(SightlineRegistry registry, Collection<Document> documents) {
        Map<String, Integer> byLanguage = new TreeMap<>();
        Map<String, Registered<Extractor>> skipped = new LinkedHashMap<>();
        for (Document d : documents) {
            List<Registered<Extractor>> s = skipped(registry, d.getLanguage());
            if (!s.isEmpty()) {
                byLanguage.merge(primary(d.getLanguage()), 1, Integer::sum);
                s.forEach(r -> skipped.putIfAbsent(r.id(), r));
            }
        }
        if (byLanguage.isEmpty()) {
            return null;
        }
        int n = byLanguage.values().stream().mapToInt(Integer::intValue).sum();
        String languages = byLanguage.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return n + " of " + documents.size() + " document(s) in languages not every step handles (" + languages + "): " + ONLY
                + "; not run on them: " + names(List.copyOf(skipped.values()));
    }

    /** What such documents got, with the built-in steps: words and gazetteer actors, no tags and no claims. */
    private static final String ONLY = "steps for any language only (gazetteer actors)";

    private static String names(List<Registered<Extractor>> steps) {
        return steps.stream().map(r -> r.contribution().name() + " [" + declared(r) + "]").collect(Collectors.joining(", "));
    }

    /** "en-US" -> "en"; lower case. */
    static String primary(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        return dash > 0 ? t.substring(0, dash) : t;
    }
}
