package org.sightline.cli.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.sightline.core.api.ResultsImport;
import org.sightline.model.Document;
import org.sightline.search.api.IndexProgress;
import org.sightline.search.api.QueryException;
import org.sightline.search.api.SearchHit;
import org.sightline.search.api.SearchIndex;

/**
 * Keeps, of a batch of results being imported, the documents a search query finds: the query syntax
 * of {@code sightline search} and the workbench's Search view (docs/user-guide.md), over the
 * documents and their claims; a claim found keeps its document.
 */
public final class QueryFilter implements ResultsImport.Filter {

    private final String query;

    public QueryFilter(String query) {
        this.query = query;
    }

    @Override
    public Set<Document> select(org.sightline.model.Corpus batch) throws IOException {
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
            throw new IOException("the query cannot be read: " + e.getMessage(), e);
        }
    }
}
