package org.sightline.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.analysis.api.StanceMatrix;
import org.sightline.analysis.api.StanceMatrix.Cell;
import org.sightline.analysis.api.StanceMatrixAnalysis;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.session.api.Session;
import org.sightline.ui.analysis.api.AnalysisViews;
import org.sightline.ui.analysis.internal.CommitmentsView;

/** The commitments (stance) matrix on real extracted corpora. */
class CommitmentsViewTest {

    @Test
    void everyCellShowsTheCountOfTheAnalysis() {
        Corpus corpus = TestCorpora.pressReleases();
        CommitmentsView view = Workbench.show(AnalysisViews.COMMITMENTS, CommitmentsView.class, corpus);
        StanceMatrix expected = new StanceMatrixAnalysis(false).analyze(corpus);
        assertTrue(expected.total() >= 10, "the extractors find claims in the press releases: " + expected.total());
        assertTableShows(expected, view.table());
    }

    /** Opened in stages: no analysis of the documents alone; computed once the rest is in, whatever the corpus' size. */
    @Test
    void aWorkspaceOpenedInStagesIsAnalysedWhenItsRestIsIn(@TempDir Path dir) throws Exception {
        Corpus corpus = TestCorpora.pressReleases();
        Path file = dir.resolve("releases.sightline");
        WorkspaceStore.save(corpus, file);
        Session session = Session.openStaged(file, SessionService.recoveryRoot());
        SessionService.get().setCurrent(session);
        CommitmentsView view = Workbench.show(AnalysisViews.COMMITMENTS, CommitmentsView.class);
        assertTrue(session.isLoading(), "the view did not ask for the whole corpus");
        assertTrue(view.isStale() && !view.isComputing(), "nothing computed on the documents alone");
        assertEquals("Reading the actors and claims of releases\u2026", view.getContentDescription());

        session.readRest();
        session.finishLoading();
        Workbench.settle(view);
        StanceMatrix expected = new StanceMatrixAnalysis(false).analyze(session.corpus());
        assertEquals(new StanceMatrixAnalysis(false).analyze(corpus).total(), expected.total());
        assertTableShows(expected, view.table());
    }

    @Test
    void rollingUpCountsPartsWithTheirWhole() {
        Corpus corpus = TestCorpora.pressReleases();
        CommitmentsView view = Workbench.show(AnalysisViews.COMMITMENTS, CommitmentsView.class, corpus);
        view.setRollUp(true);
        Workbench.settle(view);
        StanceMatrix rolled = new StanceMatrixAnalysis(true).analyze(corpus);
        assertTableShows(rolled, view.table());
        assertEquals(new StanceMatrixAnalysis(false).analyze(corpus).total(), rolled.total(), "rolling up moves claims, it loses none");
    }

