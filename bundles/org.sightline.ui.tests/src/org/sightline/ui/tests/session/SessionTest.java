package org.sightline.ui.tests.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Recovery;
import org.sightline.ui.session.api.Session;

/** The session on real sample data: edits as commands, undo/redo, dirty state, save, journal and recovery. */
class SessionTest {

    @TempDir
    Path dir;
    private Session session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private Session openSample() throws Exception {
        SampleWorkspace sample = new SampleWorkspace();
        Path file = dir.resolve("pentagon.sightline");
        WorkspaceStore.save(sample.corpus, file);
        session = Session.open(file, dir.resolve("recovery"));
        return session;
    }

    private Claim claim(String contentStart) {
        return session.corpus().getClaims().stream().filter(c -> c.getContent().startsWith(contentStart)).findFirst().orElseThrow();
    }

    private Actor actor(String name) {
        return session.corpus().getActors().stream().filter(a -> name.equals(a.getName())).findFirst().orElseThrow();
    }

    @Test
    void anEditThenUndoRestoresTheModelAndRedoDoesItAgain() throws Exception {
        openSample();
        Claim troops = claim("Maintain troop");
        assertEquals(ReviewStatus.EXTRACTED, troops.getStatus());
        assertFalse(session.isDirty());

        session.execute(new Edit.SetFeature("Confirm claim", troops.getId(), "status", List.of("CONFIRMED")));
        assertEquals(ReviewStatus.CONFIRMED, troops.getStatus());
        assertTrue(session.isDirty());
        assertEquals("Confirm claim", session.undoLabel());

        session.undo();
        assertEquals(ReviewStatus.EXTRACTED, troops.getStatus());
        assertFalse(session.isDirty(), "back at the saved state");
        session.redo();
        assertEquals(ReviewStatus.CONFIRMED, troops.getStatus());
    }

    @Test
    void correctingAnExtractedClaimMarksItEdited() throws Exception {
        openSample();
        Claim warn = claim("reducing the Pentagon");
        session.execute(new Edit.SetFeature(warn.getId(), "type", ClaimType.PREDICTION.getLiteral()));
        assertEquals(ClaimType.PREDICTION, warn.getType());
        assertEquals(ReviewStatus.EDITED, warn.getStatus(), "re-analysis keeps what the analyst corrected");
        session.undo();
        assertEquals(ClaimType.WARNING, warn.getType());
        assertEquals(ReviewStatus.EXTRACTED, warn.getStatus());
    }

    @Test
    void mergingActorsMovesMentionsAliasesAndClaimsAndUndoPutsThemBack() throws Exception {
        openSample();
        Actor officials = actor("US officials");
        Actor us = actor("United States");
        int mentions = us.getMentions().size() + officials.getMentions().size();
        int actors = session.corpus().getActors().size();
        List<Claim> byOfficials = Corpora.claimsBy(session.corpus(), officials);
        assertFalse(byOfficials.isEmpty());

        session.execute(new Edit.MergeActors(us.getId(), officials.getId()));
        assertEquals(actors - 1, session.corpus().getActors().size());
        assertEquals(mentions, us.getMentions().size());
        assertTrue(us.getAliases().containsAll(List.of("US officials", "Officials")), us.getAliases().toString());
        byOfficials.forEach(c -> assertEquals(us, c.getSource()));
        assertTrue(Corpora.partsOf(session.corpus(), us).stream().noneMatch(a -> a == officials));

        session.undo();
        assertEquals(actors, session.corpus().getActors().size());
        assertEquals(officials, byOfficials.get(0).getSource());
        assertEquals(1, officials.getMentions().size());
        assertFalse(us.getAliases().contains("US officials"));
        assertEquals(us, officials.getPartOf());
    }

