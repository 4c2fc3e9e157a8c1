package org.sightline.core.api;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sources from the file system: a file, or every file of a folder and its subfolders in name
 * order; {@code .gz} files are decompressed. Sizes are bounded, so a huge or hostile file is an
 * error for that file, not an out-of-memory for the run. Hidden files and folders are skipped.
 * Symbolic links are followed, to files and to folders; a link that loops back into a folder
 * above it, and a link whose target is missing, are reported, and two links to one file give one
 * source. A folder that yields no file at all is an error, never a silent empty result.
 *
 * @since 0.1.0
 */
public final class FileSources implements SourceResolver {

    /** Largest file read, compressed or not (default 20 MiB, like the URL fetcher). */
    public static final long DEFAULT_MAX_BYTES = 20L << 20;
    /** Largest content after decompression (default 50 MiB). */
    public static final long DEFAULT_MAX_DECOMPRESSED = 50L << 20;

    private final long maxBytes;
    private final long maxDecompressed;

    public FileSources() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DECOMPRESSED);
    }

    public FileSources(long maxBytes, long maxDecompressed) {
        this.maxBytes = maxBytes;
        this.maxDecompressed = maxDecompressed;
    }

    @Override
    public boolean accepts(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return !(lower.startsWith("http://") || lower.startsWith("https://"));
    }

    @Override
    public void resolve(String input, Sink sink) throws ImportException {
        if (input.isEmpty()) {
            // Path.of("") is the current folder: an empty argument (an unset shell variable) must not read it.
            throw new ImportException(input, "an empty argument is not a file or folder");
        }
        Path path;
        try {
            path = Path.of(input.startsWith("file:") ? java.net.URI.create(input).getPath() : input);
        } catch (IllegalArgumentException e) { // InvalidPathException, or a bad file: URI
            throw new ImportException(input, "is not a usable file name on this system");
        }
        if (!Files.exists(path)) {
            throw new ImportException(input, Files.isSymbolicLink(path) ? danglingLink(path) : "no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                // A pipe without a writer would block the run for ever, and a device has no size to bound it by.
                throw new ImportException(input, NOT_REGULAR);
            }
            if (!Files.isReadable(path)) {
                throw new ImportException(input, "cannot be read (permission denied)");
            }
            sink.source(new FileSource(input, path));
            return;
        }
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        int[] skipped = new int[1]; // hidden entries
        int[] reported = new int[1]; // entries reported through sink.failed
        try {
            // Links are followed (to files and to folders); the walk detects loops and reports them.
            Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(path) && hidden(dir)) {
                        skipped[0]++;
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) {
                        skipped[0]++;
                    } else if (attrs.isRegularFile()) {
                        // Two links to one file give one document.
                        if (seen.add(realPath(file))) {
                            files.add(file);
                        }
                    } else if (attrs.isSymbolicLink()) {
                        // FOLLOW_LINKS hands over the link itself only when its target is missing.
                        reported[0]++;
                        sink.failed(file.toString(), danglingLink(file));
                    } else {
                        reported[0]++;
                        sink.failed(file.toString(), NOT_REGULAR);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    reported[0]++;
                    sink.failed(file.toString(), e instanceof FileSystemLoopException
                            ? "is a symbolic link back into a folder above it (a loop); not followed again"
                            : "cannot be read (" + Problems.describe(e) + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ImportException(input, "the folder cannot be read (" + Problems.describe(e) + ")", e);
        }
        files.sort(null); // name order: the same folder always gives the same documents in the same order
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                sink.failed(f.toString(), "cannot be read (permission denied)");
            } else {
                sink.source(new FileSource(f.toString(), f));
            }
        }
        if (files.isEmpty() && reported[0] == 0) {
            throw new ImportException(input, skipped[0] > 0
                    ? "the folder holds no files to read (only hidden ones, whose names start with '.')"
                    : "the folder holds no files to read");
        }
    }

    /** Why a folder entry or input that is a special file is not read. */
    private static final String NOT_REGULAR = "is not a regular file (a pipe, device or socket); save its content to a file first";

    private static String danglingLink(Path link) {
        try {
            return "is a symbolic link to " + Files.readSymbolicLink(link) + ", which does not exist";
        } catch (IOException | UnsupportedOperationException e) {
            return "is a symbolic link whose target does not exist";
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** A file, read when an importer asks; {@code .gz} content decompressed with the size bound. */
    private final class FileSource implements Source {
        private final String name;
        private final Path path;

        FileSource(String name, Path path) {
            this.name = name;
            this.path = path;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public byte[] bytes() throws IOException {
            byte[] raw;
            try {
                long size = Files.size(path);
                if (size > maxBytes) {
                    throw new IOException("is " + Sizes.describe(size) + ", larger than the limit of " + Sizes.describe(maxBytes));
                }
                raw = Files.readAllBytes(path);
            } catch (FileSystemException e) {
                // Deleted or locked since the folder was walked.
                throw new IOException("cannot be read (" + Problems.describe(e) + ")", e);
            }
            if (raw.length > maxBytes) {
                throw new IOException("is " + Sizes.describe(raw.length) + ", larger than the limit of " + Sizes.describe(maxBytes));
            }
            return Gzip.isGzip(raw) ? Gzip.gunzip(raw, maxDecompressed) : raw;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
