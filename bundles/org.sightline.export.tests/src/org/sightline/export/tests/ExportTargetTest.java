package org.sightline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sightline.core.api.ExportTarget;
import org.sightline.export.api.CsvExporter;
import org.sightline.export.api.HtmlReportExporter;

/** The folder target the exporters write through: names that would leave the folder are refused, by name. */
class ExportTargetTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = { "../escape.csv", "../../etc/passwd", "sub/claims.csv", "sub\\claims.csv", "/tmp/abs.csv", "..", "" })
    void folderTargetRejectsNamesThatEscape(String name) throws IOException {
        Path folder = Files.createDirectory(root.resolve("out"));
        IOException e = assertThrows(IOException.class, () -> ExportTarget.directory(folder).open(name).close());
        assertTrue(e.getMessage().contains("'" + name + "'"), "the message names the file: " + e.getMessage());
        try (var files = Files.list(root)) {
            assertEquals(1, files.count(), "nothing written next to the folder");
        }
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing written inside either");
        }
    }

    @Test
    void streamTargetTakesOneFileAndTheCsvExporterWritesOnlyClaimsThere() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        ExportTarget target = ExportTarget.stream(out);
        assertFalse(target.isDirectory());
        new CsvExporter().export(new ExportFixture().corpus, target);
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).startsWith("id,doc,source,"));
        IOException second = assertThrows(IOException.class, () -> target.open("actors.csv"));
        assertTrue(second.getMessage().contains("actors.csv"), second.getMessage());
    }

    @Test
    void folderTargetIsCreatedAndReplacesEarlierFiles(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("new/report");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(HtmlReportExporter.FILE), "old");
        Exports.toFolder(new HtmlReportExporter(), new ExportFixture().corpus, folder);
        assertTrue(Files.readString(folder.resolve(HtmlReportExporter.FILE)).startsWith("<!DOCTYPE html>"));
        Exports.toFolder(new HtmlReportExporter(), new ExportFixture().corpus, dir.resolve("made/by/target"));
        assertTrue(Files.exists(dir.resolve("made/by/target").resolve(HtmlReportExporter.FILE)));
    }
}
