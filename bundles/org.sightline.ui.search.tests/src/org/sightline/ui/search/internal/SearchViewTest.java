package org.sightline.ui.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.search.api.SearchIndex;
import org.sightline.ui.internal.ClaimsView;
import org.sightline.ui.internal.DocumentView;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/**
 * The Search view in the running workbench, driven through its widgets: typing a query, a facet click, opening a hit
 * (the Document view shows it, the claim selected), Show in Claims, and the index following an edit and its undo.
 */
class SearchViewTest {

    @TempDir
    Path dir;

    private Session session;

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.close();
        }
    }

    /** Two short statements written for this test, with their claims marked by hand. */
    private static Corpus statements() {
        CorpusBuilder b = new CorpusBuilder("statements");
        Document navy = b.document("navy.txt", "Navy statement on the strait",
                "The navy said it will keep two destroyers in the strait through March. Officials warned that a missile test could follow.",
                "Harbour Times", LocalDate.of(2026, 3, 2), "en");
        Document ministry = b.document("ministry.txt", "Ministry denies test",
                "The foreign ministry denied that a missile was launched on Sunday.", "Capital Post", LocalDate.of(2026, 4, 9), "en");
        Actor navyActor = b.actor("the navy", ActorKind.MILITARY, null);
        Actor officials = b.actor("officials", ActorKind.GROUP, null);
        Actor foreign = b.actor("foreign ministry", ActorKind.GOVERNMENT_BODY, null);
        b.mention(navyActor, navy, "navy", 0);
        b.mention(foreign, ministry, "foreign ministry", 0);
        b.claim(navy).source(navyActor, "The navy", 0).cue("said").content("it will keep two destroyers in the strait through March")
                .type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).build();
        b.claim(navy).source(officials, "Officials", 0).cue("warned").content("a missile test could follow").type(ClaimType.WARNING)
                .modality(Modality.POSSIBLE).build();
        b.claim(ministry).source(foreign, "The foreign ministry", 0).cue("denied").content("a missile was launched on Sunday")
                .type(ClaimType.DENIAL).modality(Modality.ASSERTED).build();
        return b.corpus();
    }

    @Test
    void searchFacetsOpenShowInClaimsAndFollowEdits() throws Exception {
        Path file = dir.resolve("statements.sightline");
        WorkspaceStore.save(statements(), file);
        session = Session.open(file, dir.resolve("recovery"));
        SessionService.get().setCurrent(session);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        SearchView view = (SearchView) page.showView(SearchView.ID);
        spinUntil(() -> view.follower() != null && view.follower().index() != null, "the index is opened and filled");
        assertTrue(Files.isDirectory(SearchIndex.folderOf(file)), "the index lives beside the workspace");

        type(view, "missile");
        spinUntil(() -> view.hitTable().getItemCount() == 4, "4 hits for 'missile' (2 documents, 2 claims): " + view.statusText());
        assertEquals("4 hits", view.statusText());
        List<String> snippets = new ArrayList<>();
        for (var item : view.hitTable().getItems()) {
            snippets.add(view.hitOf(item.getData()).snippet().marked("[", "]"));
        }
        assertTrue(snippets.contains("a [missile] test could follow"), snippets.toString());

        TreeItem denial = facetValue(view, "type", "DENIAL");
        assertEquals("DENIAL (1)", denial.getText());
        Event click = new Event();
        click.item = denial;
        view.facetTree().notifyListeners(SWT.Selection, click);
        spinUntil(() -> view.hitTable().getItemCount() == 1, "the facet narrows to the denial");
        Object hit = view.hitTable().getItem(0).getData();
        Claim claim = (Claim) hit;
        assertEquals("denied", claim.getCue());

        // Opening the hit: the Document view comes up and the claim is the selection it shows.
        view.hitTable().setSelection(0);
        view.hitTable().notifyListeners(SWT.Selection, new Event());
        view.hitTable().notifyListeners(SWT.DefaultSelection, new Event());
        flush();
        assertNotNull(page.findView(SearchView.DOCUMENT_VIEW));
        assertTrue(page.isPartVisible(page.findView(SearchView.DOCUMENT_VIEW)), "the Document view shows the hit");
        assertEquals(List.of(claim), ((IStructuredSelection) page.getSelection(SearchView.ID)).toList());
        DocumentView documentView = (DocumentView) page.findView(SearchView.DOCUMENT_VIEW);
        assertEquals(claim.getDocument(), documentView.document());
        assertEquals(claim, documentView.highlighted(), "the claim's evidence is highlighted");
        assertNotNull(documentView.styleAt(claim.getContentSpan().getBegin()), "the content span is drawn marked");

        // The facet lifted again, Show in Claims narrows the Claims view to the two missile claims.
        TreeItem chosen = facetValue(view, "type", "DENIAL");
        assertEquals("\u2713 DENIAL (1)", chosen.getText(), "the chosen value is marked");
        Event again = new Event();
        again.item = chosen;
        view.facetTree().notifyListeners(SWT.Selection, again);
        spinUntil(() -> view.hitTable().getItemCount() == 4, "the facet is lifted");
        view.showInClaims();
        flush();
        ClaimsView claims = (ClaimsView) page.findView(ClaimsView.ID);
        Set<String> narrowed = claims.rows().filter().claims().stream().map(Claim::getContent).collect(Collectors.toSet());
        assertEquals(Set.of("a missile test could follow", "a missile was launched on Sunday"), narrowed);

        screenshot(page, view);

        // An edit reaches the index at once; its undo takes it out again.
        type(view, "status:confirmed");
        spinUntil(() -> view.statusText().equals("0 hits"), "nothing confirmed yet");
        session.execute(new Edit.SetFeature("Confirm claim", claim.getId(), "status", List.of("CONFIRMED")));
        spinUntil(() -> view.hitTable().getItemCount() == 1, "the confirmed claim is found");
        session.undo();
        spinUntil(() -> view.statusText().equals("0 hits"), "after undo it is not");

        type(view, "type:(warning");
        spinUntil(() -> view.statusText().startsWith("bad query: Cannot parse"), "a bad query is named: " + view.statusText());
    }

    private static TreeItem facetValue(SearchView view, String facet, String value) {
        for (TreeItem dim : view.facetTree().getItems()) {
            if (dim.getText().startsWith(facet)) {
                for (TreeItem v : dim.getItems()) {
                    if (v.getData() instanceof String[] f && f[1].equals(value)) {
                        return v;
                    }
                }
            }
        }
        throw new AssertionError("no facet value " + facet + "=" + value);
    }

    private static void type(SearchView view, String text) {
        view.queryBox().setText(text); // fires Modify, as typing does
        flush();
    }

    private static void spinUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** The view as docs/user-guide.md shows it, when the build asks for screenshots (sightline.docs.images). */
    private static void screenshot(IWorkbenchPage page, SearchView view) throws Exception {
        String folder = System.getProperty("sightline.docs.images");
        if (folder == null || folder.isBlank()) {
            return;
        }
        // Maximized, as an analyst would look at it.
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        flush();
        Control control = view.hitTable().getParent().getParent();
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            control.print(gc);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(Path.of(folder));
            try (var out = Files.newOutputStream(Path.of(folder, "search-view.png"))) {
                loader.save(out, SWT.IMAGE_PNG);
            }
        } finally {
            gc.dispose();
            image.dispose();
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
            flush();
        }
    }
}
