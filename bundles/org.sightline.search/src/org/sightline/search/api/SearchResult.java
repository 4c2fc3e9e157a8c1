package org.sightline.search.api;

import java.util.List;
import java.util.Map;

/**
 * The hits of a query (best first, at most the limit asked), how many there are in all, and for each facet of
 * {@link SearchIndex#FACETS} its values with counts over all hits.
 *
 * @since 0.2
 */
public record SearchResult(String query, long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    /** One facet value and the number of hits that have it. */
    public record FacetCount(String value, int count) {
    }
}
