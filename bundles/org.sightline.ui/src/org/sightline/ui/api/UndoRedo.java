package org.sightline.ui.api;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.sightline.ui.session.api.Session;

/**
 * Edit &gt; Undo and Redo (Ctrl+Z, Ctrl+Y) on the open session's history, for every part that shows
 * Sightline data (views, pages, third-party views): {@link #install} makes a part's Undo and Redo work
 * on the one history, whichever part has focus, labelled with the edit ("Undo Confirm claim"). One
 * pair of actions serves all parts and follows the open session (as Platform UI's
 * UndoRedoActionGroup does per part).
 * <p>
 * UI thread only.
 *
 * @since 0.2
 */
public final class UndoRedo {

    private static UndoRedo instance;

    private final IAction undo = new Action("&Undo") {
        @Override
        public void run() {
            Session s = tracker.session();
            if (s != null && !s.isClosed() && s.canUndo()) {
                s.undo();
            }
        }
    };
    private final IAction redo = new Action("&Redo") {
        @Override
        public void run() {
            Session s = tracker.session();
            if (s != null && !s.isClosed() && s.canRedo()) {
                s.redo();
            }
        }
    };
    private final SessionTracker tracker;

    private UndoRedo() {
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        tracker = new SessionTracker(s -> update(s), (s, affected) -> update(s));
    }

    /** Makes Undo and Redo of {@code bars} (a view's or a page's) work on the open session's history. */
    public static void install(IActionBars bars) {
        if (instance == null) {
            instance = new UndoRedo();
        }
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), instance.undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), instance.redo);
        bars.updateActionBars();
    }

    private void update(Session s) {
        boolean canUndo = s != null && !s.isClosed() && s.canUndo();
        boolean canRedo = s != null && !s.isClosed() && s.canRedo();
        undo.setEnabled(canUndo);
        redo.setEnabled(canRedo);
        undo.setText(canUndo ? "&Undo " + s.undoLabel() : "&Undo");
        redo.setText(canRedo ? "&Redo " + s.redoLabel() : "&Redo");
    }
}
