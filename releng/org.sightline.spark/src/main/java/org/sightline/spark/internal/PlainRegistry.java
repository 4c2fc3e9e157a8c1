package org.sightline.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.registry.api.ExtensionRegistryReader;

/**
 * The contributions of the bundles on a plain class path (a Spark driver or executor): every
 * {@code plugin.xml} the class loader finds goes into the real Equinox extension registry, run
 * without OSGi, and {@link ExtensionRegistryReader} (the one bridge the product uses too) turns it
 * into a {@link SightlineRegistry}. So the job runs exactly the contributions whose jars it is
 * given, as the product runs those of its bundles. One registry per JVM.
 */
public final class PlainRegistry {

    private static volatile SightlineRegistry shared;

    private PlainRegistry() {
    }

    /** The registry of this JVM's class path, read once. */
    public static SightlineRegistry get() {
        SightlineRegistry r = shared;
        if (r == null) {
            synchronized (PlainRegistry.class) {
                r = shared;
                if (r == null) {
                    ClassLoader loader = Thread.currentThread().getContextClassLoader();
                    shared = r = read(loader != null ? loader : PlainRegistry.class.getClassLoader());
                }
            }
        }
        return r;
    }

    /** Reads the plugin.xml files that {@code loader} sees. */
    public static SightlineRegistry read(ClassLoader loader) {
        Object token = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null) {
            @Override
            public Object createExecutableExtension(RegistryContributor contributor, String className, String overriddenName) throws CoreException {
                try {
                    return Class.forName(className, true, loader).getConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError e) {
                    throw new CoreException(new Status(IStatus.ERROR, contributor.getActualName(), "cannot create " + className + ": " + e, e));
                }
            }

            @Override
            public void scheduleChangeEvent(Object[] listeners, Map<String, ?> deltas, Object reg) {
                processChangeEvent(listeners, deltas, reg); // no job manager without OSGi: deliver at once
            }
        }, token, null);
        List<URL> files;
        try {
            files = new ArrayList<>(Collections.list(loader.getResources("plugin.xml")));
        } catch (IOException e) {
            throw new IllegalStateException("the class path cannot be searched for plugin.xml: " + e.getMessage(), e);
        }
        // Extension points before the extensions that use them is not required by the registry, but a
        // fixed order makes the registry the same on every executor.
        files.sort((a, b) -> a.toString().compareTo(b.toString()));
        for (URL url : files) {
            String bundle = symbolicName(url);
            IContributor c = ContributorFactorySimple.createContributor(bundle);
            try (InputStream in = url.openStream()) {
                if (!registry.addContribution(in, c, false, bundle, null, token)) {
                    throw new IllegalStateException("the plugin.xml of " + bundle + " (" + url + ") is not valid");
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
            }
        }
        return ExtensionRegistryReader.read(registry);
    }

    /** The Bundle-SymbolicName in the manifest beside {@code pluginXml}, else the jar's or folder's name. */
    static String symbolicName(URL pluginXml) {
        try (InputStream in = new URL(pluginXml, "META-INF/MANIFEST.MF").openStream()) {
            String bsn = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
            if (bsn != null) {
                return bsn.split(";", 2)[0].trim();
            }
        } catch (IOException e) {
            // no manifest: named after its place below
        }
        String s = pluginXml.toString().replaceFirst("!?/plugin\\.xml$", "");
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
