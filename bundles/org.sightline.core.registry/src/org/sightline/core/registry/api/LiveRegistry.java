package org.sightline.core.registry.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.sightline.core.api.ContributionKind;
import org.sightline.core.api.SightlineRegistry;

/**
 * The current {@link SightlineRegistry} of a running product, re-read whenever a bundle adds or
 * removes contributions (dynamic bundles), with listeners for those changes.
 *
 * @since 0.1.0
 */
public final class LiveRegistry implements AutoCloseable {

    private static final String VIEWS_POINT = "org.eclipse.ui.views";

    private final IExtensionRegistry registry;
    private final List<Consumer<SightlineRegistry>> listeners = new CopyOnWriteArrayList<>();
    private final IRegistryEventListener watcher = new IRegistryEventListener() {
        @Override
        public void added(IExtension[] extensions) {
            refreshIfOurs(extensions);
        }

        @Override
        public void removed(IExtension[] extensions) {
            refreshIfOurs(extensions);
        }

        @Override
        public void added(IExtensionPoint[] points) {
            refreshIfOurs(points);
        }

        @Override
        public void removed(IExtensionPoint[] points) {
            refreshIfOurs(points);
        }
    };
    private volatile SightlineRegistry current;
    private final java.util.Set<ExtensionRegistryReader.Problem> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public LiveRegistry(IExtensionRegistry registry) {
        this.registry = registry;
        this.current = read();
        registry.addListener(watcher);
    }

    /** The contributions as they are now. */
    public SightlineRegistry current() {
        return current;
    }

    /** Called with the new registry after each change, on the thread that changed the bundles. */
    public void addListener(Consumer<SightlineRegistry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SightlineRegistry> listener) {
        listeners.remove(listener);
    }

    private void refreshIfOurs(IExtension[] extensions) {
        for (IExtension e : extensions) {
            if (ours(e.getExtensionPointUniqueIdentifier())) {
                refresh();
                return;
            }
        }
    }

    /** Points come and go with every bundle that declares one: re-read only for those we read. */
    private void refreshIfOurs(IExtensionPoint[] points) {
        for (IExtensionPoint p : points) {
            if (ours(p.getUniqueIdentifier())) {
                refresh();
                return;
            }
        }
    }

    private static boolean ours(String pointId) {
        return pointId.startsWith(ContributionKind.NAMESPACE + ".") || pointId.equals(VIEWS_POINT);
    }

    private void refresh() {
        SightlineRegistry r = read();
        current = r;
        for (Consumer<SightlineRegistry> l : listeners) {
            l.accept(r);
        }
    }

    /** Reads the registry, logging each skipped contribution once, not again at every change of other bundles. */
    private SightlineRegistry read() {
        return ExtensionRegistryReader.read(registry, p -> {
            if (reported.add(p)) {
                ExtensionRegistryReader.log(p);
            }
        });
    }

    @Override
    public void close() {
        registry.removeListener(watcher);
        listeners.clear();
    }
}
