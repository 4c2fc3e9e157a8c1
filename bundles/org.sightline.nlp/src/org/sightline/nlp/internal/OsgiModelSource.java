package org.sightline.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.sightline.nlp.api.ModelSource;

/**
 * Finds the OpenNLP model files inside the installed model bundles. The model jars keep their .bin
 * files at the jar root, which no package export makes visible, so they are read as bundle entries
 * of the bundles named {@code org.apache.opennlp.opennlp.models.*}. Outside OSGi (plain tests, a
 * class path), {@link ModelSource#defaultSource()} looks on the class path instead.
 */
public final class OsgiModelSource implements ModelSource {

    static final String MODEL_BUNDLE_PREFIX = "org.apache.opennlp.opennlp.models.";

    private final List<Bundle> modelBundles;

    private OsgiModelSource(List<Bundle> modelBundles) {
        this.modelBundles = modelBundles;
    }

    /**
     * The model bundles this bundle is wired to (its Require-Bundle on them), or null outside OSGi.
     * The wiring needs no bundle context, so this works whether or not this bundle was started.
     */
    public static ModelSource inFramework() {
        try {
            Bundle self = FrameworkUtil.getBundle(OsgiModelSource.class);
            BundleWiring wiring = self == null ? null : self.adapt(BundleWiring.class);
            if (wiring == null) {
                return null;
            }
            List<Bundle> models = new ArrayList<>();
            for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
                Bundle b = wire.getProvider().getBundle();
                if (b.getSymbolicName() != null && b.getSymbolicName().startsWith(MODEL_BUNDLE_PREFIX)) {
                    models.add(b);
                }
            }
            return new OsgiModelSource(models);
        } catch (NoClassDefFoundError notOsgi) {
            // org.osgi.framework is an optional import: no OSGi here.
            return null;
        }
    }

    @Override
    public InputStream open(String resourceName) throws IOException {
        for (Bundle b : modelBundles) {
            URL entry = b.getEntry(resourceName);
            if (entry != null) {
                return entry.openStream();
            }
        }
        throw new IOException("OpenNLP model '" + resourceName + "' is in none of the model bundles " + modelBundles
                + " (the installation is incomplete)");
    }
}
