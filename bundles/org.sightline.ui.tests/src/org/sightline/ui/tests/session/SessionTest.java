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
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.ClaimType;
import org.sightline.model.Consistency;
import org.sightline.model.Document;
import org.sightline.model.Hypothesis;
import org.sightline.model.RelationKind;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.testing.SampleArticle;
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
        SampleArticle sample = new SampleArticle();
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
        int begin = article.getText().indexOf("regional partners");
        session.execute(new Edit.CreateActor(article.getId(), begin, begin + "regional partners".length(), ActorKind.GROUP, null));
        Actor partners = actor("regional partners");
        assertEquals(1, partners.getMentions().size());
        assertEquals("regional partners", partners.getMentions().get(0).getText());

        String content = "Diplomatic channels could become more strained";
        int c = article.getText().indexOf(content);
        session.execute(new Edit.CreateClaim(article.getId(), c, c + content.length(), ClaimType.PREDICTION, partners.getId()));
        Claim made = claim("Diplomatic channels");
        assertEquals(partners, made.getSource());
        assertEquals(ReviewStatus.EDITED, made.getStatus());
        assertEquals(content, Corpora.textOf(made.getContentSpan()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> session.execute(new Edit.CreateClaim(article.getId(), 10, article.getText().length() + 5, ClaimType.STATEMENT, null)));
        assertTrue(e.getMessage().contains("not a non-empty span inside document " + article.getId()), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> session.execute(new Edit.MergeActors("a999", partners.getId())));
        assertTrue(e.getMessage().contains("no object with id \"a999\""), e.getMessage());
    }

    @Test
    void anOpenWorkspaceIsHeldAgainstOtherWriters() throws Exception {
        openSample();
        Path file = session.file().orElseThrow();
        org.sightline.model.io.WorkspaceException taken = org.junit.jupiter.api.Assertions.assertThrows(
                org.sightline.model.io.WorkspaceException.class,
                () -> org.sightline.model.io.WorkspaceLock.acquire(file, "sightline analyze", java.time.Duration.ZERO));
        assertTrue(taken.getMessage().contains("in use by this Sightline"), taken.getMessage());
        Path other = dir.resolve("other.sightline");
        session.saveAs(other); // the lock moves with the file
        try (var lock = org.sightline.model.io.WorkspaceLock.acquire(file, "sightline analyze", java.time.Duration.ZERO)) {
            assertEquals(file.toAbsolutePath(), lock.workspace());
        }
        session.close();
        try (var lock = org.sightline.model.io.WorkspaceLock.acquire(other, "sightline analyze", java.time.Duration.ZERO)) {
            assertEquals(other.toAbsolutePath(), lock.workspace(), "closing the workspace frees it");
        }
        session = null;
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
        SampleArticle more = new SampleArticle();
        int before = session.corpus().getDocuments().size();
        session.execute(session.prepareImport(more.corpus));
        assertEquals(before + 1, session.corpus().getDocuments().size());
        assertEquals(session.corpus().getActors().size(), new SampleArticle().corpus.getActors().size(),
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
        session.execute(session.prepareImport(new SampleArticle().corpus));
        session.saveAs(dir.resolve("notes.sightline"));
        assertEquals(dir.resolve("notes.sightline"), session.file().orElseThrow());
        assertEquals(1, WorkspaceStore.load(dir.resolve("notes.sightline")).getDocuments().size());
        assertNotNull(session.undoLabel());
    }

    @Test
    void analysisEditsAreJournaledWithoutSnapshotsAndRecoveredWithTheirIds() throws Exception {
        openSample();
        Path root = dir.resolve("recovery");
        Claim troops = claim("Maintain troop");
        Claim other = session.corpus().getClaims().stream().filter(c -> c != troops).findFirst().orElseThrow();
        List<String> heard = new java.util.ArrayList<>();
        session.addListener((s, affected) -> heard.add(affected.isEmpty() ? "save" : "change"));

        session.execute(new Edit.AddHypothesis("  H1: Deterrence holds "));
        Hypothesis h1 = session.corpus().getHypotheses().get(0);
        assertEquals("H1: Deterrence holds", h1.getLabel(), "the label is stripped");
        assertEquals("Add Hypothesis", session.undoLabel());
        session.execute(new Edit.AddEvidence(List.of(troops.getId(), other.getId())));
        assertEquals("Add Evidence (2 claims)", session.undoLabel());
        assertEquals(2, session.corpus().getAssessments().size());
        assertEquals(2, session.corpus().getAssessments().stream().map(Assessment::getId).distinct().count(), "distinct ids in one edit");
        assertTrue(session.corpus().getAssessments().stream().allMatch(a -> a.getConsistency() == Consistency.N && a.getWeight() == 1.0));
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> session.execute(new Edit.AddEvidence(List.of(troops.getId()))));
        assertTrue(again.getMessage().contains("is evidence already"), again.getMessage());
        session.execute(new Edit.AddHypothesis("H2: Deterrence weakens"));
        Hypothesis h2 = session.corpus().getHypotheses().get(1);
        session.execute(new Edit.AddAssessment(troops.getId(), h2.getId(), Consistency.II, 2.5));
        IllegalArgumentException rated = assertThrows(IllegalArgumentException.class,
                () -> session.execute(new Edit.AddAssessment(troops.getId(), h2.getId(), Consistency.C, 1)));
        assertTrue(rated.getMessage().contains("rated already"), rated.getMessage());
        session.execute(new Edit.Compound("Confirm 1, Reject 1", List.of(
                new Edit.DecideRelation(RelationKind.SUPPORTS, troops.getId(), other.getId(), "same content", "test", ReviewStatus.CONFIRMED),
                new Edit.DecideRelation(RelationKind.CONTRADICTS, other.getId(), session.corpus().getClaims().get(2).getId(), null, "test",
                        ReviewStatus.REJECTED))));
        assertEquals(2, session.corpus().getRelations().stream().map(ClaimRelation::getId).distinct().count(), "distinct ids in a compound");
        assertEquals(List.of("change", "change", "change", "change", "change"), heard, "one signal per edit, never empty");
        assertFalse(Files.list(session.journalFolder()).anyMatch(f -> f.getFileName().toString().startsWith("snapshot")),
                "every edit is journaled as an edit: no snapshot of the corpus");

        List<String> ids = session.corpus().getAssessments().stream().map(Assessment::getId).toList();
        forget(session);
        session = Recovery.recover(Recovery.scan(root).get(0));
        assertEquals(List.of("H1: Deterrence holds", "H2: Deterrence weakens"),
                session.corpus().getHypotheses().stream().map(Hypothesis::getLabel).toList());
        assertEquals(ids, session.corpus().getAssessments().stream().map(Assessment::getId).toList(), "replay gives the same ids");
        Assessment ii = session.corpus().getAssessments().get(2);
        assertEquals(Consistency.II, ii.getConsistency());
        assertEquals(2.5, ii.getWeight());
        assertEquals(List.of(ReviewStatus.CONFIRMED, ReviewStatus.REJECTED),
                session.corpus().getRelations().stream().map(ClaimRelation::getStatus).toList());
        assertEquals("same content", session.corpus().getRelations().get(0).getReason());
        session.undo();
        assertTrue(session.corpus().getRelations().isEmpty(), "one undo takes back the compound");
    }

    @Test
    void removedEvidenceAndHypothesesAreJournaledRecoveredAndUndone() throws Exception {
        openSample();
        Path root = dir.resolve("recovery");
        Claim troops = claim("Maintain troop");
        Claim other = session.corpus().getClaims().stream().filter(c -> c != troops).findFirst().orElseThrow();
        session.execute(new Edit.AddHypothesis("H1: Deterrence holds"));
        session.execute(new Edit.AddHypothesis("H2: Deterrence weakens"));
        session.execute(new Edit.AddEvidence(List.of(troops.getId(), other.getId())));
        assertEquals(4, session.corpus().getAssessments().size());
        String h1 = session.corpus().getHypotheses().get(0).getId();

        session.execute(new Edit.RemoveEvidence(List.of(troops.getId())));
        assertEquals("Remove Evidence", session.undoLabel());
        assertTrue(session.corpus().getAssessments().stream().noneMatch(a -> a.getClaim() == troops));
        assertTrue(session.corpus().getClaims().contains(troops), "the claim stays");
        IllegalArgumentException notEvidence = assertThrows(IllegalArgumentException.class,
                () -> session.execute(new Edit.RemoveEvidence(List.of(troops.getId()))));
        assertTrue(notEvidence.getMessage().contains("is not evidence"), notEvidence.getMessage());
        session.execute(new Edit.RemoveHypothesis(h1));
        assertEquals(List.of("H2: Deterrence weakens"), session.corpus().getHypotheses().stream().map(Hypothesis::getLabel).toList());
        assertEquals(1, session.corpus().getAssessments().size(), "H1's rating of the other claim went with it");

        forget(session);
        session = Recovery.recover(Recovery.scan(root).get(0));
        assertEquals(List.of("H2: Deterrence weakens"), session.corpus().getHypotheses().stream().map(Hypothesis::getLabel).toList(),
                "the journal replays both removals");
        assertEquals(1, session.corpus().getAssessments().size());
        session.undo();
        session.undo();
        assertEquals(2, session.corpus().getHypotheses().size(), "undo brings the hypothesis back");
        assertEquals(4, session.corpus().getAssessments().size(), "and the evidence with every rating");
    }

    @Test
    void badAnalysisEditsAreRefusedBeforeTheyRun() throws Exception {
        openSample();
        String claim = session.corpus().getClaims().get(0).getId();
        assertThrows(IllegalArgumentException.class, () -> new Edit.AddHypothesis("  "));
        assertThrows(IllegalArgumentException.class, () -> new Edit.AddAssessment(claim, "h1", Consistency.C, -1));
        assertThrows(IllegalArgumentException.class, () -> new Edit.AddAssessment(claim, "h1", Consistency.C, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Edit.DecideRelation(RelationKind.SUPPORTS, claim, claim, null, null,
                ReviewStatus.EXTRACTED));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> session.execute(new Edit.AddEvidence(List.of(claim))));
        assertTrue(none.getMessage().contains("no hypothesis"), none.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> session.execute(new Edit.AddAssessment(claim, "h9", Consistency.C, 1)));
        assertTrue(missing.getMessage().contains("no object with id \"h9\""), missing.getMessage());
        assertFalse(session.canUndo(), "nothing refused reached the history");
    }

    // ---- a workspace opened in stages: the documents first, the rest read in a job ----------------------------

    private Path savedSample() throws Exception {
        Path file = dir.resolve("staged.sightline");
        WorkspaceStore.save(new SampleArticle().corpus, file);
        return file;
    }

    @Test
    void aWorkspaceOpenedInStagesShowsItsDocumentsFirstAndAnEditWaitsForTheRest() throws Exception {
        Path file = savedSample();
        List<Claim> whole = WorkspaceStore.load(file).getClaims();
        int claims = whole.size();
        String troops = whole.stream().filter(c -> c.getContent().startsWith("Maintain troop")).findFirst().orElseThrow().getId();
        session = Session.openStaged(file, dir.resolve("recovery"));
        assertTrue(session.isLoading());
        assertEquals(1, session.corpusSoFar().getDocuments().size());
        assertTrue(session.corpusSoFar().getClaims().isEmpty() && session.corpusSoFar().getActors().isEmpty());
        List<java.util.Collection<?>> told = new java.util.ArrayList<>();
        session.addListener((s, affected) -> told.add(affected));

        Session opened = session;
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                opened.readRest(); // as the open job does
            } catch (org.sightline.model.io.WorkspaceException e) {
                throw new IllegalStateException(e);
            }
        }).get();
        assertTrue(session.isLoading() && session.corpusSoFar().getClaims().isEmpty(), "read, not yet added: the corpus is the UI thread's");
        assertTrue(told.isEmpty());

        // an edit of a claim not yet in the corpus: the rest is added first, the listeners hear of both
        session.execute(new Edit.SetFeature(troops, "status", "CONFIRMED"));
        assertFalse(session.isLoading());
        assertEquals(claims, session.corpusSoFar().getClaims().size());
        assertEquals(List.of(session.corpusSoFar()), List.copyOf(told.get(0)), "first: the corpus, as the rest came in");
        assertEquals(2, told.size());
        session.save();
        Session saved = session;
        saved.close();
        session = Session.open(file, dir.resolve("recovery"));
        assertEquals(claims, session.corpus().getClaims().size(), "saved whole");
        assertEquals(ReviewStatus.CONFIRMED, claim("Maintain troop").getStatus());
    }

    @Test
    void theWholeCorpusIsAddedBeforeAnyoneAsksForItOrSavesIt() throws Exception {
        Path file = savedSample();
        int claims = WorkspaceStore.load(file).getClaims().size();
        session = Session.openStaged(file, dir.resolve("recovery"));
        assertEquals(claims, session.corpus().getClaims().size(), "corpus() reads and adds the rest on the session's thread");
        assertFalse(session.isLoading());

        session.close();
        session = Session.openStaged(file, dir.resolve("recovery"));
        Path copy = dir.resolve("copy.sightline");
        session.saveAs(copy); // never the documents alone
        assertEquals(claims, WorkspaceStore.load(copy).getClaims().size());
    }

    @Test
    void closingWhileTheRestIsReadStopsTheReadAndFreesTheFile() throws Exception {
        Path file = savedSample();
        session = Session.openStaged(file, dir.resolve("recovery"));
        Session closing = session;
        closing.close();
        session = null;
        org.sightline.model.io.WorkspaceException e = assertThrows(org.sightline.model.io.WorkspaceException.class, closing::readRest);
        assertTrue(e.getMessage().contains("staged.sightline"), e.getMessage());
        try (var lock = org.sightline.model.io.WorkspaceLock.acquire(file, "sightline analyze", java.time.Duration.ZERO)) {
            assertEquals(file.toAbsolutePath(), lock.workspace());
        }
    }

    @Test
    void damageInTheRestIsNamedAndNothingIsEditedOrSaved() throws Exception {
        SampleArticle sample = new SampleArticle();
        Claim bad = sample.corpus.getClaims().get(1);
        bad.getCueSpan().setEnd(sample.text.length() + 3);
        Path file = dir.resolve("damaged.sightline");
        WorkspaceStore.save(sample.corpus, file);
        byte[] before = Files.readAllBytes(file);

        session = Session.openStaged(file, dir.resolve("recovery"));
        assertEquals(1, session.corpusSoFar().getDocuments().size(), "the documents are sound");
        org.sightline.model.io.WorkspaceException e = assertThrows(org.sightline.model.io.WorkspaceException.class, session::readRest);
        assertTrue(e.getMessage().contains("damaged.sightline") && e.getMessage().contains("claim " + bad.getId() + " cue span"), e.getMessage());
        String id = sample.corpus.getClaims().get(0).getId();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> session.execute(new Edit.SetFeature(id, "status", "CONFIRMED")));
        assertTrue(refused.getMessage().contains("claim " + bad.getId()), refused.getMessage());
        assertThrows(org.sightline.model.io.WorkspaceException.class, () -> session.save());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is untouched");
        session.close();
        session = null;

        assertThrows(org.sightline.model.io.WorkspaceException.class, () -> Session.open(file, dir.resolve("recovery")));
        try (var lock = org.sightline.model.io.WorkspaceLock.acquire(file, "sightline analyze", java.time.Duration.ZERO)) {
            assertEquals(file.toAbsolutePath(), lock.workspace(), "a failed open leaves the file free");
        }
    }

    /** Simulates the process ending without a close: the session's journal folder stops being "live". */
    static void forget(Session s) {
        org.sightline.ui.session.internal.JournalFolders.forget(s.journalFolder());
    }
}
