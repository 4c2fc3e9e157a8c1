package org.sightline.ui.api;

import java.util.function.Consumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.sightline.core.registry.api.ExtensionRegistryReader;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.session.api.Session;

/**
 * For views contributed by other bundles (the cross-document analyses, third parties): the
 * workspace the analyst has open, and notice when another one is opened. Edit it only through
 * {@link Session#execute}, so undo, redo and crash recovery cover the change. UI thread only.
 *
 * @since 0.1.0
 */
public final class SightlineWorkbench {

    /** The Sightline view category of org.eclipse.ui.views (the registry bridge's constant: one definition). */
    public static final String VIEW_CATEGORY = ExtensionRegistryReader.VIEW_CATEGORY;
    /** The folder of the Analysis perspective where cross-document views go (beside Claims). */
    public static final String ANALYSES_FOLDER = "org.sightline.ui.folders.bottom";

    private SightlineWorkbench() {
    }

    /** The open workspace, or null before one is open. */
    public static Session session() {
        return SessionService.get().current();
    }

    /**
     * Called on the UI thread each time another workspace becomes the open one. A view that also needs
     * the open session's changes uses a {@link SessionTracker}, which does both.
     */
    public static void addSessionListener(Consumer<Session> listener) {
        SessionService.get().addListener(listener);
    }

    public static void removeSessionListener(Consumer<Session> listener) {
        SessionService.get().removeListener(listener);
    }

    /**
     * Gives {@code control} its view's context menu: the commands contributed to {@code popup:<view id>}
     * (plugin.xml menuContributions, enabled by {@code selection}), in the standard additions group.
     *
     * @since 0.2.0
     */
    public static void installContextMenu(IWorkbenchPartSite site, Control control, ISelectionProvider selection) {
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        control.setMenu(menu.createContextMenu(control));
        site.registerContextMenu(menu, selection);
    }
}
