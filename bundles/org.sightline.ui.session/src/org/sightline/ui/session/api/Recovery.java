package org.sightline.ui.session.api;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.sightline.model.Corpus;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.WorkspaceException;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.ui.session.internal.Journal;
import org.sightline.ui.session.internal.JournalFolders;

/**
 * Finds the journals that sessions left behind when the process ended without closing them (a
 * crash, a kill) and rebuilds those sessions: the workspace as it was opened, then every edit,
 * undo and redo in order. The recovered session is dirty and keeps its undo history.
 *
 * @since 0.1.0
 */
public final class Recovery {

    /** A session that can be recovered. */
    public record Pending(Path folder, String name, Optional<Path> file, int unsavedChanges, Instant lastChange) {
        /** "pentagon (3 unsaved changes)". */
        public String describe() {
            return name + " (" + unsavedChanges + (unsavedChanges == 1 ? " unsaved change)" : " unsaved changes)");
        }
    }

    private Recovery() {
    }

    /**
     * The recoverable sessions under {@code root}, newest first. Leftovers with nothing unsaved are
     * deleted; sessions open in this JVM are skipped; damaged journals stay on disk (for someone to
     * look at) and are not offered.
     */
    public static List<Pending> scan(Path root) {
        List<Pending> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, "session-*")) {
            for (Path folder : folders) {
                if (JournalFolders.isOpen(folder) || !Files.isRegularFile(folder.resolve(Journal.FILE_NAME))) {
                    continue;
                }
                Journal.Contents contents;
                try {
                    contents = Journal.read(folder);
                } catch (IOException e) {
                    continue; // damaged beyond a torn last line: keep it on disk, offer nothing
                }
                int changes = contents.unsavedChanges();
                if (changes == 0) {
                    JournalFolders.delete(folder);
                    continue;
                }
                Journal.Header h = contents.header();
                Optional<Path> file = Optional.ofNullable(lastFile(contents)).map(Path::of);
                String name = file.map(f -> f.getFileName().toString().replaceFirst("\\.[^.]*$", ""))
                        .orElse(h.name() == null ? "Untitled" : h.name());
                Instant last = Files.getLastModifiedTime(folder.resolve(Journal.FILE_NAME)).toInstant();
                found.add(new Pending(folder, name, file, changes, last));
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(Pending::lastChange).reversed());
        return found;
    }

    private static String lastFile(Journal.Contents contents) {
        String file = contents.header().file();
        for (Journal.Entry e : contents.entries()) {
            if ("saved".equals(e.op())) {
                file = e.file();
            }
        }
        return file;
    }

    /**
     * Rebuilds the session of {@code pending}; it continues journaling into the same folder.
     *
     * @throws IOException naming the journal or base file that cannot be read
     */
    public static Session recover(Pending pending) throws IOException {
        Path folder = pending.folder();
        Journal.Contents contents = Journal.read(folder);
        Journal.Header h = contents.header();
        List<Journal.Entry> entries = contents.entries();
        // Replay starts from the newest snapshot, if a command outside the journal forced one.
        int start = 0;
        String base = h.base();
        boolean fromSnapshot = false;
        String file = h.file();
        for (int i = 0; i < entries.size(); i++) {
            Journal.Entry e = entries.get(i);
            if ("snapshot".equals(e.op())) {
                start = i + 1;
                base = e.file();
                fromSnapshot = true;
            } else if ("saved".equals(e.op()) && !fromSnapshot) {
                file = e.file();
            }
        }
        Corpus corpus;
        try {
            corpus = base == null ? Corpora.create(h.name()) : WorkspaceStore.load(folder.resolve(base));
        } catch (WorkspaceException e) {
            throw new IOException("cannot recover " + pending.describe() + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < start; i++) {
            if ("saved".equals(entries.get(i).op())) {
                file = entries.get(i).file();
            }
        }
        Session session = Session.continuing(corpus, file == null ? null : Path.of(file), h.name(), folder);
        if (fromSnapshot) {
            session.markDirty();
        }
        for (Journal.Entry e : entries.subList(start, entries.size())) {
            session.replay(e);
        }
        return session;
    }

    /** Drops a pending session: its journal is deleted. */
    public static void discard(Pending pending) {
        JournalFolders.delete(pending.folder());
    }
}
