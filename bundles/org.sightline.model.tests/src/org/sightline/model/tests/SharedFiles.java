package org.sightline.model.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared/ folder (sample article, data sets) without hard-coding where the checkout lives:
 * the system property {@code sightline.shared} if set, else the first {@code shared/} found walking up from
 * {@code user.dir} (works for the plain-Maven scratch build, Tycho's surefire and CI alike).
 */
public final class SharedFiles {

    public static final String SAMPLE_ARTICLE = "samples/pentagon-north-korea-deterrence.txt";

    private SharedFiles() {
    }

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

    /** A shared text file as Sightline reads plain text: UTF-8, BOM dropped. */
    public static String text(String relativePath) {
        try {
            String text = Files.readString(shared().resolve(relativePath), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read shared/" + relativePath, e);
        }
    }
}
