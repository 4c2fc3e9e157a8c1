package org.sightline.ui.internal;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sightline.ui.session.api.Session;
import org.sightline.ui.session.api.SessionListener;

/**
 * The {@link CorpusCounts} of an open session, counted in a background job when the session is first
 * asked for and again after each edit, undo and redo, so that the UI thread never walks the corpus
 * for them: the views show their rows at once and the counts when they are ready. Until then
 * {@link #now()} is null. An edit, undo or redo made of parts the counts can follow (a status changed, a claim or
 * mention added or removed: {@link CorpusCounts#updated}) is followed at once on the UI thread, from the counts just
 * before it; after any other change the last counts are kept until the job has counted again. A
 * workspace opened in stages is counted once its rest is in.
 * <p>
 * The job reads the corpus while the UI thread may edit it (EMF is not thread-safe): each change
 * moves the session's change count on ({@link Session#changeCount()}, before any listener hears of
 * it), and counts begun at an older count are dropped (on the UI thread, where edits happen, so none
 * can slip in between), as is a count that failed because the corpus changed under it; the job then
 * counts again. UI thread only, except the job.
 */
public final class SessionCounts {

    /** What a view shows in a count's cell until the first count of a workspace is ready. */
    public static final String COUNTING = "\u2026";

    /** The sessions asked for; a closed one goes at the next call of {@link #of}. */
    private static final Map<Session, SessionCounts> OPEN = new IdentityHashMap<>();

    private final Session session;
    private final Display display;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final CountJob job = new CountJob();
    private CorpusCounts counts;
    /** The session's change count when the counts shown were begun. */
    private long countedChanges = -1;
    /** The counts followed a change to new counts, and the listeners have not heard of them yet. */
    private boolean followedNew;
    /** The session's change count at which the counts last failed to follow a change (not asked again for it). */
    private long unfollowed = -1;

    private SessionCounts(Session session, Display display) {
        this.session = session;
        this.display = display;
        SessionListener changed = (s, affected) -> changed(affected);
        session.addListener(changed);
    }

    /** The counts of {@code session}; the first call starts counting. UI thread. */
    public static SessionCounts of(Session session) {
        OPEN.values().removeIf(c -> {
            if (c.session.isClosed()) {
                c.job.cancel(); // its corpus is no longer shown
                return true;
            }
            return false;
        });
        return OPEN.computeIfAbsent(session, s -> {
            SessionCounts c = new SessionCounts(s, Display.getCurrent());
            if (!s.isLoading()) {
                c.job.schedule(); // else when the rest is in: the session tells its listeners
            }
            return c;
        });
    }

    /** The latest counts, or null while the first count runs. */
    public CorpusCounts now() {
        return counts;
    }

    /** Calls {@code listener} on the UI thread each time new counts are ready. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Whether {@link #now()} counts the corpus as it is now (not before the last edit): exact also in a listener
     * that hears of an edit before this class does (the session counts its changes before telling anyone).
     */
    public boolean isCurrent() {
        return counts != null && (countedChanges == session.changeCount() || follow());
    }

    private void changed(Collection<?> affected) {
        if (affected.isEmpty()) {
            return; // saved: nothing changed
        }
        if (countedChanges == session.changeCount() && counts != null || follow()) {
            if (followedNew) { // followed here, or already for a listener that asked before this one heard of the change
                followedNew = false;
                for (Runnable l : listeners) {
                    l.run();
                }
            }
            return;
        }
        job.cancel();
        job.schedule(); // a running job is scheduled again when it ends
    }

    /**
     * Brings the counts to the session's latest change from its command's parts ({@link CorpusCounts#updated}) when
     * they counted the corpus just before it; false when they did not or cannot follow it (the job counts again).
     */
    private boolean follow() {
        long now = session.changeCount();
        if (counts == null || countedChanges != now - 1 || unfollowed == now || session.isClosed()) {
            return false;
        }
        List<CommandParts.Part> parts = CommandParts.ofLastChange(session);
        CorpusCounts next = parts == null ? null : counts.updated(session.corpusSoFar(), parts);
        if (next == null) {
            unfollowed = now; // the Document view asks at each hover: walk the command once
            return false;
        }
        followedNew |= next != counts; // a status change leaves the counts as they were: nothing to show again
        counts = next;
        countedChanges = now;
        return true;
    }

    private void deliver(long changes, CorpusCounts c) {
        if (changes != session.changeCount() || session.isClosed()) {
            return; // the corpus changed since: the job counts again
        }
        counts = c;
        countedChanges = changes;
        for (Runnable l : listeners) {
            l.run();
        }
    }

    private final class CountJob extends Job {
        CountJob() {
            super("Counting claims and actors");
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            long changes = session.changeCount();
            CorpusCounts c;
            try {
                // scheduled only once the whole corpus is in (corpus() would add it from this thread)
                c = CorpusCounts.of(session.corpusSoFar(), monitor::isCanceled);
            } catch (RuntimeException e) {
                if (changes != session.changeCount() || session.isClosed()) {
                    return Status.CANCEL_STATUS; // changed while counting; the next run counts again
                }
                return Status.error("Counting the claims and actors of \"" + session.name() + "\" failed: " + e, e);
            }
            if (c == null) {
                return Status.CANCEL_STATUS;
            }
            if (!display.isDisposed()) {
                display.asyncExec(() -> deliver(changes, c));
            }
            return Status.OK_STATUS;
        }
    }
}
