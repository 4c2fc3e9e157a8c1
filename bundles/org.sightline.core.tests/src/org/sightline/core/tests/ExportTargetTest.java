package org.sightline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.api.ExportTarget;

class ExportTargetTest {

    @TempDir
    Path dir;

    @Test
    void aFolderTargetNeverWritesOutsideTheFolder() throws IOException {
        ExportTarget t = ExportTarget.directory(dir.resolve("out"));
        for (String bad : new String[] {"../escape.csv", "sub/claims.csv", "/etc/passwd", "..", ""}) {
            IOException e = assertThrows(IOException.class, () -> t.open(bad).close(), bad);
            assertTrue(e.getMessage().contains("leave the folder") || e.getMessage().contains(bad), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("escape.csv")));
    }

    @Test
    void aFolderTargetDoesNotFollowALinkOutOfTheFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep");
        Files.createSymbolicLink(out.resolve("claims.csv"), victim);
        assertThrows(IOException.class, () -> ExportTarget.directory(out).open("claims.csv").close());
        assertEquals("keep", Files.readString(victim));
    }

    @Test
    void anExportThatFailsBeforeCommitLeavesThePreviousFileIntact() throws IOException {
        Path file = Files.writeString(dir.resolve("result.json"), "previous");
        try (ExportTarget t = ExportTarget.file(file); OutputStream out = t.open("anything.json")) {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            // The exporter fails here: no commit.
        }
        assertEquals("previous", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aCommittedExportReplacesTheFileAndKeepsItsPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("result.json"), "previous");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        try (ExportTarget t = ExportTarget.file(file)) {
            try (OutputStream out = t.open("anything.json")) {
                out.write("whole".getBytes(StandardCharsets.UTF_8));
            }
            t.commit();
        }
        assertEquals("whole", Files.readString(file));
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (ExportTarget t = ExportTarget.directory(dir.resolve("new"))) {
            try (OutputStream out = t.open("claims.csv")) {
                out.write('x');
            }
            t.commit();
        }
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new/claims.csv"))),
                "a new file is readable by others, like any file the user writes");
    }

    @Test
    void aStreamTargetTakesOneFileAndLeavesTheStreamOpen() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExportTarget t = ExportTarget.stream(bytes);
        try (OutputStream o = t.open("claims.csv")) {
            o.write('x');
        }
        bytes.write('y');
        assertEquals("xy", bytes.toString(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> t.open("actors.csv"));
    }

    /** Runs a command of the system (mkfifo, mknod); false when it is missing or refused here. */
    static boolean system(String... command) throws IOException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void aNamedPipeIsWrittenIntoAndStaysAPipe() throws Exception {
        Path fifo = dir.resolve("result.fifo");
        Assumptions.assumeTrue(system("mkfifo", fifo.toString()), "mkfifo is not available here");
        java.util.concurrent.CompletableFuture<String> reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (ExportTarget t = ExportTarget.file(fifo)) {
            try (OutputStream out = t.open("claims.json")) {
                out.write("through the pipe".getBytes(StandardCharsets.UTF_8));
            }
            t.commit();
        }
        assertEquals("through the pipe", reader.get(30, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(), "still a pipe, not a regular file");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file beside it");
        }
    }

    @Test
    void aDeviceIsWrittenIntoAndNeverReplaced() throws IOException {
        // A private copy of /dev/null (character device 1,3), so that a regression cannot replace the system's.
        Path devNull = dir.resolve("null");
        Assumptions.assumeTrue(system("mknod", devNull.toString(), "c", "1", "3"), "mknod is not permitted here");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), devNull);
        for (Path target : new Path[] {devNull, link}) {
            try (ExportTarget t = ExportTarget.file(target)) {
                try (OutputStream out = t.open("claims.json")) {
                    out.write("discarded".getBytes(StandardCharsets.UTF_8));
                }
                t.commit();
            }
            assertTrue(Files.readAttributes(devNull, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(), "still a device");
            assertTrue(Files.isSymbolicLink(link), "the link stays a link");
            assertEquals(0, Files.size(devNull));
        }
    }

    @Test
    void aFileTargetThroughALinkReplacesTheLinksTargetNotTheLink() throws IOException {
        Path real = Files.createDirectories(dir.resolve("results")).resolve("r.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.json"), real);
        try (ExportTarget t = ExportTarget.file(link)) {
            try (OutputStream out = t.open("x.json")) {
                out.write("new".getBytes(StandardCharsets.UTF_8));
            }
            t.commit();
        }
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aSocketIsRefusedWithAClearMessage() throws IOException {
        Path socket = dir.resolve("s.sock");
        try (java.nio.channels.ServerSocketChannel ch = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            ch.bind(java.net.UnixDomainSocketAddress.of(socket));
            try (ExportTarget t = ExportTarget.file(socket)) {
                IOException e = assertThrows(IOException.class, () -> t.open("claims.json"));
                assertTrue(e.getMessage().startsWith(socket.toRealPath() + " is a special file (not a regular file) that cannot be written: "), e.getMessage());
            }
            assertTrue(Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther());
        }
    }
}
