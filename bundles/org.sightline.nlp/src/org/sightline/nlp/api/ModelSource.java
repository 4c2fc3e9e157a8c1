package org.sightline.nlp.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens a model resource by name. The default looks the name up on the class path; inside OSGi the
 * caller passes a source backed by {@code Bundle.getEntry} of the bundle that holds the model jars.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ModelSource {

    /** @return the stream of the named model, never null: throw if it is missing. */
    InputStream open(String resourceName) throws IOException;

    /** Class-path lookup through the given loader (the one that sees the OpenNLP model jars). */
    static ModelSource classLoader(ClassLoader loader) {
        return name -> {
            InputStream in = loader.getResourceAsStream(name);
            if (in == null) {
                throw new IOException("OpenNLP model resource '" + name + "' not found by class loader " + loader
                        + " (are the opennlp-models-*-en jars on the class path?)");
            }
            return in;
        };
    }

    /**
     * Inside OSGi, the installed OpenNLP model bundles; otherwise a class-path lookup through the
     * loader of this bundle, then the thread context loader.
     */
    static ModelSource defaultSource() {
        ModelSource osgi = org.sightline.nlp.internal.OsgiModelSource.inFramework();
        if (osgi != null) {
            return osgi;
        }
        ModelSource own = classLoader(ModelSource.class.getClassLoader());
        return name -> {
            try {
                return own.open(name);
            } catch (IOException notHere) {
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                if (context == null) {
                    throw notHere;
                }
                return classLoader(context).open(name);
            }
        };
    }
}
