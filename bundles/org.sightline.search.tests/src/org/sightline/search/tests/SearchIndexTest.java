package org.sightline.search.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.ClaimType;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.search.api.QueryException;
import org.sightline.search.api.SearchHit;
import org.sightline.search.api.SearchIndex;
import org.sightline.search.api.SearchResult;

/** The query syntax, facets, snippets, keeping in step with changes, and rebuilding a damaged index. */
class SearchIndexTest {

    @TempDir
    Path dir;

    private final NewsCorpus news = new NewsCorpus();

    private SearchIndex indexed() throws IOException {
        SearchIndex index = SearchIndex.inMemory();
        index.sync(news.corpus, org.sightline.search.api.IndexProgress.NONE);
        index.commit(null);
        return index;
    }

    private static Set<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    @Test
    void wordsPhrasesFieldsBooleansWildcardsAndDates() throws Exception {
        try (SearchIndex index = indexed()) {
            assertEquals(Set.of(news.pentagon.getId(), news.misread.getId()), ids(index.search("weakness misread", 10)),
                    "words: all must match (the document text and the claim content have both)");
            assertEquals(Set.of(news.pentagon.getId(), news.seoul.getId(), news.misread.getId()), ids(index.search("weakness", 10)));
            assertEquals(Set.of(news.pentagon.getId(), news.troops.getId()), ids(index.search("\"maintain troop deployments\"", 10)));
            assertEquals(Set.of(), ids(index.search("\"troop maintain\"", 10)), "a phrase keeps its word order");
            assertEquals(Set.of(news.misread.getId()), ids(index.search("type:warning", 10)));
            assertEquals(Set.of(news.misread.getId()), ids(index.search("type:WARNING", 10)), "keywords ignore case");
            assertEquals(Set.of(news.troops.getId(), news.denial.getId()), ids(index.search("type:commitment OR type:denial", 10)));
            assertEquals(Set.of(news.troops.getId()), ids(index.search("kind:claim AND troop* NOT type:demand", 10)));
            assertEquals(Set.of(news.briefing.getId(), news.troops.getId(), news.pentagon.getId(), news.seoul.getId()),
                    ids(index.search("troop*", 10)), "wildcards");
            assertEquals(Set.of(news.northKorea.getId()), ids(index.search("kind:actor alias:pyongyang", 10)));
            assertEquals(Set.of(news.drills.getId(), news.seoul.getId()), ids(index.search("kind:document date:[2026-12-01 TO 2026-12-31]", 10)));
            assertEquals(Set.of(news.drills.getId(), news.seoul.getId()), ids(index.search("kind:document month:2026-12", 10)));
            assertEquals(Set.of(news.denial.getId(), news.misread.getId()), ids(index.search("kind:claim actor:\"north korea\"", 10)),
                    "a claim's actors are its source and its targets");
            assertEquals(Set.of(news.troops.getId()), ids(index.search("source:\"us officials\" cue:stressed", 10)));
            assertEquals(Set.of(news.drills.getId(), news.seoul.getId()), ids(index.search("kind:document publisher:\"korea wire\"", 10)));
            assertEquals(7 + 4 + 4 - 4, index.search("", 100).total(), "blank matches every document, claim and actor");
        }
    }

    @Test
    void warmUpSearchesOfEveryShapeComeFromTheIndexAndRun() throws Exception {
        try (SearchIndex index = indexed()) {
            List<org.sightline.search.internal.WarmUpQueries.Search> searches = org.sightline.search.internal.WarmUpQueries.from(index.search("", 1));
            List<String> queries = searches.stream().map(org.sightline.search.internal.WarmUpQueries.Search::query).toList();
            assertTrue(queries.contains(""), queries.toString());
            for (String shape : List.of(" OR ", " AND NOT ", "*", "\"", "content:", "kind:claim actor:", "date:[")) {
                assertTrue(queries.stream().anyMatch(q -> q.contains(shape)), shape + " in " + queries);
            }
            assertTrue(searches.stream().filter(s -> !s.filters().isEmpty()).count() >= 3, "facet filters: " + searches);
            int withHits = 0;
            for (org.sightline.search.internal.WarmUpQueries.Search s : searches) {
                // a query the syntax turns down throws here: every warm-up search must be one the index runs
                withHits += index.search(s.query(), s.filters(), 20, () -> false).total() > 0 ? 1 : 0;
            }
            assertTrue(withHits * 2 > searches.size(), withHits + " of " + searches.size() + " warm-up searches find something");
            assertEquals(3, index.warmUp(3, () -> false));
            assertEquals(0, index.warmUp(3, () -> true), "cancelled at once: no round runs");
        }
    }

    @Test
    void aBadQueryNamesTheProblem() throws Exception {
        try (SearchIndex index = indexed()) {
            QueryException e = assertThrows(QueryException.class, () -> index.search("type:(warning", 10));
            assertTrue(e.getMessage().startsWith("bad query: Cannot parse 'type:(warning'"), e.getMessage());
        }
    }

