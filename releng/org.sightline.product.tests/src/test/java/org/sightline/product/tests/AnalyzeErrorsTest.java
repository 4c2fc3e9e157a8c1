package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The error paths of {@code sightline analyze} as scripts see them: exit status 1 with one
 * {@code error: INPUT: REASON} line per failed input and the other inputs still in the result; exit status 2 with one
 * line for a usage mistake and nothing on standard output.
 */
class AnalyzeErrorsTest {

    private static final String GOOD = "US officials stressed that the United States will continue to uphold defense treaties with South Korea.\n";

    @TempDir
    Path dir;

    private static List<String> inputsOf(Products.Result r) {
        List<String> inputs = new ArrayList<>();
        JsonArray docs = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("documents");
        for (JsonElement d : docs) {
            inputs.add(d.getAsJsonObject().get("input").getAsString());
        }
        return inputs;
    }

    private static List<String> errorLines(Products.Result r) {
        return r.err().lines().filter(l -> l.startsWith("error: ")).toList();
    }

    @Test
    void aMissingFileFailsAloneAndTheOthersAreStillAnalysed() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        Path missing = dir.resolve("missing.txt");
        Products.Result r = Products.analyze(missing.toString(), good.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("error: " + missing + ": no such file or folder"), errorLines(r));
        assertEquals(List.of(good.toString()), inputsOf(r));
        assertTrue(r.err().contains("from 2 input(s): 2 file(s) or page(s), 1 of them failed"), r.err());
    }

    @Test
    void aBadFileInsideAFolderFailsAloneAndTheFolderIsStillAnalysed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("a.txt"), GOOD);
        Files.write(folder.resolve("b.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Files.writeString(folder.resolve("c.txt"), "Analysts warned that North Korea could test a missile.\n");
        Products.Result r = Products.analyze(folder.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("error: " + folder.resolve("b.html") + ": PNG image content, not text, HTML or a feed"), errorLines(r));
        assertEquals(List.of(folder.resolve("a.txt").toString(), folder.resolve("c.txt").toString()), inputsOf(r));
    }

    @Test
    void anUnreadableFileFailsAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Path good = Files.writeString(folder.resolve("good.txt"), GOOD);
        Path locked = Files.writeString(folder.resolve("locked.txt"), GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        List<String> command = new ArrayList<>();
        if (Files.isReadable(locked) && readsDespiteMode(locked)) {
            // Root reads whatever the mode says, so run the command as an unprivileged user, as an analyst would.
            if (!Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
                String why = "running as " + System.getProperty("user.name") + ", where mode 000 does not stop reading, and no setpriv to run as another user";
                System.out.println("AnalyzeErrorsTest.anUnreadableFileFailsAlone skipped: " + why);
                org.junit.jupiter.api.Assumptions.abort(why);
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(good, PosixFilePermissions.fromString("rw-r--r--"));
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=" + System.getProperty("java.io.tmpdir")));
        }
        command.addAll(List.of(Products.workbench().resolve("sightline").toString(), "analyze", locked.toString(), good.toString()));
        Products.Result r = Products.exec(command, Products.noDisplay());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("error: " + locked + ": cannot be read (permission denied)"), errorLines(r));
        assertEquals(List.of(good.toString()), inputsOf(r));
    }

    private static boolean readsDespiteMode(Path file) {
        try (var in = Files.newInputStream(file)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void whenEveryInputFailsTheResultIsStillValidAndEmpty() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Products.Result r = Products.analyze(empty.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("error: " + empty + ": empty input"), errorLines(r));
        assertEquals(List.of(), inputsOf(r));
    }

    @ParameterizedTest
    // An unknown option: HeadlessApplicationTest. Each case starts the product, so only one per rule.
    @ValueSource(strings = {"--format|--format needs a value", "--format nope x.txt|unknown format 'nope'",
            "--threads 0 x.txt|--threads needs a positive whole number, not '0'", "|no input given"})
    void usageMistakesExitWith2AndOneLineSayingWhat(String spec) throws Exception {
        String[] parts = spec.split("\\|", 2);
        String[] args = parts[0].isEmpty() ? new String[0] : parts[0].split(" ");
        Products.Result r = Products.analyze(args);
        assertEquals(2, r.exit(), r.err());
        assertEquals(0, r.stdout().length, "nothing on standard output");
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("sightline analyze: " + parts[1]), lines.get(0));
        assertTrue(lines.get(0).endsWith("(see sightline analyze --help)"), lines.get(0));
    }

    @Test
    void aFullDiskOnStandardOutputIsAnError() throws Exception {
        Path full = Path.of("/dev/full");
        if (!Files.exists(full)) {
            System.out.println("AnalyzeErrorsTest.aFullDiskOnStandardOutputIsAnError skipped: no /dev/full on this system");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full on this system");
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        Products.Result r = Products.exec(List.of(Products.workbench().resolve("sightline").toString(), "analyze", good.toString()),
                Products.noDisplay(), full);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("error: standard output: the json export failed: writing failed")), r.err());
    }

    @Test
    void anExportThatCannotBeWrittenIsAnErrorNamingTheOutput() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path out = blocker.resolve("result.json");
        Products.Result r = Products.analyze("--out", out.toString(), good.toString());
        assertEquals(1, r.exit(), r.err());
        List<String> errors = errorLines(r);
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("error: " + out + ": the json export failed"), errors.get(0));
        assertEquals("x", Files.readString(blocker, StandardCharsets.UTF_8), "nothing overwritten");
    }
}
