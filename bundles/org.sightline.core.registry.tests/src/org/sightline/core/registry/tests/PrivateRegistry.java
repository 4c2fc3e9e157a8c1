package org.sightline.core.registry.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.IDynamicExtensionRegistry;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;

/**
 * An extension registry of the tests' own, filled from plugin.xml text: the real Equinox registry
 * implementation, without OSGi, so the reader's tests run on a plain class path as well. Classes
 * are loaded from the tests' class loader and change events are delivered at once, on the caller's
 * thread, so that a test sees them without waiting.
 */
final class PrivateRegistry implements AutoCloseable {

    /** The extension points of org.sightline.core, as it declares them. */
    static final String CORE = "org.sightline.core";

    private final Object token = new Object();
    final IExtensionRegistry registry;

    PrivateRegistry() {
        registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null) {
            @Override
            public Object createExecutableExtension(RegistryContributor contributor, String className, String overriddenName) throws CoreException {
                try {
                    return Class.forName(className, true, PrivateRegistry.class.getClassLoader()).getConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError e) {
                    throw new CoreException(new Status(IStatus.ERROR, contributor.getActualName(), "cannot create " + className + ": " + e, e));
                }
            }

            @Override
            public void scheduleChangeEvent(Object[] listeners, Map<String, ?> deltas, Object registry) {
                processChangeEvent(listeners, deltas, registry);
            }
        }, token, null);
        // Sightline's points, from the plugin.xml that ships in org.sightline.core, and a stand-in for
        // the workbench's org.eclipse.ui.views (no UI bundle in these tests).
        contribute(CORE, SourceTree.coreFile("plugin.xml"));
        contribute("org.eclipse.ui", "<plugin><extension-point id=\"views\" name=\"Views\"/></plugin>");
    }

    /** Adds the contributions of a bundle named {@code bundle}, given as the text of its plugin.xml. */
    IContributor contribute(String bundle, String pluginXml) {
        IContributor c = ContributorFactorySimple.createContributor(bundle);
        boolean ok = registry.addContribution(new ByteArrayInputStream(pluginXml.getBytes(StandardCharsets.UTF_8)), c, false, bundle, null, token);
        if (!ok) {
            throw new IllegalArgumentException("the registry refused the plugin.xml of " + bundle + ":\n" + pluginXml);
        }
        return c;
    }

    /** Removes everything {@code contributor} added, as when its bundle is uninstalled. */
    void remove(IContributor contributor) {
        ((IDynamicExtensionRegistry) registry).removeContributor(contributor, token);
    }

    @Override
    public void close() {
        registry.stop(token);
    }
}
