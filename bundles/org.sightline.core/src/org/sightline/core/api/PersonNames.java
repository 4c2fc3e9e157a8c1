package org.sightline.core.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the names of one person vary across documents, so that they become one actor: courtesy titles
 * ("Mr. Trump"), middle names and initials ("Stephen J. Townsend"), accents, case, and the
 * transliterations of Slavic surnames ("Zelensky", "Zelenskiy", "Zelenskyy", "Zelenskyi"). A surname
 * alone ("Volker") is matched to a full name ("Kurt Volker") by {@link #surname(String)}: the corpus
 * merge does that when only one full name has that surname.
 *
 * @since 0.2.0
 */
public final class PersonNames {

    private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame");
    /** The endings of one Slavic surname in its several transliterations ("Zelenskyy", "Zelenskiy", "Zelensky"). */
    private static final Pattern SLAVIC_ENDING = Pattern.compile("(sk|tsk|zk|ck)(yy|iy|yi|ii|i)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PersonNames() {
    }

    /** The name's words, lower-cased, without accents, courtesy titles, initials or a trailing "Jr.". */
    public static List<String> words(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)).replaceAll("")
                .replace('’', '\'').toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : plain.split("[\\s.,]+")) {
            if (w.isEmpty() || COURTESY.contains(w) || w.length() == 1 || w.equals("jr") || w.equals("sr")) {
                continue;
            }
            out.add(w);
        }
        return out;
    }

    /** One spelling for the transliterations of a word: "-skyy", "-skiy", "-skyi", "-ski" end in "-sky". */
    public static String spelling(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return SLAVIC_ENDING.matcher(w).replaceAll("$1y");
    }

    /** The identity of a person's name: first and last word, each in one spelling ("zelensky" alone). */
    public static String key(String name) {
        List<String> w = words(name);
        if (w.isEmpty()) {
            return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        }
        String last = spelling(w.get(w.size() - 1));
        return w.size() == 1 ? last : spelling(w.get(0)) + " " + last;
    }

    /** The surname in one spelling, or "" for an empty name. */
    public static String surname(String name) {
        List<String> w = words(name);
        return w.isEmpty() ? "" : spelling(w.get(w.size() - 1));
    }

    /** Whether the name is a surname alone ("Trump", "Mr. Trump"). */
    public static boolean surnameOnly(String name) {
        return words(name).size() == 1;
    }
}
