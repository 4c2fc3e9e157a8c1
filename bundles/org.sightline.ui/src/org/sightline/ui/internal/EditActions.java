package org.sightline.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.sightline.ui.session.api.Session;
import org.sightline.ui.session.api.SessionListener;

/**
 * Undo and Redo on the open session's command stack, shared by every Sightline view and the
 * Properties page as their handlers of the workbench's Edit > Undo / Redo (Ctrl+Z, Ctrl+Y), so the
 * same history is undone whichever view has focus. Labels name the edit: "Undo Confirm claim".
 */
final class EditActions {

    private static EditActions instance;

    final IAction undo = new Action("&Undo") {
        @Override
        public void run() {
            Session s = SessionService.get().current();
            if (s != null && s.canUndo()) {
                s.undo();
            }
        }
    };
    final IAction redo = new Action("&Redo") {
        @Override
        public void run() {
            Session s = SessionService.get().current();
            if (s != null && s.canRedo()) {
                s.redo();
            }
        }
    };

    private Session watched;
    private final SessionListener update = (s, affected) -> update();

    private EditActions() {
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        Consumer<Session> follow = this::watch;
        SessionService.get().addListener(follow);
        watch(SessionService.get().current());
    }

    static EditActions get() {
        if (instance == null) {
            instance = new EditActions();
        }
        return instance;
    }

    /** Makes Undo and Redo of {@code bars} (a view's or a page's) work on the session. */
    static void install(IActionBars bars) {
        EditActions a = get();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), a.undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), a.redo);
        bars.updateActionBars();
    }

    private void watch(Session s) {
        if (watched != null) {
            watched.removeListener(update);
        }
        watched = s;
        if (s != null) {
            s.addListener(update);
        }
        update();
    }

    private void update() {
        Session s = watched;
        undo.setEnabled(s != null && s.canUndo());
        redo.setEnabled(s != null && s.canRedo());
        undo.setText(s != null && s.canUndo() ? "&Undo " + s.undoLabel() : "&Undo");
        redo.setText(s != null && s.canRedo() ? "&Redo " + s.redoLabel() : "&Redo");
    }
}
