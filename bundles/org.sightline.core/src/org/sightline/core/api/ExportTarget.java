package org.sightline.core.api;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Where an {@link Exporter} writes: a single stream (standard output, one file) or a folder.
 * A folder target never writes outside the folder (names are checked, links not followed
 * out of it) and writes each file atomically: a failed export leaves earlier files untouched.
 */
public abstract sealed class ExportTarget {

    /** One stream; the exporter writes its main file into it. The stream is not closed. */
    public static ExportTarget stream(OutputStream out) {
        return new StreamTarget(out);
    }

    /** A folder (created if missing); each file the exporter opens is created inside it. */
    public static ExportTarget directory(Path folder) {
        return new FolderTarget(folder);
    }

    /**
     * One file at {@code file}, whatever name the exporter asks for; written atomically (a failed
     * export leaves an earlier file of that name as it was).
     */
    public static ExportTarget file(Path file) {
        Path abs = file.toAbsolutePath();
        return new FileTarget(new FolderTarget(abs.getParent()), abs.getFileName().toString());
    }

    /** Whether several files may be written. */
    public abstract boolean isDirectory();

    /**
     * Opens the output for {@code fileName} (a plain name such as {@code claims.csv}, no folders).
     * Close the returned stream when done: for folder targets that moves the finished file in place.
     */
    public abstract OutputStream open(String fileName) throws IOException;

    private static final class StreamTarget extends ExportTarget {
        private final OutputStream out;
        private boolean used;

        StreamTarget(OutputStream out) {
            this.out = Objects.requireNonNull(out, "out");
        }

        @Override
        public boolean isDirectory() {
            return false;
        }

        @Override
        public OutputStream open(String fileName) throws IOException {
            if (used) {
                throw new IOException("a single-stream export target takes one file; '" + fileName + "' needs a folder (--out DIR)");
            }
            used = true;
            return new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush(); // the caller owns the stream (e.g. System.out)
                }
            };
        }
    }

    private static final class FileTarget extends ExportTarget {
        private final FolderTarget folder;
        private final String name;
        private boolean used;

        FileTarget(FolderTarget folder, String name) {
            this.folder = folder;
            this.name = name;
        }

        @Override
        public boolean isDirectory() {
            return false;
        }

        @Override
        public OutputStream open(String fileName) throws IOException {
            if (used) {
                throw new IOException("a single-file export target takes one file; '" + fileName + "' needs a folder (--out DIR/)");
            }
            used = true;
            return folder.open(name);
        }
    }

    private static final class FolderTarget extends ExportTarget {
        private final Path folder;

        FolderTarget(Path folder) {
            this.folder = Objects.requireNonNull(folder, "folder");
        }

        @Override
        public boolean isDirectory() {
            return true;
        }

        @Override
        public OutputStream open(String fileName) throws IOException {
            Files.createDirectories(folder);
            Path real = folder.toRealPath();
            Path file = real.resolve(fileName).normalize();
            if (fileName.isBlank() || !file.getParent().equals(real) || fileName.contains("/") || fileName.contains("\\")) {
                throw new IOException("export file name '" + fileName + "' would leave the folder " + real);
            }
            if (Files.isSymbolicLink(file)) {
                throw new IOException("export file " + file + " is a symbolic link; not following it out of " + real);
            }
            Path temp = Files.createTempFile(real, "." + fileName + ".", ".part");
            OutputStream raw = Files.newOutputStream(temp);
            return new FilterOutputStream(raw) {
                private boolean closed;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    raw.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    try {
                        raw.close();
                        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                }
            };
        }
    }
}
