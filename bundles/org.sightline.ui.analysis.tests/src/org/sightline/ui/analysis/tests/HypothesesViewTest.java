package org.sightline.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.AchAnalysis;
import org.sightline.analysis.api.AchMatrix;
import org.sightline.analysis.api.AchMatrix.Evidence;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Hypothesis;
import org.sightline.model.ReviewStatus;
import org.sightline.ui.analysis.api.AnalysisViews;
import org.sightline.ui.session.api.Session;
import org.sightline.ui.analysis.internal.HypothesesView;

/** The ACH matrix: hypotheses added, claims dropped in, ratings edited in place and undone. */
class HypothesesViewTest {

    @Test
    void claimsDroppedWithoutAHypothesisAreRefusedWithAReason() {
        Corpus corpus = TestCorpora.sample();
        HypothesesView view = Workbench.show(AnalysisViews.HYPOTHESES, HypothesesView.class, corpus);
        assertTrue(view.statusText().startsWith("No hypotheses yet"), view.statusText());
        assertFalse(view.drop(new StructuredSelection(corpus.getClaims().get(0))));
        assertTrue(view.statusText().startsWith("Add a hypothesis first"), view.statusText());
        assertTrue(corpus.getAssessments().isEmpty());
        assertFalse(view.session().canUndo(), "nothing happened to undo");
    }

    @Test
    void ratingsEditedInPlaceRankTheHypothesesAndUndo() {
        Corpus corpus = TestCorpora.sample();
        HypothesesView view = Workbench.show(AnalysisViews.HYPOTHESES, HypothesesView.class, corpus);
        Session session = view.session();
        view.addHypothesis("H1: The US is stepping back from Korea");
        view.addHypothesis("H2: The US is only reorganising its role");
        Workbench.spinUntil(() -> !view.isStale() && view.matrix().hypotheses().size() == 2, 5000, "two hypothesis columns");
        Table table = view.matrixViewer().getTable();
        assertEquals(3, table.getColumnCount(), "evidence + two hypotheses");
        assertEquals("H1: The US is stepping back from Korea", table.getColumn(1).getText());
        Hypothesis h1 = corpus.getHypotheses().get(0);
        Hypothesis h2 = corpus.getHypotheses().get(1);

        // Drag three claims in (what the Claims view's drag hands over).
        List<Claim> claims = corpus.getClaims().stream().filter(c -> c.getStatus() != ReviewStatus.REJECTED).limit(3).toList();
        assertTrue(view.drop(new StructuredSelection(claims)));
        Workbench.spinUntil(() -> !view.isStale() && view.matrix().evidence().size() == 3, 5000, "three rows of evidence");
        assertEquals(claims, view.matrix().evidence().stream().map(Evidence::claim).toList());
        assertEquals("N", table.getItem(0).getText(1), "dropped evidence starts neutral");
        assertEquals("Add Evidence (3 claims)", session.undoLabel());

        // Rate the first claim II against H1 in the cell editor, as the analyst would.
        editCell(view, 0, 1, Consistency.II);
        Workbench.spinUntil(() -> !view.isStale(), 5000, "refresh after the rating");
        assertEquals(Consistency.II, assessment(corpus, claims.get(0), h1).getConsistency());
        assertEquals("II", table.getItem(0).getText(1));
        assertEquals("Set Consistency", session.undoLabel());
        AchMatrix expected = new AchAnalysis().analyze(corpus);
        assertEquals(List.of(h2, h1), expected.ranking().stream().map(AchMatrix.Ranked::hypothesis).toList());
        assertRankingShows(view, expected);
        assertEquals(expected.rankingChangers().size(), view.sensitivityTable().getItemCount());
        assertTrue(view.sensitivityTable().getItemCount() > 0, "removing the only II evidence changes the ranking");

        // Edit > Undo (the workbench command, with the matrix focused) puts the N back: the hypotheses tie again.
        Workbench.page().activate(view);
        Workbench.command("org.eclipse.ui.edit.undo");
        Workbench.spinUntil(() -> !view.isStale(), 5000, "refresh after undo");
        assertEquals(Consistency.N, assessment(corpus, claims.get(0), h1).getConsistency());
        assertEquals("N", table.getItem(0).getText(1));
        assertEquals(1, view.matrix().ranking().get(1).rank(), "tied: both rank 1");
        Workbench.command("org.eclipse.ui.edit.redo");
        Workbench.spinUntil(() -> !view.isStale(), 5000, "refresh after redo");
        assertEquals("II", table.getItem(0).getText(1));
    }

