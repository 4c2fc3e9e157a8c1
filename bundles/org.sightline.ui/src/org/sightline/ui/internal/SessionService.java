package org.sightline.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.SourceResolver;
import org.sightline.core.registry.api.LiveRegistry;
import org.sightline.importer.web.api.StandardInputs;
import org.sightline.model.io.WorkspaceException;
import org.sightline.ui.session.api.Session;

/**
 * The workbench's one open workspace ({@link Session}) and what goes with it: the contributed
 * registry as the preferences shape it, the input resolvers, the recovery folder, recent files.
 * Used on the UI thread only.
 */
public final class SessionService {

    private static final SessionService INSTANCE = new SessionService();

    private Session current;
    private final List<Consumer<Session>> listeners = new CopyOnWriteArrayList<>();
    private LiveRegistry registry;

    private SessionService() {
    }

    public static SessionService get() {
        return INSTANCE;
    }

    /** The open workspace, or null before the first one is opened. */
    public Session current() {
        return current;
    }

    /** Makes {@code session} the open workspace; the previous one is closed (ask before: {@link #confirmDiscard}). */
    public void setCurrent(Session session) {
        Session previous = current;
        current = session;
        if (previous != null && previous != session) {
            previous.close();
        }
        session.file().ifPresent(Preferences::addRecent);
        session.file().ifPresent(Preferences::setLastWorkspace);
        for (Consumer<Session> l : listeners) {
            l.accept(session);
        }
    }

    /** Called with each newly opened workspace. */
    public void addListener(Consumer<Session> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Session> listener) {
        listeners.remove(listener);
    }

    /**
     * When the open workspace has unsaved changes, asks whether to save them: true to go on (saved
     * or discarded), false when the analyst cancelled or the save failed.
     */
    public boolean confirmDiscard(Shell shell, String action) {
        if (current == null || !current.isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, "Save Changes", null,
                "\"" + current.name() + "\" has unsaved changes. Save them before you " + action + "?", MessageDialog.QUESTION,
                new String[] { "&Save", "Do&n't Save", IDialogConstants.CANCEL_LABEL }, 0);
        return switch (dialog.open()) {
            case 0 -> SaveHandler.save(shell, current, false);
            case 1 -> true;
            default -> false;
        };
    }

    /** Where this workbench keeps its own files (the OSGi instance area, ~/.sightline/workspace in the product). */
    public static Path instanceFolder() {
        try {
            URL url = Platform.getInstanceLocation().getURL();
            Path folder = Path.of(url.toURI());
            Files.createDirectories(folder);
            return folder;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(Platform.getInstanceLocation().getURL().getPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Sightline folder: " + e.getMessage(), e);
        }
    }

    /** The folder of the sessions' recovery journals. */
    public static Path recoveryRoot() {
        return instanceFolder().resolve(".recovery");
    }

    /** The contributions as installed, with the analyst's pipeline preferences applied. */
    public SightlineRegistry registry() {
        if (registry == null) {
            registry = new LiveRegistry(RegistryFactory.getRegistry());
        }
        return Preferences.pipeline().apply(registry.current());
    }

    /** The contributed registry as installed (for the preference page). */
    public SightlineRegistry installedRegistry() {
        if (registry == null) {
            registry = new LiveRegistry(RegistryFactory.getRegistry());
        }
        return registry.current();
    }

    /** What the pipeline can read inputs from: files and folders, http(s) URLs. */
    public static List<SourceResolver> resolvers() {
        return StandardInputs.resolvers();
    }

    /** Opens {@code file} as the workspace on this thread (use {@link OpenJob} for big files). */
    public Session open(Path file) throws WorkspaceException {
        Session s = Session.open(file, recoveryRoot());
        setCurrent(s);
        return s;
    }
}
