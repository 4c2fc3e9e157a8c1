package org.sightline.ui.analysis.internal;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The selection provider of a view that draws itself (canvas, chart, matrix): the view reports what
 * the analyst picked with {@link #post}; other parts read it through the site.
 */
final class SelectionSupport implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    /** Programmatic selection is only recorded: the views highlight from the model, not from here. */
    @Override
    public void setSelection(ISelection s) {
        selection = s == null ? StructuredSelection.EMPTY : s;
    }

    /** The analyst selected {@code s} in the view: tell the workbench. */
    void post(ISelection s) {
        selection = s;
        SelectionChangedEvent event = new SelectionChangedEvent(this, s);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
    }
}
