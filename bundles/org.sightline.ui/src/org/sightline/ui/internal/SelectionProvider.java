package org.sightline.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A selection provider for views that are not JFace viewers (the virtual Claims table, the
 * document text): the view reports what the analyst selected; {@link #setSelection} asks the view
 * to show it.
 */
final class SelectionProvider implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final Consumer<ISelection> reveal;
    private ISelection selection = StructuredSelection.EMPTY;

    SelectionProvider(Consumer<ISelection> reveal) {
        this.reveal = reveal;
    }

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

    @Override
    public void setSelection(ISelection s) {
        reveal.accept(s);
    }

    /** The view's widget selection changed to {@code s}. */
    void changed(ISelection s) {
        selection = s;
        SelectionChangedEvent event = new SelectionChangedEvent(this, s);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
    }
}
