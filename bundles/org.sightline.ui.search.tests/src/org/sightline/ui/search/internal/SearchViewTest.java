package org.sightline.ui.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
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
import org.sightline.testing.ui.EventLoop;
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
        SearchView view = openStatements();
        IWorkbenchPage page = view.getSite().getPage();
        assertTrue(Files.isDirectory(SearchIndex.folderOf(session.file().orElseThrow())), "the index lives beside the workspace");

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

    /**
     * Typing on while a query runs: the newer query cancels the older one, and only the newer result is shown. The
     * older job is held at its start (a job listener blocks its worker thread) until the newer query has been typed
     * into the real text box, so the older query is running, not merely waiting, when the newer one arrives.
     */
    @Test
    void aNewerQueryCancelsTheOneStillRunning() throws Exception {
        SearchView view = openStatements();

        CountDownLatch newerTyped = new CountDownLatch(1);
        Map<String, IStatus> results = new ConcurrentHashMap<>();
        Set<String> started = ConcurrentHashMap.newKeySet();
        IJobChangeListener listener = new JobChangeAdapter() {
            @Override
            public void running(IJobChangeEvent event) {
                String name = event.getJob().getName();
                started.add(name);
                if (name.equals("Search: missile")) {
                    try {
                        // Safety net only (the test releases it at once): a broken view must not hang the build.
                        newerTyped.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void done(IJobChangeEvent event) {
                results.put(event.getJob().getName(), event.getResult());
            }
        };
        Job.getJobManager().addJobChangeListener(listener);
        try {
            view.queryBox().setText("missile"); // fires Modify, as typing does
            spinUntil(() -> started.contains("Search: missile"), "the first query's job is running");
            view.queryBox().setText("type:denial");
            newerTyped.countDown();
            spinUntil(() -> results.containsKey("Search: missile") && results.containsKey("Search: type:denial"), "both jobs ended");
            spinUntil(() -> view.statusText().equals("1 hit"), "the newer query's result: " + view.statusText());
        } finally {
            newerTyped.countDown();
            Job.getJobManager().removeJobChangeListener(listener);
        }
        assertEquals(IStatus.CANCEL, results.get("Search: missile").getSeverity(), "the older query was cancelled");
        assertEquals(IStatus.OK, results.get("Search: type:denial").getSeverity());
        flush();
        assertEquals("1 hit", view.statusText(), "the older query's 4 hits never replace the newer result");
        assertEquals(1, view.hitTable().getItemCount());
        assertEquals("denied", ((Claim) view.hitTable().getItem(0).getData()).getCue());
    }

    /** Opens the statements as the workbench's workspace and shows the Search view once its index is filled. */
    /** A workspace opened in stages: until its claims are read the hits in documents show, then all of them. */
    @Test
    void whileAWorkspaceIsReadInStagesTheDocumentHitsShowThenAllOfThem() throws Exception {
        SearchView view = openStatements();
        Path file = session.file().orElseThrow();
        SessionService.get().setCurrent(Session.create("empty", dir.resolve("recovery"))); // closes it: the file is free
        Session staged = Session.openStaged(file, dir.resolve("recovery"));
        SessionService.get().setCurrent(staged);
        session = staged;
        spinUntil(() -> view.follower() != null && view.follower().index() != null, "the index of the staged session is open");
        type(view, "missile");
        spinUntil(() -> view.hitTable().getItemCount() == 2, "the 2 documents' hits while the claims are read: " + view.statusText());
        assertEquals("4 hits; the hits in claims and actors show once they are read", view.statusText());
        assertTrue(staged.isLoading(), "showing the hits did not ask for the whole corpus");

        staged.readRest();
        staged.finishLoading();
        spinUntil(() -> view.hitTable().getItemCount() == 4, "all 4 hits once the claims are in: " + view.statusText());
        assertEquals("4 hits", view.statusText());
    }

    private SearchView openStatements() throws Exception {
        Path file = dir.resolve("statements.sightline");
        WorkspaceStore.save(statements(), file);
        session = Session.open(file, dir.resolve("recovery"));
        SessionService.get().setCurrent(session);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        SearchView view = (SearchView) page.showView(SearchView.ID);
        // the index is set when opened, before the first job fills it; that job then tells the view, which runs its
        // query again: wait for the job and deliver its news, so that no re-run lands in the middle of a test
        spinUntil(() -> view.follower() != null && view.follower().index() != null
                && java.util.Arrays.stream(Job.getJobManager().find(null)).noneMatch(j -> j.getName().startsWith("Indexing ")),
                "the index is opened and filled");
        flush();
        return view;
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
        EventLoop.spinUntil(condition, 60_000, what);
    }

    private static void flush() {
        EventLoop.flush();
    }
}
