package org.sightline.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sightline.ui.session.api.Recovery;
import org.sightline.ui.session.api.Session;

/** What opens when the workbench starts. */
public final class Startup {

    private Startup() {
    }

    static void run(Shell shell) {
        if (offerRecovery(shell, SessionService.recoveryRoot())) {
            return;
        }
        Optional<Path> last = Preferences.lastWorkspace();
        if (last.isPresent()) {
            new OpenJob(last.get(), null).schedule();
        } else if (Files.isRegularFile(SampleJob.sampleFile())) {
            new OpenJob(SampleJob.sampleFile(), null).schedule();
        } else {
            new SampleJob().schedule();
        }
    }

    /**
     * If a session ended without closing (crash, kill) and had unsaved changes, asks whether to get
     * them back; true when one was recovered and is now the open workspace.
     */
    public static boolean offerRecovery(Shell shell, Path root) {
        List<Recovery.Pending> pending = Recovery.scan(root);
        for (Recovery.Pending p : pending) {
            String where = p.file().map(f -> " of " + f).orElse(" (never saved)");
            int answer = new MessageDialog(shell, "Recover Unsaved Changes", null,
                    "Sightline did not close normally. The workspace \"" + p.name() + "\"" + where + " had "
                            + p.unsavedChanges() + (p.unsavedChanges() == 1 ? " unsaved change" : " unsaved changes")
                            + ".\n\nRecover them? (They are restored as unsaved changes you can save, or undo one by one.)",
                    MessageDialog.QUESTION, new String[] { "&Recover", "&Discard" }, 0).open();
            if (answer == 0) {
                try {
                    Session s = Recovery.recover(p);
                    SessionService.get().setCurrent(s);
                    return true;
                } catch (IOException | RuntimeException e) {
                    MessageDialog.openError(shell, "Recovery Failed", e.getMessage());
                }
            } else {
                Recovery.discard(p);
            }
        }
        return false;
    }
}
