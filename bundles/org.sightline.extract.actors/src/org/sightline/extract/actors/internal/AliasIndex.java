package org.sightline.extract.actors.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.Gazetteer;
import org.sightline.extract.actors.api.GazetteerEntry;

/** Surface forms of all gazetteer entries, looked up by their lower-cased, space-normalised text. */
public final class AliasIndex {

    /** One surface form: adjectives only count before an actor noun. */
    public record Form(String text, GazetteerEntry entry, boolean adjective, int priority) {
    }

    private final Map<String, List<Form>> forms = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Map<String, GazetteerEntry> byCode = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private int maxWords = 1;

    public AliasIndex(List<Gazetteer> gazetteers) {
        int priority = 0;
        for (Gazetteer g : gazetteers) {
            for (GazetteerEntry e : g.entries()) {
                if (e.code() != null) {
                    byCode.putIfAbsent(e.code(), e);
                }
                add(e.name(), e, false, priority);
                for (String a : e.aliases()) {
                    add(a, e, false, priority);
                }
                for (String a : e.adjectives()) {
                    add(a, e, true, priority);
                }
            }
            priority++;
        }
        // Given names: first words of the people the gazetteers list (Phoenix leaders), unless a word also
        // names something else on its own ("Jordan").
        for (Gazetteer g : gazetteers) {
            for (GazetteerEntry e : g.entries()) {
                String[] w = e.name().split(" ");
                if (e.kind() == ActorKind.PERSON && w.length >= 2 && w[0].length() >= 3
                        && w[0].matches("\\p{Lu}\\p{Ll}+") && forms.get(normalise(w[0])) == null) {
                    givenNames.add(w[0]);
                }
            }
        }
    }

    /** Whether the word is a given name of a listed person ("Jonathan"), so "Jonathan Cohen" is a person. */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    private void add(String form, GazetteerEntry e, boolean adjective, int priority) {
        String key = normalise(form);
        if (key.isEmpty()) {
            return;
        }
        forms.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Form(form, e, adjective, priority));
        String[] words = key.split(" ");
        maxWords = Math.max(maxWords, words.length);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ' || c == '.' || c == '-' || c == '\'') {
                prefixes.add(key.substring(0, i));
            }
        }
        prefixes.add(key);
    }

    /** Runs of white space; compiled once, as String.replaceAll would compile it at every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static String normalise(String s) {
        return SPACES.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')).replaceAll(" ").strip();
    }

    public List<Form> lookup(String normalised) {
        return forms.get(normalised);
    }

    public boolean isPrefix(String normalised) {
        return prefixes.contains(normalised);
    }

    public int maxWords() {
        return maxWords;
    }

    public GazetteerEntry byCode(String code) {
        return byCode.get(code);
    }

    /** Whether the text span's casing fits the form: capitals-only words exactly, capitalised words capitalised. */
    public static boolean casingFits(String form, String surface) {
        String[] f = form.split(" ");
        String[] s = SPACES.matcher(surface).replaceAll(" ").split(" ");
        if (f.length != s.length) {
            return allCapsForm(form) ? form.replace(" ", "").equals(SPACES.matcher(surface).replaceAll("")) : true;
        }
        for (int i = 0; i < f.length; i++) {
            String fw = f[i];
            String sw = s[i];
            if (sw.isEmpty() || fw.isEmpty()) {
                continue;
            }
            if (allCapsForm(fw)) {
                if (!fw.equals(sw.replace('’', '\''))) {
                    return false;
                }
            } else if (Character.isUpperCase(fw.charAt(0)) && !Character.isUpperCase(sw.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCapsForm(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    public static boolean isState(GazetteerEntry e) {
        return e.kind() == ActorKind.STATE;
    }
}
