package org.sightline.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared (samples and data) from the system property sightline.shared or by walking up. */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        String prop = System.getProperty("sightline.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/samples"))) {
                return p.resolve("shared");
            }
        }
        throw new IllegalStateException("cannot find the shared/ folder (set -Dsightline.shared)");
    }

    static Path sample() {
        return root().resolve("samples/pentagon-north-korea-deterrence.txt");
    }
}
