package org.sightline.ui.analysis.internal;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.sightline.model.Corpus;
import org.sightline.ui.api.SessionTracker;
import org.sightline.ui.api.SightlineWorkbench;
import org.sightline.ui.api.UndoRedo;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/**
 * What the analysis views share: they show the workspace the workbench has open (a {@link Session})
 * and follow when another is opened, refresh after each edit, undo or redo, and hear the selection of
 * the other views once it rests (post-selection). Every edit goes through {@link Session#execute}.
 * Built on the workbench's public API ({@link SightlineWorkbench}, {@link SessionTracker},
 * {@link UndoRedo}), as any third-party view would be.
 * <p>
 * Analyses read the whole corpus, so a refresh is not cheap on a big workspace: it runs as a
 * background job (with progress, cancellable from the Progress view) that only reads the corpus
 * ({@link #compute}); the result is shown on the UI thread ({@link #show}). Edits happen on the UI
 * thread meanwhile: each one counts as a new generation of the corpus, and a result computed while
 * the generation changed is dropped (a newer run replaces it), so a view never shows a result of a
 * corpus that was half edited. Edits only mark the view stale; one refresh runs after the current
 * event (several edits in a row cost one), a view hidden behind another tab waits until it is shown,
 * and a view whose analysis is slow on a big workspace waits for Refresh (F5), see
 * {@link #refreshesByItself}.
 *
 * @param <R> what the view's analysis computes
 */
public abstract class AnalysisView<R> extends ViewPart {

    private Session session;
    private Corpus corpus;
    /** The session was still loading when the view was to compute: it computes when the rest is in. */
    private boolean waitingForRest;
    private SessionTracker tracker;
    /** Bumped on the UI thread by every change of what the view shows; read by the jobs. */
    private volatile long generation;
    private boolean stale = true;
    private boolean refreshPosted;
    private Job job;
    private long lastComputeNanos;
    private long lastShowNanos;

