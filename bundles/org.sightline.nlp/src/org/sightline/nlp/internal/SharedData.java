package org.sightline.nlp.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the project's shared data folder ({@code shared/} beside the repository: samples, re3d,
 * attribution-dev, Phoenix dictionaries) for the test fragments, evaluation mains and benchmarks of
 * the extraction bundles. Looks at the system property {@code sightline.shared}, then walks up from
 * the working directory; works on a plain class path and inside OSGi alike.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String prop = System.getProperty("sightline.shared");
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop);
            if (Files.isDirectory(p)) {
                return p;
            }
            throw new IllegalStateException("System property sightline.shared=" + prop + " is not a directory");
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared");
            if (Files.isDirectory(candidate.resolve("data"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/ folder with data/ found above " + dir
                + "; set -Dsightline.shared=/path/to/shared");
    }

    public static Path resolve(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("Shared data file missing: " + p);
        }
        return p;
    }
}
