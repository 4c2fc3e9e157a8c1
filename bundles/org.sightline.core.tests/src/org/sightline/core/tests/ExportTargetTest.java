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
import java.nio.file.Path;

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
}