    @Test
    void anUnratedCellGetsANewAssessmentAndRenamingIsUndoable() {
        Corpus corpus = TestCorpora.sample();
        HypothesesView view = Workbench.show(AnalysisViews.HYPOTHESES, HypothesesView.class, corpus);
        Session session = view.session();
        view.addHypothesis("H1: Deterrence holds");
        Workbench.spinUntil(() -> !view.isStale(), 5000, "one column");
        Claim claim = corpus.getClaims().get(0);
        assertTrue(view.drop(new StructuredSelection(claim)));
        view.addHypothesis("H2: Deterrence weakens");
        Workbench.spinUntil(() -> !view.isStale() && view.matrix().hypotheses().size() == 2, 5000, "two columns");
        Hypothesis h2 = corpus.getHypotheses().get(1);
        Table table = view.matrixViewer().getTable();
        assertEquals("(N)", table.getItem(0).getText(2), "a column added after the evidence is unrated");
        assertNull(assessment(corpus, claim, h2));

        editCell(view, 0, 2, Consistency.C);
        Workbench.spinUntil(() -> !view.isStale(), 5000, "refresh after the rating");
        Assessment added = assessment(corpus, claim, h2);
        assertNotNull(added);
        assertEquals(Consistency.C, added.getConsistency());
        assertEquals(1.0, added.getWeight());
        assertNotNull(added.getId(), "the new assessment has an id for the workspace file");
        assertEquals("Add Assessment", session.undoLabel());
        session.undo();
        Workbench.spinUntil(() -> !view.isStale(), 5000, "refresh after undo");
        assertNull(assessment(corpus, claim, h2), "undo removes the assessment again");
        assertEquals("(N)", table.getItem(0).getText(2));

        view.rename(h2, "H2: Deterrence erodes");
        Workbench.spinUntil(() -> !view.isStale(), 5000, "refresh after the rename");
        assertEquals("H2: Deterrence erodes", table.getColumn(2).getText());
        session.undo();
        Workbench.spinUntil(() -> !view.isStale(), 5000, "refresh after undo");
        assertEquals("H2: Deterrence weakens", table.getColumn(2).getText());
        assertSame(h2, table.getColumn(2).getData());
    }

    @Test
    void screenshotOfARatedMatrix() {
        Corpus corpus = TestCorpora.sample();
        HypothesesView view = Workbench.show(AnalysisViews.HYPOTHESES, HypothesesView.class, corpus);
        view.addHypothesis("H1: US is stepping back");
        view.addHypothesis("H2: US reorganises only");
        view.addHypothesis("H3: Allies will build own deterrence");
        List<Claim> claims = corpus.getClaims().stream().filter(c -> c.getStatus() != ReviewStatus.REJECTED).limit(6).toList();
        assertTrue(view.drop(new StructuredSelection(claims)));
        Workbench.spinUntil(() -> !view.isStale() && view.matrix().evidence().size() == claims.size(), 5000, "evidence rows");
        Consistency[][] ratings = { { Consistency.I, Consistency.CC, Consistency.N }, { Consistency.II, Consistency.C, Consistency.C },
                { Consistency.C, Consistency.C, Consistency.CC }, { Consistency.I, Consistency.C, Consistency.N } };
        for (int r = 0; r < ratings.length && r < claims.size(); r++) {
            for (int h = 0; h < 3; h++) {
                editCell(view, r, h + 1, ratings[r][h]);
                Workbench.spinUntil(() -> !view.isStale(), 5000, "refresh");
            }
        }
        AchMatrix expected = new AchAnalysis().analyze(corpus);
        assertRankingShows(view, expected);
    }

    /** Opens the in-place editor of a cell, picks {@code value} in its drop-down and confirms it. */
    static void editCell(HypothesesView view, int row, int column, Consistency value) {
        Table table = view.matrixViewer().getTable();
        // The table is virtual: reading the row's text makes JFace fill the item and map its element.
        table.getItem(row).getText(0);
        Object element = table.getItem(row).getData();
        assertSame(view.matrix().evidence().get(row), element);
        view.matrixViewer().editElement(element, column);
        CCombo combo = null;
        for (Control c : table.getChildren()) {
            if (c instanceof CCombo cc && !cc.isDisposed() && cc.isVisible()) {
                combo = cc;
            }
        }
        assertNotNull(combo, "the cell editor opened on row " + row + ", column " + column);
        assertEquals(List.of("CC", "C", "N", "I", "II"), List.of(combo.getItems()));
        combo.select(value.getValue());
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.flush();
    }

    static Assessment assessment(Corpus corpus, Claim claim, Hypothesis h) {
        return corpus.getAssessments().stream().filter(a -> a.getClaim() == claim && a.getHypothesis() == h).findFirst().orElse(null);
    }

    static void assertRankingShows(HypothesesView view, AchMatrix expected) {
        Table ranking = view.rankingTable();
        assertEquals(expected.ranking().size(), ranking.getItemCount());
        for (int i = 0; i < expected.ranking().size(); i++) {
            AchMatrix.Ranked r = expected.ranking().get(i);
            assertEquals(Integer.toString(r.rank()), ranking.getItem(i).getText(0));
            assertEquals(r.hypothesis().getLabel(), ranking.getItem(i).getText(1));
            assertEquals(r.inconsistency(), Double.parseDouble(ranking.getItem(i).getText(2)), 1e-9);
        }
    }

    @Test
    void anEditWhileTheAnalysisRunsIsShownNotLost() {
        Corpus corpus = TestCorpora.sample();
        HypothesesView view = Workbench.show(AnalysisViews.HYPOTHESES, HypothesesView.class, corpus);
        view.refreshNow(); // a job reading the corpus, as after an edit
        assertTrue(view.isComputing());
        view.addHypothesis("H1: Deterrence holds"); // an edit while it reads: that run's result is dropped
        Workbench.settle(view);
        assertEquals(1, view.matrix().hypotheses().size(), "the view shows the corpus after the edit");
        assertEquals("H1: Deterrence holds", view.matrixViewer().getTable().getColumn(1).getText());
    }
}
