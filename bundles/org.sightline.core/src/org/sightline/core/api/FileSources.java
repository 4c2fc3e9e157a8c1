package org.sightline.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Sources from the file system: a file, or every file of a folder and its subfolders in name
 * order; {@code .gz} files are decompressed. Sizes are bounded, so a huge or hostile file is an
 * error for that file, not an out-of-memory for the run. Hidden files and folders are skipped.
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
        Path path = Path.of(input.startsWith("file:") ? java.net.URI.create(input).getPath() : input);
        if (!Files.exists(path)) {
            throw new ImportException(input, "no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                // A pipe without a writer would block the run for ever, and a device has no size to bound it by.
                throw new ImportException(input, "is not a regular file (a pipe, device or socket); save its content to a file first");
            }
            if (!Files.isReadable(path)) {
                throw new ImportException(input, "cannot be read (permission denied)");
            }
            sink.source(new FileSource(input, path));
            return;
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    sink.failed(file.toString(), "cannot be read: " + describe(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ImportException(input, "the folder cannot be read: " + describe(e), e);
        }
        files.sort(null); // name order: the same folder always gives the same documents in the same order
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                sink.failed(f.toString(), "cannot be read (permission denied)");
            } else {
                sink.source(new FileSource(f.toString(), f));
            }
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new IOException("is " + Sizes.describe(size) + ", larger than the limit of " + Sizes.describe(maxBytes));
            }
            byte[] raw;
            try {
                raw = Files.readAllBytes(path);
            } catch (AccessDeniedException e) {
                throw new IOException("permission denied", e);
            }
            boolean gzip = raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
            return gzip ? gunzip(raw) : raw;
        }

        private byte[] gunzip(byte[] raw) throws IOException {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
                byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDecompressed + 1));
                if (out.length > maxDecompressed) {
                    throw new IOException("decompresses to more than the limit of " + Sizes.describe(maxDecompressed));
                }
                return out;
            } catch (java.io.EOFException | ZipException e) {
                throw new IOException("is a damaged or truncated .gz file (" + e.getMessage() + ")", e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
