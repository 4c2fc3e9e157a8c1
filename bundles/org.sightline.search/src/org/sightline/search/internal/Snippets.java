package org.sightline.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.sightline.search.api.SearchHit;

/**
 * Highlighted snippets by Lucene's UnifiedHighlighter: the best passages of a document's text, a claim's content, an
 * actor's name, with the ranges of the matched words.
 */
public final class Snippets {

    private static final String[] FIELDS = Schema.SNIPPET_FIELDS.toArray(String[]::new);
    private static final int MAX_LENGTH = 240;

    private Snippets() {
    }

    /** Snippets per field for the hits {@code docIds} (array index = hit index; null where the field has none). */
    public static Map<String, SearchHit.Snippet[]> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds) throws IOException {
        Highlighter h = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new Formatter())
                .withMaxLength(100_000).withHighlightPhrasesStrictly(true));
        int[] passages = new int[FIELDS.length];
        java.util.Arrays.fill(passages, 2);
        Map<String, Object[]> raw = h.highlight(FIELDS, query, docIds, passages);
        Map<String, SearchHit.Snippet[]> snippets = new HashMap<>();
        for (Map.Entry<String, Object[]> e : raw.entrySet()) {
            SearchHit.Snippet[] s = new SearchHit.Snippet[docIds.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = (SearchHit.Snippet) e.getValue()[i];
            }
            snippets.put(e.getKey(), s);
        }
        return snippets;
    }

    /** The snippet to show for hit {@code i} of {@code kind}: the first field of its kind with matches, else text. */
    public static SearchHit.Snippet pick(String kind, Map<String, SearchHit.Snippet[]> snippets, int i) {
        String[] order = switch (kind) {
            case "document" -> new String[] { Schema.TEXT, Schema.TITLE };
            case "claim" -> new String[] { Schema.CONTENT };
            default -> new String[] { Schema.NAME, Schema.ALIAS };
        };
        SearchHit.Snippet fallback = null;
        for (String field : order) {
            SearchHit.Snippet[] s = snippets.get(field);
            SearchHit.Snippet snippet = s == null ? null : s[i];
            if (snippet != null && !snippet.highlights().isEmpty()) {
                return snippet;
            }
            if (fallback == null && snippet != null) {
                fallback = snippet;
            }
        }
        return fallback != null ? fallback : new SearchHit.Snippet("", List.of());
    }

    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    /** Passages joined with " … ", whitespace folded, matches as ranges; cut to about {@value #MAX_LENGTH} chars. */
    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<int[]> ranges = new ArrayList<>();
            for (Passage p : passages) {
                if (text.length() >= MAX_LENGTH) {
                    break;
                }
                if (text.length() > 0) {
                    text.append(" \u2026 ");
                }
                int start = p.getStartOffset();
                int end = Math.min(p.getEndOffset(), start + MAX_LENGTH);
                int at = start;
                for (int m = 0; m < p.getNumMatches(); m++) {
                    int ms = Math.max(p.getMatchStarts()[m], at);
                    int me = Math.min(p.getMatchEnds()[m], end);
                    if (ms >= me) {
                        continue;
                    }
                    append(text, content, at, ms);
                    int b = text.length();
                    append(text, content, ms, me);
                    ranges.add(new int[] { b, text.length() });
                    at = me;
                }
                append(text, content, at, end);
            }
            return new SearchHit.Snippet(text.toString(), ranges);
        }

        private static void append(StringBuilder b, String content, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                b.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
    }
}
