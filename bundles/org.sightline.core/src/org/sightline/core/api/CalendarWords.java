package org.sightline.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.sightline.lexicon.api.TsvLines;

/**
 * Month and weekday names as texts and metadata write them, in several languages: the one list of
 * calendar words in Sightline (date parsing in the importers, sentence splitting after "Dec.", date
 * tails in attributions). The words are data, in {@code calendar-words.tsv} beside this class; its
 * header says the format. Lookups are case-insensitive and ignore a final dot ("Dec." is "dec").
 * Words are matched whole: "Decision" is not December.
 *
 * @since 0.2.0
 */
public final class CalendarWords {

    /** What a calendar word names. */
    public enum Kind { MONTH, WEEKDAY }

    /** One word: its kind, its number (month 1-12, weekday 1 = Monday .. 7 = Sunday) and whether it is an abbreviation. */
    public record Word(String word, Kind kind, int number, String language, boolean abbreviation) {
    }

    private static final String RESOURCE = "calendar-words.tsv";

    private static final CalendarWords INSTANCE = load();

    /** word -> entries (one per language that writes it). */
    private final Map<String, List<Word>> words;

    private CalendarWords(Map<String, List<Word>> words) {
        this.words = words;
    }

    /**
     * The number of the month {@code word} names: full names in any listed language, English
     * abbreviations, and abbreviations of {@code language} when it is given (other languages'
     * abbreviations such as Portuguese "out" or Italian "gen" are English words, so they count only
     * when the text is known to be in that language).
     *
     * @param language an ISO 639-1 code such as "fr", or null when unknown
     */
    public static OptionalInt month(String word, String language) {
        return INSTANCE.number(word, Kind.MONTH, language);
    }

    /** Shorthand for {@link #month(String, String)} with no language. */
    public static OptionalInt month(String word) {
        return month(word, null);
    }

    /** The weekday {@code word} names (1 = Monday), with the same rules as {@link #month(String, String)}. */
    public static OptionalInt weekday(String word, String language) {
        return INSTANCE.number(word, Kind.WEEKDAY, language);
    }

    /** Every month word of {@code language}, full names and abbreviations, lower case, sorted. */
    public static Set<String> monthWords(String language) {
        return INSTANCE.select(Kind.MONTH, language, false);
    }

    /** The month abbreviations of {@code language} ("jan", "sept"...), lower case without the dot, sorted. */
    public static Set<String> monthAbbreviations(String language) {
        return INSTANCE.select(Kind.MONTH, language, true);
    }

    /** Every weekday word of {@code language}, full names and abbreviations, lower case, sorted. */
    public static Set<String> weekdayWords(String language) {
        return INSTANCE.select(Kind.WEEKDAY, language, false);
    }

    /** The languages the list covers, sorted. */
    public static Set<String> languages() {
        Set<String> out = new TreeSet<>();
        INSTANCE.words.values().forEach(l -> l.forEach(w -> out.add(w.language())));
        return Collections.unmodifiableSet(out);
    }

    private OptionalInt number(String word, Kind kind, String language) {
        if (word == null) {
            return OptionalInt.empty();
        }
        List<Word> entries = words.get(normalize(word));
        if (entries == null) {
            return OptionalInt.empty();
        }
        for (Word w : entries) {
            if (w.kind() == kind && (!w.abbreviation() || w.language().equals("en") || w.language().equals(language))) {
                return OptionalInt.of(w.number());
            }
        }
        return OptionalInt.empty();
    }

    private Set<String> select(Kind kind, String language, boolean abbreviationsOnly) {
        Set<String> out = new TreeSet<>();
        for (List<Word> entries : words.values()) {
            for (Word w : entries) {
                if (w.kind() == kind && w.language().equals(language) && (!abbreviationsOnly || w.abbreviation())) {
                    out.add(w.word());
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private static String normalize(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static CalendarWords load() {
        try (InputStream in = CalendarWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the org.sightline.core bundle");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot be read", e);
        }
    }

    /**
     * Reads a list in the format of {@code calendar-words.tsv}; a malformed line or a word that
     * means two different months (or days) fails with the line number. Package-visible for tests.
     */
    static CalendarWords parse(Reader reader, String name) throws IOException {
        Map<String, List<Word>> words = new LinkedHashMap<>();
        Map<String, Integer> meaning = new HashMap<>();
        TsvLines.read(reader, (n, line, f) -> {
            if (f.length < 4 || f.length > 5) {
                throw new IllegalArgumentException(name + ":" + n + ": expected 4 or 5 tab-separated columns, found " + f.length);
            }
            Kind kind;
            int number;
            try {
                kind = Kind.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
                number = Integer.parseInt(f[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + n + ": bad kind or number: " + f[0] + " " + f[1], e);
            }
            if (number < 1 || number > (kind == Kind.MONTH ? 12 : 7)) {
                throw new IllegalArgumentException(name + ":" + n + ": " + kind + " number out of range: " + number);
            }
            String language = f[2].strip();
            for (int col = 3; col < f.length; col++) {
                for (String raw : f[col].split(",")) {
                    String w = normalize(raw);
                    if (w.isEmpty()) {
                        continue;
                    }
                    Integer before = meaning.putIfAbsent(kind + ":" + w, number);
                    if (before != null && before != number) {
                        throw new IllegalArgumentException(name + ":" + n + ": '" + w + "' means " + kind.name().toLowerCase(Locale.ROOT)
                                + " " + before + " elsewhere and " + number + " here");
                    }
                    words.computeIfAbsent(w, k -> new ArrayList<>()).add(new Word(w, kind, number, language, col == 4));
                }
            }
        });
        Map<String, List<Word>> frozen = new HashMap<>();
        words.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new CalendarWords(Map.copyOf(frozen));
    }
}
