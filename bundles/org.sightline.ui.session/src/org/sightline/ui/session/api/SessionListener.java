package org.sightline.ui.session.api;

import java.util.Collection;

/**
 * Hears about changes to a session's corpus (edit, undo, redo; the rest of a workspace opened in stages added) and its
 * dirty state (save).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SessionListener {

    /**
     * Called on the thread that changed the session (the UI thread in the workbench).
     *
     * @param affected after an edit, undo or redo: the objects the command says it affected (the corpus when it names
     *            none), never empty; after the rest of a workspace opened in stages was added
     *            ({@link Session#finishLoading()}): the corpus; after a save: empty, since nothing in the corpus changed
     */
    void sessionChanged(Session session, Collection<?> affected);
}
