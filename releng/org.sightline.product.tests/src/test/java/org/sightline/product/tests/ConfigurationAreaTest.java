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
        Map<String, String> env = withCache(cache);
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
    void theClassDataCacheIsMadeOnceInTheBackgroundAndThenUsed() throws Exception {
        Path cache = dir.resolve("cache");
        Map<String, String> env = withCache(cache);
        env.put("SIGHTLINE_AOT", "on");
        Products.Result first = Products.run(Products.headless(), env, "analyze", "--version");
        assertEquals(0, first.exit(), first.err());
        assertEquals("", first.err(), "the training run makes no noise");
        Path area = areas(cache).get(0);
        // The training run (the analysis of two sentences, then the cache written at exit) runs on after the command.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(600);
        while ((Files.exists(area.resolve("aot.lock")) || !Files.exists(area.resolve("cli.aot"))) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertTrue(Files.size(area.resolve("cli.aot")) > 1_000_000, "a class-data cache in " + area);
        assertTrue(!Files.exists(area.resolve("aot.lock")), "the training run cleaned up");

        // -XX:AOTMode=on: Java refuses to start unless it can use the cache, so exit 0 shows the script passes it.
        env.put("SIGHTLINE_VMARGS", "-XX:AOTMode=on");
        Products.Result used = Products.run(Products.headless(), env, "analyze", "--version");
        assertEquals(0, used.exit(), used.err());
        assertTrue(used.out().startsWith("sightline 0.1.0."), used.out());
        Products.Result analysed = Products.run(Products.headless(), env, "analyze", Files.writeString(dir.resolve("s.txt"), TEXT).toString());
        assertEquals(0, analysed.exit(), analysed.err());
        assertTrue(analysed.out().contains("\"claims\""), analysed.out());
    }

    @Test
    void anAreaTheFrameworkCannotUseIsReplacedAndTheCommandStillRuns() throws Exception {
        Path cache = dir.resolve("cache");
        Map<String, String> env = withCache(cache);
        assertEquals(0, Products.run(Products.headless(), env, "analyze", "--version").exit());
        Path area = areas(cache).get(0);
        // What a run killed at the wrong moment could leave: the framework's saved state gone.
        try (Stream<Path> state = Files.list(area.resolve("org.eclipse.osgi"))) {
            for (Path p : state.filter(p -> p.getFileName().toString().startsWith("framework.info")).toList()) {
                Files.delete(p);
            }
        }
        Products.Result r = Products.run(Products.headless(), env, "analyze", "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("sightline 0.1.0."), r.out());
        assertEquals("", r.err());
        List<Path> now = areas(cache);
        assertEquals(1, now.size(), now.toString());
        try (Stream<Path> state = Files.list(now.get(0).resolve("org.eclipse.osgi"))) {
            assertTrue(state.anyMatch(p -> p.getFileName().toString().startsWith("framework.info")), "a whole area again");
        }
    }

    @Test
    void aChangedInstallationGetsANewAreaAndTheOldOneIsRemoved() throws Exception {
        Path product = Products.copy(Products.headless(), dir.resolve("product"));
        Path cache = dir.resolve("cache");
        Map<String, String> env = withCache(cache);
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

    /**
     * A workbench session writes its OSGi state into the user's cache, never into the installation:
     * state left in the installation's configuration area becomes the parent of every command's
     * cascaded area, which Equinox then never completes, so the script could never keep one and each
     * later command resolved all bundles again. The display here is one that does not exist, so the
     * workbench starts its framework and fails to open a window: enough to write that state.
     */
    @Test
    void aWorkbenchSessionLeavesTheInstallationAsItWasAndCommandsStillKeepTheirArea() throws Exception {
        Path product = Products.copy(Products.workbench(), dir.resolve("product"));
        Path cache = dir.resolve("cache");
        Map<String, String> env = withCache(cache);
        env.put("DISPLAY", ":" + (900 + ProcessHandle.current().pid() % 90));
        List<String> before = names(product.resolve("configuration"));

        Products.Result session = Products.run(product, env);
        assertNotEquals(0, session.exit(), "no window can open on a display that does not exist");
        List<String> after = names(product.resolve("configuration"));
        assertEquals(before, after, "the installation's configuration folder is unchanged");
        try (Stream<Path> files = Files.walk(cache)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().endsWith(".configuration")
                    && Files.isDirectory(p.resolve("org.eclipse.osgi"))), "the workbench's state is in the user's cache");
        }

        env.put("DISPLAY", null);
        assertEquals(0, Products.run(product, env, "analyze", "--version").exit());
        assertEquals(1, areas(cache).size(), "the command's area was kept after a workbench session");
    }

    /** No display, and the given folder as the user's cache (where the command areas go). */
    private static Map<String, String> withCache(Path cache) {
        Map<String, String> env = Products.noDisplay();
        env.put("XDG_CACHE_HOME", cache.toString());
        return env;
    }

    /** The names in a folder, sorted. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
