package org.sightline.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.WorkspaceStore.Format;
import org.sightline.testing.SampleArticle;

/**
 * Saves under real faults: a process killed (SIGKILL) at random points of its saves, a full disk (a small tmpfs), a
 * folder that cannot be written, a second writer in another process. Each ends with the last good workspace intact
 * and a clear message; temporaries of killed saves go with the next save.
 */
class SaveFaultsTest {

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsOfSavesTheWorkspaceStaysLoadable() throws Exception {
        Path file = dir.resolve("w.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file);
        Random random = new Random(17);
        for (int round = 0; round < 6; round++) {
            Process child = child(SaveLoop.class, file.toString());
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line = out.readLine();
                assertEquals("READY", line, "the child started saving");
                Thread.sleep(random.nextInt(400));
                child.destroyForcibly(); // SIGKILL, anywhere in a save
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            } finally {
                child.destroyForcibly();
            }
            Corpus loaded = WorkspaceStore.load(file);
            assertEquals(Diagnostic.OK, Validation.validate(loaded).getSeverity(), "round " + round + ": the workspace is whole");
            if (Files.exists(WorkspaceStore.backupOf(file))) {
                WorkspaceStore.load(WorkspaceStore.backupOf(file));
            }
        }
        WorkspaceStore.save(WorkspaceStore.load(file), file);
        assertEquals(List.of("w.sightline", "w.sightline.bak"), files(dir), "no temporary file is left after the next save");
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A save killed between its backup step and its rename leaves the backup as a hard link to the target itself;
     * the next save must still leave only the workspace and its backup (the random kills above found it).
     */
    @Test
    void aBackupThatIsALinkToTheWorkspaceLeavesNoTemporaryBehind() throws Exception {
        Path file = dir.resolve("w.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file);
        Files.deleteIfExists(WorkspaceStore.backupOf(file));
        Files.createLink(WorkspaceStore.backupOf(file), file);
        byte[] before = Files.readAllBytes(file);

        Corpus corpus = WorkspaceStore.load(file);
        corpus.getClaims().get(0).setStatus(ReviewStatus.CONFIRMED);
        WorkspaceStore.save(corpus, file);

        assertEquals(List.of("w.sightline", "w.sightline.bak"), files(dir), "no temporary file is left");
        assertArrayEquals(before, Files.readAllBytes(WorkspaceStore.backupOf(file)), "the backup is the workspace before this save");
        assertEquals(ReviewStatus.CONFIRMED, WorkspaceStore.load(file).getClaims().get(0).getStatus());
    }

    @Test
    void aFullDiskLeavesTheLastGoodFile() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mount.toString()) == 0,
                "skipped: cannot mount a small tmpfs here (needs root); the simulated full disk of WorkspaceStoreTest still runs");
        try {
            Path file = mount.resolve("w.sightline");
            Corpus small = new CorpusBuilder("small").corpus();
            new CorpusBuilder(small).document("a.txt", "A", "A short text.");
            WorkspaceStore.save(small, file);
            byte[] good = Files.readAllBytes(file);
            Corpus big = new SampleArticle().withAnalysis().corpus;
            for (int i = 0; i < 60; i++) {
                new CorpusBuilder(big).document("copy" + i + ".txt", "copy", big.getDocuments().get(0).getText() + i);
            }
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.save(big, file));
            assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("the previous file is unchanged"), e.getMessage());
            assertArrayEquals(good, Files.readAllBytes(file));
            assertEquals(List.of("w.sightline"), files(mount), "no temporary file left on the full disk");
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Path file = folder.resolve("w.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file);
        byte[] good = Files.readAllBytes(file);
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            // Permissions do not stop root: make the folder a read-only mount instead, if we may.
            Assumptions.assumeTrue(run("mount", "--bind", folder.toString(), folder.toString()) == 0,
                    "skipped: root here cannot bind-mount the folder read-only (and permissions do not stop root)");
            if (run("mount", "-o", "remount,bind,ro", folder.toString()) != 0) {
                run("umount", folder.toString());
                Assumptions.abort("skipped: root here cannot remount the folder read-only");
            }
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file));
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("the previous file is unchanged"), e.getMessage());
            assertTrue(e.getMessage().contains(root ? "Read-only file system" : "Permission denied") || e.getMessage().contains("AccessDenied"),
                    e.getMessage());
            assertArrayEquals(good, Files.readAllBytes(file));
        } finally {
            if (root) {
                run("umount", folder.toString());
            } else {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @Test
    void aSecondWriterInAnotherProcessIsTurnedAwayWithItsName() throws Exception {
        Path file = dir.resolve("w.sightline");
        Process holder = child(HoldLock.class, file.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("LOCKED", out.readLine());
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceLock.acquire(file, "test", java.time.Duration.ofMillis(300)));
            assertTrue(e.getMessage().contains("in use by holder test, process " + holder.pid()), e.getMessage());
            holder.destroyForcibly(); // even a killed holder frees the workspace
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
            try (WorkspaceLock lock = WorkspaceLock.acquire(file, "test", java.time.Duration.ofSeconds(10))) {
                assertEquals(file.toAbsolutePath(), lock.workspace());
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    /** Saves the workspace in its argument again and again, flipping a claim's status: for killing at random. */
    public static final class SaveLoop {
        public static void main(String[] args) throws Exception {
            Path file = Path.of(args[0]);
            Corpus corpus = WorkspaceStore.load(file);
            Claim claim = corpus.getClaims().get(0);
            System.out.println("READY");
            System.out.flush();
            for (int i = 0;; i++) {
                claim.setStatus(i % 2 == 0 ? ReviewStatus.CONFIRMED : ReviewStatus.REJECTED);
                WorkspaceStore.save(corpus, file, i % 3 == 0 ? Format.XMI : Format.BINARY);
            }
        }
    }

    /** Holds the workspace lock until killed. */
    public static final class HoldLock {
        public static void main(String[] args) throws Exception {
            WorkspaceLock.acquire(Path.of(args[0]), "holder test", java.time.Duration.ZERO);
            System.out.println("LOCKED");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    private static Process child(Class<?> main, String arg) throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        Class<?> xmi = Class.forName("org.eclipse.emf.ecore.xmi.XMLResource", false, WorkspaceStore.class.getClassLoader());
        Class<?> jackson = Class.forName("com.fasterxml.jackson.core.JsonFactory", false, WorkspaceStore.class.getClassLoader());
        for (Class<?> c : new Class<?>[] { main, WorkspaceStore.class, org.eclipse.emf.common.util.URI.class, org.eclipse.emf.ecore.EObject.class, xmi,
                jackson, org.sightline.testing.SharedFiles.class }) {
            Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            entries.add(location.toString());
            for (String inner : new String[] { "bin", "target/classes" }) {
                if (Files.isDirectory(location.resolve(inner))) {
                    entries.add(location.resolve(inner).toString());
                }
            }
        }
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", String.join(File.pathSeparator, entries),
                main.getName(), arg).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
