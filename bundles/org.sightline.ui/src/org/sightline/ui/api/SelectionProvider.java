package org.sightline.ui.api;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.util.OpenStrategy;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;

/**
 * The selection provider of a view that is not a JFace viewer (a virtual table, a text, a canvas, a
 * chart): the view reports what the analyst selected with {@link #fire}; other parts hear it through
 * the site. Selection listeners hear every change at once; post-selection listeners (the expensive
 * views) hear it once the selection has rested for {@link OpenStrategy#getPostSelectionDelay()}, as
 * with a JFace viewer, so arrowing through a table does not recompute an analysis per row.
 * <p>
 * UI thread only.
 *
 * @since 0.2
 */
public final class SelectionProvider implements IPostSelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private final Consumer<ISelection> reveal;
    private ISelection selection = StructuredSelection.EMPTY;
    private ISelection posted;
    private final Runnable post = this::firePost;

    /** For a view that shows a selection set from outside by highlighting from the model (or not at all). */
    public SelectionProvider() {
        this(null);
    }

    /**
     * @param reveal shows a selection set from outside ({@link #setSelection}) in the view's widgets;
     *            it calls {@link #fire} if the view's selection changes as a result
     */
    public SelectionProvider(Consumer<ISelection> reveal) {
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
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    /** Asks the view to show {@code s}; without a reveal function {@code s} is only recorded. */
    @Override
    public void setSelection(ISelection s) {
        if (reveal != null) {
            reveal.accept(s == null ? StructuredSelection.EMPTY : s);
        } else {
            selection = s == null ? StructuredSelection.EMPTY : s;
        }
    }

    /** The analyst selected {@code s} in the view: tells the selection listeners now, the post-selection ones soon. */
    public void fire(ISelection s) {
        selection = s == null ? StructuredSelection.EMPTY : s;
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
        posted = selection;
        Display display = Display.getCurrent();
        if (display == null) {
            firePost();
        } else {
            display.timerExec(OpenStrategy.getPostSelectionDelay(), post); // restarts the wait if one is pending
        }
    }

    private void firePost() {
        if (posted == null) {
            return;
        }
        SelectionChangedEvent event = new SelectionChangedEvent(this, posted);
        posted = null;
        for (ISelectionChangedListener l : postListeners) {
            l.selectionChanged(event);
        }
    }
}
