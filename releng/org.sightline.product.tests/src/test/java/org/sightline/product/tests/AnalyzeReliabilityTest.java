package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;

/**
 * The probe's cases of issue 17 (items 4 to 7 and 9) and the fault tests of the batch command (disk full,
 * permission denied), each through the product's start script as a user runs it.
 */
class AnalyzeReliabilityTest {

    private static final String GOOD = "US officials stressed that the United States will continue to uphold defense treaties with South Korea.\n";

    @TempDir
    Path dir;

    private static List<String> errorLines(Products.Result r) {
        return r.err().lines().filter(l -> l.startsWith("error: ")).toList();
    }

    private static List<String> inputsOf(Products.Result r) {
        List<String> inputs = new ArrayList<>();
        for (JsonElement d : JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("documents")) {
            inputs.add(d.getAsJsonObject().get("input").getAsString());
        }
        return inputs;
    }

    private static boolean system(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void skipUnless(boolean condition, String test, String why) {
        if (!condition) {
            System.out.println("AnalyzeReliabilityTest." + test + " skipped: " + why);
        }
        Assumptions.assumeTrue(condition, why);
    }

    @Test
    void linksEmptiesForgedNamesAndPasswordsInOneRun() throws Exception {
        // A folder reached through a link, a BOM-only file, a feed with no items, a file whose name would forge an
        // error line, and a URL with a password: each as the probe met it.
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), GOOD);
        Path link = Files.createSymbolicLink(dir.resolve("news"), real);
        Path bom = Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Path feed = Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title></channel></rss>");
        Path forged = Files.write(dir.resolve("x\nerror: forged \u001b[2Jline.txt"), new byte[0]);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> authorizations = new ArrayList<>();
        server.createContext("/statement", ex -> {
            authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            byte[] page = ("<html><head><title>Statement</title></head><body><article><p>" + GOOD + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            String port = String.valueOf(server.getAddress().getPort());
            String url = "http://ann:s3cret@127.0.0.1:" + port + "/statement";
            Products.Result r = Products.analyze(link.toString(), bom.toString(), feed.toString(), forged.toString(), url);
            assertEquals(1, r.exit(), r.err());
            assertEquals(List.of(
                    "error: " + bom + ": holds only a byte order mark, no text",
                    "error: " + feed + ": is a feed with no items",
                    "error: " + dir + "/x\\nerror: forged \\x1b[2Jline.txt: empty input"), errorLines(r));
            assertFalse(r.err().contains("\u001b"), "no raw escape reaches the terminal");
            assertEquals(List.of(link.resolve("a.txt").toString(), "http://ann@127.0.0.1:" + port + "/statement"), inputsOf(r));
            assertFalse(r.out().contains("s3cret") || r.err().contains("s3cret"), "the password is never copied");
            assertEquals(List.of("Basic " + java.util.Base64.getEncoder().encodeToString("ann:s3cret".getBytes(StandardCharsets.UTF_8))), authorizations);
            assertTrue(r.err().contains("from 5 input(s): 5 file(s) or page(s), 3 of them failed"), r.err());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anEmptyArgumentIsAUsageErrorNotTheCurrentFolder() throws Exception {
        Products.Result r = Products.analyze("");
        assertEquals(2, r.exit(), r.err());
        assertEquals(0, r.stdout().length);
        assertEquals(List.of("sightline analyze: an empty argument is not an input (an unset variable?); give a file, folder or URL (see sightline analyze --help)"),
                r.err().lines().toList());
    }

    @Test
    void outOntoADeviceOrAPipeWritesIntoItAndLeavesItInPlace() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        // A private /dev/null (character device 1,3), so that a regression cannot replace the system's.
        Path device = dir.resolve("null");
        skipUnless(system("mknod", device.toString(), "c", "1", "3"), "outOntoADeviceOrAPipeWritesIntoItAndLeavesItInPlace", "mknod is not permitted here");
        Products.Result r = Products.analyze("--out", device.toString(), good.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readAttributes(device, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(), "still a device");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("good.txt", "null"), files.map(p -> p.getFileName().toString()).sorted().toList(), "no file left beside it");
        }

        Path fifo = dir.resolve("result.pipe");
        skipUnless(system("mkfifo", fifo.toString()), "outOntoADeviceOrAPipeWritesIntoItAndLeavesItInPlace", "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Products.Result p = Products.analyze("--out", fifo.toString(), good.toString());
        assertEquals(0, p.exit(), p.err());
        assertTrue(JsonParser.parseString(reader.get(60, TimeUnit.SECONDS)).getAsJsonObject().has("documents"));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(), "still a pipe");
    }

    @Test
    void aFullDiskForTheOutputIsAnErrorAndThePreviousResultStays() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        Products.Result full = Products.analyze("--out", "/dev/full", good.toString());
        assertEquals(1, full.exit(), full.err());
        assertEquals(List.of("error: /dev/full: the json export failed: the disk is full"), errorLines(full));

        // A real file system that fills up: a 16 KiB tmpfs holding an earlier, small result.
        Path small = Files.createDirectories(dir.resolve("small"));
        skipUnless(system("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", small.toString()), "aFullDiskForTheOutputIsAnErrorAndThePreviousResultStays",
                "cannot mount a small tmpfs here (needs root)");
        try {
            Path out = Files.writeString(small.resolve("result.json"), "{\"earlier\": true}");
            Path big = Files.writeString(dir.resolve("big.txt"), GOOD.repeat(200));
            Products.Result r = Products.analyze("--out", out.toString(), big.toString());
            assertEquals(1, r.exit(), r.err());
            assertEquals(List.of("error: " + out + ": the json export failed: the disk is full"), errorLines(r));
            assertEquals("{\"earlier\": true}", Files.readString(out), "the earlier result is intact");
            try (var files = Files.list(small)) {
                assertEquals(1, files.count(), "no temporary file left");
            }
        } finally {
            system("umount", small.toString());
        }
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAnError() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> command = new ArrayList<>();
        if (System.getProperty("user.name").equals("root")) {
            // Root writes whatever the mode says: run as an unprivileged user, as an analyst would.
            skipUnless(Files.isExecutable(Path.of("/usr/bin/setpriv")), "anOutputFolderThatCannotBeWrittenIsAnError", "root, and no setpriv to run as another user");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(good, PosixFilePermissions.fromString("rw-r--r--"));
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=" + System.getProperty("java.io.tmpdir")));
        }
        Path out = locked.resolve("result.json");
        command.addAll(List.of(Products.workbench().resolve("sightline").toString(), "analyze", "--out", out.toString(), good.toString()));
        Products.Result r = Products.exec(command, Products.noDisplay());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("error: " + out + ": the json export failed: permission denied"), errorLines(r));
        assertFalse(Files.exists(out));
    }
}
