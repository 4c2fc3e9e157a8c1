package org.sightline.importer.html.tests.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's metric, as its evaluate.py defines it: tokens are runs of
 * word characters (Python's Unicode {@code \w}: letters, numbers, underscore), shingles are
 * 4-token windows counted as a multiset; per page tp/fp/fn are normalised to sum to 1; precision is
 * averaged over pages with a non-empty prediction or gold, recall likewise, F1 from the averages.
 */
public final class ShingleMetric {

    /** Normalised true positives, false positives, false negatives of one page. */
    public record Match(double tp, double fp, double fn) {

        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Averages over pages. */
    public record Score(double precision, double recall, double f1) {
    }

    private static final int N = 4;

    private ShingleMetric() {
    }

    public static Match match(String gold, String predicted) {
        Map<String, Integer> g = shingles(gold);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Match(tp / sum, fp / sum, fn / sum) : new Match(0, 0, 0);
    }

    public static Score score(List<Match> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (Match m : pages) {
            if (m.tp() + m.fp() > 0) {
                p += m.precision();
                np++;
            }
            if (m.tp() + m.fn() > 0) {
                r += m.recall();
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text == null ? "" : text);
        Map<String, Integer> out = new HashMap<>();
        int windows = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < windows; i++) {
            List<String> window = tokens.subList(Math.min(i, tokens.size()), Math.min(i + N, tokens.size()));
            if (!window.isEmpty()) {
                // U+0001 cannot occur inside a token, so the joined key is unambiguous.
                out.merge(String.join("\u0001", window), 1, Integer::sum);
            }
        }
        return out;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWord(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code str.isalnum() or '_'}: letters and every kind of number, but not combining marks. */
    static boolean isWord(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
