package org.sightline.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sightline.search.api.SearchResult;
import org.sightline.search.api.SearchResult.FacetCount;

/**
 * Searches of every shape the query syntax has (words, a phrase, a prefix, OR, AND NOT, a date range, field values,
 * facet filters, the blank query), made from an index's own most frequent actors, publishers and months: what a
 * search engine runs on a new searcher before users do (Solr's warming queries), so that the first searches an
 * analyst types do not run code the JIT has not compiled yet.
 */
public final class WarmUpQueries {

    /** A query and the facet filters it runs with. */
    public record Search(String query, Map<String, String> filters) {
    }

    private WarmUpQueries() {
    }

    /** The searches, from the facet counts of the blank query (empty for an empty index). */
    public static List<Search> from(SearchResult everything) {
        List<String> actors = values(everything, Schema.ACTOR);
        List<String> words = words(actors);
        List<Search> searches = new ArrayList<>();
        searches.add(new Search("", Map.of()));
        if (words.size() >= 2) {
            String a = words.get(0);
            String b = words.get(1);
            searches.add(new Search(a, Map.of()));
            searches.add(new Search(a + " " + b, Map.of()));
            searches.add(new Search(a + " OR " + b, Map.of()));
            searches.add(new Search(a + " AND NOT " + b, Map.of()));
            searches.add(new Search(a.substring(0, 4) + "*", Map.of()));
            searches.add(new Search(Schema.CONTENT + ":" + a, Map.of()));
        }
        if (!actors.isEmpty()) {
            String actor = actors.get(0).replace("\"", "");
            searches.add(new Search("\"" + actor + "\"", Map.of()));
            searches.add(new Search(Schema.KIND + ":claim " + Schema.ACTOR + ":\"" + actor + "\"", Map.of()));
            searches.add(new Search("", Map.of(Schema.ACTOR, actors.get(0))));
        }
        for (String facet : List.of(Schema.TYPE, Schema.MODALITY, Schema.PUBLISHER)) {
            List<String> v = values(everything, facet);
            if (!v.isEmpty()) {
                searches.add(new Search("", Map.of(facet, v.get(0))));
            }
        }
        List<String> months = values(everything, Schema.MONTH);
        if (!months.isEmpty() && months.get(0).matches("\\d{4}-\\d{2}")) {
            String m = months.get(0);
            searches.add(new Search(Schema.DATE + ":[" + m + "-01 TO " + m + "-28] " + Schema.KIND + ":document", Map.of()));
        }
        return searches;
    }

    private static List<String> values(SearchResult result, String facet) {
        List<FacetCount> counts = result.facets().getOrDefault(facet, List.of());
        return counts.stream().map(FacetCount::value).filter(v -> v != null && !v.isBlank()).toList();
    }

    /** Words of four letters or more from the names, most frequent names first, each once. */
    private static List<String> words(List<String> names) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : names) {
            for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 4) {
                    words.add(w);
                }
            }
        }
        return new ArrayList<>(words);
    }
}
