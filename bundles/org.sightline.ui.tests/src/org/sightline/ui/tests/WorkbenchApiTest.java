package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Claim;
import org.sightline.model.ReviewStatus;
import org.sightline.testing.SampleArticle;
import org.sightline.ui.api.SelectionProvider;
import org.sightline.ui.api.SessionTracker;
import org.sightline.ui.api.SightlineWorkbench;
import org.sightline.ui.internal.ActorsView;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/** The shared workbench API of org.sightline.ui.api, as a third-party view uses it, in the running workbench. */
class WorkbenchApiTest {

    @TempDir
    Path dir;
    private SessionTracker tracker;

    @AfterEach
    void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
    }

    @Test
    void theTrackerFollowsTheOpenSessionAndItsChangesUntilDisposed() throws Exception {
        Session first = Ui.open(new SampleArticle().corpus, dir.resolve("first.sightline"));
        List<Session> opened = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        tracker = new SessionTracker(opened::add, (s, affected) -> changes.add(s.name() + (affected.isEmpty() ? " saved" : " changed")));
        assertEquals(List.of(first), opened, "told of the session open now, at once");
        assertSame(first, tracker.session());

        Claim claim = first.corpus().getClaims().get(0);
        first.execute(new Edit.SetFeature(claim.getId(), "status", "CONFIRMED"));
        first.undo();
        first.save();
        assertEquals(List.of("first changed", "first changed", "first saved"), changes);

        Session second = Ui.open(new SampleArticle().corpus, dir.resolve("second.sightline"));
        assertEquals(List.of(first, second), opened);
        assertSame(second, tracker.session());
        assertTrue(first.isClosed(), "opening another workspace closes the first");
        second.execute(new Edit.SetFeature(second.corpus().getClaims().get(0).getId(), "status", "REJECTED"));
        assertEquals("second changed", changes.get(changes.size() - 1));

        tracker.dispose();
        int heard = changes.size();
        second.undo();
        Ui.open(new SampleArticle().corpus, dir.resolve("third.sightline"));
        assertEquals(heard, changes.size(), "a disposed tracker hears nothing more");
        assertEquals(2, opened.size());
        assertNull(tracker.session());
    }

    @Test
    void selectionListenersHearAtOncePostSelectionListenersOnceTheSelectionRests() {
        SelectionProvider provider = new SelectionProvider();
        List<ISelection> now = new ArrayList<>();
        List<ISelection> posted = new ArrayList<>();
        provider.addSelectionChangedListener(e -> now.add(e.getSelection()));
        provider.addPostSelectionChangedListener(e -> posted.add(e.getSelection()));
        StructuredSelection a = new StructuredSelection("a");
        StructuredSelection b = new StructuredSelection("b");
        provider.fire(a);
        provider.fire(b); // arrowing on before the delay ends: only the last selection is posted
        assertEquals(List.of(a, b), now);
        assertEquals(List.of(), posted, "nothing posted before the selection rests");
        assertSame(b, provider.getSelection());
        Ui.spinUntil(() -> !posted.isEmpty(), 5000, "the post-selection");
        Ui.flush();
        assertEquals(List.of(b), posted);

        provider.setSelection(a); // no reveal function: recorded, not fired
        assertSame(a, provider.getSelection());
        assertEquals(2, now.size());
        List<ISelection> revealed = new ArrayList<>();
        SelectionProvider showing = new SelectionProvider(revealed::add);
        showing.setSelection(b);
        assertEquals(List.of(b), revealed, "a view with a reveal function is asked to show the selection");
    }

    @Test
    void everyViewsUndoAndRedoWorkOnTheOneHistoryLabelledWithTheEdit() throws Exception {
        Session session = Ui.open(new SampleArticle().corpus, dir.resolve("undo.sightline"));
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        IActionBars bars = actors.getViewSite().getActionBars();
        IAction undo = bars.getGlobalActionHandler(ActionFactory.UNDO.getId());
        IAction redo = bars.getGlobalActionHandler(ActionFactory.REDO.getId());
        assertTrue(!undo.isEnabled() && !redo.isEnabled(), "nothing to undo in a workspace just opened");

        Claim claim = session.corpus().getClaims().get(0);
        session.execute(new Edit.SetFeature("Confirm claim", claim.getId(), "status", List.of("CONFIRMED")));
        assertTrue(undo.isEnabled());
        assertEquals("&Undo Confirm claim", undo.getText());
        undo.run();
        assertEquals(ReviewStatus.EXTRACTED, claim.getStatus());
        assertEquals("&Redo Confirm claim", redo.getText());
        redo.run();
        assertEquals(ReviewStatus.CONFIRMED, claim.getStatus());
        assertSame(SightlineWorkbench.session(), session);
    }
}
