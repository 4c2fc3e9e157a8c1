package org.sightline.search.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.api.SightlineInfo;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.SightlinePackage;
import org.sightline.model.edit.SightlineEditing;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.search.api.IndexProgress;
import org.sightline.search.api.SearchHit;
import org.sightline.search.api.SearchIndex;
import org.sightline.search.api.SearchResult;

/**
 * Search on real text: the sample article (bundled in org.sightline.core) with five of its claims marked by hand, spans
 * located in the text. Query syntax, facets and snippets on it; edits, undo and redo made through EMF's command stack
 * as an editor makes them; a damaged index of the saved workspace rebuilt without touching the workspace.
 */
class SampleArticleSearchTest {

    @TempDir
    Path dir;

    private final Corpus corpus;
    private final Document article;
    private final Actor northKorea;
    private final Claim confirmed;
    private final Claim insist;
    private final Claim troops;
    private final Claim warn;
    private final Claim expect;

    SampleArticleSearchTest() {
        CorpusBuilder b = new CorpusBuilder("sample");
        corpus = b.corpus();
        String text = SightlineInfo.sampleText();
        article = b.document(SightlineInfo.SAMPLE_NAME, text.substring(0, text.indexOf('\n')), text, "Defense Daily", LocalDate.of(2026, 11, 24),
                "en");
        Actor pentagon = b.actor("Pentagon", ActorKind.GOVERNMENT_BODY, "USAGOV", "United States Department of Defense");
        Actor officials = b.actor("US officials", ActorKind.GROUP, "USAGOV", "Officials");
        northKorea = b.actor("North Korea", ActorKind.STATE, "PRK", "Pyongyang");
        Actor southKorea = b.actor("South Korea", ActorKind.STATE, "KOR");
        Actor analysts = b.actor("analysts", ActorKind.GROUP, null);
        Actor experts = b.actor("experts", ActorKind.GROUP, null);
        confirmed = b.claim(article).source(pentagon, "The United States Department of Defense", 0).cue("has confirmed")
                .content("plans to reduce the Pentagon\u2019s direct role in the deterrence strategy against North Korea").type(ClaimType.ANNOUNCEMENT)
                .modality(Modality.CERTAIN).targets(northKorea).build();
        insist = b.claim(article).source(officials, "US officials", 0).cue("insist").content("the move does not signal a weakening of commitment to allies")
                .type(ClaimType.REASSURANCE).modality(Modality.ASSERTED).targets(southKorea).build();
        troops = b.claim(article).source(officials, "Officials", text.indexOf("Officials stressed")).cue("stressed")
                .content("Maintain troop deployments in the region").type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).build();
        warn = b.claim(article).source(analysts, "analysts", text.indexOf("some analysts warn")).cue("warn")
                .content("reducing the Pentagon\u2019s visible role could increase the risk of miscalculation by North Korea").type(ClaimType.WARNING)
                .modality(Modality.POSSIBLE).targets(northKorea).build();
        expect = b.claim(article).source(experts, "experts", text.indexOf("experts expect")).cue("expect")
                .content("state media to frame the shift as evidence of US weakness or retreat").type(ClaimType.PREDICTION)
                .modality(Modality.PROBABLE).targets(northKorea).build();
    }

    private SearchIndex indexed() throws Exception {
        SearchIndex index = SearchIndex.inMemory();
        index.sync(corpus, IndexProgress.NONE);
        index.commit(null);
        return index;
    }

    private static Set<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    private Set<String> ids(Object... objects) {
        return java.util.Arrays.stream(objects).map(o -> ((org.sightline.model.Identified) o).getId()).collect(Collectors.toSet());
    }

    @Test
    void querySyntaxOnTheSampleArticle() throws Exception {
        try (SearchIndex index = indexed()) {
            assertEquals(ids(article), ids(index.search("deterrence allies", 20)), "words: every one must match in the same entry");
            assertEquals(ids(article), ids(index.search("\"nuclear umbrella\"", 20)));
            assertEquals(Set.of(), ids(index.search("\"umbrella nuclear\"", 20)), "a phrase keeps its order");
            assertEquals(ids(warn), ids(index.search("type:warning", 20)));
            assertEquals(ids(insist), ids(index.search("cue:insist", 20)));
            assertEquals(ids(insist, warn), ids(index.search("kind:claim AND (type:warning OR type:reassurance)", 20)));
            assertEquals(ids(insist, troops), ids(index.search("kind:claim NOT actor:\"north korea\"", 20)),
                    "the claims whose source and targets are not North Korea");
            assertEquals(ids(confirmed), ids(index.search("kind:claim content:deter*", 20)), "wildcards");
            assertEquals(ids(article, warn), ids(index.search("miscalc*", 20)));
            assertEquals(ids(northKorea), ids(index.search("kind:actor alias:pyongyang", 20)));
            assertEquals(ids(article), ids(index.search("kind:document date:[2026-11-01 TO 2026-11-30]", 20)), "date ranges");
            assertEquals(Set.of(), ids(index.search("kind:document date:[2025-01-01 TO 2025-12-31]", 20)));
            assertEquals(ids(warn, expect), ids(index.search("modality:possible OR modality:probable", 20)));
        }
    }

    @Test
    void facetsAndSnippetsOnTheSampleArticle() throws Exception {
        try (SearchIndex index = indexed()) {
            SearchResult claims = index.search("kind:claim", 2);
            assertEquals(5, claims.total());
            assertEquals(Map.of("ANNOUNCEMENT", 1, "REASSURANCE", 1, "COMMITMENT", 1, "WARNING", 1, "PREDICTION", 1), counts(claims, "type"));
            assertEquals(Map.of("Pentagon", 1, "US officials", 2, "North Korea", 3, "South Korea", 1, "analysts", 1, "experts", 1),
                    counts(claims, "actor"), "a claim counts for its source and each target");
            assertEquals(Map.of("CERTAIN", 2, "ASSERTED", 1, "POSSIBLE", 1, "PROBABLE", 1), counts(claims, "modality"));
            assertEquals(Map.of("2026-11", 5), counts(claims, "month"));
            assertEquals(ids(confirmed, warn, expect), ids(index.search("kind:claim", Map.of("actor", "North Korea"), 20, () -> false)),
                    "a facet value narrows");
            assertEquals(ids(warn), ids(index.search("kind:claim", Map.of("actor", "North Korea", "type", "WARNING"), 20, () -> false)),
                    "two facet values narrow together");

            SearchHit doc = index.search("kind:document \"nuclear umbrella\"", 20).hits().get(0);
            assertTrue(doc.snippet().marked("[", "]").contains("the US [nuclear umbrella] remains intact"), doc.snippet().text());
            SearchHit claim = index.search("kind:claim miscalc*", 20).hits().get(0);
            assertEquals("reducing the Pentagon\u2019s visible role could increase the risk of [miscalculation] by North Korea",
                    claim.snippet().marked("[", "]"));
            assertEquals(article.getId(), claim.document());
            assertEquals(article.getTitle(), claim.title());
        }
    }

    private static Map<String, Integer> counts(SearchResult r, String facet) {
        return r.facets().get(facet).stream().collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
    }

    /** An edit, its undo and its redo, each followed by re-indexing what the command affected (as the Search view does). */
    @Test
    void editsUndoAndRedoThroughTheCommandStack() throws Exception {
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = SightlineEditing.createEditingDomain(corpus, stack);
        try (SearchIndex index = indexed()) {
            Command retype = SetCommand.create(domain, expect, SightlinePackage.Literals.CLAIM__TYPE, ClaimType.WARNING);
            stack.execute(retype);
            index.update(corpus, retype.getAffectedObjects());
            assertEquals(ids(warn, expect), ids(index.search("type:warning", 20)));

            stack.undo();
            index.update(corpus, retype.getAffectedObjects());
            assertEquals(ids(warn), ids(index.search("type:warning", 20)), "after undo");
            assertEquals(ids(expect), ids(index.search("type:prediction", 20)));

            stack.redo();
            index.update(corpus, retype.getAffectedObjects());
            assertEquals(ids(warn, expect), ids(index.search("type:warning", 20)), "after redo");

            Command remove = RemoveCommand.create(domain, corpus, SightlinePackage.Literals.CORPUS__CLAIMS, insist);
            stack.execute(remove);
            assertEquals(1, index.update(corpus, List.of(insist)).deleted());
            assertEquals(Set.of(), ids(index.search("cue:insist", 20)), "a removed claim leaves the index");
            stack.undo();
            assertEquals(1, index.update(corpus, List.of(insist)).updated());
            assertEquals(ids(insist), ids(index.search("cue:insist", 20)), "its undo brings it back");
            index.commit(null);
        }
    }

    @Test
    void aDamagedIndexOfTheSavedSampleIsRebuilt() throws Exception {
        Path workspace = dir.resolve("sample.sightline");
        WorkspaceStore.save(corpus, workspace);
        Path folder = SearchIndex.folderOf(workspace);
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.sync(WorkspaceStore.load(workspace), IndexProgress.NONE);
            index.commit(SearchIndex.fingerprintOf(workspace));
        }
        // Damage: garbage over the commit point (segments_N).
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "segments_*")) {
            for (Path f : files) {
                Files.write(f, "not a commit point".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        byte[] before = Files.readAllBytes(workspace);
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertTrue(index.wasRebuilt(), "a damaged index is started anew");
            assertEquals(0, index.size());
            Corpus reopened = WorkspaceStore.load(workspace);
            assertEquals(1 + 6 + 5, index.sync(reopened, IndexProgress.NONE).added(), "the document, its 6 actors and 5 claims");
            index.commit(SearchIndex.fingerprintOf(workspace));
            assertEquals(ids(article), ids(index.search("\"nuclear umbrella\"", 20)));
            assertTrue(index.isCurrent(SearchIndex.fingerprintOf(workspace)));
        }
        assertArrayEquals(before, Files.readAllBytes(workspace), "the workspace is only read");
    }
}
