package org.sightline.ui.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.URLTransfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.sightline.ui.api.SessionTracker;
import org.sightline.ui.api.UndoRedo;
import org.sightline.ui.session.api.Session;

/**
 * What all Sightline views share: they show the open session and follow when another is opened,
 * refresh after each edit, undo and redo, hear the selection of the other views, give the
 * Properties view its page, handle Undo / Redo, and take files or links dropped on them as
 * imports.
 */
public abstract class SightlineView extends ViewPart {

    protected Session session;
    private SessionTracker tracker;
    private final ISelectionListener selections = (part, selection) -> {
        if (part != this && control() != null && !control().isDisposed() && inSession(first(selection))) {
            selectionChanged(part, selection);
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        createControl(parent);
        UndoRedo.install(getViewSite().getActionBars());
        acceptDrops(control());
        getSite().getPage().addSelectionListener(selections);
        tracker = new SessionTracker(this::bind, (s, affected) -> {
            if (control() != null && !control().isDisposed()) {
                refresh(affected);
            }
        });
    }

    /** Creates the widgets and sets the site's selection provider. */
    protected abstract void createControl(Composite parent);

    /** The main widget (focus, drops). */
    protected abstract Control control();

    /** Another workspace was opened (session may be null): show it from scratch. */
    protected abstract void sessionChanged();

    /** The session's corpus changed (edit, undo, redo) or was saved. */
    protected abstract void refresh(Collection<?> affected);

    /** Another part's selection changed. */
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
    }

    private void bind(Session s) {
        session = s;
        if (control() != null && !control().isDisposed()) {
            sessionChanged();
        }
    }

    /** Files, folders and links dropped on {@code control} are imported into the open workspace. */
    protected void acceptDrops(Control control) {
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
        target.setTransfer(new Transfer[] { FileTransfer.getInstance(), URLTransfer.getInstance() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
                    event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
                }
            }

            @Override
            public void drop(DropTargetEvent event) {
                importDropped(event.data);
            }
        });
    }

    /** Imports dropped files (FileTransfer) or a link (URLTransfer); false when {@code data} is neither. */
    protected boolean importDropped(Object data) {
        List<String> inputs = switch (data) {
            case String[] files -> Arrays.asList(files);
            case String url -> List.of(url.lines().findFirst().orElse(url).strip());
            case null, default -> List.of();
        };
        if (inputs.isEmpty() || session == null) {
            return false;
        }
        ImportJob.of(session, inputs).schedule();
        return true;
    }

    /** Whether {@code o} is a model object of the open workspace (not of one closed since). */
    protected boolean inSession(Object o) {
        return session != null && o instanceof org.eclipse.emf.ecore.EObject e
                && org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(e) == session.corpusSoFar();
    }

    /** The first element of a structured selection, or null. */
    protected static Object first(ISelection selection) {
        return selection instanceof IStructuredSelection s && !s.isEmpty() ? s.getFirstElement() : null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new SightlinePropertySheetPage());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        if (control() != null && !control().isDisposed()) {
            control().setFocus();
        }
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        getSite().getPage().removeSelectionListener(selections);
        super.dispose();
    }

    static final int STYLE_TABLE = SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER;
}
