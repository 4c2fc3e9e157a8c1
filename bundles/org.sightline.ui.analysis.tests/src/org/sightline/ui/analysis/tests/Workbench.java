package org.sightline.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.sightline.model.Corpus;
import org.sightline.testing.ui.EventLoop;
import org.sightline.ui.analysis.internal.AnalysisView;
import org.sightline.ui.api.SightlineWorkbench;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.session.api.Session;

/** Drives the real workbench from tests running on the UI thread. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertNotNull(page, "the workbench has an active page");
        return page;
    }

    /**
     * Opens {@code corpus} as the workbench's workspace (a new untitled session, as after an import)
     * unless it is open already, then shows and activates view {@code id}, which picks it up.
     */
    static <T extends AnalysisView<?>> T show(String id, Class<T> type, Corpus corpus) {
        Session current = SightlineWorkbench.session();
        if (current == null || current.corpus() != corpus) {
            open(corpus);
        }
        T view = show(id, type);
        assertSame(corpus, view.corpus(), "the view shows the open workspace");
        settle(view);
        return view;
    }

    /** Waits until the view shows the corpus as it is (its analysis job has run and the result is shown). */
    static void settle(AnalysisView<?> view) {
        spinUntil(() -> !view.isStale(), 120_000, view.getPartName() + " shows its analysis");
    }

    /**
     * Makes {@code corpus} the open workspace. SessionService is the workbench's internal (friends:
     * its own tests): there is no public "open this session" yet, only SightlineWorkbench to read it.
     */
    static Session open(Corpus corpus) {
        Session s = Session.of(corpus, null, SessionService.recoveryRoot());
        SessionService.get().setCurrent(s);
        flush();
        return s;
    }

    /** Shows a new instance of view {@code id} (an open one is closed first: no state from earlier tests). */
    static <T extends IViewPart> T show(String id, Class<T> type) {
        IViewPart open = page().findView(id);
        if (open != null) {
            page().hideView(open);
            flush();
        }
        try {
            T view = type.cast(page().showView(id));
            flush();
            return view;
        } catch (PartInitException e) {
            throw new AssertionError("cannot show view " + id, e);
        }
    }

    /** Runs workbench command {@code id} (Edit > Undo is org.eclipse.ui.edit.undo) as its key binding would. */
    static void command(String id) {
        try {
            page().getWorkbenchWindow().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(id, null);
        } catch (org.eclipse.core.commands.common.CommandException e) {
            throw new AssertionError("command " + id + " failed: " + e.getMessage(), e);
        }
        flush();
    }

    /** Whether command {@code id} is enabled now, its handlers' enabledWhen evaluated on the workbench's current state. */
    static boolean commandEnabled(String id) {
        org.eclipse.ui.handlers.IHandlerService handlers = page().getWorkbenchWindow().getService(org.eclipse.ui.handlers.IHandlerService.class);
        org.eclipse.core.commands.Command command = page().getWorkbenchWindow().getService(org.eclipse.ui.commands.ICommandService.class)
                .getCommand(id);
        command.setEnabled(handlers.getCurrentState());
        return command.isEnabled();
    }

    /** Runs the event loop until {@code condition} holds. */
    static void spinUntil(BooleanSupplier condition, long timeoutMs, String what) {
        EventLoop.spinUntil(condition, timeoutMs, what);
    }

    /** Lets pending events (async refreshes, selection notifications, repaints) run. */
    static void flush() {
        EventLoop.flush();
    }

    /** A left click at {@code p} on {@code control}, as the widget's listeners receive it. */
    static void click(Control control, Point p) {
        Event down = new Event();
        down.button = 1;
        down.x = p.x;
        down.y = p.y;
        control.notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.button = 1;
        up.x = p.x;
        up.y = p.y;
        control.notifyListeners(SWT.MouseUp, up);
        flush();
    }

    /** Records the selections the page reports, with the part that made each. */
    static final class Selections implements ISelectionListener, AutoCloseable {
        final List<IWorkbenchPart> parts = new CopyOnWriteArrayList<>();
        final List<ISelection> selections = new CopyOnWriteArrayList<>();

        Selections() {
            page().addSelectionListener(this);
        }

        @Override
        public void selectionChanged(IWorkbenchPart part, ISelection selection) {
            parts.add(part);
            selections.add(selection);
        }

        ISelection last() {
            return selections.isEmpty() ? null : selections.get(selections.size() - 1);
        }

        @Override
        public void close() {
            page().removeSelectionListener(this);
        }
    }
}
