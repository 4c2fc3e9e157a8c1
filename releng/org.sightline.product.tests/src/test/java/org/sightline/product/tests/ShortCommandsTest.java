package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start script compiles short commands with C1 only (sightline_short_command in
 * releng/scripts/sightline-command.sh): a few files analysed, --version; a folder, a workspace and
 * search keep the full tiered compiler. The workbench keeps both tiers with its compile thresholds
 * raised (docs/build.md, Start-up, "Session 7"), and may take half the machine's memory for its heap. Read from
 * the JVM's final flags, which it prints.
 */
class ShortCommandsTest {

    private static final Pattern LEVEL = Pattern.compile("TieredStopAtLevel\\s+=\\s+(\\d)");
    private static final Pattern SCALING = Pattern.compile("CompileThresholdScaling\\s+=\\s+([0-9.]+)");

    @TempDir
    Path dir;

    private static String level(String... args) throws Exception {
        return levelWith("", args);
    }

    /** The compiler level a run of the product used, with vmargs added before the flags are printed. */
    private static String levelWith(String vmargs, String... args) throws Exception {
        Map<String, String> env = Products.noDisplay();
        env.put("SIGHTLINE_VMARGS", vmargs + " -XX:+PrintFlagsFinal");
        Products.Result r = Products.run(Products.workbench(), env, args);
        assertEquals(0, r.exit(), r.err());
        Matcher m = LEVEL.matcher(r.err());
        assertTrue(m.find(), "the JVM printed its flags: " + r.err().lines().limit(5).toList());
        return m.group(1);
    }

    @Test
    void aFewFilesAndTheVersionUseC1Only() throws Exception {
        assertEquals("1", level("analyze", AnalyzeFormatsTest.SAMPLE.toString()));
        assertEquals("1", level("--version"));
    }

    @Test
    void aFolderOrAWorkspaceKeepsTheFullCompiler() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(AnalyzeFormatsTest.SAMPLE, folder.resolve("sample.txt"));
        assertEquals("4", level("analyze", folder.toString()));
        assertEquals("4", level("analyze", "--workspace", dir.resolve("w.sightline").toString(), AnalyzeFormatsTest.SAMPLE.toString()));
    }

    @Test
    void aLevelTheUserChoosesWins() throws Exception {
        assertEquals("4", levelWith("-XX:TieredStopAtLevel=4", "analyze", AnalyzeFormatsTest.SAMPLE.toString()));
    }

    @Test
    void theWorkbenchKeepsBothTiersWithHigherThresholdsAndTheUsersChoiceWins() throws Exception {
        assertEquals("4 8.000000", workbenchCompiler(""));
        assertEquals("4 1.000000", workbenchCompiler("-XX:CompileThresholdScaling=1"));
    }

    /**
     * The workbench's heap may take half the machine's memory (Java's default, a quarter, is under the 1.5 GB a
     * workspace of 100,000 documents needs on a machine of less than 6 GB: docs/storage.md, "The views at open");
     * an -Xmx of the user's wins.
     */
    @Test
    void theWorkbenchHeapMayTakeHalfTheMemoryAndTheUsersBoundWins() throws Exception {
        String flags = workbenchFlags("");
        assertTrue(flags.matches("(?s).*MaxRAMPercentage\\s+=\\s+50\\.0+\\s.*"), "half the memory");
        assertTrue(workbenchFlags("-Xmx300m").matches("(?s).*MaxHeapSize\\s+=\\s+314572800\\s.*"), "the user's -Xmx300m");
    }

    /** The workbench JVM's compiler level and threshold scaling (see {@link #workbenchFlags}). */
    private String workbenchCompiler(String vmargs) throws Exception {
        String out = workbenchFlags(vmargs);
        Matcher level = LEVEL.matcher(out);
        Matcher scaling = SCALING.matcher(out);
        assertTrue(level.find() && scaling.find(), "the JVM printed its flags: " + out.lines().limit(5).toList());
        return level.group(1) + " " + scaling.group(1);
    }

    /**
     * The workbench JVM's final flags: started on a display that does not exist, it prints them (on
     * standard output, as the workbench's JVM output is not redirected) and ends without a window; its
     * cache and ~/.sightline are this test's.
     */
    private String workbenchFlags(String vmargs) throws Exception {
        Map<String, String> env = Products.noDisplay();
        env.put("DISPLAY", ":" + (900 + ProcessHandle.current().pid() % 90));
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("SIGHTLINE_AOT", "off");
        env.put("SIGHTLINE_VMARGS", vmargs + " -Duser.home=" + dir + " -XX:+PrintFlagsFinal");
        Products.Result r = Products.run(Products.workbench(), env);
        assertTrue(r.out().contains("MaxHeapSize"), "the JVM printed its flags: " + r.out().lines().limit(5).toList() + " " + r.err());
        return r.out();
    }
}
