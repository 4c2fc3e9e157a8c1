package org.sightline.core.api;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where an {@link Exporter} writes: a single stream (standard output), one file, or a folder.
 * <p>
 * File and folder targets write every file to a temporary file beside it and move them into place
 * only on {@link #commit()}, which the caller invokes after the exporter returned normally; closing
 * the target without a commit deletes them. So a failed export leaves earlier files untouched. A
 * folder target never writes outside its folder: names are checked and links are not followed.
 * <pre>
 * try (ExportTarget target = ExportTarget.directory(folder)) {
 *     exporter.export(corpus, target);
 *     target.commit();
 * }
 * </pre>
 */
public abstract sealed class ExportTarget implements AutoCloseable {

    /** One stream; the exporter writes its main file into it. The stream is flushed, not closed. */
    public static ExportTarget stream(OutputStream out) {
        return new StreamTarget(out);
    }

    /** A folder (created if missing); each file the exporter opens is created inside it. */
    public static ExportTarget directory(Path folder) {
        return new FolderTarget(folder, null);
    }

    /** One file at {@code file}, whatever name the exporter asks for. */
    public static ExportTarget file(Path file) {
        Path abs = file.toAbsolutePath();
        return new FolderTarget(abs.getParent(), abs.getFileName().toString());
    }

    /** Whether several files may be written. */
    public abstract boolean isDirectory();

    /**
     * Opens the output for {@code fileName} (a plain name such as {@code claims.csv}, no folders).
     * Close the returned stream when done writing it.
     */
    public abstract OutputStream open(String fileName) throws IOException;

    /** Puts what was written in place. Call once, after the exporter returned normally. */
    public abstract void commit() throws IOException;

    /** Discards whatever was not committed. */
    @Override
    public abstract void close() throws IOException;

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
                throw new IOException("a single-stream export target takes one file; '" + fileName + "' needs a folder (--out DIR/)");
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

        @Override
        public void commit() throws IOException {
            out.flush();
        }

        @Override
        public void close() {
            // The stream belongs to the caller.
        }
    }

    private static final class FolderTarget extends ExportTarget {
        /** Read for all, write for the owner: what a file written by hand would get under the usual umask. */
        private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

        private final Path folder;
        private final String singleName;
        private final List<Path[]> pending = new ArrayList<>(); // {temp, final}

        FolderTarget(Path folder, String singleName) {
            this.folder = Objects.requireNonNull(folder, "folder");
            this.singleName = singleName;
        }

        @Override
        public boolean isDirectory() {
            return singleName == null;
        }

        @Override
        public OutputStream open(String fileName) throws IOException {
            String name = singleName != null ? singleName : fileName;
            if (singleName != null && !pending.isEmpty()) {
                throw new IOException("a single-file export target takes one file; '" + fileName + "' needs a folder (--out DIR/)");
            }
            Files.createDirectories(folder);
            Path real = folder.toRealPath();
            if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
                throw new IOException("export file name '" + name + "' would leave the folder " + real);
            }
            Path file = real.resolve(name).normalize();
            if (!real.equals(file.getParent())) {
                throw new IOException("export file name '" + name + "' would leave the folder " + real);
            }
            if (Files.isSymbolicLink(file)) {
                throw new IOException("export file " + file + " is a symbolic link; not following it out of " + real);
            }
            for (Path[] p : pending) {
                if (p[1].equals(file)) {
                    throw new IOException("export file " + name + " was already written in this export");
                }
            }
            Path temp = Files.createTempFile(real, "." + name + ".", ".part");
            pending.add(new Path[] {temp, file});
            return Files.newOutputStream(temp);
        }

        @Override
        public void commit() throws IOException {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            for (Path[] p : pending) {
                if (posix) {
                    Files.setPosixFilePermissions(p[0], Files.exists(p[1]) ? Files.getPosixFilePermissions(p[1]) : FILE_PERMISSIONS);
                }
                Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            pending.clear();
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (Path[] p : pending) {
                try {
                    Files.deleteIfExists(p[0]);
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            pending.clear();
            if (first != null) {
                throw first;
            }
        }
    }
}
