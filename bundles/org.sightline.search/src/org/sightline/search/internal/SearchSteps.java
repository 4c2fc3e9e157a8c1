package org.sightline.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.StoredFields;
import org.sightline.search.api.QueryException;
import org.sightline.search.api.SearchResult;

/**
 * The steps of one search, in the order {@code SearchIndex.search} runs them: parse, collect (the best hits and the
 * set of all hits), count the facets, read the hits' stored values, cut their snippets ({@link Snippets}). Separate
 * so that {@code StorageBench phases} times each step of the same code.
 */
public final class SearchSteps {

    /** Stored values a hit shows; the text is left unread (the snippet is cut from it separately). */
    private static final Set<String> SHOWN = Set.of(Schema.KIND + "_stored", Schema.ID, Schema.DOC, Schema.TITLE, Schema.DOC_TITLE, Schema.NAME);

    private SearchSteps() {
    }

    /**
     * Threads that search the slices of an index and cut snippets beside the searching thread (which works too): one
     * fewer than the cores (at most 7), none on one core; {@code -Dsightline.search.threads=N} sets N (0: the searching
     * thread alone, for comparing). Daemons: a workbench that forgets to close an index still exits.
     */
    public static ExecutorService newExecutor() {
        int threads = Integer.getInteger("sightline.search.threads", Math.min(Runtime.getRuntime().availableProcessors() - 1, 7));
        if (threads < 1) {
            return null;
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "sightline-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }

    /** How many parts the snippets of one search are cut in on {@code executor} (null: one). */
    public static int parts(ExecutorService executor) {
        return executor instanceof java.util.concurrent.ThreadPoolExecutor pool ? pool.getCorePoolSize() + 1 : 1;
    }

    /** The query in the syntax of docs/user-guide.md; blank matches everything. */
    public static Query parse(String query, Analyzer analyzer) throws QueryException {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(Schema.DEFAULT_FIELDS, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(true);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new QueryException("bad query: " + message, e);
        }
    }

    /** The best {@code limit} hits, how many there are, and all of them for counting facets (null: every entry). */
    public record Collected(TopDocs top, long total, FacetsCollector all) {
    }

    /**
     * Collects the hits of {@code q}. Everything matching (a blank query): the best are the first entries, the total
     * is the number of entries, and no set of hits is gathered because the facets are counted over the whole index.
     */
    public static Collected collect(IndexSearcher searcher, Query q, int limit) throws IOException {
        if (q instanceof MatchAllDocsQuery) {
            return new Collected(searcher.search(q, Math.max(1, limit)), searcher.getIndexReader().numDocs(), null);
        }
        FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, q, Math.max(1, limit), new FacetsCollectorManager());
        return new Collected(found.topDocs(), found.topDocs().totalHits.value(), found.facetsCollector());
    }

    /**
     * The values of each facet of {@link Schema#FACETS} with their counts over {@code hits} (null: over every entry),
     * at most 20 per facet, largest first. {@code state} null: the index has no facets yet.
     */
    public static Map<String, List<SearchResult.FacetCount>> facetCounts(SortedSetDocValuesReaderState state, FacetsCollector hits)
            throws IOException {
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        SortedSetDocValuesFacetCounts counts = state == null ? null
                : hits == null ? new SortedSetDocValuesFacetCounts(state) : new SortedSetDocValuesFacetCounts(state, hits);
        for (String dim : Schema.FACETS) {
            List<SearchResult.FacetCount> values = new ArrayList<>();
            FacetResult result = null;
            try {
                result = counts == null ? null : counts.getTopChildren(20, dim);
            } catch (IllegalArgumentException e) {
                // a dimension no entry has yet
            }
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new SearchResult.FacetCount(lv.label, lv.value.intValue()));
                }
            }
            facets.put(dim, values);
        }
        return facets;
    }

    /** What a hit shows besides its snippet: kind, id, document, title. */
    public record Shown(String kind, String id, String document, String title) {
    }

    /** The shown values of the entries {@code docIds}, read without their texts. */
    public static Shown[] shown(IndexSearcher searcher, int[] docIds) throws IOException {
        StoredFields stored = searcher.storedFields();
        Shown[] shown = new Shown[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            org.apache.lucene.document.Document d = stored.document(docIds[i], SHOWN);
            String kind = d.get(Schema.KIND + "_stored");
            String title = switch (kind) {
                case "document" -> d.get(Schema.TITLE);
                case "claim" -> d.get(Schema.DOC_TITLE);
                default -> d.get(Schema.NAME);
            };
            shown[i] = new Shown(kind, d.get(Schema.ID), d.get(Schema.DOC), title);
        }
        return shown;
    }
}
