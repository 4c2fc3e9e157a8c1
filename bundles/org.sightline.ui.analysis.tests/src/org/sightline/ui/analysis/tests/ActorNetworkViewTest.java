package org.sightline.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.analysis.api.ActorNetwork;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.SightlinePackage;
import org.sightline.ui.analysis.api.AnalysisViews;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.analysis.internal.ActorNetworkView;
import org.sightline.ui.analysis.internal.CommitmentsView;
import org.w3c.dom.NodeList;

/** The actor network view on the extracted sample article, in the running workbench. */
class ActorNetworkViewTest {

    @Test
    void drawsEveryActorAndEdgeOfTheAnalysis() throws Exception {
        Corpus corpus = TestCorpora.sample();
        ActorNetworkView view = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        ActorNetwork expected = new ActorNetworkAnalysis().analyze(corpus);
        assertTrue(expected.nodes().size() >= 5, "the extractors find the article's actors: " + expected.nodes().size());
        assertTrue(expected.edges().size() >= 3, "and claims between them: " + expected.edges().size());

        ActorNetwork shown = view.network();
        assertEquals(expected.nodes().size(), shown.nodes().size());
        assertEquals(expected.edges().stream().map(ActorNetwork.Edge::id).toList(), shown.edges().stream().map(ActorNetwork.Edge::id).toList());
        for (Actor actor : corpus.getActors()) {
            Point p = view.canvasPoint(actor);
            assertNotNull(p, actor.getName() + " is drawn");
            assertTrue(view.canvas().getClientArea().contains(p), actor.getName() + " is inside the canvas after Fit: " + p);
        }
        String status = view.statusText();
        assertTrue(status.startsWith(expected.nodes().size() + " actors, " + expected.edges().size() + " edges"), status);
    }

    @Test
    void clickingANodeSelectsItsActor() {
        Corpus corpus = TestCorpora.sample();
        ActorNetworkView view = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        Actor speaker = mostActiveSpeaker(view.network());
        try (Workbench.Selections seen = new Workbench.Selections()) {
            Workbench.page().activate(view);
            Workbench.click(view.canvas(), view.canvasPoint(speaker));
            IStructuredSelection s = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
            assertEquals(1, s.size());
            assertSame(speaker, s.getFirstElement());
            assertTrue(seen.selections.stream().anyMatch(x -> x instanceof IStructuredSelection ss && ss.getFirstElement() == speaker),
                    "the page reported the actor to the other views");
            assertEquals(Set.of(speaker), view.highlighted());
        }
    }

    @Test
    void highlightsTheActorSelectedInTheActorsView() {
        Corpus corpus = TestCorpora.sample();
        ActorNetworkView network = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        Actor speaker = mostActiveSpeaker(network.network());
        // The workbench's Actors view (org.sightline.ui), driven through its public selection provider.
        IViewPart actors = Workbench.show("org.sightline.ui.views.actors", IViewPart.class);
        actors.getSite().getSelectionProvider().setSelection(new StructuredSelection(speaker));
        Workbench.spinUntil(() -> !network.highlighted().isEmpty(), 5000, "the network hears the selection once it rests");
        assertEquals(Set.of(speaker), network.highlighted());
    }

    @Test
    void highlightsAnActorSelectedInAnotherView() {
        Corpus corpus = TestCorpora.sample();
        ActorNetworkView network = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        CommitmentsView matrix = Workbench.show(AnalysisViews.COMMITMENTS, CommitmentsView.class, corpus);
        assertSame(network.session(), matrix.session(), "both views edit the one open workspace");
        Actor speaker = mostActiveSpeaker(network.network());
        int row = rowOf(matrix, speaker);
        // Click the actor's name in the Commitments view: the network outlines the actor.
        Workbench.click(matrix.table(), centre(matrix.table().getItem(row).getBounds(0)));
        assertTrue(network.highlighted().isEmpty(), "an expensive view waits for the selection to rest (post-selection)");
        Workbench.spinUntil(() -> !network.highlighted().isEmpty(), 5000, "the network hears the selection once it rests");
        assertEquals(Set.of(speaker), network.highlighted());

        // A claim selected elsewhere outlines its speaker and the actors it is about.
        Claim claim = corpus.getClaims().stream().filter(c -> c.getSource() == speaker && !c.getTargets().isEmpty()).findFirst().orElseThrow();
        Workbench.click(matrix.table(), centre(matrix.table().getItem(row).getBounds(1 + claim.getType().getValue())));
        assertSame(matrix, Workbench.page().getActivePart(), "the cell's claims are shown in the Claims view, which does not take focus");
        Workbench.spinUntil(() -> !network.highlighted().equals(Set.of(speaker)), 5000, "the network hears the cell's claims");
        Set<Actor> expected = new HashSet<>();
        for (Claim c : matrix.selectedCell().claims()) {
            expected.add(c.getSource());
            expected.addAll(c.getTargets());
        }
        assertEquals(expected, new HashSet<>(network.highlighted()));
    }

    @Test
    void exportsPngAndEscapedSvgOfTheLaidOutNetwork(@TempDir Path dir) throws Exception {
        Corpus corpus = TestCorpora.sample();
        ActorNetworkView view = Workbench.show(AnalysisViews.NETWORK, ActorNetworkView.class, corpus);
        // A name with every XML markup character must not break the SVG.
        Actor renamed = mostActiveSpeaker(view.network());
        view.session().execute(new Edit.SetFeature(renamed.getId(), SightlinePackage.Literals.ACTOR__NAME.getName(),
                "Officials <\"R&D\"> 'Seoul'"));
        Workbench.spinUntil(() -> !view.isStale(), 5000, "the view refreshes after the rename");

        Path png = dir.resolve("network.png");
        view.exportPng(png);
        ImageData[] images = new ImageLoader().load(png.toString());
        assertEquals(1, images.length);
        assertTrue(images[0].width > 100 && images[0].height > 50, images[0].width + "x" + images[0].height);

        Path svg = dir.resolve("network.svg");
        view.exportSvg(svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("Officials &lt;&quot;R&amp;D&quot;&gt; &apos;Seoul&apos;"), "the name is escaped");
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        NodeList groups = doc.getElementsByTagName("g");
        int actors = 0;
        int edges = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element g = (org.w3c.dom.Element) groups.item(i);
            actors += g.hasAttribute("data-actor") ? 1 : 0;
            edges += g.hasAttribute("data-edge") ? 1 : 0;
        }
        assertEquals(view.network().nodes().size(), actors);
        assertEquals(view.network().edges().size(), edges);
    }

    static Actor mostActiveSpeaker(ActorNetwork network) {
        return network.nodes().stream().max((a, b) -> Integer.compare(a.claimsMade(), b.claimsMade())).orElseThrow().actor();
    }

    static int rowOf(CommitmentsView matrix, Actor actor) {
        for (int i = 0; i < matrix.matrix().rows().size(); i++) {
            if (matrix.matrix().rows().get(i).actor() == actor) {
                return i;
            }
        }
        throw new AssertionError(actor.getName() + " has no row");
    }

    static Point centre(org.eclipse.swt.graphics.Rectangle r) {
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }
}
