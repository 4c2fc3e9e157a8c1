package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlinePackage.Literals;
import org.sightline.model.io.Corpora;
import org.sightline.testing.SampleArticle;
import org.sightline.ui.internal.ClaimsView;
import org.sightline.ui.internal.CorpusCounts;
import org.sightline.ui.internal.SessionCounts;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.session.api.ClaimTable;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;
import org.sightline.ui.tests.bench.BigWorkspace;

/**
 * The counts follow an edit from its own parts instead of counting the corpus again: after each kind of edit, its undo
 * and its redo they are current at once (no job ran) and equal to a fresh count of the corpus as it is then, per
 * document its claims and mentions in order and per actor its claims. And the Claims view's rows after an edit equal a
 * table made afresh with the same sort and filter.
 */
class CountsFollowEditsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        Ui.page().resetPerspective();
    }

    @AfterEach
    void discard() {
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot()));
        Ui.flush();
    }

    @Test
    void aStatusChangeKeepsTheCountsAsTheyAre() throws Exception {
        Session session = Ui.open(BigWorkspace.build(6), dir.resolve("six.sightline"));
        SessionCounts counts = counted(session);
        CorpusCounts before = counts.now();
        Claim claim = session.corpus().getClaims().get(23);
        session.execute(new Edit.SetFeature(claim.getId(), "status", "CONFIRMED"));
        assertSame(before, counts.now(), "nothing the counts hold changed: the same counts, current at once");
        followed(session, counts);
        undoAndRedo(session, counts, 1);
    }

    @Test
    void aClaimMadeFromASpanAndAMentionAddedUpdateTheirDocument() throws Exception {
        Session session = Ui.open(BigWorkspace.build(6), dir.resolve("six.sightline"));
        SessionCounts counts = counted(session);
        Corpus corpus = session.corpus();
        Document third = corpus.getDocuments().get(2);
        Actor source = corpus.getActors().get(3);
        int before = counts.now().claimsIn(third).size();
        int byBefore = counts.now().claims(source);
        CorpusCounts ahead = counts.now();
        session.execute(new Edit.CreateClaim(third.getId(), 0, 12, ClaimType.STATEMENT, source.getId()));
        followed(session, counts);
        assertEquals(before + 1, counts.now().claimsIn(third).size());
        assertEquals(byBefore + 1, counts.now().claims(source));
        assertFalse(counts.now().sameActorCounts(ahead), "a claim of an actor: the actors' counts changed");
        ahead = counts.now();
        session.execute(new Edit.CreateClaim(third.getId(), 0, 12, ClaimType.STATEMENT, null));
        followed(session, counts);
        assertTrue(counts.now().sameActorCounts(ahead), "a claim of no actor: the same actors' counts");
        session.undo();
        followed(session, counts);
        session.undo();
        followed(session, counts);
        assertEquals(before, counts.now().claimsIn(third).size());
        session.redo();
        followed(session, counts);

        // a mention of an actor earlier in the corpus at the place of an existing one: it comes first among the two
        Actor other = corpus.getActors().get(0);
        Mention existing = counts.now().mentionsIn(third).stream().filter(m -> m.getActor() != other).findFirst().orElseThrow();
        session.execute(new Edit.AddMention(other.getId(), third.getId(), existing.getSpan().getBegin(), existing.getSpan().getEnd()));
        followed(session, counts);
        List<Mention> row = counts.now().mentionsIn(third);
        assertEquals(row.indexOf(existing) - 1, row.indexOf(other.getMentions().get(other.getMentions().size() - 1)), "just before it");
        session.execute(new Edit.CreateActor(third.getId(), 0, 5, ActorKind.PERSON, "a new one"));
        followed(session, counts);
        undoAndRedo(session, counts, 2);
    }

    @Test
    void aClaimDeletedLeavesItsDocumentAndItsUndoPutsItBackInCorpusOrder() throws Exception {
        Session session = Ui.open(BigWorkspace.build(6), dir.resolve("six.sightline"));
        SessionCounts counts = counted(session);
        Corpus corpus = session.corpus();
        Claim middle = corpus.getClaims().get(34); // neither first nor last of its document
        Document of = middle.getDocument();
        List<Claim> before = counts.now().claimsIn(of);
        assertTrue(before.indexOf(middle) > 0 && before.indexOf(middle) < before.size() - 1, "a claim in the middle of its document");
        var domain = session.domain();
        domain.getCommandStack().execute(DeleteCommand.create(domain, middle));
        followed(session, counts);
        assertFalse(counts.now().claimsIn(of).contains(middle));
        session.undo();
        followed(session, counts);
        assertEquals(before, counts.now().claimsIn(of), "back where it was");
        session.redo();
        followed(session, counts);

        // removed from the list alone (the other way a view may delete)
        Claim another = corpus.getClaims().get(5);
        domain.getCommandStack().execute(RemoveCommand.create(domain, corpus, Literals.CORPUS__CLAIMS, another));
        followed(session, counts);
        session.undo();
        followed(session, counts);
    }

    /** An edit of more documents than the counts keep apart from the rows counted: they are folded into them. */
    @Test
    void anEditOfManyDocumentsIsFollowedToo() throws Exception {
        Session session = Ui.open(BigWorkspace.build(4200), dir.resolve("many.sightline"));
        SessionCounts counts = counted(session);
        List<Edit> made = new ArrayList<>();
        for (Document d : session.corpus().getDocuments()) {
            made.add(new Edit.CreateClaim(d.getId(), 0, 12, ClaimType.STATEMENT, null));
        }
        session.execute(new Edit.Compound("A claim in each document", made));
        followed(session, counts);
        session.undo();
        followed(session, counts);
        session.redo();
        followed(session, counts);
    }

    @Test
    void anEditTheCountsCannotFollowIsCountedAgain() throws Exception {
        SampleArticle sample = new SampleArticle();
        Session session = Ui.open(sample.corpus, dir.resolve("pentagon.sightline"));
        SessionCounts counts = counted(session);
        session.execute(new Edit.MergeActors(sample.analysts.getId(), sample.critics.getId())); // claims change source
        assertFalse(counts.isCurrent(), "a merge moves claims to another source: counted again");
        Ui.countsReady();
        assertEqualCounts(CorpusCounts.of(session.corpus(), () -> false), counts.now(), session.corpus(), actorsOf(sample.corpus));
        session.undo();
        assertFalse(counts.isCurrent());
        Ui.countsReady();
        assertEqualCounts(CorpusCounts.of(session.corpus(), () -> false), counts.now(), session.corpus(), actorsOf(sample.corpus));
    }

    /** The Claims view sorted and filtered: after each edit its rows are those of a table made afresh. */
    @Test
    void theClaimsViewsRowsAfterAnEditAreThoseOfAFreshTable() throws Exception {
        Session session = Ui.open(BigWorkspace.build(6), dir.resolve("six.sightline"));
        ClaimsView view = Ui.show(ClaimsView.ID, ClaimsView.class);
        Corpus corpus = session.corpus();
        ClaimTable.Filter statuses = ClaimTable.Filter.ALL.withStatuses(Set.of(ReviewStatus.EXTRACTED));
        for (ClaimTable.Column column : new ClaimTable.Column[] { null, ClaimTable.Column.STATUS, ClaimTable.Column.CONTENT }) {
            for (ClaimTable.Filter filter : List.of(ClaimTable.Filter.ALL, statuses)) {
                view.rows().sortBy(column, column != ClaimTable.Column.STATUS);
                view.rows().setFilter(filter);
                Claim claim = corpus.getClaims().get(17);
                String where = column + ", " + filter;
                session.execute(new Edit.SetFeature(claim.getId(), "status", "CONFIRMED"));
                sameRows(view, corpus, where + ", confirmed");
                session.execute(new Edit.SetFeature(claim.getId(), "hidden", "true"));
                sameRows(view, corpus, where + ", hidden");
                session.undo();
                sameRows(view, corpus, where + ", shown again");
                session.undo();
                sameRows(view, corpus, where + ", confirmation undone");
                session.redo();
                sameRows(view, corpus, where + ", redone");
                session.execute(new Edit.CreateClaim(corpus.getDocuments().get(1).getId(), 0, 12, ClaimType.STATEMENT, null));
                sameRows(view, corpus, where + ", a claim made");
                session.undo();
                session.undo();
                sameRows(view, corpus, where + ", both undone");
            }
        }
    }

    private static void sameRows(ClaimsView view, Corpus corpus, String where) {
        ClaimTable fresh = new ClaimTable(corpus);
        fresh.sortBy(view.rows().sortColumn(), view.rows().ascending());
        fresh.setFilter(view.rows().filter());
        assertEquals(rows(fresh), rows(view.rows()), where);
    }

    private static List<Claim> rows(ClaimTable t) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.row(i));
        }
        return out;
    }

    /** Undoes the last {@code n} changes, then redoes them: the counts follow each. */
    private static void undoAndRedo(Session session, SessionCounts counts, int n) {
        for (int i = 0; i < n; i++) {
            session.undo();
            followed(session, counts);
        }
        for (int i = 0; i < n; i++) {
            session.redo();
            followed(session, counts);
        }
    }

    /** The counts of {@code session}, counted by the job. */
    private static SessionCounts counted(Session session) {
        SessionCounts counts = SessionCounts.of(session);
        Ui.countsReady();
        return counts;
    }

    /** The counts are current right after the change, and equal to a fresh count. */
    private static void followed(Session session, SessionCounts counts) {
        assertTrue(counts.isCurrent(), "the counts followed the change at once");
        Corpus corpus = session.corpus();
        assertEqualCounts(CorpusCounts.of(corpus, () -> false), counts.now(), corpus, actorsOf(corpus));
    }

    private static Set<Actor> actorsOf(Corpus corpus) {
        Set<Actor> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(corpus.getActors());
        return all;
    }

    static void assertEqualCounts(CorpusCounts expected, CorpusCounts actual, Corpus corpus, Set<Actor> actors) {
        for (Document d : corpus.getDocuments()) {
            assertEquals(expected.claimsIn(d), actual.claimsIn(d), "the claims of " + d.getId());
            assertEquals(Corpora.claimsIn(corpus, d), actual.claimsIn(d), "the claims of " + d.getId() + ", by a pass");
            assertEquals(expected.mentionsIn(d), actual.mentionsIn(d), "the mentions of " + d.getId());
            assertEquals(Corpora.mentionsIn(corpus, d), actual.mentionsIn(d), "the mentions of " + d.getId() + ", by a pass");
            assertEquals(expected.claims(d), actual.claims(d), "claims in " + d.getId());
            assertEquals(expected.actors(d), actual.actors(d), "actors in " + d.getId());
        }
        for (Actor a : actors) {
            assertEquals(expected.claims(a), actual.claims(a), "claims by " + a.getName());
        }
        assertNotEquals(0, corpus.getClaims().size());
    }
}