    private final ISelectionListener selectionListener = (part, selection) -> {
        if (part != this && isAlive()) {
            selectionChanged(part, selection);
        }
    };
    private final IPartListener2 visibility = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == AnalysisView.this && stale) {
                postRefresh();
            }
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        createContents(parent);
        UndoRedo.install(getViewSite().getActionBars());
        getSite().getPage().addPostSelectionListener(selectionListener);
        getSite().getPage().addPartListener(visibility);
        tracker = new SessionTracker(this::setInput, (s, affected) -> {
            if (waitingForRest && !s.isLoading()) {
                waitingForRest = false;
                refreshNow(); // the rest of a workspace opened in stages is in: computed at once, whatever its size
            } else if (!affected.isEmpty()) { // empty: a save, nothing to recompute
                markStale();
            }
        });
    }

    /** Creates the widgets and sets the site's selection provider. */
    protected abstract void createContents(Composite parent);

    /**
     * The one-line status label at the top of a view: full width across {@code columns} columns of
     * the parent's grid, indented from the edge as the other views' status lines are.
     */
    protected static Label createStatusLabel(Composite parent, int columns) {
        return createStatusLabel(parent, columns, SWT.NONE);
    }

    /** The status line with a label style of its own ({@code SWT.WRAP} for a status that may run long). */
    protected static Label createStatusLabel(Composite parent, int columns, int style) {
        Label status = new Label(parent, style);
        GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).indent(4, 2).applyTo(status);
        return status;
    }

    /** The main widget (focus, visibility). */
    protected abstract Control control();

    /**
     * Computes what the view shows from {@code corpus}, off the UI thread: reads the corpus and the
     * view's settings as they were when the refresh began, never widgets. Checks {@code monitor}
     * between steps ({@link OperationCanceledException} when cancelled).
     */
    protected abstract R compute(Corpus corpus, IProgressMonitor monitor);

    /** Shows {@code result} on the UI thread; null when no workspace is open. */
    protected abstract void show(R result);

    /** Another part's selection changed and rested; the view may highlight what it shows of it. */
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
    }

    private void setInput(Session newSession) {
        session = newSession;
        corpus = newSession == null ? null : newSession.corpusSoFar();
        generation++;
        if (isAlive()) {
            refreshNow();
        }
    }

    public Session session() {
        return session;
    }

    public Corpus corpus() {
        return corpus;
    }

    /** Runs {@code edit} through the session: journaled, and undoable like any other edit. */
    protected void execute(Edit edit) {
        if (session == null) {
            throw new IllegalStateException("no workspace is open in " + getPartName());
        }
        session.execute(edit);
    }

    /**
     * Whether the view refreshes by itself after an edit. A view whose analysis takes seconds on a big
     * workspace answers false there: its job would burn the processors after every click, so the view
     * says the workspace changed and waits for Refresh (F5). Decided by size, not by a timing, so the
     * behaviour does not depend on the machine's load.
     */
    protected boolean refreshesByItself(Corpus c) {
        return true;
    }

    /**
     * Recomputes now (also when hidden): cancels a computation under way and starts one on the corpus
     * as it is; the view shows the result when it is done. A view setting that changes what is
     * computed (a granularity, a roll-up) calls this too.
     */
    public void refreshNow() {
        if (!isAlive()) {
            return;
        }
        if (job != null) {
            job.cancel();
            job = null;
        }
        long gen = ++generation;
        stale = true;
        Corpus c = corpus;
        if (c == null) {
            apply(null, gen, 0);
            return;
        }
        if (session != null && session.isLoading()) {
            waitingForRest = true; // an analysis of the documents alone would show nothing: computed when the rest is in
            setContentDescription("Reading the actors and claims of " + session.name() + "\u2026");
            return;
        }
        Display display = control().getDisplay();
        Job j = new Job(getPartName() + ": analysing " + c.getDocuments().size() + " documents") {
            @Override
            public boolean belongsTo(Object family) {
                return family == AnalysisView.this; // Job.getJobManager().cancel(view) stops the view's analysis
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                long start = System.nanoTime();
                R result;
                try {
                    result = compute(c, monitor);
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    if (gen != generation) {
                        return Status.CANCEL_STATUS; // read while the corpus was edited: the newer run replaces it
                    }
                    display.asyncExec(() -> failed(gen, e));
                    return Status.OK_STATUS; // said in the view, no error dialog
                } finally {
                    monitor.done();
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                long computed = System.nanoTime() - start;
                display.asyncExec(() -> apply(result, gen, computed));
                return Status.OK_STATUS;
            }
        };
        j.setPriority(Job.LONG);
        j.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.CANCEL) {
                    display.asyncExec(() -> {
                        if (job == event.getJob()) {
                            job = null;
                        }
                        if (isAlive() && gen == generation && stale) {
                            setContentDescription("Cancelled: press Refresh (F5) to compute " + getPartName() + " again.");
                        }
                    });
                }
            }
        });
        job = j;
        setContentDescription("Analysing " + String.format(Locale.ROOT, "%,d", c.getDocuments().size()) + " documents\u2026");
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(j); // the view shows itself busy while it runs
        } else {
            j.schedule();
        }
    }

    private void apply(R result, long gen, long computeNanos) {
        if (!isAlive() || gen != generation) {
            return; // the corpus or the settings changed meanwhile: a newer run is coming
        }
        long start = System.nanoTime();
        show(result);
        lastShowNanos = System.nanoTime() - start;
        lastComputeNanos = computeNanos;
        job = null;
        stale = false;
        setContentDescription("");
    }

    private void failed(long gen, RuntimeException e) {
        if (isAlive() && gen == generation) {
            job = null;
            setContentDescription(getPartName() + " cannot be computed: " + e);
        }
    }

    /** How long the last shown result took to compute, off the UI thread (for the status line and the benchmark). */
    public long lastComputeNanos() {
        return lastComputeNanos;
    }

    /** How long showing the last result held the UI thread. */
    public long lastShowNanos() {
        return lastShowNanos;
    }

    /** Whether the view does not show the corpus as it is now (changed since, or being computed). */
    public boolean isStale() {
        return stale;
    }

    /** Whether a computation is under way. */
    public boolean isComputing() {
        return job != null;
    }

    private void markStale() {
        generation++;
        stale = true;
        if (job != null) {
            job.cancel(); // its result would be dropped
            job = null;
        }
        postRefresh();
    }

    private void postRefresh() {
        if (refreshPosted || !isAlive()) {
            return;
        }
        refreshPosted = true;
        control().getDisplay().asyncExec(() -> {
            refreshPosted = false;
            if (stale && job == null && isAlive() && getSite().getPage().isPartVisible(this)) {
                if (corpus == null || refreshesByItself(corpus)) {
                    refreshNow();
                } else {
                    setContentDescription(String.format(Locale.ROOT,
                            "The workspace changed: press Refresh (F5) to update (the last refresh took %.1f s).",
                            (lastComputeNanos + lastShowNanos) / 1e9));
                }
            }
        });
    }

    protected boolean isAlive() {
        return control() != null && !control().isDisposed();
    }

    /** Stops at a cancelled monitor: call between the steps of {@link #compute}. */
    protected static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** The first element of a structured selection, or null. */
    protected static Object first(ISelection selection) {
        return selection instanceof IStructuredSelection s && !s.isEmpty() ? s.getFirstElement() : null;
    }

    @Override
    public void setFocus() {
        if (isAlive()) {
            control().setFocus();
        }
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        if (job != null) {
            job.cancel();
        }
        getSite().getPage().removePostSelectionListener(selectionListener);
        getSite().getPage().removePartListener(visibility);
        super.dispose();
    }
}
