package org.sightline.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.ActorNetwork;
import org.sightline.analysis.api.ActorNetwork.Edge;
import org.sightline.analysis.api.ActorNetwork.EdgeKind;
import org.sightline.analysis.api.ActorNetwork.Node;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.edit.Labels;
import org.sightline.ui.analysis.api.AnalysisViews;
import org.sightline.ui.analysis.internal.ActorNetworkView;
import org.sightline.ui.analysis.internal.AnalysisHandlers;
import org.sightline.ui.internal.ClaimsView;
import org.sightline.ui.internal.SightlineUi;

/**
 * The actor network as an analyst uses it (issue 19): force layout, places kept across refreshes, dragging pins,
 * legend and filters, the neighbourhood of the selected actor, and clicking an edge. Everything through the view's
 * own controls and mouse events, on extracted sample documents.
 */
class NetworkLayoutAndFiltersTest {

    @Test
    void theForceLayoutIsTheDefaultAndRepeatsExactly() {
        Corpus corpus = TestCorpora.sample();
        ActorNetworkView view = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        assertEquals("Force", view.algorithmName());
        assertEquals("Force", view.algorithmCombo().getText());
        Map<Actor, double[]> first = positions(view);
        assertEquals(corpus.getActors().size(), first.size(), "every actor is drawn");

        // Layered is a choice; back to Force the seeded layout gives the very same drawing.
        choose(view.algorithmCombo(), "Layered");
        Workbench.settle(view);
        assertEquals("Layered", view.algorithmName());
        assertFalse(samePlaces(first, positions(view)), "the layered drawing differs");
        choose(view.algorithmCombo(), "Force");
        Workbench.settle(view);
        Map<Actor, double[]> again = positions(view);
        for (Actor a : first.keySet()) {
            assertArrayEquals(first.get(a), again.get(a), 1e-9, a.getName() + " is where the first force layout put it");
        }
    }

    @Test
    void actorsKeepTheirPlaceAcrossRefreshesAndReturningOnesArePlacedAroundThem() {
        Corpus corpus = TestCorpora.sample();
        ActorNetworkView view = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        Map<Actor, double[]> before = positions(view);
        Workbench.page().activate(view);
        Workbench.command(AnalysisHandlers.REFRESH); // F5
        Workbench.settle(view);
        assertTrue(samePlaces(before, positions(view)), "a refresh moves no actor");

        // Hide the less active actors, then show them again: the ones that stayed never move, the others come back
        // placed by the layout around them.
        // The second-highest count of claims as the minimum: at least two actors stay, the less active ones go.
        List<Integer> totals = view.network().nodes().stream().map(n -> n.claimsMade() + n.claimsAbout())
                .sorted(java.util.Comparator.reverseOrder()).toList();
        spin(view, totals.get(1));
        Map<Actor, double[]> filtered = positions(view);
        assertTrue(filtered.size() < before.size() && filtered.size() >= 2, filtered.size() + " of " + before.size());
        assertTrue(relativelySame(before, filtered), "hiding actors moves none of the others");
        spin(view, 0);
        Map<Actor, double[]> back = positions(view);
        assertEquals(before.size(), back.size());
        Map<Actor, double[]> stayed = new HashMap<>(back);
        stayed.keySet().retainAll(filtered.keySet());
        assertTrue(relativelySame(filtered, stayed), "the actors that stayed keep their places");
    }

