package org.sightline.ui.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.SightlinePackage;
import org.sightline.model.TextSpan;
import org.sightline.search.api.IndexProgress;
import org.sightline.search.api.SearchIndex;
import org.sightline.ui.session.api.Session;
import org.sightline.ui.session.api.SessionListener;

/**
 * Keeps the search index of one session's workspace in step with it: opened (and brought up to date, with progress,
 * when missing, stale or damaged) in a job; after every edit, undo and redo the documents, claims and actors it
 * touched are indexed again on the UI thread; after a save the whole workspace is checked against the index in a job
 * and the commit records the saved file. An untitled workspace has its index in memory. The view's
 * {@link org.sightline.ui.api.SessionTracker} passes the session's changes to {@link #sessionChanged}.
 */
final class IndexFollower implements SessionListener {

    private static final String PLUGIN = "org.sightline.ui.search";
    /** Rounds of warm-up searches: at 100,000 documents, ten rounds bring a search near its warm time (docs/storage.md). */
    private static final int WARM_UP_ROUNDS = 10;

    private final Session session;
    private final Corpus corpus;
    private final Display display;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Set<Object> pending = new LinkedHashSet<>();
    private final AdapterImpl structure = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (session.isLoading()) {
                return; // the rest of a workspace opened in stages is added: it is in the index already
            }
            int id = n.getFeatureID(Corpus.class);
            if (id == SightlinePackage.CORPUS__DOCUMENTS || id == SightlinePackage.CORPUS__CLAIMS || id == SightlinePackage.CORPUS__ACTORS) {
                collect(n.getNewValue());
                collect(n.getOldValue());
            }
        }
    };
    private volatile SearchIndex index;
    private volatile String problem;
    private boolean flushPosted;
    private volatile boolean closed;

    IndexFollower(Session session) {
        this.session = session;
        this.corpus = session.corpusSoFar();
        this.display = Display.getCurrent();
        corpus.eAdapters().add(structure);
        schedule("Indexing " + session.name() + " for search", true);
    }

    /** The index, once the first job has opened it (it may still be filling it); null before, or when it failed ({@link #problem()}). */
    SearchIndex index() {
        return index;
    }

    /** Why there is no index, or null. */
    String problem() {
        return problem;
    }

    /** Told (on the UI thread) each time the index has changed. */
    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void schedule(String name, boolean open) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    if (open) {
                        openIndex();
                    }
                    SearchIndex i = index;
                    if (i == null) {
                        return Status.OK_STATUS;
                    }
                    Path file = session.file().orElse(null);
                    String fingerprint = file == null || session.isDirty() ? null : SearchIndex.fingerprintOf(file);
                    if (!open || !i.isCurrent(fingerprint)) {
                        // a sync of the documents alone would drop the claims: wait for the rest of a staged open
                        while (session.isLoading() && !session.isClosed() && !monitor.isCanceled()) {
                            Thread.sleep(100);
                        }
                        if (session.isClosed() || monitor.isCanceled()) {
                            return Status.CANCEL_STATUS;
                        }
                        monitor.beginTask(name, 1000);
                        int[] reported = { 0 };
                        i.sync(corpus, new IndexProgress() {
                            @Override
                            public void worked(int done, int total) {
                                int now = total == 0 ? 1000 : (int) (1000L * done / total);
                                monitor.worked(now - reported[0]);
                                reported[0] = now;
                            }

                            @Override
                            public boolean isCancelled() {
                                return monitor.isCanceled();
                            }
                        });
                        if (monitor.isCanceled()) {
                            return Status.CANCEL_STATUS;
                        }
                        i.commit(fingerprint);
                    }
                    problem = null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    problem = "search index unavailable: " + e.getMessage();
                    return new Status(IStatus.WARNING, PLUGIN, problem, e);
                } finally {
                    monitor.done();
                }
                display.asyncExec(IndexFollower.this::indexChanged);
                SearchIndex opened = index;
                if (open && opened != null) {
                    warmUp(opened);
                }
                return Status.OK_STATUS;
            }
        };
        job.setPriority(Job.LONG);
        job.schedule();
    }

    /** Once the index is open: searches of every shape in the background, so that the analyst's first ones are quick. */
    private void warmUp(SearchIndex i) {
        Job job = new Job("Preparing search") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    i.warmUp(WARM_UP_ROUNDS, () -> closed || monitor.isCanceled());
                } catch (IOException | RuntimeException e) {
                    // closed under it, or unreadable: the analyst's own searches report that
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule();
    }

    private void openIndex() throws IOException {
        if (index != null) {
            return;
        }
        Path file = session.file().orElse(null);
        index = file == null ? SearchIndex.inMemory() : SearchIndex.open(SearchIndex.folderOf(file));
    }

    // ---- following edits (UI thread) -------------------------------------------------------------

    @Override
    public void sessionChanged(Session s, Collection<?> affected) {
        if (closed) {
            return;
        }
        collect(affected);
        if (affected.isEmpty() && !s.isDirty() && s.file().isPresent()) {
            schedule("Checking the search index of " + s.name(), false); // saved: commit against the new file
        }
        postFlush();
    }

    private void collect(Object value) {
        if (value instanceof Collection<?> many) {
            many.forEach(this::collect);
        } else if (value instanceof Document d) {
            pending.add(d);
            corpus.getClaims().stream().filter(c -> c.getDocument() == d).forEach(pending::add);
        } else if (value instanceof Claim || value instanceof Actor) {
            pending.add(value);
            if (value instanceof Actor a) {
                for (Claim c : corpus.getClaims()) {
                    if (c.getSource() == a || c.getTargets().contains(a)) {
                        pending.add(c);
                    }
                }
                a.getMentions().forEach(m -> pending.add(m.getDocument()));
            }
        } else if (value instanceof Mention m) {
            pending.add(m.getDocument());
            pending.add(m.getActor());
        } else if (value instanceof TextSpan span) {
            EObject owner = span.eContainer();
            if (owner != null) {
                collect(owner);
            }
        }
        postFlush();
    }

    private void postFlush() {
        if (!flushPosted && !pending.isEmpty()) {
            flushPosted = true;
            display.asyncExec(this::flush);
        }
    }

    /** Indexes what the edits touched; while the first job has not opened the index, it waits (that job syncs all). */
    private void flush() {
        flushPosted = false;
        SearchIndex i = index;
        if (closed || i == null || pending.isEmpty()) {
            if (i == null && !pending.isEmpty()) {
                display.timerExec(500, this::postFlush);
            }
            return;
        }
        List<Object> batch = new ArrayList<>(pending);
        pending.clear();
        batch.removeIf(o -> o == null);
        try {
            i.update(corpus, batch);
            i.commit(null); // follows unsaved edits: the next open checks the index against the file again
        } catch (IOException | RuntimeException e) {
            problem = "search index not updated: " + e.getMessage();
        }
        indexChanged();
    }

    private void indexChanged() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    /** Stops following; the index is closed (what was committed stays). */
    void close() {
        closed = true;
        corpus.eAdapters().remove(structure);
        SearchIndex i = index;
        index = null;
        if (i != null) {
            try {
                i.close();
            } catch (IOException e) {
                // closing a reader and rolling back nothing: nothing to report
            }
        }
    }
}
