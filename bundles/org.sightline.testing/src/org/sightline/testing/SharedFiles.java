package org.sightline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * The test data of every test bundle (and of the benchmarks and product tests), named by its path
 * in the project's data layout: {@code samples/...}, {@code data/re3d/...},
 * {@code data/article-extraction/...}. One rule finds it:
 * <ol>
 * <li>the repository's own copy: the sample article in {@code org.sightline.core/samples}, the small
 * redistributable sets in {@code org.sightline.testing/data} (each with its notice);</li>
 * <li>else the shared data folder beside the repository (system property {@code sightline.shared},
 * which the build sets to {@code ../shared}): evaluation data that stays outside, such as the news
 * pages that are their publishers' content;</li>
 * <li>else the test is skipped, with one line saying which data it needs and where it was looked for.</li>
 * </ol>
 * The repository is found through the system property {@code sightline.repository} or by walking up
 * from the working directory. Test-only: no feature ships this bundle.
 */
public final class SharedFiles {

    /** The sample article. */
    public static final String SAMPLE_ARTICLE = "samples/pentagon-north-korea-deterrence.txt";

    /** Where the repository keeps its copy of each part of the layout (paths relative to the repository). */
    private static final Map<String, String> IN_REPOSITORY = Map.of(
            "samples/", "bundles/org.sightline.core/samples/",
            "data/", "bundles/org.sightline.testing/data/");

    private SharedFiles() {
    }

    /** The root of the source repository (the folder with {@code bundles/org.sightline.testing}). */
    public static Path repository() {
        String property = System.getProperty("sightline.repository");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bundles/org.sightline.testing"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No Sightline repository at or above " + System.getProperty("user.dir")
                + "; set -Dsightline.repository=<the checkout>");
    }

    /** A file of the repository, e.g. {@code bundles/org.sightline.extract.claims.tests/data/news-style}. */
    public static Path repository(String relativePath) {
        return repository().resolve(relativePath);
    }

    /**
     * The shared data folder beside the repository, when there is one: the system property
     * {@code sightline.shared} (only that, when it is set), else the first {@code shared/} with a
     * {@code data/} folder at or above the working directory.
     */
    public static Optional<Path> shared() {
        String property = System.getProperty("sightline.shared");
        if (property != null && !property.isBlank()) {
            return Files.isDirectory(Path.of(property)) ? Optional.of(Path.of(property)) : Optional.empty();
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/data"))) {
                return Optional.of(dir.resolve("shared"));
            }
        }
        return Optional.empty();
    }

    /** Where {@code relativePath} is, by the rule above; empty when it is nowhere. */
    public static Optional<Path> find(String relativePath) {
        for (Map.Entry<String, String> e : IN_REPOSITORY.entrySet()) {
            if (relativePath.startsWith(e.getKey())) {
                Path copy = repository().resolve(e.getValue()).resolve(relativePath.substring(e.getKey().length()));
                if (Files.exists(copy)) {
                    return Optional.of(copy);
                }
            }
        }
        return shared().map(s -> s.resolve(relativePath)).filter(Files::exists);
    }

    /**
     * Where {@code relativePath} is; when it is nowhere, the calling test is skipped (and a benchmark
     * stops) with one line saying so.
     */
    public static Path resolve(String relativePath) {
        Optional<Path> found = find(relativePath);
        if (found.isEmpty()) {
            String why = "needs " + relativePath + ", evaluation data kept outside the repository; not in "
                    + shared().map(Path::toString).orElse("a shared folder (none found: set -Dsightline.shared=<folder>)");
            System.out.println("SKIPPED " + caller() + ": " + why);
            Assumptions.abort(why);
        }
        return found.orElseThrow();
    }

    /** A text file as Sightline reads plain text: UTF-8, byte order mark dropped. */
    public static String text(String relativePath) {
        try {
            String text = Files.readString(resolve(relativePath), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + relativePath, e);
        }
    }

    /** The test (or main) that asked: the first caller outside this class, as Class.method. */
    private static String caller() {
        List<StackWalker.StackFrame> frames = StackWalker.getInstance().walk(s -> s
                .filter(f -> !f.getClassName().equals(SharedFiles.class.getName())).limit(1).toList());
        return frames.isEmpty() ? "?" : frames.get(0).getClassName().replaceAll(".*\\.", "") + "." + frames.get(0).getMethodName();
    }
}
