package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.eclipse.jface.viewers.StructuredSelection;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Document;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.Mention;
import org.sightline.testing.SampleArticle;
import org.sightline.model.Claim;
import org.sightline.ui.internal.ActorsView;
import org.sightline.ui.internal.ClaimsView;
import org.sightline.ui.internal.DocumentView;
import org.sightline.ui.internal.CorpusCounts;
import org.sightline.ui.internal.DocumentsView;
import org.sightline.ui.internal.OpenJob;
import org.sightline.ui.internal.SessionCounts;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/**
 * The counts of the Documents view (actors and claims per document) and the Actors view (claims per
 * actor), which are counted in a job off the UI thread: right after a workspace is opened through
 * the open job, and after an edit that changes them, its undo and its redo. Each expected count is
 * counted again here from the corpus as it is at that moment.
 */
class ViewCountsTest {

    @TempDir
    Path dir;
    private SampleArticle sample;

    @BeforeEach
    void openSample() throws Exception {
        sample = new SampleArticle();
        Ui.page().resetPerspective();
    }

    @AfterEach
    void discard() {
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot()));
        Ui.flush();
    }

    @Test
    void theViewsShowTheCountsOfAWorkspaceOpenedByTheOpenJob() throws Exception {
        Path file = dir.resolve("pentagon.sightline");
        Ui.open(sample.corpus, file); // saved; the session opened below reads it from the file
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot()));
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);

        new OpenJob(file, null).schedule();
        Ui.spinUntil(() -> SessionService.get().current().file().filter(file.toAbsolutePath().normalize()::equals).isPresent(), 60_000,
                "the workspace is open");
        Session session = SessionService.get().current();
        Ui.countsReady();

        assertEquals(List.of("12", "20"), List.of(documents.table().getItem(0).getText(3), documents.table().getItem(0).getText(4)),
                "12 actors are mentioned in the sample and it holds 20 claims");
        for (Actor a : session.corpus().getActors()) {
            assertEquals(Integer.toString(claimsBy(a, session)), claimsCell(actors, a.getName()), "claims of " + a.getName());
        }
    }

    /**
     * A workspace opened in stages, as the open job does it: the views show the documents while the rest is read, and
     * none of them asks for the whole corpus (which would read and add the rest on the UI thread); then the rest comes
     * in and they fill in, as after an edit.
     */
    @Test
    void aWorkspaceOpenedInStagesShowsItsDocumentsFirstAndTheRestWhenItIsIn() throws Exception {
        Path file = dir.resolve("pentagon.sightline");
        Ui.open(sample.corpus, file);
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot()));
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        DocumentView document = Ui.show(DocumentView.ID, DocumentView.class);

        Session session = Session.openStaged(file, SessionService.recoveryRoot());
        SessionService.get().setCurrent(session);
        Ui.flush();
        assertTrue(session.isLoading(), "no view asked for the whole corpus");
        assertEquals("1 document", documents.getContentDescription());
        assertEquals(List.of(SessionCounts.COUNTING, SessionCounts.COUNTING),
                List.of(documents.table().getItem(0).getText(3), documents.table().getItem(0).getText(4)), "not counted before the rest is in");
        assertEquals(sample.text, document.getTextWidget().getText(), "the document's text is shown");
        assertEquals("Reading actors\u2026", actors.getContentDescription());
        assertEquals(0, actors.viewer().getTree().getItemCount());
        assertEquals("Reading claims\u2026", claims.countText());

        session.readRest(); // the open job's second stage, then its step on the UI thread
        session.finishLoading();
        Ui.countsReady();
        assertEquals(List.of("12", "20"), List.of(documents.table().getItem(0).getText(3), documents.table().getItem(0).getText(4)));
        assertEquals("", actors.getContentDescription());
        for (Actor a : session.corpus().getActors()) {
            assertEquals(Integer.toString(claimsBy(a, session)), claimsCell(actors, a.getName()), "claims of " + a.getName());
        }
        assertEquals("20 claims", claims.countText());
        Claim first = session.corpus().getClaims().get(0);
        assertTrue(document.styleAt(first.getCueSpan().getBegin()) != null, "the claims are marked in the document");
    }

    /**
     * The Document view marks a document's claims and mentions from the counts' index, which follows an edit at once (a
     * claim made from a span is marked at once), and right after an edit the counts cannot follow, before they are made
     * again, from the corpus itself: a claim made from a span together with such an edit is marked at once too.
     */
    @Test
    void theDocumentViewMarksFromTheCountsAndAnEditAtOnce() throws Exception {
        // the Document view alone: it hears of an edit before the counts do (their listener comes after its own)
        for (String id : List.of(DocumentsView.ID, ActorsView.ID)) {
            if (Ui.page().findView(id) != null) {
                Ui.page().hideView(Ui.page().findView(id));
            }
        }
        DocumentView document = Ui.show(DocumentView.ID, DocumentView.class);
        Session session = Ui.open(sample.corpus, dir.resolve("pentagon.sightline"));
        Ui.countsReady();
        SessionCounts counts = SessionCounts.of(session);
        Document article = session.corpus().getDocuments().get(0);
        assertEquals(org.sightline.model.io.Corpora.claimsIn(session.corpus(), article), counts.now().claimsIn(article));
        assertEquals(org.sightline.model.io.Corpora.mentionsIn(session.corpus(), article), counts.now().mentionsIn(article));
        assertEquals(20, counts.now().claimsIn(article).size());

        // a word no claim or mention covers yet
        String text = article.getText();
        int begin = -1;
        for (var m = java.util.regex.Pattern.compile("\\b[a-z]{6,}\\b").matcher(text); m.find();) {
            if (document.styleAt(m.start()) == null && document.styleAt(m.end() - 1) == null) {
                begin = m.start();
                break;
            }
        }
        assertTrue(begin >= 0, "an unmarked word in the sample");
        int end = text.indexOf(' ', begin);
        session.execute(new Edit.CreateClaim(article.getId(), begin, end, org.sightline.model.ClaimType.STATEMENT, null));
        assertTrue(counts.isCurrent(), "the counts followed the edit");
        assertEquals(21, counts.now().claimsIn(article).size());
        assertTrue(document.styleAt(begin) != null, "the new claim is marked at once");
        session.undo();
        assertTrue(document.styleAt(begin) == null, "and unmarked at once after undo");
        assertEquals(20, counts.now().claimsIn(article).size());

        // with a claim's source changed in the same edit, which the counts do not follow: counted again
        Claim other = session.corpus().getClaims().get(0);
        Actor source = session.corpus().getActors().stream().filter(a -> a != other.getSource()).findFirst().orElseThrow();
        session.execute(new Edit.Compound("Claim and source", List.of(
                new Edit.CreateClaim(article.getId(), begin, end, org.sightline.model.ClaimType.STATEMENT, null),
                new Edit.SetFeature(other.getId(), "source", source.getId()))));
        assertFalse(counts.isCurrent(), "the counts are of the corpus before the edit");
        assertTrue(document.styleAt(begin) != null, "the new claim is marked at once");
        Ui.countsReady();
        assertEquals(21, counts.now().claimsIn(article).size());
        session.undo();
        assertTrue(document.styleAt(begin) == null, "and unmarked at once after undo");
    }

    @Test
    void anEditItsUndoAndRedoCountAgain() throws Exception {
        Session session = Ui.open(sample.corpus, dir.resolve("pentagon.sightline"));
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        Ui.countsReady();
        int analysts = claimsBy(sample.analysts, session);
        int critics = claimsBy(sample.critics, session);
        assertEquals(List.of("12", Integer.toString(analysts)), List.of(documents.table().getItem(0).getText(3), claimsCell(actors, "analysts")));

        session.execute(new Edit.MergeActors(sample.analysts.getId(), sample.critics.getId()));
        Ui.countsReady();
        assertEquals(analysts + critics, claimsBy(sample.analysts, session), "the merge moved the critics' claims");
        assertEquals(List.of(Integer.toString(distinctActors(session)), Integer.toString(analysts + critics)),
                List.of(documents.table().getItem(0).getText(3), claimsCell(actors, "analysts")));
        assertEquals("11", documents.table().getItem(0).getText(3), "one actor fewer in the document");

        session.undo();
        Ui.countsReady();
        assertEquals(List.of("12", Integer.toString(analysts), Integer.toString(critics)),
                List.of(documents.table().getItem(0).getText(3), claimsCell(actors, "analysts"), claimsCell(actors, "Critics")));

        session.redo();
        Ui.countsReady();
        assertEquals(List.of("11", Integer.toString(analysts + critics)), List.of(documents.table().getItem(0).getText(3), claimsCell(actors, "analysts")));
        assertNull(cell(actors, "Critics"), "the merged actor is gone from the tree");
    }

    /** Edits faster than the job counts: only the count of the corpus as it ends up is shown. */
    @Test
    void editsInQuickSuccessionEndWithTheCountsOfTheLastState() throws Exception {
        Session session = Ui.open(sample.corpus, dir.resolve("pentagon.sightline"));
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        Ui.countsReady();
        int analysts = claimsBy(sample.analysts, session);
        int critics = claimsBy(sample.critics, session);
        session.execute(new Edit.MergeActors(sample.analysts.getId(), sample.critics.getId()));
        session.undo();
        session.redo();
        session.undo();
        session.redo(); // no event loop in between: each change may find a count running
        assertFalse(SessionCounts.of(session).isCurrent(), "the counts are of an earlier state until counted again");
        Ui.countsReady();
        assertEquals(List.of("11", Integer.toString(analysts + critics)), List.of(documents.table().getItem(0).getText(3), claimsCell(actors, "analysts")));
    }

    @Test
    void countsOfTheSampleCountedDirectly() {
        CorpusCounts counts = CorpusCounts.of(sample.corpus, () -> false);
        assertEquals(12, counts.actors(sample.article));
        assertEquals(20, counts.claims(sample.article));
        for (Actor a : sample.corpus.getActors()) {
            assertEquals(sample.corpus.getClaims().stream().filter(c -> c.getSource() == a).count(), counts.claims(a), a.getName());
        }
        assertNull(CorpusCounts.of(sample.corpus, () -> true), "a count cancelled before it began gives nothing");
    }

    @Test
    void theCountsOfASessionAreCountedOnce() throws Exception {
        Session session = Ui.open(sample.corpus, dir.resolve("pentagon.sightline"));
        assertSame(SessionCounts.of(session), SessionCounts.of(session), "both views share one count");
    }

    /**
     * The Documents view is a window of rows over the documents (GTK's virtual table made every row:
     * 1.5 s for 100,000): 500 documents, the table holds those on screen; the documents of an actor
     * selected in the Actors view are selected, the first scrolled into view, and their counts shown.
     */
    @Test
    void theDocumentsViewShowsAWindowOfManyDocumentsAndSelectsAnActorsDocuments() throws Exception {
        CorpusBuilder b = new CorpusBuilder("many");
        Actor envoy = b.actor("the envoy", ActorKind.PERSON, null);
        List<Document> hers = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String text = "Report " + i + ": the envoy met the ministers and said talks would go on.";
            Document d = b.document("report-" + i + ".txt", String.format("Report %03d", i), text);
            if (i >= 300) {
                b.mention(envoy, d, "the envoy", 0);
                hers.add(d);
            }
        }
        Session session = Ui.open(b.corpus(), dir.resolve("many.sightline"));
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        Ui.countsReady();
        assertEquals("500 documents", documents.getContentDescription());
        int shown = documents.table().getItemCount();
        assertTrue(shown > 0 && shown < 500, "only the rows on screen are in the table: " + shown);

        actors.viewer().setSelection(new StructuredSelection(envoy), true);
        Ui.flush();
        assertEquals(hers, documents.grid().selection(), "the 200 documents that mention the envoy, in the view's order");
        org.eclipse.swt.widgets.TableItem first = java.util.Arrays.stream(documents.table().getItems())
                .filter(i -> i.getData() == hers.get(0)).findFirst().orElseThrow(() -> new AssertionError("the first of them is on screen"));
        assertEquals(List.of("Report 300", "1", "0"), List.of(first.getText(0), first.getText(3), first.getText(4)));
        assertSame(session, SessionService.get().current());
    }

    private static int claimsBy(Actor actor, Session session) {
        return (int) session.corpus().getClaims().stream().filter(c -> c.getSource() == actor).count();
    }

    /** The actors with a mention in the workspace's one document. */
    private static int distinctActors(Session session) {
        Object article = session.corpus().getDocuments().get(0);
        return (int) session.corpus().getActors().stream().filter(a -> a.getMentions().stream().map(Mention::getDocument).anyMatch(d -> d == article)).count();
    }

    private static String claimsCell(ActorsView actors, String name) {
        TreeItem item = cell(actors, name);
        if (item == null) {
            throw new AssertionError("no actor " + name + " in the Actors view");
        }
        return item.getText(4);
    }

    /** The Actors view's row of the actor called {@code name}, whole or part, or null. */
    private static TreeItem cell(ActorsView actors, String name) {
        actors.viewer().expandAll();
        return find(actors.viewer().getTree().getItems(), name);
    }

    private static TreeItem find(TreeItem[] items, String name) {
        for (TreeItem i : items) {
            if (i.getText(0).equals(name)) {
                return i;
            }
            TreeItem inside = find(i.getItems(), name);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
