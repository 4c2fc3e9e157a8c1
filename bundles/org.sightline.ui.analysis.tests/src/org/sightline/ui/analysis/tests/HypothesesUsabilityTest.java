package org.sightline.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.ActorNetwork.Edge;
import org.sightline.analysis.api.ActorNetwork.EdgeKind;
import org.sightline.analysis.api.AchMatrix.Evidence;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Hypothesis;
import org.sightline.model.ReviewStatus;
import org.sightline.ui.analysis.api.AnalysisViews;
import org.sightline.ui.analysis.internal.ActorNetworkView;
import org.sightline.ui.analysis.internal.AnalysisHandlers;
import org.sightline.ui.analysis.internal.HypothesesView;

/** ACH usability (issue 19): removing evidence and hypotheses from the context menu, undoably; the rating legend. */
class HypothesesUsabilityTest {

    @Test
    void removeEvidenceFromTheContextMenuAndUndo() {
        Corpus corpus = TestCorpora.sample();
        HypothesesView view = Workbench.show(AnalysisViews.HYPOTHESES, HypothesesView.class, corpus);
        view.addHypothesis("H1: Deterrence holds");
        Workbench.settle(view);
        List<Claim> claims = corpus.getClaims().stream().filter(c -> c.getStatus() != ReviewStatus.REJECTED).limit(3).toList();
        assertTrue(view.drop(new StructuredSelection(claims)));
        Workbench.spinUntil(() -> !view.isStale() && view.matrix().evidence().size() == 3, 5000, "three rows");

        // Select the second row as a click does, then Remove Evidence on the context menu.
        Table table = view.matrixViewer().getTable();
        table.getItem(1).getText(0);
        view.matrixViewer().setSelection(new StructuredSelection(view.matrix().evidence().get(1)), true);
        Workbench.page().activate(view);
        Workbench.flush();
        clickMenuItem(table, "Remove Evidence");
        Workbench.spinUntil(() -> !view.isStale() && view.matrix().evidence().size() == 2, 5000, "two rows left");
        assertEquals(List.of(claims.get(0), claims.get(2)), view.matrix().evidence().stream().map(Evidence::claim).toList());
        assertTrue(corpus.getClaims().contains(claims.get(1)), "the claim itself stays in the workspace");
        assertEquals("Remove Evidence", view.session().undoLabel());

        Workbench.command("org.eclipse.ui.edit.undo");
        Workbench.spinUntil(() -> !view.isStale() && view.matrix().evidence().size() == 3, 5000, "undo brings the row back");
        assertEquals(claims, view.matrix().evidence().stream().map(Evidence::claim).toList());
    }

    @Test
    void removeTheHypothesisOfTheRightClickedColumnAndUndo() {
        Corpus corpus = TestCorpora.sample();
        HypothesesView view = Workbench.show(AnalysisViews.HYPOTHESES, HypothesesView.class, corpus);
        view.addHypothesis("H1: Deterrence holds");
        view.addHypothesis("H2: Deterrence weakens");
        Workbench.settle(view);
        Claim claim = corpus.getClaims().get(0);
        assertTrue(view.drop(new StructuredSelection(claim)));
        Workbench.spinUntil(() -> !view.isStale() && view.matrix().hypotheses().size() == 2 && view.matrix().evidence().size() == 1,
                5000, "two columns, one row");
        Hypothesis h2 = corpus.getHypotheses().get(1);
        HypothesesViewTest.editCell(view, 0, 2, Consistency.II);
        Workbench.settle(view);
        int assessments = corpus.getAssessments().size();

        // Right-click H2's cell, then Remove Hypothesis.
        Table table = view.matrixViewer().getTable();
        table.getItem(0).getText(0);
        Rectangle cell = table.getItem(0).getBounds(2);
        Event right = new Event();
        right.button = 3;
        right.x = cell.x + cell.width / 2;
        right.y = cell.y + cell.height / 2;
        table.notifyListeners(SWT.MouseDown, right);
        Workbench.page().activate(view);
        Workbench.flush();
        clickMenuItem(table, "Remove Hypothesis");
        Workbench.spinUntil(() -> !view.isStale() && view.matrix().hypotheses().size() == 1, 5000, "one column left");
        assertEquals("H1: Deterrence holds", view.matrix().hypotheses().get(0).getLabel());
        assertEquals(2, table.getColumnCount(), "evidence + H1");
        assertTrue(corpus.getAssessments().stream().noneMatch(a -> a.getHypothesis() == h2), "its ratings went with it");
        assertEquals(assessments - 1, corpus.getAssessments().size());
        assertEquals("Remove Hypothesis", view.session().undoLabel());

        Workbench.command("org.eclipse.ui.edit.undo");
        Workbench.spinUntil(() -> !view.isStale() && view.matrix().hypotheses().size() == 2, 5000, "undo brings the column back");
        assertEquals(Consistency.II, HypothesesViewTest.assessment(corpus, claim, h2).getConsistency(), "with its rating");
    }

