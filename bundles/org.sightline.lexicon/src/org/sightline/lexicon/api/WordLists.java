package org.sightline.lexicon.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists kept as data ({@code list<TAB>word} lines, '#' comments) so rules can be read and
 * extended without touching code: the actor recogniser's titles and role nouns, the attribution rules'
 * function words, the claim classifier's modal and polarity words. Each bundle keeps its file beside the
 * class that loads it.
 *
 * @since 0.2.0
 */
public final class WordLists {

    private final String source;
    private final Map<String, Set<String>> lists;

    private WordLists(String source, Map<String, Set<String>> lists) {
        this.source = source;
        this.lists = lists;
    }

    /** The lists in {@code resource} beside {@code owner} (its package folder); a missing file is an error naming it. */
    public static WordLists load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled word list " + resource + " is missing beside " + owner.getName());
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
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
        return new WordLists(sourceName, frozen);
    }

    /** The list of that name; a missing list is a programming error, reported with its name. */
    public Set<String> get(String list) {
        Set<String> s = lists.get(list);
        if (s == null) {
            throw new IllegalStateException("word list \"" + list + "\" is not in " + source);
        }
        return s;
    }

    public Set<String> names() {
        return lists.keySet();
    }
}
