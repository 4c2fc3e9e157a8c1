package org.sightline.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.SightlineInfo;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.search.api.IndexProgress;
import org.sightline.search.api.SearchHit;
import org.sightline.search.api.SearchIndex;
import org.sightline.search.api.SearchResult;

/**
 * Hits, their order, facet counts and snippets over an index of several segments (one commit per document, as an
 * index that follows imports has), which a machine of several cores searches in slices on several threads: the sample
 * article eight times, a month apart, from two publishers, each with two of its claims marked by hand.
 */
class SegmentedSearchTest {

    private static final int DOCUMENTS = 8;

    private final CorpusBuilder b = new CorpusBuilder("segmented");
    private final List<Document> documents = new ArrayList<>();
    private final List<Claim> warnings = new ArrayList<>();
    private final List<Claim> commitments = new ArrayList<>();
    private final Actor analysts = b.actor("analysts", ActorKind.GROUP, null);
    private final Actor officials = b.actor("US officials", ActorKind.GROUP, "USAGOV", "Officials");
    private final Actor northKorea = b.actor("North Korea", ActorKind.STATE, "PRK", "Pyongyang");

    private SearchIndex indexedInSegments() throws Exception {
        String text = SightlineInfo.sampleText();
        SearchIndex index = SearchIndex.inMemory();
        for (int i = 0; i < DOCUMENTS; i++) {
            Document d = b.document("sample-" + i + ".txt", text.substring(0, text.indexOf('\n')), text, i % 2 == 0 ? "Defense Daily" : "Korea Wire",
                    LocalDate.of(2026, 1 + i, 15), "en");
            documents.add(d);
            warnings.add(b.claim(d).source(analysts, "analysts", text.indexOf("some analysts warn")).cue("warn")
                    .content("reducing the Pentagon\u2019s visible role could increase the risk of miscalculation by North Korea").type(ClaimType.WARNING)
                    .modality(Modality.POSSIBLE).targets(northKorea).build());
            commitments.add(b.claim(d).source(officials, "Officials", text.indexOf("Officials stressed")).cue("stressed")
                    .content("Maintain troop deployments in the region").type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).build());
            index.sync(b.corpus(), IndexProgress.NONE); // writes the new document and its claims only
            index.commit(null);
        }
        return index;
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    private static List<String> ids(List<? extends org.sightline.model.Identified> objects) {
        return objects.stream().map(org.sightline.model.Identified::getId).toList();
    }

    private static Map<String, Integer> counts(SearchResult r, String facet) {
        return r.facets().get(facet).stream().collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
    }

    @Test
    void facetCountsOverEverySegment() throws Exception {
        try (SearchIndex index = indexedInSegments()) {
            SearchResult claims = index.search("kind:claim", 20);
            assertEquals(2 * DOCUMENTS, claims.total());
            assertEquals(Map.of("WARNING", DOCUMENTS, "COMMITMENT", DOCUMENTS), counts(claims, "type"));
            assertEquals(Map.of("POSSIBLE", DOCUMENTS, "CERTAIN", DOCUMENTS), counts(claims, "modality"));
            assertEquals(Map.of("analysts", DOCUMENTS, "North Korea", DOCUMENTS, "US officials", DOCUMENTS), counts(claims, "actor"));
            assertEquals(Map.of("Defense Daily", DOCUMENTS, "Korea Wire", DOCUMENTS), counts(claims, "publisher"));
            assertEquals(Map.of("2026-01", 2, "2026-02", 2, "2026-03", 2, "2026-04", 2, "2026-05", 2, "2026-06", 2, "2026-07", 2, "2026-08", 2),
                    counts(claims, "month"));

            SearchResult all = index.search("", 20);
            assertEquals(DOCUMENTS + 2 * DOCUMENTS + 3, all.total(), "blank: every document, claim and actor");
            assertEquals(Map.of("document", DOCUMENTS, "claim", 2 * DOCUMENTS, "actor", 3), counts(all, "kind"));
            assertEquals(Map.of("analysts", DOCUMENTS + 1, "North Korea", DOCUMENTS + 1, "US officials", DOCUMENTS + 1), counts(all, "actor"),
                    "each actor's claims and its own entry");
            assertEquals(List.of(documents.get(0).getId(), warnings.get(0).getId(), commitments.get(0).getId(), analysts.getId(), officials.getId(),
                    northKorea.getId(), documents.get(1).getId()), ids(all).subList(0, 7), "blank: the entries in the order they were written");

            SearchResult march = index.search("kind:claim", Map.of("month", "2026-03", "type", "WARNING"), 20, () -> false);
            assertEquals(List.of(warnings.get(2).getId()), ids(march), "facet values narrow within one segment of many");
        }
    }

    @Test
    void hitsInOrderWithTheirSnippetsAcrossSegments() throws Exception {
        try (SearchIndex index = indexedInSegments()) {
            assertEquals(ids(warnings), ids(index.search("type:warning", 20)), "equal scores: in the order they were written, segment after segment");

            SearchResult found = index.search("miscalc*", 20);
            assertEquals(2 * DOCUMENTS, found.total());
            for (SearchHit h : found.hits()) {
                String marked = h.snippet().marked("[", "]");
                if (h.kind().equals("claim")) {
                    assertEquals("reducing the Pentagon\u2019s visible role could increase the risk of [miscalculation] by North Korea", marked);
                } else {
                    assertEquals("document", h.kind());
                    assertTrue(marked.contains("[miscalculation]"), marked);
                    assertEquals(documents.get(0).getTitle(), h.title());
                }
            }
            assertEquals(ids(documents).stream().sorted().toList(),
                    found.hits().stream().filter(h -> h.kind().equals("document")).map(SearchHit::id).sorted().toList());
            assertEquals(ids(warnings).stream().sorted().toList(),
                    found.hits().stream().filter(h -> h.kind().equals("claim")).map(SearchHit::id).sorted().toList());
            for (int i = 1; i < found.hits().size(); i++) {
                assertTrue(found.hits().get(i - 1).score() >= found.hits().get(i).score(), "best first");
            }
        }
    }
}