    @Test
    void theLegendExplainsEveryRatingOnItsCellColour() {
        Corpus corpus = TestCorpora.sample();
        HypothesesView view = Workbench.show(AnalysisViews.HYPOTHESES, HypothesesView.class, corpus);
        List<String> texts = view.legendTexts();
        for (Consistency c : Consistency.VALUES) {
            assertTrue(texts.contains(c.getLiteral()), c + " in " + texts);
            assertEquals(cellColour(c), view.legendColor(c.getLiteral()),
                    c + " is shown on its cell colour");
        }
        assertTrue(texts.contains("very inconsistent") && texts.contains("not rated yet"), texts.toString());
    }

    @Test
    void evidenceIsAddedFromClaimsSelectedInTheActorNetwork() {
        // Several publication dates: the Timeline stacked with the network draws a range (a one-day corpus makes
        // SWTChart's axis throw "min must be less than max" when the Timeline comes to the top of the stack).
        Corpus corpus = TestCorpora.pressReleases();
        HypothesesView ach = Workbench.show(AnalysisViews.HYPOTHESES, HypothesesView.class, corpus);
        ach.addHypothesis("H1: The US keeps its commitments");
        Workbench.settle(ach);
        ActorNetworkView network = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        Workbench.page().activate(network);
        Edge edge = network.network().edges().stream().filter(e -> e.kind() == EdgeKind.CLAIM && e.source() != e.target())
                .filter(e -> network.canvasPoint(e) != null && network.actorAt(network.canvasPoint(e)) == null).findFirst().orElseThrow();
        Point p = network.canvasPoint(edge);
        Workbench.click(network.canvas(), p);
        assertTrue(Workbench.commandEnabled(AnalysisHandlers.ADD_EVIDENCE), "Add to Hypotheses is enabled by the edge's claims");
        Workbench.command(AnalysisHandlers.ADD_EVIDENCE); // Claims > Add to Hypotheses, with the network active
        Workbench.spinUntil(() -> !ach.isStale() && ach.matrix().evidence().size() == edge.claims().size(), 5000,
                "the edge's " + edge.claims().size() + " claims are evidence");
        assertEquals(edge.claims(), ach.matrix().evidence().stream().map(Evidence::claim).toList());
    }

    private static org.eclipse.swt.graphics.RGB cellColour(Consistency c) {
        return switch (c) {
            case CC -> new org.eclipse.swt.graphics.RGB(0x8f, 0xd1, 0x8a);
            case C -> new org.eclipse.swt.graphics.RGB(0xd4, 0xee, 0xd1);
            case N -> null;
            case I -> new org.eclipse.swt.graphics.RGB(0xf8, 0xd0, 0xcd);
            case II -> new org.eclipse.swt.graphics.RGB(0xee, 0x8a, 0x84);
        };
    }

    /** Opens the table's context menu and chooses {@code text}, as the analyst does. */
    static void clickMenuItem(Table table, String text) {
        Menu popup = table.getMenu();
        popup.notifyListeners(SWT.Show, new Event());
        MenuItem item = Arrays.stream(popup.getItems()).filter(i -> i.getText().replace("&", "").equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in " + Arrays.stream(popup.getItems()).map(MenuItem::getText).toList()));
        assertTrue(item.isEnabled(), text + " is enabled");
        item.notifyListeners(SWT.Selection, new Event());
        popup.notifyListeners(SWT.Hide, new Event());
    }
}
