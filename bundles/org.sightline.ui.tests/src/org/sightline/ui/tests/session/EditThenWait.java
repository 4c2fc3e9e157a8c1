package org.sightline.ui.tests.session;

import java.nio.file.Path;

import org.sightline.model.Claim;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/**
 * The process {@link CrashRecoveryTest} kills: opens a workspace, confirms its first claim, says
 * so on stdout and waits to be killed (it never closes the session).
 */
public final class EditThenWait {

    private EditThenWait() {
    }

    public static void main(String[] args) throws Exception {
        Session session = Session.open(Path.of(args[0]), Path.of(args[1]));
        Claim first = session.corpus().getClaims().get(0);
        session.execute(new Edit.SetFeature("Confirm claim", first.getId(), "status", java.util.List.of("CONFIRMED")));
        System.out.println("EDITED " + first.getId());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
