package org.sightline.ui.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sightline.model.io.WorkspaceException;
import org.sightline.ui.session.api.Session;

/**
 * Loads a workspace file in the background (10,000 documents take seconds) and makes it the open
 * workspace on the UI thread when it is read. A damaged file is an error naming the file.
 */
public final class OpenJob extends Job {

    private final Path file;
    private final Consumer<Session> then;
    private volatile long loaded;

    public OpenJob(Path file, Consumer<Session> then) {
        super("Opening " + file.getFileName());
        this.file = file;
        this.then = then;
        setUser(true);
    }

    /** {@link System#nanoTime()} when the workspace was read, before the views show it; 0 until then. */
    public long loadedNanos() {
        return loaded;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            Session session = Session.open(file, SessionService.recoveryRoot());
            loaded = System.nanoTime();
            if (monitor.isCanceled()) {
                session.close();
                return Status.CANCEL_STATUS;
            }
            Display.getDefault().syncExec(() -> {
                SessionService.get().setCurrent(session);
                if (then != null) {
                    then.accept(session);
                }
            });
            return Status.OK_STATUS;
        } catch (WorkspaceException e) {
            return Status.error(e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
