package org.sightline.core.registry.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sightline.core.api.Importer;

/**
 * Files of the Sightline checkout and of the org.sightline.core bundle. Inside OSGi the core's
 * files come from the installed bundle (what ships); on a plain class path from the checkout. The
 * checkout is found from the system property {@code sightline.root}, or by walking up from the
 * working directory to the folder holding bundles/org.sightline.core.
 */
final class SourceTree {

    private SourceTree() {
    }

    /** The checkout's root folder. */
    static Path root() {
        String property = System.getProperty("sightline.root");
        if (property != null) {
            return Path.of(property);
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bundles/org.sightline.core/plugin.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No Sightline checkout above " + System.getProperty("user.dir") + "; set -Dsightline.root=<checkout>");
    }

    /** A file of org.sightline.core, e.g. {@code schema/importers.exsd}, as text. */
    static String coreFile(String path) {
        Bundle core = FrameworkUtil.getBundle(Importer.class);
        try {
            if (core != null) {
                URL entry = core.getEntry(path);
                if (entry == null) {
                    throw new IllegalStateException("org.sightline.core ships no " + path + " (see its build.properties, bin.includes)");
                }
                try (InputStream in = entry.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(root().resolve("bundles/org.sightline.core").resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " of org.sightline.core", e);
        }
    }
}