    @Test
    void clickingACellSelectsExactlyItsClaimsAndAsksTheClaimsViewToShowThem() {
        Corpus corpus = TestCorpora.sample();
        CommitmentsView view = Workbench.show(AnalysisViews.COMMITMENTS, CommitmentsView.class, corpus);
        StanceMatrix m = view.matrix();
        // The fullest cell of the sample (the officials' commitments, as the article lists them).
        Cell fullest = m.rows().stream().flatMap(r -> r.cells().stream()).max((a, b) -> Integer.compare(a.count(), b.count())).orElseThrow();
        assertTrue(fullest.count() >= 2, "a cell with several claims: " + fullest);
        int row = m.rows().indexOf(m.row(fullest.actor()).orElseThrow());
        int column = 1 + fullest.type().getValue();
        // What the Claims view's handler of "Show Claims" receives (the handler lives in the workbench bundle).
        List<Map<?, ?>> received = new ArrayList<>();
        IHandlerService handlers = Workbench.page().getWorkbenchWindow().getService(IHandlerService.class);
        IHandlerActivation activation = handlers.activateHandler(SHOW_CLAIMS, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                received.add(event.getParameters());
                return null;
            }
        });
        try (Workbench.Selections seen = new Workbench.Selections()) {
            Workbench.page().activate(view);
            Workbench.click(view.table(), ActorNetworkViewTest.centre(view.table().getItem(row).getBounds(column)));
            assertEquals(1, received.size(), "one Show Claims request");
            assertEquals(fullest.claims().stream().map(Claim::getId).collect(Collectors.joining(",")), received.get(0).get("org.sightline.ui.claimIds"));
            assertEquals(fullest.actor().getName() + ", " + CommitmentsViewTest.title(fullest.type()) + ": " + fullest.count() + " claims",
                    received.get(0).get("org.sightline.ui.claimsLabel"));
            IStructuredSelection s = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
            assertEquals(fullest.claims(), s.toList(), "the selection is the cell's claims, in corpus order");
            assertEquals(fullest.claims(), ((IStructuredSelection) seen.last()).toList(), "posted to the page");
            assertEquals(fullest.claims(), view.selectedCell().claims());
        } finally {
            handlers.deactivateHandler(activation);
        }
        // An empty cell selects nothing rather than something stale.
        for (ClaimType t : ClaimType.VALUES) {
            if (m.rows().get(row).cell(t).count() == 0) {
                Workbench.click(view.table(), ActorNetworkViewTest.centre(view.table().getItem(row).getBounds(1 + t.getValue())));
                assertEquals(List.of(), ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).toList());
                break;
            }
        }
    }

    @Test
    void followsEditsToTheCorpus() {
        Corpus corpus = TestCorpora.sample();
        CommitmentsView view = Workbench.show(AnalysisViews.COMMITMENTS, CommitmentsView.class, corpus);
        int before = view.matrix().total();
        var claim = corpus.getClaims().get(0);
        view.session().execute(new org.sightline.ui.session.api.Edit.SetFeature(claim.getId(),
                org.sightline.model.SightlinePackage.Literals.CLAIM__STATUS.getName(), org.sightline.model.ReviewStatus.REJECTED.getLiteral()));
        Workbench.spinUntil(() -> !view.isStale(), 5000, "the view refreshes after the edit");
        assertEquals(before - 1, view.matrix().total(), "a rejected claim no longer counts");
        assertNotEquals(Integer.toString(before), lastRowTotal(view.table()));
        view.session().undo();
        Workbench.spinUntil(() -> !view.isStale(), 5000, "the view refreshes after undo");
        assertEquals(before, view.matrix().total());
        assertEquals(Integer.toString(before), lastRowTotal(view.table()));
    }

    static final String SHOW_CLAIMS = "org.sightline.ui.commands.showClaims";

    /** "Commitment" for COMMITMENT, as the column titles. */
    static String title(ClaimType type) {
        return type.getLiteral().charAt(0) + type.getLiteral().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String lastRowTotal(Table table) {
        return table.getItem(table.getItemCount() - 1).getText(table.getColumnCount() - 1);
    }

    /** Row labels, every cell (blank for 0), row totals and the totals row equal the analysis. */
    static void assertTableShows(StanceMatrix expected, Table table) {
        assertEquals(expected.rows().size() + 1, table.getItemCount(), "one row per actor plus the totals");
        assertEquals(2 + ClaimType.VALUES.size(), table.getColumnCount());
        for (int r = 0; r < expected.rows().size(); r++) {
            StanceMatrix.Row row = expected.rows().get(r);
            TableItem item = table.getItem(r);
            assertEquals(row.label(), item.getText(0));
            for (ClaimType t : expected.columns()) {
                int n = row.cell(t).count();
                assertEquals(n == 0 ? "" : Integer.toString(n), item.getText(1 + t.getValue()), row.label() + " / " + t);
            }
            assertEquals(Integer.toString(row.total()), item.getText(1 + ClaimType.VALUES.size()));
        }
        TableItem totals = table.getItem(expected.rows().size());
        assertEquals("Total", totals.getText(0));
        for (ClaimType t : expected.columns()) {
            int n = expected.columnTotal(t);
            assertEquals(n == 0 ? "" : Integer.toString(n), totals.getText(1 + t.getValue()), "total of " + t);
        }
        assertEquals(Integer.toString(expected.total()), totals.getText(1 + ClaimType.VALUES.size()));
    }
}
