package org.sightline.core.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Says in words what a Java exception means for the analyst ("permission denied", "the disk is
 * full"), so that no message shows a class name or the JDK's wording ("(null)",
 * "InvalidPathException"). One place, so that each case has one wording everywhere.
 *
 * @since 0.2.0
 */
public final class Problems {

    private Problems() {
    }

    /**
     * The message of {@code e} when Sightline worded it for the analyst (its own exception classes,
     * as importers and the workspace store throw them), else {@link #describe(Throwable)}. A plain
     * {@link IOException} may come from Sightline or from the JDK ("No space left on device"): a case
     * {@code describe} recognises is put in its words, any other keeps its message.
     */
    public static String wording(Throwable e) {
        String m = e.getMessage();
        boolean hasMessage = m != null && !m.isBlank();
        if (e.getClass().getName().startsWith("org.sightline.") && hasMessage) {
            return m;
        }
        if (e.getClass() == IOException.class && hasMessage) {
            String known = known(e);
            return known != null ? known : m;
        }
        return describe(e);
    }

    /** A short phrase for {@code e}, without the file name (the caller puts that first). */
    public static String describe(Throwable e) {
        String known = known(e);
        if (known != null) {
            return known;
        }
        String m = e.getMessage();
        if (e instanceof IOException) {
            return m == null || m.isBlank() ? "input/output error" : "input/output error (" + m.strip() + ")";
        }
        // A programming error in Sightline or a plugin: name it plainly, the detail is for a bug report.
        return "an internal error (" + e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip()) + ")";
    }

    /** The phrase for a case Sightline recognises, or null. */
    private static String known(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link leads back into a folder above it (a loop)";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof ReadOnlyFileSystemException) {
            return "the file system is read-only";
        }
        if (e instanceof InvalidPathException) {
            return "not a usable file name on this system";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "connection refused or unreachable";
        }
        if (e instanceof SocketTimeoutException) {
            return "the connection timed out";
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory (raise it with SIGHTLINE_VMARGS=-Xmx...)";
        }
        String m = e.getMessage();
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            m = fse.getReason(); // without the file names, which the caller gives
        }
        if (m != null) {
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")) {
                return "the disk is full";
            }
            if (lower.contains("read-only file system")) {
                return "the file system is read-only";
            }
            if (lower.contains("permission denied")) {
                return "permission denied";
            }
            if (lower.contains("broken pipe")) {
                return "the reading end of the pipe closed";
            }
            if (lower.contains("too many open files")) {
                return "too many open files";
            }
            if (lower.contains("file name too long")) {
                return "the file name is too long";
            }
        }
        return null;
    }
}
