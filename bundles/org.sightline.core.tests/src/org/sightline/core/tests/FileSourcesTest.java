package org.sightline.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.api.FileSources;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.Source;
import org.sightline.core.api.SourceResolver;

/** Folders, links and special files as the probe of issue 17 met them (items 5 and 7). */
class FileSourcesTest {

    @TempDir
    Path dir;

    /** What one input resolves to: the sources' names, and "NAME: REASON" per failed entry. */
    private record Resolved(List<String> sources, List<String> failures) {
    }

    private static Resolved resolve(String input) throws ImportException {
        List<String> sources = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        new FileSources().resolve(input, new SourceResolver.Sink() {
            @Override
            public void source(Source s) {
                sources.add(s.name());
            }

            @Override
            public void failed(String in, String reason) {
                failures.add(in + ": " + reason);
            }
        });
        return new Resolved(sources, failures);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void aLinkToAFolderIsFollowed() throws IOException, ImportException {
        write("real/a.txt", "The minister said talks would resume.");
        write("real/sub/b.txt", "Officials warned of delays.");
        Path link = Files.createSymbolicLink(dir.resolve("news"), dir.resolve("real"));
        Resolved r = resolve(link.toString());
        assertEquals(List.of(link.resolve("a.txt").toString(), link.resolve("sub/b.txt").toString()), r.sources());
        assertEquals(List.of(), r.failures());
    }

    @Test
    void linkedFilesAndFoldersInsideAFolderAreFollowedAndOneFileGivesOneSource() throws IOException, ImportException {
        write("elsewhere/c.txt", "Analysts expect more drills.");
        write("elsewhere/more/d.txt", "Lawmakers were split.");
        Path folder = Files.createDirectories(dir.resolve("in"));
        write("in/a.txt", "The ministry stated its position.");
        Files.createSymbolicLink(folder.resolve("b.txt"), dir.resolve("elsewhere/c.txt"));
        Files.createSymbolicLink(folder.resolve("c-again.txt"), dir.resolve("elsewhere/c.txt"));
        Files.createSymbolicLink(folder.resolve("more"), dir.resolve("elsewhere/more"));
        Resolved r = resolve(folder.toString());
        assertEquals(List.of(folder.resolve("a.txt").toString(), folder.resolve("b.txt").toString(),
                folder.resolve("more/d.txt").toString()), r.sources());
        assertEquals(List.of(), r.failures());
    }

    @Test
    void aLinkLoopIsReportedAndTheRestIsRead() throws IOException, ImportException {
        write("in/a.txt", "The ministry stated its position.");
        Files.createSymbolicLink(dir.resolve("in/back"), dir.resolve("in"));
        Resolved r = resolve(dir.resolve("in").toString());
        assertEquals(List.of(dir.resolve("in/a.txt").toString()), r.sources());
        assertEquals(List.of(dir.resolve("in/back") + ": is a symbolic link back into a folder above it (a loop); not followed again"), r.failures());
    }

    @Test
    void aDanglingLinkIsReportedInAFolderAndAsAnInput() throws IOException, ImportException {
        write("in/a.txt", "The ministry stated its position.");
        Path gone = dir.resolve("gone.txt");
        Path link = Files.createSymbolicLink(dir.resolve("in/b.txt"), gone);
        Resolved r = resolve(dir.resolve("in").toString());
        assertEquals(List.of(link + ": is a symbolic link to " + gone + ", which does not exist"), r.failures());
        ImportException e = assertThrows(ImportException.class, () -> resolve(link.toString()));
        assertEquals(link + ": is a symbolic link to " + gone + ", which does not exist", e.getMessage());
    }

    @Test
    void aFolderWithNothingToReadIsAnError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        ImportException e = assertThrows(ImportException.class, () -> resolve(empty.toString()));
        assertEquals(empty + ": the folder holds no files to read", e.getMessage());
        write("hidden/.notes.txt", "private");
        ImportException h = assertThrows(ImportException.class, () -> resolve(dir.resolve("hidden").toString()));
        assertEquals(dir.resolve("hidden") + ": the folder holds no files to read (only hidden ones, whose names start with '.')", h.getMessage());
    }

    @Test
    void anEmptyArgumentIsNotTheCurrentFolder() {
        ImportException e = assertThrows(ImportException.class, () -> resolve(""));
        assertEquals("an empty argument is not a file or folder", e.problem());
    }

    @Test
    void aPipeInsideAFolderIsReportedNotSkippedSilently() throws IOException, ImportException {
        write("in/a.txt", "The ministry stated its position.");
        Path fifo = dir.resolve("in/feed.pipe");
        Assumptions.assumeTrue(ExportTargetTest.system("mkfifo", fifo.toString()), "mkfifo is not available here");
        Resolved r = resolve(dir.resolve("in").toString());
        assertEquals(List.of(dir.resolve("in/a.txt").toString()), r.sources());
        assertEquals(List.of(fifo + ": is not a regular file (a pipe, device or socket); save its content to a file first"), r.failures());
    }

    @Test
    void gzipFilesAreExpandedWithinTheLimitAndDamageIsSaidInWords() throws IOException, ImportException {
        byte[] text = "The minister said talks would resume.".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text);
        }
        Path good = Files.write(dir.resolve("a.txt.gz"), gz.toByteArray());
        List<Source> got = new ArrayList<>();
        new FileSources().resolve(good.toString(), new SourceResolver.Sink() {
            @Override
            public void source(Source s) {
                got.add(s);
            }

            @Override
            public void failed(String in, String reason) {
                throw new AssertionError(reason);
            }
        });
        assertArrayEquals(text, got.get(0).bytes());

        byte[] whole = gz.toByteArray();
        Path cut = Files.write(dir.resolve("cut.txt.gz"), java.util.Arrays.copyOf(whole, whole.length - 12));
        List<Source> cutSource = new ArrayList<>();
        new FileSources().resolve(cut.toString(), new SourceResolver.Sink() {
            @Override
            public void source(Source s) {
                cutSource.add(s);
            }

            @Override
            public void failed(String in, String reason) {
                throw new AssertionError(reason);
            }
        });
        IOException e = assertThrows(IOException.class, () -> cutSource.get(0).bytes());
        assertEquals("is a damaged or truncated .gz file (it ends too early)", e.getMessage());
    }
}
