package org.sightline.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.ClaimRelationAnalysis;
import org.sightline.analysis.api.RelationProposal;
import org.sightline.analysis.api.RelationProposals;
import org.sightline.model.ClaimRelation;
import org.sightline.model.Corpus;
import org.sightline.model.ReviewStatus;
import org.sightline.ui.analysis.api.AnalysisViews;
import org.sightline.ui.session.api.Session;
import org.sightline.ui.analysis.internal.AnalysisHandlers;
import org.sightline.ui.analysis.internal.RelationsView;
import org.sightline.ui.analysis.tests.bench.AnalysisViewsBench;

/** Proposed claim relations, confirmed and rejected as undoable edits. */
class RelationsViewTest {

    @Test
    void listsTheProposalsWithTheirReasons() {
        Corpus corpus = TestCorpora.pressReleases();
        RelationsView view = Workbench.show(AnalysisViews.RELATIONS, RelationsView.class, corpus);
        RelationProposals expected = new ClaimRelationAnalysis().analyze(corpus);
        assertFalse(expected.proposals().isEmpty(), "the follow-up restates claims of the sample: something to propose");
        assertEquals(expected.proposals().size(), view.table().getItemCount());
        for (int i = 0; i < expected.proposals().size(); i++) {
            RelationProposal p = expected.proposals().get(i);
            RelationProposal shown = view.proposals().proposals().get(i);
            assertSame(p.from(), shown.from());
            assertSame(p.to(), shown.to());
            assertEquals(p.kind(), shown.kind());
            assertEquals(p.reason(), view.table().getItem(i).getText(4), "the reason is shown in words");
        }
        assertTrue(view.statusText().startsWith(expected.proposals().size() + " proposed from " + expected.claimsCompared() + " claims"),
                view.statusText());
        assertFalse(Workbench.commandEnabled(AnalysisHandlers.CONFIRM_RELATION), "nothing selected: Confirm is disabled");
        view.select(0);
        IStructuredSelection s = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(expected.proposals().get(0).from(), expected.proposals().get(0).to()), s.toList(),
                "selecting a proposal selects its two claims");
        Workbench.flush();
        assertTrue(Workbench.commandEnabled(AnalysisHandlers.CONFIRM_RELATION), "a selected proposal can be confirmed");
        assertTrue(Workbench.commandEnabled(AnalysisHandlers.REJECT_RELATION), "a selected proposal can be rejected");
    }

    @Test
    void confirmingAddsAConfirmedRelationAndUndoTakesItBack() {
        Corpus corpus = TestCorpora.pressReleases();
        RelationsView view = Workbench.show(AnalysisViews.RELATIONS, RelationsView.class, corpus);
        Session session = view.session();
        int before = view.proposals().proposals().size();
        RelationProposal first = view.proposals().proposals().get(0);

        view.decide(List.of(first), ReviewStatus.CONFIRMED);
        Workbench.spinUntil(() -> !view.isStale(), 10000, "refresh after confirming");
        assertEquals(1, corpus.getRelations().size());
        ClaimRelation added = corpus.getRelations().get(0);
        assertEquals(ReviewStatus.CONFIRMED, added.getStatus());
        assertEquals(first.kind(), added.getKind());
        assertSame(first.from(), added.getFrom());
        assertSame(first.to(), added.getTo());
        assertEquals(first.reason(), added.getReason());
        assertEquals(ClaimRelationAnalysis.ID, added.getProducerId());
        assertNotNull(added.getId());
        assertEquals("Confirm Relation", session.undoLabel());
        assertNull(view.proposals().between(first.from(), first.to()), "a decided pair is not proposed again");
        assertTrue(view.proposals().proposals().size() < before);
        assertTrue(view.statusText().endsWith("1 decided"), view.statusText());

        session.undo();
        Workbench.spinUntil(() -> !view.isStale(), 10000, "refresh after undo");
        assertTrue(corpus.getRelations().isEmpty());
        assertEquals(before, view.proposals().proposals().size());
        assertNotNull(view.proposals().between(first.from(), first.to()));
    }

    @Test
    void onABigWorkspaceTheListWaitsForRefreshAndADecidedPairIsNotRecordedTwice() throws Exception {
        // 1,700 documents grown from the press releases: just over the 10,000 claims of automatic refresh.
        Corpus corpus = AnalysisViewsBench.grow(TestCorpora.pressReleases(), 1700);
        assertTrue(corpus.getClaims().size() > 10_000, corpus.getClaims().size() + " claims");
        RelationsView view = Workbench.show(AnalysisViews.RELATIONS, RelationsView.class, corpus);
        int before = view.proposals().proposals().size();
        RelationProposal first = view.proposals().proposals().get(0);

        view.decide(List.of(first), ReviewStatus.CONFIRMED);
        Workbench.flush();
        assertTrue(view.isStale(), "the list is not recomputed after the edit");
        assertTrue(view.getContentDescription().startsWith("The workspace changed: press Refresh (F5)"), view.getContentDescription());
        assertEquals(before, view.proposals().proposals().size());

        view.decide(List.of(first), ReviewStatus.REJECTED);
        assertEquals(1, corpus.getRelations().size(), "the pair decided a moment ago is skipped");
        assertTrue(view.statusText().startsWith("1 of the selected pairs are decided already"), view.statusText());

        Workbench.page().activate(view);
        // The command returns at once: the analysis runs as a job, and only this (UI) thread shows its result.
        Workbench.page().getWorkbenchWindow().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(AnalysisHandlers.REFRESH, null);
        assertTrue(view.isComputing() && view.isStale(), "Refresh starts the analysis in the background");
        assertTrue(view.getContentDescription().startsWith("Analysing"), view.getContentDescription());
        // Cancelled (as from the Progress view): the view says so and keeps what it showed.
        org.eclipse.core.runtime.jobs.Job.getJobManager().cancel(view);
        Workbench.spinUntil(() -> view.getContentDescription().startsWith("Cancelled"), 120_000, "the cancelled analysis is reported");
        assertTrue(view.isStale());
        assertEquals(before, view.proposals().proposals().size(), "the list computed before the edit stays");
        Workbench.command(AnalysisHandlers.REFRESH);
        Workbench.settle(view);
        assertFalse(view.isStale());
        assertEquals("", view.getContentDescription());
        assertNull(view.proposals().between(first.from(), first.to()));
    }

    @Test
    void rejectingSeveralIsOneEditWithDistinctIds() {
        Corpus corpus = TestCorpora.pressReleases();
        RelationsView view = Workbench.show(AnalysisViews.RELATIONS, RelationsView.class, corpus);
        List<RelationProposal> chosen = view.proposals().proposals().subList(0, Math.min(2, view.proposals().proposals().size()));
        view.decide(chosen, ReviewStatus.REJECTED);
        Workbench.spinUntil(() -> !view.isStale(), 10000, "refresh after rejecting");
        assertEquals(chosen.size(), corpus.getRelations().size());
        assertTrue(corpus.getRelations().stream().allMatch(r -> r.getStatus() == ReviewStatus.REJECTED));
        assertEquals(chosen.size(), corpus.getRelations().stream().map(ClaimRelation::getId).distinct().count(), "distinct ids");
        view.session().undo();
        assertTrue(corpus.getRelations().isEmpty(), "one undo takes back the whole decision");
    }
}
