package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    record Result(int exit, String out, String err) {
    }

    /** Runs {@code <product>/sightline args...} with the given environment changes (null value removes). */
    static Result run(Path product, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(product.resolve("sightline").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Path out = Files.createTempFile("sightline-out", ".txt");
        Path err = Files.createTempFile("sightline-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    private Products() {
    }
}
