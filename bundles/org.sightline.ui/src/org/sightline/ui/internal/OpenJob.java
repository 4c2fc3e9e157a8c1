package org.sightline.ui.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.WorkspaceException;
import org.sightline.ui.session.api.Session;

/**
 * Opens a workspace file in the background, in two stages (100,000 documents take seconds): its documents are read
 * and shown first, as the open workspace; then its actors, claims and the rest are read here and added on the UI
 * thread, and the views fill in. Until then an edit, a save or anything else that needs the whole corpus waits for
 * it ({@link Session#corpus()}). A damaged file is an error naming the file; when the damage is found in the rest,
 * the documents shown are closed and an empty workspace takes their place.
 */
public final class OpenJob extends Job {

    private final Path file;
    private final Consumer<Session> then;
    /** The workbench's display, taken where the job is made (the UI thread): the job may outlive it. */
    private final Display display = Display.getDefault();
    private volatile long documents;
    private volatile long loaded;

    public OpenJob(Path file, Consumer<Session> then) {
        super("Opening " + file.getFileName());
        this.file = file;
        this.then = then;
        setUser(true);
    }

    /** {@link System#nanoTime()} when the documents were read, before the views show them; 0 until then. */
    public long documentsNanos() {
        return documents;
    }

    /** {@link System#nanoTime()} when the whole workspace was read, before its rest is added and shown on the UI thread; 0 until then. */
    public long loadedNanos() {
        return loaded;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        Session session = null;
        try {
            session = Session.openStaged(file, SessionService.recoveryRoot());
            documents = System.nanoTime();
            if (monitor.isCanceled()) {
                session.close();
                return Status.CANCEL_STATUS;
            }
            Session opened = session;
            if (!onUiThread(session, () -> {
                SessionService.get().setCurrent(opened);
                if (then != null) {
                    then.accept(opened);
                }
            })) {
                return Status.CANCEL_STATUS;
            }
            if (session.isLoading()) {
                monitor.subTask("Reading the actors and claims of " + file.getFileName());
                session.readRest();
                loaded = System.nanoTime();
                if (!onUiThread(session, () -> finish(opened))) {
                    return Status.CANCEL_STATUS;
                }
            } else {
                loaded = System.nanoTime();
            }
            if (!display.isDisposed()) {
                display.asyncExec(() -> indexIdsAfterCounts(opened));
            }
            return Status.OK_STATUS;
        } catch (WorkspaceException e) {
            Session failed = session;
            if (failed == null) {
                return Status.error(e.getMessage(), e);
            }
            if (failed.isClosed()) {
                return Status.CANCEL_STATUS; // closed while its rest was read: another workspace took its place
            }
            return onUiThread(failed, () -> replace(failed)) ? Status.error(e.getMessage(), e) : Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }

    /**
     * Builds the workspace's id index in a job of its own once the views' counts are ready (begun together, the two jobs
     * and the collector made the counts come 2-5 s later at 100,000 documents), so that the first edit does not hold the
     * UI thread for it (0.7-3.6 s at 100,000 documents, measured). UI thread.
     */
    private static void indexIdsAfterCounts(Session session) {
        if (session.isClosed()) {
            return;
        }
        SessionCounts counts = SessionCounts.of(session);
        if (counts.isCurrent()) {
            indexIds(session);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            counts.removeListener(once[0]);
            indexIds(session);
        };
        counts.addListener(once[0]);
    }

    private static void indexIds(Session session) {
        Job index = Job.create("Indexing the ids of " + session.name(), monitor -> {
            if (!session.isClosed()) {
                Corpora.indexIds(session.corpusSoFar());
            }
        });
        index.setSystem(true);
        index.setPriority(Job.DECORATE);
        index.schedule();
    }

    /** Runs {@code step} on the UI thread; false, with {@code session} closed, when the workbench has closed meanwhile. */
    private boolean onUiThread(Session session, Runnable step) {
        if (display.isDisposed()) {
            session.close();
            return false;
        }
        display.syncExec(step);
        return true;
    }

    /** Adds the rest on the UI thread, unless the analyst has opened another workspace meanwhile. */
    private static void finish(Session session) {
        if (session.isClosed()) {
            return;
        }
        try {
            session.finishLoading();
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e); // readRest has read it already: only a closed session fails here
        }
    }

    /** The documents of a workspace whose rest is damaged are not the workspace: an empty one takes their place. */
    private static void replace(Session failed) {
        if (SessionService.get().current() == failed) {
            SessionService.get().setCurrent(Session.create("Untitled", SessionService.recoveryRoot()));
        } else {
            failed.close();
        }
    }
}
