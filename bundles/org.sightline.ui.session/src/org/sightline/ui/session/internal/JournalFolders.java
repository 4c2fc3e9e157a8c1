package org.sightline.ui.session.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The folders of recovery journals under a root (one per session), and which of them belong to
 * sessions open in this JVM, so a scan for leftovers of a crash never offers a live session.
 */
public final class JournalFolders {

    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private JournalFolders() {
    }

    /** A new, empty folder for a session's journal. */
    public static Path newFolder(Path root) {
        try {
            Files.createDirectories(root);
            for (;;) {
                Path folder = root.resolve("session-" + LocalDateTime.now().format(STAMP) + "-"
                        + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 24)));
                try {
                    return Files.createDirectory(folder);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // the same second and the same random number: take another
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a recovery folder under " + root + ": " + e.getMessage(), e);
        }
    }

    public static void opened(Path folder) {
        OPEN.add(folder.toAbsolutePath().normalize());
    }

    /** Test hook: treat the folder as left behind by an ended process (without deleting it). */
    public static void forget(Path folder) {
        OPEN.remove(folder.toAbsolutePath().normalize());
    }

    public static boolean isOpen(Path folder) {
        return OPEN.contains(folder.toAbsolutePath().normalize());
    }

    /** Deletes a journal folder and what it holds; a failure leaves a leftover for the next scan, nothing worse. */
    public static void delete(Path folder) {
        OPEN.remove(folder.toAbsolutePath().normalize());
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // left for the next scan
        }
    }
}
