package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Finds the materialized products and runs their start script as a user would. */
final class Products {

    static final Path ROOT = Path.of(System.getProperty("sightline.products", "../org.sightline.product/target/products"));

    static Path workbench() {
        return product("org.sightline.product");
    }

    static Path headless() {
        return product("org.sightline.headless.product");
    }

    private static Path product(String id) {
        Path p = ROOT.resolve(id).resolve("linux/gtk/x86_64");
        assertTrue(Files.isExecutable(p.resolve("sightline")), "materialized product with its start script: " + p);
        return p;
    }

    /** What a run printed: standard output as bytes (for byte-identical comparisons) and as UTF-8 text, standard error. */
    record Result(int exit, byte[] stdout, String err) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    /** No display at all: the batch command must not need one. */
    static Map<String, String> noDisplay() {
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        return env;
    }

    /** Runs {@code <product>/sightline args...} with the given environment changes (null value removes). */
    static Result run(Path product, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(product.resolve("sightline").toString());
        cmd.addAll(List.of(args));
        return exec(cmd, env);
    }

    /** {@code sightline analyze args...} of the workbench product, without a display. */
    static Result analyze(String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("analyze"));
        all.addAll(List.of(args));
        return run(workbench(), noDisplay(), all.toArray(String[]::new));
    }

    /** Runs any command (e.g. the start script behind setpriv or script), standard input from /dev/null. */
    static Result exec(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        return exec(cmd, env, null);
    }

    /** As {@link #exec(List, Map)}, standard output going to {@code stdout} when not null (then empty in the result). */
    static Result exec(List<String> cmd, Map<String, String> env, Path stdout) throws IOException, InterruptedException {
        return exec(cmd, env, stdout, null);
    }

    /**
     * The per-user cache of these tests' runs (the start script keeps its resolved OSGi configuration there):
     * one folder for the whole test run, so the first run resolves and the others reuse it, as a user's runs do.
     */
    static final Path CACHE = createCache();

    private static Path createCache() {
        try {
            return Files.createTempDirectory("sightline-product-tests-cache");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** As {@link #exec(List, Map, Path)}, in the working directory {@code cwd} when not null. */
    static Result exec(List<String> cmd, Map<String, String> env, Path stdout, Path cwd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        pb.environment().put("XDG_CACHE_HOME", CACHE.toString());
        // No class-data training run in the background of these tests (it would write into caches the tests
        // delete); ConfigurationAreaTest turns it on where it checks it.
        pb.environment().put("SIGHTLINE_AOT", "off");
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Path out = Files.createTempFile("sightline-out", ".txt");
        Path err = Files.createTempFile("sightline-err", ".txt");
        pb.redirectOutput(stdout != null ? stdout.toFile() : out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            Process p = pb.start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A copy of an installed product (to break or change it without touching the built one); returns {@code target}. */
    static Path copy(Path product, Path target) throws IOException {
        try (var files = Files.walk(product)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = target.resolve(product.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    private Products() {
    }
}
