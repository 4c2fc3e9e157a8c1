package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OSGi configuration area the start script keeps per user and installation: resolved once,
 * then only read, so that runs start without resolving bundles and any number of them can share it.
 */
class ConfigurationAreaTest {

    private static final String TEXT = "US officials stressed that the United States will continue to uphold defense treaties with South Korea.\n";

    @TempDir
    Path dir;

    /** The resolved areas under a cache folder: the folders with the script's {@code ready} mark. */
    private static List<Path> areas(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(p -> p.getFileName().toString().equals("ready")).map(Path::getParent).sorted().toList();
        }
    }

    /** Every file below {@code area} with its size and modification time. */
    private static Map<String, String> snapshot(Path area) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(area)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(area.relativize(p).toString(), Files.size(p) + " " + Files.getLastModifiedTime(p));
                }
            }
        }
        return files;
    }

    private static List<Products.Result> atOnce(int n, Callable<Products.Result> run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Products.Result>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(run));
            }
            List<Products.Result> results = new ArrayList<>();
            for (Future<Products.Result> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentFirstRunsAgreeAndLeaveOneAreaThatLaterConcurrentRunsOnlyRead() throws Exception {
        Path cache = dir.resolve("cache");
        Path input = Files.writeString(dir.resolve("statement.txt"), TEXT);
        Map<String, String> env = Products.noDisplay();
        env.put("XDG_CACHE_HOME", cache.toString());
        Callable<Products.Result> analyze = () -> Products.run(Products.headless(), env, "analyze", input.toString());

        List<Products.Result> first = atOnce(4, analyze);
        for (Products.Result r : first) {
            assertEquals(0, r.exit(), r.err());
            assertEquals(first.get(0).out(), r.out(), "the same result from every run");
        }
        List<Path> areas = areas(cache);
        assertEquals(1, areas.size(), "one resolved area: " + areas);
        try (Stream<Path> siblings = Files.list(areas.get(0).getParent())) {
            assertEquals(List.of(areas.get(0)), siblings.toList(), "no private area of a first run left behind");
        }
        Map<String, String> before = snapshot(areas.get(0));
        assertTrue(before.keySet().stream().anyMatch(f -> f.startsWith("org.eclipse.osgi/")), "the framework's resolved state: " + before.keySet());

        List<Products.Result> later = atOnce(4, analyze);
        for (Products.Result r : later) {
            assertEquals(0, r.exit(), r.err());
            assertEquals(first.get(0).out(), r.out());
        }
        assertEquals(before, snapshot(areas.get(0)), "later runs only read the area");
    }

    @Test
    void aChangedInstallationGetsANewAreaAndTheOldOneIsRemoved() throws Exception {
        Path product = Products.copy(Products.headless(), dir.resolve("product"));
        Path cache = dir.resolve("cache");
        Map<String, String> env = Products.noDisplay();
        env.put("XDG_CACHE_HOME", cache.toString());
        assertEquals(0, Products.run(product, env, "analyze", "--version").exit());
        List<Path> old = areas(cache);
        assertEquals(1, old.size());

        // What an update does: a new config.ini (and bundles.info) in the installation.
        Path configIni = product.resolve("configuration/config.ini");
        Files.setLastModifiedTime(configIni, FileTime.fromMillis(Files.getLastModifiedTime(configIni).toMillis() + 60_000));
        Products.Result r = Products.run(product, env, "analyze", "--version");
        assertEquals(0, r.exit(), r.err());
        List<Path> now = areas(cache);
        assertEquals(1, now.size(), "the old area is gone: " + now);
        assertNotEquals(old.get(0), now.get(0));
    }
}
