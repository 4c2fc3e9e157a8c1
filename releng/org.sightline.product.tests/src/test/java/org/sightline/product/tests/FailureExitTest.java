package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * No failure ends in exit status 0 without a word (issue 17, item 1): running out of memory, a
 * workspace that cannot be a file, file names outside ASCII under the C locale, and problems only the
 * OSGi runtime's log knew about. Each case runs the product as a user would.
 */
class FailureExitTest {

    private static final String TEXT = "US officials stressed that the United States will continue to uphold defense treaties with South Korea.\n";

    @TempDir
    Path dir;

    @Test
    void runningOutOfMemoryIsAClearLineAndExitOneWithNothingOnStandardOutput() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve("n" + i + ".txt"), TEXT);
        }
        Map<String, String> env = Products.noDisplay();
        // Too little for the NLP models: the run cannot finish, wherever the error strikes first.
        env.put("SIGHTLINE_VMARGS", "-Xmx20m");
        Products.Result r = Products.run(Products.workbench(), env, "analyze", folder.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(0, r.stdout().length, "no partial result on standard output");
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("sightline: out of memory; the run stopped and wrote no result. "
                + "Give Java more memory with SIGHTLINE_VMARGS=-Xmx<size>")), r.err());
    }

    @Test
    void theRootFolderAsWorkspaceIsAUsageErrorNotASilentExitZero() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), TEXT);
        Products.Result r = Products.analyze("--workspace", "/", good.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(0, r.stdout().length);
        assertEquals(List.of("sightline analyze: --workspace needs a file ending in .sightline: / (see sightline analyze --help)"),
                r.err().lines().toList());
    }

    @Test
    void fileNamesOutsideAsciiWorkUnderTheCLocale() throws Exception {
        // This JVM hands the names to the process in its own encoding: it must be UTF-8 to pass them intact
        // (the build runs these tests with LC_ALL=C.UTF-8; the child below gets LC_ALL=C).
        String encoding = System.getProperty("sun.jnu.encoding");
        if (!"UTF-8".equalsIgnoreCase(encoding)) {
            System.out.println("FailureExitTest.fileNamesOutsideAsciiWorkUnderTheCLocale skipped: this JVM encodes file names as " + encoding);
        }
        Assumptions.assumeTrue("UTF-8".equalsIgnoreCase(encoding), "this JVM encodes file names as " + encoding);
        Path input = Files.writeString(dir.resolve("Zürich-Erklärung.txt"), TEXT);
        Path out = dir.resolve("Ωmega résultat.json");
        Map<String, String> env = Products.noDisplay();
        env.put("LC_ALL", "C");
        env.put("LANG", null);
        Products.Result r = Products.run(Products.workbench(), env, "analyze", "--out", out.toString(), input.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out), "written under its own name: " + out);
        String input0 = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonArray("documents").get(0).getAsJsonObject().get("input").getAsString();
        assertEquals(input.toString(), input0);
    }

    @Test
    void whatTheRuntimeLoggedReachesStandardErrorAndTheLogIsKept() throws Exception {
        // A copy of the headless product with one bundle's plugin.xml broken: only the OSGi runtime notices.
        Path product = Products.copy(Products.headless(), dir.resolve("product"));
        Path bundle;
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            bundle = plugins.filter(p -> p.getFileName().toString().startsWith("org.sightline.analysis_")).findFirst().orElseThrow();
        }
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + bundle.toUri()), new HashMap<>())) {
            Files.writeString(jar.getPath("plugin.xml"), "<plugin><extension point=");
        }
        Map<String, String> env = Products.noDisplay();
        env.put("XDG_CACHE_HOME", Files.createDirectories(dir.resolve("cache")).toString());
        Products.Result r = Products.run(product, env, "analyze", "--version");
        assertEquals(1, r.exit(), r.out() + r.err());
        Matcher m = Pattern.compile("sightline: the OSGi runtime logged problems \\(the whole log: (.*)\\):").matcher(r.err());
        assertTrue(m.find(), r.err());
        assertTrue(r.err().contains("  Could not parse XML contribution for \"org.sightline.analysis//plugin.xml\""), r.err());
        Path log = Path.of(m.group(1));
        assertTrue(Files.readString(log).contains("!MESSAGE Could not parse XML contribution"), "the log is kept: " + log);
        Files.delete(log);
    }
}