    @Test
    void facetsCountAllHitsAndNarrow() throws Exception {
        try (SearchIndex index = indexed()) {
            SearchResult all = index.search("kind:claim", 1);
            assertEquals(4, all.total());
            assertEquals(1, all.hits().size(), "the limit cuts the hits, not the counts");
            assertEquals(Map.of("COMMITMENT", 1, "WARNING", 1, "DENIAL", 1, "DEMAND", 1), counts(all, "type"));
            assertEquals(Map.of("Defense Daily", 2, "Korea Wire", 2), counts(all, "publisher"));
            assertEquals(Map.of("2026-11", 2, "2026-12", 2), counts(all, "month"));
            assertEquals(Map.of("United States", 1, "analysts", 1, "North Korea", 2, "South Korea", 1), counts(all, "actor"));
            assertEquals(Map.of("claim", 4), counts(all, "kind"));

            SearchResult narrowed = index.search("kind:claim", Map.of("actor", "North Korea", "month", "2026-11"), 10, () -> false);
            assertEquals(Set.of(news.misread.getId()), ids(narrowed));
            assertEquals(List.of(news.misread.getId()), index.claimIds("weakness", Map.of()), "the claims of a result, for the Claims view");
        }
    }

    private static Map<String, Integer> counts(SearchResult r, String facet) {
        return r.facets().get(facet).stream().collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
    }

    @Test
    void snippetsMarkTheMatchedWords() throws Exception {
        try (SearchIndex index = indexed()) {
            SearchHit claim = index.search("kind:claim misread", 10).hits().get(0);
            assertEquals("Pyongyang could **misread** the change as weakness", claim.snippet().marked("**", "**"));
            assertEquals(news.pentagon.getId(), claim.document());
            assertEquals(news.pentagon.getTitle(), claim.title());
            SearchHit doc = index.search("kind:document \"troop deployments\"", 10).hits().get(0);
            String marked = doc.snippet().marked("[", "]");
            assertTrue(marked.contains("maintain [troop deployments] in the region"), "the phrase is one match: " + marked);
            assertEquals(1, doc.snippet().highlights().size());
            int[] h = doc.snippet().highlights().get(0);
            assertEquals("troop deployments", doc.snippet().text().substring(h[0], h[1]));
        }
    }

    @Test
    void followsEditsUndoAndRemovals() throws Exception {
        try (SearchIndex index = indexed()) {
            news.briefing.setType(ClaimType.WARNING);
            news.briefing.setStatus(ReviewStatus.CONFIRMED);
            assertEquals(1, index.update(news.corpus, List.of(news.briefing)).updated());
            assertEquals(Set.of(news.misread.getId(), news.briefing.getId()), ids(index.search("type:warning", 10)));
            assertEquals(Set.of(news.briefing.getId()), ids(index.search("status:confirmed", 10)));

            news.briefing.setType(ClaimType.DEMAND); // undo
            index.update(news.corpus, List.of(news.briefing));
            assertEquals(Set.of(news.misread.getId()), ids(index.search("type:warning", 10)));

            news.corpus.getClaims().remove(news.denial);
            assertEquals(1, index.update(news.corpus, List.of(news.denial)).deleted(), "a claim no longer in the corpus leaves the index");
            assertEquals(Set.of(), ids(index.search("denied", 10)).stream().filter(id -> id.startsWith("c")).collect(Collectors.toSet()));

            news.us.setName("United States of America");
            SearchIndex.Changes changes = index.sync(news.corpus, org.sightline.search.api.IndexProgress.NONE);
            assertEquals(0, changes.added());
            assertEquals(3, changes.updated(),
                    "the renamed actor, the claim it makes and the document that mentions it; nothing else is rewritten: " + changes);
            assertEquals(Set.of(news.troops.getId()), ids(index.search("kind:claim actor:america", 10)));
        }
    }

    @Test
    void staleMissingAndDamagedIndexes() throws Exception {
        Path workspace = dir.resolve("news.sightline");
        WorkspaceStore.save(news.corpus, workspace);
        byte[] saved = Files.readAllBytes(workspace);
        Path folder = SearchIndex.folderOf(workspace);
        assertEquals(dir.resolve("news.sightline.index"), folder);

        try (SearchIndex index = SearchIndex.open(folder)) {
            assertFalse(index.isCurrent(SearchIndex.fingerprintOf(workspace)), "missing: not current");
            index.sync(news.corpus, org.sightline.search.api.IndexProgress.NONE);
            index.commit(SearchIndex.fingerprintOf(workspace));
            assertTrue(index.isCurrent(SearchIndex.fingerprintOf(workspace)));
        }
        WorkspaceStore.save(news.corpus, workspace);
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertFalse(index.isCurrent(SearchIndex.fingerprintOf(workspace)), "the workspace was saved since: stale");
            assertEquals(11, index.size());
        }

        // Damage: cut every index file in half.
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{si,cfs,cfe,fdt,dvd,tim}")) {
            for (Path f : files) {
                byte[] b = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
            }
        }
        byte[] before = Files.readAllBytes(workspace);
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertTrue(index.wasRebuilt(), "a damaged index is started anew");
            assertEquals(0, index.size());
            assertEquals(11, index.sync(WorkspaceStore.load(workspace), org.sightline.search.api.IndexProgress.NONE).added());
            assertEquals(Set.of(news.troops.getId()), ids(index.search("kind:claim stressed", 10)));
        }
        assertArrayEquals(before, Files.readAllBytes(workspace), "the workspace is never touched");
        assertFalse(java.util.Arrays.equals(saved, new byte[0]));
    }

    @Test
    void aFolderOfSomethingElseIsNeverEmptied() throws Exception {
        Path folder = dir.resolve("photos");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("holiday.jpg"), "not an index");
        IOException e = assertThrows(IOException.class, () -> SearchIndex.open(folder));
        assertTrue(e.getMessage().contains("not a Sightline search index"), e.getMessage());
        assertTrue(Files.exists(folder.resolve("holiday.jpg")));
    }
}