    @Test
    void actorsAndClaimsCanBeMadeFromATextSpan() throws Exception {
        openSample();
        Document article = session.corpus().getDocuments().get(0);
        int begin = article.getText().indexOf("lawmakers");
        session.execute(new Edit.CreateActor(article.getId(), begin, begin + "lawmakers".length(), ActorKind.GROUP, null));
        Actor lawmakers = actor("lawmakers");
        assertEquals(1, lawmakers.getMentions().size());
        assertEquals("lawmakers", lawmakers.getMentions().get(0).getText());

        String content = "Diplomatic channels could become more strained";
        int c = article.getText().indexOf(content);
        session.execute(new Edit.CreateClaim(article.getId(), c, c + content.length(), ClaimType.PREDICTION, lawmakers.getId()));
        Claim made = claim("Diplomatic channels");
        assertEquals(lawmakers, made.getSource());
        assertEquals(ReviewStatus.EDITED, made.getStatus());
        assertEquals(content, Corpora.textOf(made.getContentSpan()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> session.execute(new Edit.CreateClaim(article.getId(), 10, article.getText().length() + 5, ClaimType.STATEMENT, null)));
        assertTrue(e.getMessage().contains("not a non-empty span inside document " + article.getId()), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> session.execute(new Edit.MergeActors("a999", lawmakers.getId())));
        assertTrue(e.getMessage().contains("no object with id \"a999\""), e.getMessage());
    }

    @Test
    void aSavedEditIsThereWhenTheFileIsOpenedAgain() throws Exception {
        openSample();
        Path file = session.file().orElseThrow();
        Claim troops = claim("Maintain troop");
        session.execute(new Edit.SetFeature(troops.getId(), "status", "REJECTED"));
        session.save();
        assertFalse(session.isDirty());
        session.close();

        session = Session.open(file, dir.resolve("recovery"));
        assertEquals(ReviewStatus.REJECTED, claim("Maintain troop").getStatus());
        assertTrue(Files.exists(WorkspaceStore.backupOf(file)), "the previous version is kept as .bak");
    }

    @Test
    void aSessionThatWasNotClosedIsRecoveredWithItsEditsUndoAndRedo() throws Exception {
        openSample();
        Path root = dir.resolve("recovery");
        Claim troops = claim("Maintain troop");
        Actor japan = actor("Japan");
        session.execute(new Edit.SetFeature(troops.getId(), "status", "CONFIRMED"));
        session.execute(new Edit.SetFeature(japan.getId(), "aliases", "Tokyo"));
        session.execute(new Edit.SetFeature(japan.getId(), "kind", "GROUP"));
        session.undo(); // kind back to STATE
        assertTrue(Recovery.scan(root).isEmpty(), "a live session is never offered");

        // The process "dies": nothing is closed. A new process sees the journal.
        String folder = session.journalFolder().toString();
        forget(session);
        List<Recovery.Pending> pending = Recovery.scan(root);
        assertEquals(1, pending.size());
        assertEquals(4, pending.get(0).unsavedChanges());
        assertEquals(folder, pending.get(0).folder().toString());

        session = Recovery.recover(pending.get(0));
        assertTrue(session.isDirty());
        assertEquals(ReviewStatus.CONFIRMED, claim("Maintain troop").getStatus());
        assertEquals(List.of("Tokyo"), actor("Japan").getAliases());
        assertEquals(ActorKind.STATE, actor("Japan").getKind());
        session.redo();
        assertEquals(ActorKind.GROUP, actor("Japan").getKind(), "the undone edit is still there to redo");
        session.undo();
        session.undo();
        session.undo();
        assertEquals(ReviewStatus.EXTRACTED, claim("Maintain troop").getStatus(), "the recovered history undoes to the file");
    }

    @Test
    void aRecoveredImportKeepsTheImportedDocuments() throws Exception {
        openSample();
        Path root = dir.resolve("recovery");
        SampleWorkspace more = new SampleWorkspace();
        int before = session.corpus().getDocuments().size();
        session.execute(session.prepareImport(more.corpus));
        assertEquals(before + 1, session.corpus().getDocuments().size());
        assertEquals(session.corpus().getActors().size(), new SampleWorkspace().corpus.getActors().size(),
                "the same actors are merged, not doubled");
        forget(session);

        session = Recovery.recover(Recovery.scan(root).get(0));
        assertEquals(before + 1, session.corpus().getDocuments().size());
        session.undo();
        assertEquals(before, session.corpus().getDocuments().size());
    }

    @Test
    void closingNormallyLeavesNothingToRecover() throws Exception {
        openSample();
        session.execute(new Edit.SetFeature(claim("Maintain troop").getId(), "status", "CONFIRMED"));
        Path folder = session.journalFolder();
        session.close();
        session = null;
        assertFalse(Files.exists(folder));
        assertTrue(Recovery.scan(dir.resolve("recovery")).isEmpty());
    }

    @Test
    void anUntitledWorkspaceGetsItsFileOnSaveAs() throws Exception {
        session = Session.create("notes", dir.resolve("recovery"));
        assertEquals("notes", session.name());
        assertTrue(session.file().isEmpty());
        assertThrows(IllegalStateException.class, session::save);
        session.execute(session.prepareImport(new SampleWorkspace().corpus));
        session.saveAs(dir.resolve("notes.sightline"));
        assertEquals(dir.resolve("notes.sightline"), session.file().orElseThrow());
        assertEquals(1, WorkspaceStore.load(dir.resolve("notes.sightline")).getDocuments().size());
        assertNotNull(session.undoLabel());
    }

    /** Simulates the process ending without a close: the session's journal folder stops being "live". */
    static void forget(Session s) {
        org.sightline.ui.session.internal.JournalFolders.forget(s.journalFolder());
    }
}