    @Test
    void draggingAnActorMovesAndPinsItAndReLayoutKeepsPinnedOnes() {
        Corpus corpus = TestCorpora.sample();
        ActorNetworkView view = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        List<Actor> top = view.network().nodes().stream().sorted((a, b) -> Integer.compare(b.claimsMade(), a.claimsMade()))
                .map(Node::actor).limit(2).toList();
        Actor a = top.get(0);
        Actor b = top.get(1);
        drag(view, a, 40, 30);
        drag(view, b, -30, 40);
        assertTrue(view.isPinned(a) && view.isPinned(b), "dragged actors are pinned");
        double[] pa = view.modelPosition(a);
        double[] pb = view.modelPosition(b);
        Map<Actor, double[]> dragged = positions(view);

        Button relayout = button(view, "Re-layout");
        relayout.notifyListeners(SWT.Selection, new Event());
        Workbench.settle(view);
        double[] qa = view.modelPosition(a);
        double[] qb = view.modelPosition(b);
        assertEquals(pb[0] - pa[0], qb[0] - qa[0], 1e-6, "the pinned actors keep their places (x)");
        assertEquals(pb[1] - pa[1], qb[1] - qa[1], 1e-6, "the pinned actors keep their places (y)");
        assertTrue(view.isPinned(a) && view.isPinned(b), "still pinned after Re-layout");
        assertFalse(relativelySame(dragged, positions(view)), "Re-layout placed the unpinned actors afresh");

        button(view, "Unpin All").notifyListeners(SWT.Selection, new Event());
        assertFalse(view.isPinned(a) || view.isPinned(b));
    }

    @Test
    void theLegendNamesKindsAndTypesInThePaletteColoursAndFiltersThem() {
        Corpus corpus = TestCorpora.sample();
        ActorNetworkView view = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        for (ActorKind kind : ActorKind.VALUES) {
            Button check = view.kindCheck(kind);
            assertEquals(Labels.literal(kind), check.getText());
            assertEquals(org.sightline.ui.api.Palette.of(kind), check.getImage().getImageData().palette.getRGB(
                    check.getImage().getImageData().getPixel(5, 5)), "the swatch is the kind's colour");
        }
        // The kind of the most active speaker off: none of its kind is drawn.
        ActorKind kind = ActorNetworkViewTest.mostActiveSpeaker(view.network()).getKind();
        assertNotNull(kind);
        toggle(view.kindCheck(kind));
        Workbench.settle(view);
        assertTrue(view.network().nodes().stream().noneMatch(n -> n.actor().getKind() == kind));
        assertTrue(view.statusText().contains("hidden"), view.statusText());
        toggle(view.kindCheck(kind));
        Workbench.settle(view);
        assertEquals(corpus.getActors().size(), view.network().nodes().size());

        // A claim type off: no edge of that type, and the other edges are the analysis' own.
        ClaimType type = view.network().edges().stream().filter(e -> e.kind() == EdgeKind.CLAIM).findFirst().orElseThrow().claimType();
        toggle(view.typeCheck(type));
        Workbench.settle(view);
        assertTrue(view.network().edges().stream().noneMatch(e -> e.claimType() == type));
        ActorNetwork expected = new ActorNetworkAnalysis().analyze(corpus, c -> c.getType() != type);
        assertEquals(ids(expected.edges()), ids(view.network().edges()));
        toggle(view.typeCheck(type));
        Workbench.settle(view);

        // Minimum claims.
        spin(view, 2);
        assertFalse(view.network().nodes().isEmpty());
        assertTrue(view.network().nodes().stream().allMatch(n -> n.claimsMade() + n.claimsAbout() >= 2));
        spin(view, 0);

        // Hide isolated: exactly the actors with an edge to another actor remain.
        ActorNetwork all = new ActorNetworkAnalysis().analyze(corpus);
        Set<Actor> linked = new HashSet<>();
        for (Edge e : all.edges()) {
            if (e.source() != e.target()) {
                linked.add(e.source());
                linked.add(e.target());
            }
        }
        assertTrue(linked.size() < all.nodes().size(), "the sample has isolated actors");
        toggle(view.hideIsolatedCheck());
        Workbench.settle(view);
        assertEquals(linked, Set.copyOf(view.network().nodes().stream().map(Node::actor).toList()));
    }

