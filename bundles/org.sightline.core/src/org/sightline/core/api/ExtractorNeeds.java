package org.sightline.core.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each extractor needs from the steps before it and what it gives the steps after it: the
 * {@code requires} and {@code provides} declarations of an extractor contribution (comma-separated
 * names; the built-in ones are {@code language}, {@code sentences}, {@code tokens}, {@code tags},
 * {@code lemmas}, {@code parse}, {@code actors}, {@code claims}; a plugin may name its own). The
 * pipeline checks the order once, when it is built ({@link #check}), so a step placed before the
 * one it needs is reported with the fix instead of failing inside the extractor on every document.
 * <p>
 * The rule: a step's need is met when earlier steps provide it for every language the step handles
 * ({@link LanguageCoverage}): a step for any language needs a provider for any language, an
 * English-only step is served by an English-only provider.
 *
 * @since 0.2.0
 */
public final class ExtractorNeeds {

    /** The extractors extension point's attribute naming what a step needs. */
    public static final String REQUIRES = "requires";
    /** The extractors extension point's attribute naming what a step gives. */
    public static final String PROVIDES = "provides";

    private ExtractorNeeds() {
    }

    /** The names in {@code extractor}'s {@code attribute} (lower case, in order; none when absent). */
    public static List<String> declared(Registered<?> extractor, String attribute) {
        return Arrays.stream(extractor.attribute(attribute, "").split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Every unmet need of {@code registry}'s extractors in pipeline order, one sentence each; empty when the order is right. */
    public static List<String> problems(SightlineRegistry registry) {
        List<Registered<Extractor>> steps = registry.extractors();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Registered<Extractor> step = steps.get(i);
            for (String need : declared(step, REQUIRES)) {
                List<Registered<Extractor>> before = providers(steps.subList(0, i), need);
                if (covers(before, languages(step))) {
                    continue;
                }
                List<Registered<Extractor>> after = providers(steps.subList(i + 1, steps.size()), need);
                StringBuilder m = new StringBuilder(describe(step)).append(" needs ").append(need);
                if (!before.isEmpty()) {
                    m.append(" for its languages (").append(LanguageCoverage.declared(step)).append("), but the earlier ")
                            .append(names(before)).append(" provide").append(before.size() == 1 ? "s" : "").append(" it only for ")
                            .append(before.stream().map(LanguageCoverage::declared).collect(Collectors.joining(", ")));
                } else if (!after.isEmpty()) {
                    Registered<Extractor> first = after.get(0);
                    m.append(", which ").append(describe(first)).append(" provides only after it: give ").append(step.id())
                            .append(" an order above ").append(order(first));
                } else {
                    m.append(", which no installed step provides");
                }
                out.add(m.toString());
            }
        }
        return out;
    }

    /** Throws when {@link #problems} finds any, with all of them in the message. */
    public static void check(SightlineRegistry registry) {
        List<String> problems = problems(registry);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the extractors cannot run in this order: " + String.join("; ", problems));
        }
    }

    private static List<Registered<Extractor>> providers(List<Registered<Extractor>> steps, String need) {
        return steps.stream().filter(s -> declared(s, PROVIDES).contains(need)).toList();
    }

    /** "*" for any language, else the primary codes. */
    private static Set<String> languages(Registered<?> step) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : LanguageCoverage.declared(step).split(",")) {
            out.add(LanguageCoverage.primary(l));
        }
        return out;
    }

    private static boolean covers(List<Registered<Extractor>> providers, Set<String> wanted) {
        Set<String> given = new LinkedHashSet<>();
        providers.forEach(p -> given.addAll(languages(p)));
        return given.contains("*") || (!wanted.contains("*") && given.containsAll(wanted));
    }

    private static String describe(Registered<?> step) {
        return step.contribution().name() + " (" + step.id() + ", order " + order(step) + ")";
    }

    private static int order(Registered<?> step) {
        return step.intAttribute("order", SightlineRegistry.DEFAULT_ORDER);
    }

    private static String names(List<Registered<Extractor>> steps) {
        return steps.stream().map(Registered::id).collect(Collectors.joining(", "));
    }
}
