package org.sightline.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The right to change a workspace file: one writer at a time, across processes and within one. As Eclipse does for
 * its workspace, it is an OS lock ({@link FileChannel#lock}) on a lock file beside the workspace,
 * {@code .<name>.lock}, which the OS drops when the process ends, even by kill -9; so there is never a stale lock to
 * remove by hand. The lock file stays (deleting it would let two processes lock two different files); it holds who
 * took the lock, for the message another writer gets.
 * <p>
 * {@code sightline analyze --workspace} takes it for the load-merge-save, the workbench for as long as it has the
 * workspace open. Works without OSGi.
 *
 * @since 0.2.0
 */
public final class WorkspaceLock implements AutoCloseable {

    /** Workspaces this process holds (OS locks are per process, so a second taker here must be told apart). */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path workspace;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path workspace, FileChannel channel, FileLock lock) {
        this.workspace = workspace;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code workspace}: {@code .<name>.lock} in the same folder. */
    public static Path lockFileOf(Path workspace) {
        Path w = workspace.toAbsolutePath().normalize();
        return w.resolveSibling("." + w.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code workspace}, waiting up to {@code wait} while another writer holds it.
     *
     * @param holder who is taking it, e.g. "sightline analyze" or "the Sightline workbench" (shown to other writers)
     * @throws WorkspaceException naming the workspace and the holder when it stays taken, or when the lock file cannot
     *             be made (folder missing or read-only)
     */
    public static WorkspaceLock acquire(Path workspace, String holder, Duration wait) throws WorkspaceException {
        Path w = workspace.toAbsolutePath().normalize();
        Path folder = w.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new WorkspaceException(w, "folder " + folder + " does not exist");
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            if (HELD.add(w)) {
                FileChannel channel = null;
                try {
                    channel = FileChannel.open(lockFileOf(w), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        byte[] who = (holder + ", process " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n")
                                .getBytes(StandardCharsets.UTF_8);
                        channel.truncate(0);
                        channel.write(ByteBuffer.wrap(who), 0);
                        return new WorkspaceLock(w, channel, lock);
                    }
                    channel.close();
                } catch (IOException | OverlappingFileLockException e) {
                    closeQuietly(channel);
                    HELD.remove(w);
                    throw new WorkspaceException(w, "cannot lock the workspace (" + e.getMessage() + " at " + lockFileOf(w) + ")", e);
                }
                HELD.remove(w);
            }
            if (System.nanoTime() >= deadline) {
                throw new WorkspaceException(w, "the workspace is in use by " + holderOf(w)
                        + (wait.isZero() ? "" : " (waited " + wait.toSeconds() + " s)") + "; close it there, or try again later");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WorkspaceException(w, "interrupted while waiting for the workspace lock");
            }
        }
    }

    /** Who holds the lock of {@code workspace}, as the holder wrote it; for messages. */
    static String holderOf(Path workspace) {
        if (HELD.contains(workspace)) {
            return "this Sightline (it is open here already)";
        }
        try {
            String who = Files.readString(lockFileOf(workspace), StandardCharsets.UTF_8).strip();
            return who.isEmpty() ? "another Sightline" : who;
        } catch (IOException e) {
            return "another Sightline";
        }
    }

    /** The workspace this lock is for. */
    public Path workspace() {
        return workspace;
    }

    /** Releases the lock (idempotent). */
    @Override
    public void close() {
        if (channel.isOpen()) {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel below drops it anyway
            }
            closeQuietly(channel);
            HELD.remove(workspace);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was written that matters
            }
        }
    }
}
