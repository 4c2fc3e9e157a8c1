package org.sightline.extract.actors.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The recogniser's word lists, read from {@code actor-words.tsv} beside this class ({@code list<TAB>word},
 * '#' comments): titles, organisation heads, role nouns and the like, kept as data so they can be read
 * and extended without touching the rules.
 */
public final class WordLists {

    static final String RESOURCE = "actor-words.tsv";
    private static volatile WordLists bundled;

    private final Map<String, Set<String>> lists;

    private WordLists(Map<String, Set<String>> lists) {
        this.lists = lists;
    }

    /** The bundled lists, read once. */
    public static WordLists bundled() {
        WordLists w = bundled;
        if (w == null) {
            try (InputStream in = WordLists.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Bundled word list " + RESOURCE + " is missing");
                }
                w = bundled = read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return w;
    }

    /** Reads lists; a line that is not {@code list<TAB>word} is an error naming the input and line. */
    public static WordLists read(InputStream in, String sourceName) throws IOException {
        Map<String, Set<String>> lists = new HashMap<>();
        TsvLines.read(in, (no, line, f) -> {
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank() || !f[1].equals(f[1].strip())) {
                throw new IOException(sourceName + " line " + no + ": expected list<TAB>word, got \"" + line + "\"");
            }
            lists.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1]);
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        lists.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new WordLists(frozen);
    }

    /** The list of that name; a missing list is a programming error, reported with its name. */
    public Set<String> get(String list) {
        Set<String> s = lists.get(list);
        if (s == null) {
            throw new IllegalStateException("word list \"" + list + "\" is not in " + RESOURCE);
        }
        return s;
    }

    public Set<String> names() {
        return lists.keySet();
    }
}
