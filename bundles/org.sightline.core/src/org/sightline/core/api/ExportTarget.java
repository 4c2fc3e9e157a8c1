package org.sightline.core.api;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
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
 * <p>
 * A file target that names an existing special file (a device such as {@code /dev/null}, a named
 * pipe) writes into that file's stream instead: renaming a temporary file over it would replace
 * the device or pipe with a regular file. A file target through a symbolic link replaces the
 * link's target, never the link.
 * <pre>
 * try (ExportTarget target = ExportTarget.directory(folder)) {
 *     exporter.export(corpus, target);
 *     target.commit();
 * }
 * </pre>
 *
 * @since 0.1.0
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

    /**
     * One file at {@code file}, whatever name the exporter asks for. An existing device or named
     * pipe is written in place (see the class comment); a socket is refused.
     */
    public static ExportTarget file(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (Files.exists(abs)) {
            // Through links: "--out latest.json" pointing at results/x.json replaces results/x.json.
            abs = abs.toRealPath();
            BasicFileAttributes attrs = Files.readAttributes(abs, BasicFileAttributes.class);
            if (attrs.isOther()) {
                return new SpecialFileTarget(abs);
            }
        }
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

    /**
     * What an exporter gets to write a file of a target whose stream outlives that file: written
     * straight through to {@code out}; closing it only flushes, the target closes {@code out} itself.
     */
    private static OutputStream flushOnClose(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

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
            return flushOnClose(out); // the caller owns the stream (e.g. System.out)
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

    /**
     * An existing device or named pipe: opened for writing when the exporter asks (so a pipe with no
     * reader blocks only then), written straight through, closed on commit. There is nothing to
     * keep intact on failure, as a stream has no earlier content.
     */
    private static final class SpecialFileTarget extends ExportTarget {
        private final Path file;
        private OutputStream out;

        SpecialFileTarget(Path file) {
            this.file = file;
        }

        @Override
        public boolean isDirectory() {
            return false;
        }

        @Override
        public OutputStream open(String fileName) throws IOException {
            if (out != null) {
                throw new IOException("a single-file export target takes one file; '" + fileName + "' needs a folder (--out DIR/)");
            }
            try {
                // No CREATE, no TRUNCATE_EXISTING: the special file must stay what it is.
                out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new IOException(file + " is a special file (not a regular file) that cannot be written: " + Problems.describe(e), e);
            }
            return flushOnClose(out); // closed on commit or close of the target
        }

        @Override
        public void commit() throws IOException {
            close();
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                OutputStream o = out;
                out = null;
                o.close();
            }
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