    @Test
    void aDateRangeCountsOnlyClaimsOfDocumentsPublishedInIt() {
        Corpus corpus = TestCorpora.pressReleases();
        ActorNetworkView view = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        LocalDate day = TestCorpora.FOLLOW_UP_DATE;
        view.fromText().setText(day.toString());
        view.fromText().notifyListeners(SWT.DefaultSelection, new Event());
        view.toText().setText(day.toString());
        view.toText().notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.settle(view);
        List<Claim> shown = view.network().edges().stream().flatMap(e -> e.claims().stream()).toList();
        assertFalse(shown.isEmpty(), "the follow-up has claims between actors");
        for (Claim c : shown) {
            assertEquals(day, c.getDocument().getPublished(), c.getId());
        }
        assertTrue(shown.size() < new ActorNetworkAnalysis().analyze(corpus).edges().stream().mapToInt(e -> e.claims().size()).sum());

        view.toText().setText("2016-13-45");
        view.toText().notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue(view.getContentDescription().contains("2016-13-45"), "a bad date is named: " + view.getContentDescription());
    }

    @Test
    void theNeighbourhoodOfTheSelectedActorIsOneOrTwoSteps() {
        Corpus corpus = TestCorpora.pressReleases();
        ActorNetworkView view = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        ActorNetwork all = view.network();
        Actor centre = ActorNetworkViewTest.mostActiveSpeaker(all);
        Workbench.page().activate(view);
        Workbench.click(view.canvas(), view.canvasPoint(centre));
        choose(view.neighbourhoodCombo(), "Selected actor + 1 step");
        Workbench.settle(view);
        Set<Actor> one = neighbours(all, Set.of(centre));
        assertEquals(one, actors(view.network()));
        assertTrue(one.size() > 1 && one.size() < all.nodes().size(), one.size() + " of " + all.nodes().size());
        choose(view.neighbourhoodCombo(), "Selected actor + 2 steps");
        Workbench.settle(view);
        Set<Actor> two = neighbours(all, one);
        assertEquals(two, actors(view.network()));
        assertTrue(two.size() >= one.size());
        // A click on another actor of the neighbourhood re-centres it there.
        Actor next = one.stream().filter(a -> a != centre && view.canvasPoint(a) != null).findFirst().orElseThrow();
        choose(view.neighbourhoodCombo(), "Selected actor + 1 step");
        Workbench.settle(view);
        Workbench.click(view.canvas(), view.canvasPoint(next));
        Workbench.settle(view);
        assertEquals(neighbours(all, Set.of(next)), actors(view.network()), "the neighbourhood of " + next.getName());
        choose(view.neighbourhoodCombo(), "All actors");
        Workbench.settle(view);
        assertEquals(all.nodes().size(), view.network().nodes().size());
    }

