package org.sightline.ui.analysis.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.sightline.ui.session.api.Session;

/**
 * Edit &gt; Undo / Redo (Ctrl+Z, Ctrl+Y) while an analysis view has focus: the session's history,
 * labelled with the edit ("Undo Set Consistency"), the same history the workbench's own views undo.
 * The workbench keeps its equivalent internal; this uses only the public {@link Session} API.
 */
final class UndoRedo {

    private final AnalysisView view;
    private final IAction undo = new Action("&Undo") {
        @Override
        public void run() {
            Session s = view.session();
            if (s != null && s.canUndo()) {
                s.undo();
            }
        }
    };
    private final IAction redo = new Action("&Redo") {
        @Override
        public void run() {
            Session s = view.session();
            if (s != null && s.canRedo()) {
                s.redo();
            }
        }
    };

    UndoRedo(AnalysisView view, IActionBars bars) {
        this.view = view;
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        update();
        bars.updateActionBars();
    }

    /** After each command and when another session is shown. */
    void update() {
        Session s = view.session();
        boolean canUndo = s != null && !s.isClosed() && s.canUndo();
        boolean canRedo = s != null && !s.isClosed() && s.canRedo();
        undo.setEnabled(canUndo);
        redo.setEnabled(canRedo);
        undo.setText(canUndo ? "&Undo " + s.undoLabel() : "&Undo");
        redo.setText(canRedo ? "&Redo " + s.redoLabel() : "&Redo");
    }
}
