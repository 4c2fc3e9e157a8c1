package org.sightline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared test inputs (../shared: the sample article and the data sets), for every
 * test bundle. Found through the system property {@code sightline.shared} (the build sets it) or
 * by walking up from the working directory. Test-only: no feature ships this bundle.
 */
public final class SharedFiles {

    /** The sample article, relative to shared/. */
    public static final String SAMPLE_ARTICLE = "samples/pentagon-north-korea-deterrence.txt";

    private SharedFiles() {
    }

    /** The shared/ folder. */
    public static Path shared() {
        String property = System.getProperty("sightline.shared");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("samples"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/ folder above " + System.getProperty("user.dir")
                + "; set -Dsightline.shared=<path to shared>");
    }

    /** A path inside shared/, e.g. {@code data/re3d}. */
    public static Path resolve(String relativePath) {
        return shared().resolve(relativePath);
    }

    /** A shared text file as Sightline reads plain text: UTF-8, BOM dropped. */
    public static String text(String relativePath) {
        try {
            String text = Files.readString(resolve(relativePath), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read shared/" + relativePath, e);
        }
    }
}
