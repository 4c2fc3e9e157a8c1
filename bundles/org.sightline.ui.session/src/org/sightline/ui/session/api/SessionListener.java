package org.sightline.ui.session.api;

import java.util.Collection;

/** Hears about changes to a session's corpus (edit, undo, redo) and its dirty state (save). */
@FunctionalInterface
public interface SessionListener {

    /**
     * Called on the thread that changed the session (the UI thread in the workbench).
     *
     * @param affected the objects the last command says it affected; empty after a save
     */
    void sessionChanged(Session session, Collection<?> affected);
}
