package org.sightline.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

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

    private static final int MAX_LENGTH = 240;

    private Snippets() {
    }

    /**
     * The snippet of each hit {@code docIds[i]} of kind {@code kinds[i]}: the first of its kind's fields ({@link Schema#SNIPPET_FIELDS_OF_KIND}) with matches,
     * else the first it has. Only the fields of a hit's kind are cut; the hits are cut in up to {@code parts} parts on
     * the searcher's executor (each hit's snippet depends on that hit alone).
     */
    public static SearchHit.Snippet[] of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds, String[] kinds, int parts)
            throws IOException {
        SearchHit.Snippet[] snippets = new SearchHit.Snippet[docIds.length];
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Map.Entry<String, List<String>> kind : Schema.SNIPPET_FIELDS_OF_KIND.entrySet()) {
            int[] hits = IntStream.range(0, docIds.length).filter(i -> kind.getKey().equals(kinds[i])).toArray();
            int per = Math.max(1, (hits.length + parts - 1) / Math.max(1, parts));
            for (int from = 0; from < hits.length; from += per) {
                int[] part = Arrays.copyOfRange(hits, from, Math.min(hits.length, from + per));
                tasks.add(() -> {
                    cut(searcher, analyzer, query, kind.getValue().toArray(String[]::new), docIds, part, snippets);
                    return null;
                });
            }
        }
        if (tasks.size() == 1) {
            try {
                tasks.get(0).call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        } else if (!tasks.isEmpty()) {
            searcher.getTaskExecutor().invokeAll(tasks);
        }
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = new SearchHit.Snippet("", List.of());
            }
        }
        return snippets;
    }

    /** Cuts the snippets of the hits {@code hits} (indexes into {@code docIds}) from {@code fields} into {@code out}. */
    private static void cut(IndexSearcher searcher, Analyzer analyzer, Query query, String[] fields, int[] docIds, int[] hits,
            SearchHit.Snippet[] out) throws IOException {
        Highlighter h = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new Formatter())
                .withMaxLength(100_000).withHighlightPhrasesStrictly(true));
        int[] ids = Arrays.stream(hits).map(i -> docIds[i]).toArray();
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 2);
        Map<String, Object[]> raw = h.highlight(fields, query, ids, passages);
        for (int k = 0; k < hits.length; k++) {
            SearchHit.Snippet chosen = null;
            for (String field : fields) {
                SearchHit.Snippet snippet = (SearchHit.Snippet) raw.get(field)[k];
                if (snippet != null && !snippet.highlights().isEmpty()) {
                    chosen = snippet;
                    break;
                }
                if (chosen == null) {
                    chosen = snippet; // the first field it has, should none match
                }
            }
            out[hits[k]] = chosen;
        }
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
