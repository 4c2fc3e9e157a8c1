package org.sightline.search.api;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.sightline.core.api.ResultsImport;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * Keeps, of a batch of results being imported ({@link ResultsImport}), the documents a search query
 * finds: the query syntax of {@code sightline search} and the workbench's Search view
 * (docs/user-guide.md), over the documents and their claims; a claim found keeps its document. The one
 * query filter of {@code sightline analyze --results DIR --query Q} and the workbench's
 * <i>File > Import Spark Results</i>.
 *
 * @since 0.2
 */
public final class QueryFilter implements ResultsImport.Filter {

    private final String query;

    /**
     * A filter for {@code query}, checked here: a blank query (which would find everything) or one that
     * cannot be read is an {@link IOException} naming the problem, before any result is read.
     */
    public QueryFilter(String query) throws IOException {
        if (query == null || query.isBlank()) {
            throw new IOException("the query is empty; give a query, or import everything without one");
        }
        try {
            SearchIndex.checkQuery(query);
        } catch (QueryException e) {
            throw new IOException("the query \"" + query + "\" cannot be read: " + e.getMessage(), e);
        }
        this.query = query;
    }

    public String query() {
        return query;
    }

    @Override
    public Set<Document> select(Corpus batch) throws IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.sync(batch, IndexProgress.NONE);
            Set<String> ids = new HashSet<>();
            for (SearchHit hit : index.search(query, Map.of(), Math.max(1, index.size()), () -> false).hits()) {
                ids.add("document".equals(hit.kind()) ? hit.id() : hit.document());
            }
            Set<Document> keep = new HashSet<>();
            for (Document d : batch.getDocuments()) {
                if (ids.contains(d.getId())) {
                    keep.add(d);
                }
            }
            return keep;
        } catch (QueryException e) {
            throw new IOException("the query \"" + query + "\" cannot be read: " + e.getMessage(), e);
        }
    }
}