    @Test
    void clickingAnEdgeListsItsClaimsInTheClaimsView() {
        Corpus corpus = TestCorpora.sample();
        ActorNetworkView view = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        ClaimsView claims = Workbench.show(SightlineUi.CLAIMS_VIEW, ClaimsView.class);
        Workbench.page().activate(view);
        // The busiest edge whose middle is not under an actor's box (a click there picks the actor).
        Edge edge = view.network().edges().stream().filter(e -> e.kind() == EdgeKind.CLAIM && e.source() != e.target())
                .filter(e -> view.canvasPoint(e) != null && view.actorAt(view.canvasPoint(e)) == null)
                .max((x, y) -> Integer.compare(x.claims().size(), y.claims().size())).orElseThrow();
        Point p = view.canvasPoint(edge);
        Workbench.click(view.canvas(), p);
        assertSame(edge, view.selectedEdge(), "the click picked the edge " + edge.id());
        IStructuredSelection s = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
        assertEquals(edge.claims(), s.toList(), "the edge's claims are the view's selection");
        Workbench.spinUntil(() -> claims.rows().size() == edge.claims().size(), 5000,
                "the Claims view lists the edge's " + edge.claims().size() + " claims, not " + claims.rows().size());
        for (int i = 0; i < claims.rows().size(); i++) {
            assertTrue(edge.claims().contains(claims.rows().row(i)));
        }
        // A click on the empty background selects no edge.
        Workbench.click(view.canvas(), new Point(1, 1));
        assertNull(view.selectedEdge());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static Map<Actor, double[]> positions(ActorNetworkView view) {
        Map<Actor, double[]> out = new HashMap<>();
        for (Node n : view.network().nodes()) {
            double[] p = view.modelPosition(n.actor());
            if (p != null) {
                out.put(n.actor(), p);
            }
        }
        return out;
    }

    static boolean samePlaces(Map<Actor, double[]> a, Map<Actor, double[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Actor x : a.keySet()) {
            if (Math.abs(a.get(x)[0] - b.get(x)[0]) > 1e-6 || Math.abs(a.get(x)[1] - b.get(x)[1]) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    /** Whether the actors of {@code b} are placed as in {@code a} up to one shift of the whole drawing. */
    static boolean relativelySame(Map<Actor, double[]> a, Map<Actor, double[]> b) {
        Actor ref = null;
        for (Actor x : b.keySet()) {
            if (!a.containsKey(x)) {
                return false;
            }
            ref = ref == null ? x : ref;
        }
        if (ref == null) {
            return true;
        }
        double dx = b.get(ref)[0] - a.get(ref)[0];
        double dy = b.get(ref)[1] - a.get(ref)[1];
        for (Actor x : b.keySet()) {
            if (Math.abs(b.get(x)[0] - a.get(x)[0] - dx) > 1e-6 || Math.abs(b.get(x)[1] - a.get(x)[1] - dy) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    static void drag(ActorNetworkView view, Actor actor, int dx, int dy) {
        Point p = view.canvasPoint(actor);
        double[] before = view.modelPosition(actor);
        double[] other = otherPosition(view, actor);
        Control c = view.canvas();
        mouse(c, SWT.MouseDown, p.x, p.y);
        mouse(c, SWT.MouseMove, p.x + dx / 2, p.y + dy / 2);
        mouse(c, SWT.MouseMove, p.x + dx, p.y + dy);
        mouse(c, SWT.MouseUp, p.x + dx, p.y + dy);
        Workbench.flush();
        double[] after = view.modelPosition(actor);
        double[] otherAfter = otherPosition(view, actor);
        assertNotEquals(before[0], after[0], actor.getName() + " moved");
        assertArrayEquals(other, otherAfter, 1e-9, "the other actors did not move");
    }

    private static double[] otherPosition(ActorNetworkView view, Actor not) {
        Actor other = view.network().nodes().stream().map(Node::actor).filter(a -> a != not).findFirst().orElseThrow();
        return view.modelPosition(other);
    }

    static void mouse(Control c, int type, int x, int y) {
        Event e = new Event();
        e.button = 1;
        e.x = x;
        e.y = y;
        if (type == SWT.MouseMove) {
            e.stateMask = SWT.BUTTON1;
        }
        c.notifyListeners(type, e);
    }

    static void choose(Combo combo, String item) {
        int i = java.util.Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(i >= 0, item + " in " + java.util.Arrays.toString(combo.getItems()));
        combo.select(i);
        combo.notifyListeners(SWT.Selection, new Event());
        Workbench.flush();
    }

    static void toggle(Button check) {
        check.setSelection(!check.getSelection());
        check.notifyListeners(SWT.Selection, new Event());
        Workbench.flush();
    }

    static void spin(ActorNetworkView view, int value) {
        view.minClaimsSpinner().setSelection(value);
        view.minClaimsSpinner().notifyListeners(SWT.Selection, new Event());
        Workbench.settle(view);
    }

    static Button button(ActorNetworkView view, String text) {
        return find(view.canvas().getParent(), text);
    }

    private static Button find(org.eclipse.swt.widgets.Composite parent, String text) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Button b && text.equals(b.getText())) {
                return b;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite inner) {
                Button b = find(inner, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    static List<String> ids(List<Edge> edges) {
        return edges.stream().map(Edge::id).toList();
    }

    static Set<Actor> actors(ActorNetwork network) {
        return Set.copyOf(network.nodes().stream().map(Node::actor).toList());
    }

    /** {@code from} and the actors one edge (either way) from it. */
    static Set<Actor> neighbours(ActorNetwork network, Set<Actor> from) {
        Set<Actor> out = new HashSet<>(from);
        for (Edge e : network.edges()) {
            if (from.contains(e.source())) {
                out.add(e.target());
            }
            if (from.contains(e.target())) {
                out.add(e.source());
            }
        }
        return out;
    }
}
