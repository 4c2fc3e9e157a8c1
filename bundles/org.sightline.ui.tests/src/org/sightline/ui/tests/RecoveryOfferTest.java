package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.testing.SampleArticle;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.internal.Startup;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;
import org.sightline.ui.session.internal.JournalFolders;

/**
 * At start, the workbench offers back the edits of a session that ended without closing (the
 * killed-process case itself is {@code CrashRecoveryTest}); the recovered workspace opens dirty,
 * with its undo history.
 */
class RecoveryOfferTest {

    @TempDir
    Path dir;

    @AfterEach
    void discard() {
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot()));
    }

    @Test
    void aCrashedSessionIsOfferedAndRecoveredIntoTheViews() throws Exception {
        SampleArticle sample = new SampleArticle();
        Path file = dir.resolve("pentagon.sightline");
        WorkspaceStore.save(sample.corpus, file);
        Path root = dir.resolve("recovery");
        Session crashed = Session.open(file, root);
        crashed.execute(new Edit.SetFeature("Confirm claim", sample.troops.getId(), "status", java.util.List.of("CONFIRMED")));
        JournalFolders.forget(crashed.journalFolder()); // as if its process had died

        AtomicReference<String> question = new AtomicReference<>();
        Ui.answerDialog("Recover Unsaved Changes", "Recover", s -> question.set(WorkbenchTest.collectText(s)));
        assertTrue(Startup.offerRecovery(Ui.window().getShell(), root));
        assertNotNull(question.get());
        assertTrue(question.get().contains("\"pentagon\" of " + file) && question.get().contains("1 unsaved change"), question.get());

        Session recovered = SessionService.get().current();
        Ui.flush();
        assertEquals(file, recovered.file().orElseThrow());
        String id = sample.troops.getId();
        assertEquals(ReviewStatus.CONFIRMED, recovered.corpus().getClaims().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow().getStatus());
        assertEquals("*pentagon - Sightline", Ui.window().getShell().getText());
        recovered.undo();
        assertEquals(ReviewStatus.EXTRACTED, recovered.corpus().getClaims().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow().getStatus());
    }
}
