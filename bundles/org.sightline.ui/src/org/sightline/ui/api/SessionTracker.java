package org.sightline.ui.api;

import java.util.function.Consumer;

import org.sightline.ui.session.api.Session;
import org.sightline.ui.session.api.SessionListener;

/**
 * Follows the workspace the workbench has open, and its changes: the one way a view, an action or a
 * window title keeps up with the analyst's work. When another workspace is opened, the tracker stops
 * hearing the old session, starts hearing the new one and calls {@code opened}; after each edit, undo,
 * redo or save of the open session it calls {@code changed} (the {@link SessionListener} contract:
 * affected objects, empty after a save). Setting the open session again (as Save does, to record its
 * file) is not an opening: views keep their filters and selections. {@link #dispose} stops both.
 * <p>
 * UI thread only.
 *
 * @since 0.2
 */
public final class SessionTracker {

    private final Consumer<Session> opened;
    private final SessionListener changed;
    private final Consumer<Session> follow = this::bind;
    private final SessionListener relay;
    private Session session;
    private boolean disposed;

    /**
     * Starts following at once: {@code opened} is called before this constructor returns, with the
     * session open now (null when none is).
     *
     * @param opened called with each newly open session (null: none)
     * @param changed called after each change of the open session
     */
    public SessionTracker(Consumer<Session> opened, SessionListener changed) {
        this.opened = opened;
        this.changed = changed;
        this.relay = (s, affected) -> {
            if (!disposed && s == session) {
                changed.sessionChanged(s, affected);
            }
        };
        SightlineWorkbench.addSessionListener(follow);
        bind(SightlineWorkbench.session());
    }

    /** The session followed now, or null. */
    public Session session() {
        return session;
    }

    private void bind(Session s) {
        if (disposed || (s == session && s != null)) {
            return; // the same session set again (Save records its file so): nothing was opened
        }
        if (session != null) {
            session.removeListener(relay);
        }
        session = s;
        if (s != null) {
            s.addListener(relay);
        }
        opened.accept(s);
    }

    /** Stops following; the callbacks are not called again. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        SightlineWorkbench.removeSessionListener(follow);
        if (session != null) {
            session.removeListener(relay);
        }
        session = null;
    }
}
