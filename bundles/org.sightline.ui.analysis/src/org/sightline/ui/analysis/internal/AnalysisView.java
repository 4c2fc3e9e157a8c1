package org.sightline.ui.analysis.internal;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.sightline.model.Corpus;
import org.sightline.ui.api.SessionTracker;
import org.sightline.ui.api.SightlineWorkbench;
import org.sightline.ui.api.UndoRedo;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/**
 * What the analysis views share: they show the workspace the workbench has open (a {@link Session})
 * and follow when another is opened, refresh after each edit, undo or redo, and hear the selection of
 * the other views. Every edit goes through {@link Session#execute}. Built on the workbench's public
 * API ({@link SightlineWorkbench}, {@link SessionTracker}, {@link UndoRedo}), as any third-party view
 * would be.
 * <p>
 * Analyses read the whole corpus, so a refresh is not cheap on a big workspace: edits only mark the
 * view stale, one refresh runs after the current event (several edits in a row cost one), a view
 * hidden behind another tab waits until it is shown, and a view whose analysis is slow on a big
 * workspace waits for Refresh (F5), see {@link #refreshesByItself}.
 */
public abstract class AnalysisView extends ViewPart {

    private Session session;
    private Corpus corpus;
    private SessionTracker tracker;
    private boolean stale;
    private boolean refreshPosted;
    private long lastRefreshNanos;

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
        IAction refreshAction = ActorNetworkView.action("Refresh", "Run the analysis again on the workspace (F5)", this::refreshNow);
        refreshAction.setActionDefinitionId("org.eclipse.ui.file.refresh");
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refreshAction);
        getSite().getPage().addSelectionListener(selectionListener);
        getSite().getPage().addPartListener(visibility);
        tracker = new SessionTracker(this::setInput, (s, affected) -> {
            if (!affected.isEmpty()) { // empty: a save, nothing to recompute
                markStale();
            }
        });
    }

    /** Creates the widgets and sets the site's selection provider. */
    protected abstract void createContents(Composite parent);

    /** The main widget (focus, visibility). */
    protected abstract Control control();

    /** Recomputes the analysis from {@link #corpus()} (null: nothing open) and shows it. */
    protected abstract void refresh();

    /** Another part's selection changed; the view may highlight what it shows of it. */
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
    }

    /** Shows {@code newSession}'s workspace (null: nothing open). */
    private void setInput(Session newSession) {
        session = newSession;
        corpus = newSession == null ? null : newSession.corpus();
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
        checkOpen();
        session.execute(edit);
    }

    private void checkOpen() {
        if (session == null) {
            throw new IllegalStateException("no workspace is open in " + getPartName());
        }
    }

    /**
     * Whether the view refreshes by itself after an edit. A view whose analysis takes seconds on a big
     * workspace answers false there: the analyst would wait after every click, so the view says the
     * workspace changed and waits for Refresh (F5). Decided by size, not by a timing, so the behaviour
     * does not depend on the machine's load.
     */
    protected boolean refreshesByItself(Corpus c) {
        return true;
    }

    /** Refreshes at once (also when hidden) and records how long it took. */
    public void refreshNow() {
        stale = false;
        long start = System.nanoTime();
        refresh();
        lastRefreshNanos = System.nanoTime() - start;
        setContentDescription("");
    }

    /** Duration of the last refresh, for the status line and the benchmark. */
    public long lastRefreshNanos() {
        return lastRefreshNanos;
    }

    /** Whether the corpus changed since the view last showed it. */
    public boolean isStale() {
        return stale;
    }

    private void markStale() {
        stale = true;
        postRefresh();
    }

    private void postRefresh() {
        if (refreshPosted || !isAlive()) {
            return;
        }
        refreshPosted = true;
        control().getDisplay().asyncExec(() -> {
            refreshPosted = false;
            if (stale && isAlive() && getSite().getPage().isPartVisible(this)) {
                if (corpus == null || refreshesByItself(corpus)) {
                    refreshNow();
                } else {
                    setContentDescription(String.format(java.util.Locale.ROOT,
                            "The workspace changed: press Refresh (F5) to update (the last refresh took %.1f s).", lastRefreshNanos / 1e9));
                }
            }
        });
    }

    protected boolean isAlive() {
        return control() != null && !control().isDisposed();
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
        getSite().getPage().removeSelectionListener(selectionListener);
        getSite().getPage().removePartListener(visibility);
        super.dispose();
    }
}
