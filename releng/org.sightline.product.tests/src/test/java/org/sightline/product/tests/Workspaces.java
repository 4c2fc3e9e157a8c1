package org.sightline.product.tests;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a workspace file the way the product does: with the product's own model bundle and EMF jars on a class loader
 * (workspace files are binary by default, so a test cannot just parse them as XML).
 */
final class Workspaces {

    private static final List<String> JARS = List.of("org.sightline.model_", "org.eclipse.emf.common_", "org.eclipse.emf.ecore_",
            "org.eclipse.emf.ecore.xmi_", "com.fasterxml.jackson.core.jackson-core_");

    private Workspaces() {
    }

    /** The {@code input} of each document of {@code workspace}, in order. */
    static List<String> documentInputs(Path workspace) throws Exception {
        try (URLClassLoader loader = modelLoader()) {
            Class<?> store = loader.loadClass("org.sightline.model.io.WorkspaceStore");
            Object corpus = store.getMethod("load", Path.class).invoke(null, workspace);
            List<String> inputs = new ArrayList<>();
            for (Object document : (List<?>) corpus.getClass().getMethod("getDocuments").invoke(corpus)) {
                inputs.add((String) document.getClass().getMethod("getInput").invoke(document));
            }
            return inputs;
        }
    }

    private static URLClassLoader modelLoader() throws IOException {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> plugins = Files.list(Products.headless().resolve("plugins"))) {
            for (Path jar : plugins.sorted().toList()) {
                String name = jar.getFileName().toString();
                if (JARS.stream().anyMatch(name::startsWith) && name.endsWith(".jar")) {
                    urls.add(jar.toUri().toURL());
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
