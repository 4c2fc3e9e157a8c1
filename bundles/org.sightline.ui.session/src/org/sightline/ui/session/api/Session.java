package org.sightline.ui.session.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.sightline.model.Corpus;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.StagedLoad;
import org.sightline.model.io.WorkspaceException;
import org.sightline.model.io.WorkspaceLock;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.model.edit.SightlineEditing;
import org.sightline.ui.session.internal.EditCommands;
import org.sightline.ui.session.internal.Journal;
import org.sightline.ui.session.internal.JournalFolders;

/**
 * The workspace an analyst has open: its corpus, one editing domain whose command stack holds every
 * edit (so undo and redo work across all views), the file it belongs to, and whether it has unsaved
 * changes. Every change is journaled before it reaches the model (see {@link Recovery}), so a crash
 * loses no edit. Not thread-safe: use it from one thread (the UI thread); only
 * {@link #prepareImport} may run elsewhere.
 *
 * @since 0.1.0
 */
public final class Session {

    private final Corpus corpus;
    /** The rest of a workspace opened in stages, until it is in the corpus; null once it is (or for a whole load). */
    private volatile StagedLoad staged;
    /** Reads {@link #staged}'s rest once, on whichever thread asks first. */
    private volatile FutureTask<Void> rest;
    private final AdapterFactoryEditingDomain domain;
    private final JournalingStack stack;
    private final Journal journal;
    private final EditCommands commands;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Corpus> attachments = new ConcurrentHashMap<>();
    private final AtomicInteger attachmentNumber = new AtomicInteger();
    private Path file;
    private final String untitledName;
    private boolean forcedDirty;
    private volatile boolean closed;
    /** See {@link #changeCount()}. */
    private volatile long changes;
    /** See {@link #lastCommand()}. */
    private Command lastCommand;
    /** The lock of {@link #file} while this session holds it: the workbench with a workspace open is its writer. */
    private WorkspaceLock lock;

    /** Shown to another process that wants the workspace. */
    private static final String LOCK_HOLDER = "the Sightline workbench";

    private Session(Corpus corpus, Path file, String untitledName, Journal journal) {
        this.corpus = corpus;
        this.file = file;
        this.untitledName = untitledName;
        this.journal = journal;
        this.stack = new JournalingStack();
        this.domain = SightlineEditing.createEditingDomain(corpus, stack);
        this.commands = new EditCommands(domain, corpus, this::attachment);
        stack.addCommandStackListener(event -> {
            Command recent = stack.getMostRecentCommand();
            Collection<?> affected = recent == null ? List.of() : recent.getAffectedObjects();
            lastCommand = recent; // null after a flush: what changed is not known
            // Empty means "saved, nothing changed" to listeners: a command that names nothing affected the corpus.
            fire(affected.isEmpty() ? List.of(corpus) : affected);
        });
        JournalFolders.opened(journal.folder());
    }

    /**
     * Opens the workspace file {@code file}, journaling into a new folder under {@code recoveryRoot}.
     *
     * @throws WorkspaceException if the file cannot be read (names the file and the problem)
     */
    public static Session open(Path file, Path recoveryRoot) throws WorkspaceException {
        Session session = openStaged(file, recoveryRoot);
        try {
            session.finishLoading();
        } catch (WorkspaceException | RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /**
     * Opens the workspace file {@code file} with its documents read and the rest (actors, claims, relations,
     * hypotheses, assessments) still to read: {@link #isLoading()} until {@link #finishLoading()}. A workbench shows
     * the documents at once ({@link #corpusSoFar()}), reads the rest in a job ({@link #readRest()}) and then calls
     * {@link #finishLoading()} on the session's thread. Everything that needs the whole corpus ({@link #corpus()},
     * edits, undo, redo, saves) finishes loading first, so nothing ever sees or saves part of a workspace by mistake.
     * A file that cannot be read in stages (XMI, older formats) is read whole.
     *
     * @throws WorkspaceException if the file cannot be read (names the file and the problem)
     */
    public static Session openStaged(Path file, Path recoveryRoot) throws WorkspaceException {
        Path source = file.toAbsolutePath().normalize();
        // A batch run adding to the workspace holds it for seconds: wait for it rather than fail at once.
        WorkspaceLock lock = WorkspaceLock.acquire(source, LOCK_HOLDER, OPEN_WAIT);
        boolean opened = false;
        try {
            StagedLoad load = WorkspaceStore.loadStaged(source);
            Path folder = JournalFolders.newFolder(recoveryRoot);
            String base = "base" + extension(source);
            try {
                // The journal replays on the file as it was now; a hard link keeps that content even after
                // saves, which replace the file atomically rather than rewriting it.
                linkOrCopy(source, folder.resolve(base));
                Session session = new Session(load.corpus(), source, null, Journal.create(folder, new Journal.Header(null, source.toString(), base)));
                session.lock = lock;
                if (!load.isComplete()) {
                    session.staged = load;
                    session.rest = new FutureTask<>(() -> {
                        load.readRest();
                        return null;
                    });
                }
                opened = true;
                return session;
            } catch (IOException e) {
                load.abandon();
                throw new WorkspaceException(source, "cannot start the recovery journal in " + folder + " (" + e.getMessage() + ")", e);
            }
        } finally {
            if (!opened) {
                lock.close();
            }
        }
    }

    /** How long {@link #open} waits for another writer (a batch run) to finish with the workspace. */
    private static final Duration OPEN_WAIT = Duration.ofSeconds(10);

    /** A new, empty, untitled workspace called {@code name}. */
    public static Session create(String name, Path recoveryRoot) {
        return of(Corpora.create(name), null, recoveryRoot);
    }

    /**
     * A session on a corpus already in memory (built, imported or just analysed), belonging to
     * {@code file} (may be null: untitled). The corpus as it is now is the journal's base.
     */
    public static Session of(Corpus corpus, Path file, Path recoveryRoot) {
        Path folder = JournalFolders.newFolder(recoveryRoot);
        try {
            String base = null;
            if (!corpus.getDocuments().isEmpty() || !corpus.getActors().isEmpty()) {
                base = "base.sightlinebin";
                WorkspaceStore.saveCopy(corpus, folder.resolve(base), WorkspaceStore.Format.BINARY);
            }
            Path f = file == null ? null : file.toAbsolutePath().normalize();
            Journal journal = Journal.create(folder, new Journal.Header(corpus.getName(), f == null ? null : f.toString(), base));
            Session session = new Session(corpus, f, corpus.getName(), journal);
            session.tryLock();
            return session;
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot start the recovery journal in " + folder + ": " + e.getMessage(), e));
        }
    }

    /** Used by {@link Recovery}: a session that continues an existing journal. */
    static Session continuing(Corpus corpus, Path file, String name, Path folder) throws IOException {
        Session session = new Session(corpus, file, name, Journal.append(folder));
        session.tryLock();
        return session;
    }

    /** Takes the lock of the session's file if it is free; else {@link #saveAs} tries again and says who has it. */
    private void tryLock() {
        if (file != null) {
            try {
                lock = WorkspaceLock.acquire(file, LOCK_HOLDER, Duration.ZERO);
            } catch (WorkspaceException e) {
                lock = null;
            }
        }
    }

    // ---- state ---------------------------------------------------------------------------------

    /** The whole corpus: while the session {@link #isLoading()}, this first waits for the rest and adds it. */
    public Corpus corpus() {
        finishLoadingOrFail();
        return corpus;
    }

    /**
     * The corpus as far as it is read: while the session {@link #isLoading()}, its documents (the actors, claims and
     * the rest still empty); after, the whole corpus. For views that show documents while the rest is read; they
     * hear when it is in ({@link SessionListener}).
     */
    public Corpus corpusSoFar() {
        return corpus;
    }

    /** Whether the workspace was opened in stages and its actors, claims and the rest are not in the corpus yet. Any thread. */
    public boolean isLoading() {
        return staged != null;
    }

    /**
     * Reads the rest of a workspace opened in stages, without adding it to the corpus: any thread (a job's), blocking;
     * the first caller reads, a second one waits for it. Does nothing when nothing is left to read.
     *
     * @throws WorkspaceException if the rest is damaged (names the file and the problem), or the session was closed
     */
    public void readRest() throws WorkspaceException {
        FutureTask<Void> task = rest;
        StagedLoad load = staged;
        if (closed) {
            throw closedWhileRead();
        }
        if (task == null || load == null) {
            return;
        }
        task.run(); // returns at once when another thread runs it or it has run
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException(load.file(), "interrupted while reading the workspace", e);
        } catch (ExecutionException e) {
            if (closed) {
                throw closedWhileRead(); // the read was stopped by close(), not by damage
            }
            if (e.getCause() instanceof WorkspaceException w) {
                throw w;
            }
            throw new WorkspaceException(load.file(), "cannot read the workspace (" + e.getCause() + ")", e.getCause());
        }
    }

    private WorkspaceException closedWhileRead() {
        return new WorkspaceException(file, "the workspace was closed before it was read to the end");
    }

    /**
     * On the session's thread: reads the rest if nobody has ({@link #readRest()}), adds it to the corpus and tells
     * the listeners that the corpus changed. Does nothing when the session is not loading.
     *
     * @throws WorkspaceException if the rest is damaged; the corpus keeps its documents only, and the session should be closed
     */
    public void finishLoading() throws WorkspaceException {
        StagedLoad load = staged;
        if (load == null) {
            return;
        }
        checkOpen();
        readRest();
        load.attach();
        staged = null;
        rest = null;
        lastCommand = null;
        fire(List.of(corpus));
    }

    private void finishLoadingOrFail() {
        if (staged != null) {
            try {
                finishLoading();
            } catch (WorkspaceException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    /** The editing domain all views share; its command stack is this session's. */
    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** The workspace file, empty while untitled. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** File name without extension, else the corpus name, else "Untitled". */
    public String name() {
        if (file != null) {
            String n = file.getFileName().toString();
            int dot = n.lastIndexOf('.');
            return dot > 0 ? n.substring(0, dot) : n;
        }
        return untitledName == null || untitledName.isBlank() ? "Untitled" : untitledName;
    }

    /**
     * How many times the corpus has changed in this session (edits, undo, redo, the rest of a staged open added),
     * counted before the listeners hear of it: a cache of what the corpus holds (an index per document, counts made
     * in a job) is exact while the count it was made at is still this one. Any thread.
     */
    public long changeCount() {
        return changes;
    }

    /**
     * The command whose execution, undo or redo made the latest change ({@link #changeCount()}), for a cache that
     * follows the change from the command's own parts instead of reading the corpus again; empty when the latest change
     * was not a command (the rest of a staged open added) or nothing changed yet. Which way it ran is not said: the
     * corpus as it is now tells. Session's thread.
     *
     * @since 0.2.0
     */
    public Optional<Command> lastCommand() {
        return Optional.ofNullable(lastCommand);
    }

    /** Whether there are changes since the last save (or since opening). */
    public boolean isDirty() {
        return forcedDirty || stack.isSaveNeeded();
    }

    /** The folder of this session's recovery journal. */
    public Path journalFolder() {
        return journal.folder();
    }

    // ---- edits ---------------------------------------------------------------------------------

    /**
     * Journals {@code edit}, then executes it as one undoable command.
     *
     * @throws IllegalArgumentException if the edit does not fit the workspace (message names the problem)
     */
    public void execute(Edit edit) {
        checkOpen();
        finishLoadingOrFail();
        Command command = commands.toCommand(edit);
        if (!command.canExecute()) {
            command.dispose();
            throw new IllegalArgumentException(edit.label() + " cannot be done here: " + edit);
        }
        journal.logEdit(edit);
        stack.executeEdit(command);
    }

    public boolean canUndo() {
        return stack.canUndo();
    }

    public boolean canRedo() {
        return stack.canRedo();
    }

    /** "Undo Confirm claim", or null when there is nothing to undo. */
    public String undoLabel() {
        return stack.canUndo() ? stack.getUndoCommand().getLabel() : null;
    }

    public String redoLabel() {
        return stack.canRedo() ? stack.getRedoCommand().getLabel() : null;
    }

    public void undo() {
        checkOpen();
        finishLoadingOrFail();
        stack.undo();
    }

    public void redo() {
        checkOpen();
        finishLoadingOrFail();
        stack.redo();
    }

    /**
     * Writes the pipeline result {@code imported} beside the journal and returns the edit that adds
     * it to this workspace. Safe to call from a job's thread; execute the edit on the session's thread.
     */
    public Edit.ImportCorpus prepareImport(Corpus imported) throws WorkspaceException {
        String name = "import-" + attachmentNumber.incrementAndGet() + ".sightlinebin";
        WorkspaceStore.save(imported, journal.folder().resolve(name));
        attachments.put(name, imported);
        return new Edit.ImportCorpus(name, imported.getDocuments().size());
    }

    private Corpus attachment(String name) {
        Corpus c = attachments.remove(name);
        if (c != null) {
            return c;
        }
        try {
            return WorkspaceStore.load(journal.folder().resolve(name));
        } catch (WorkspaceException e) {
            throw new IllegalArgumentException("import " + name + " is lost: " + e.getMessage(), e);
        }
    }

    // ---- save ----------------------------------------------------------------------------------

    /** Saves to the session's file. */
    public void save() throws WorkspaceException {
        if (file == null) {
            throw new IllegalStateException("the workspace \"" + name() + "\" has no file yet: use saveAs");
        }
        saveAs(file);
    }

    /** Saves to {@code target}, which becomes the session's file. */
    public void saveAs(Path target) throws WorkspaceException {
        checkOpen();
        finishLoading(); // a save of the documents alone would lose the rest
        Path t = target.toAbsolutePath().normalize();
        if (lock == null || !lock.workspace().equals(t)) {
            WorkspaceLock next = WorkspaceLock.acquire(t, LOCK_HOLDER, Duration.ZERO);
            if (lock != null) {
                lock.close();
            }
            lock = next;
        }
        WorkspaceStore.save(corpus, t);
        file = t;
        journal.logSaved(t);
        stack.saveIsDone();
        forcedDirty = false;
        fire(List.of());
    }

    // ---- listeners, close ------------------------------------------------------------------------

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    private void fire(Collection<?> affected) {
        if (!affected.isEmpty()) {
            changes++; // before the listeners: what they find stamped with the old count is out of date
        }
        for (SessionListener l : listeners) {
            l.sessionChanged(this, affected);
        }
    }

    /** Ends the session normally: its journal is deleted (unsaved changes are gone, so ask first). */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        listeners.clear();
        StagedLoad load = staged;
        if (load != null) {
            load.abandon(); // a job still reading the rest stops with "stopped"
            staged = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
        journal.close();
        JournalFolders.delete(journal.folder());
    }

    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the workspace \"" + name() + "\" was closed");
        }
    }

    // ---- recovery support (package) ------------------------------------------------------------

    /** Replays one journal entry without journaling it again. */
    void replay(Journal.Entry entry) {
        stack.replaying = true;
        try {
            switch (entry.op()) {
                case "do" -> {
                    Command c = commands.toCommand(entry.edit());
                    if (c.canExecute()) {
                        stack.executeEdit(c);
                    }
                }
                case "undo" -> stack.undo();
                case "redo" -> stack.redo();
                case "saved" -> {
                    file = Path.of(entry.file());
                    stack.saveIsDone();
                    forcedDirty = false;
                }
                default -> {
                }
            }
        } finally {
            stack.replaying = false;
        }
    }

    void markDirty() {
        forcedDirty = true;
    }

    static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot) : ".sightline";
    }

    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to);
        }
    }

    /**
     * The command stack: journals undo and redo before doing them; a command executed on it directly
     * (not through {@link Session#execute}, e.g. by a third-party view) cannot be replayed, so the
     * whole corpus is written as a snapshot after it.
     */
    private final class JournalingStack extends BasicCommandStack {
        boolean replaying;
        private boolean executingEdit;
        private int snapshots;

        void executeEdit(Command command) {
            executingEdit = true;
            try {
                super.execute(command);
            } finally {
                executingEdit = false;
            }
        }

        @Override
        public void execute(Command command) {
            super.execute(command);
            if (!executingEdit && !replaying && getMostRecentCommand() == command) {
                String name = "snapshot-" + (++snapshots) + ".sightlinebin";
                try {
                    WorkspaceStore.saveCopy(corpus, journal.folder().resolve(name), WorkspaceStore.Format.BINARY);
                    journal.logSnapshot(name);
                } catch (WorkspaceException e) {
                    throw new UncheckedIOException(new IOException("cannot write the recovery snapshot: " + e.getMessage(), e));
                }
            }
        }

        @Override
        public void undo() {
            if (canUndo()) {
                if (!replaying) {
                    journal.logUndo();
                }
                super.undo();
            }
        }

        @Override
        public void redo() {
            if (canRedo()) {
                if (!replaying) {
                    journal.logRedo();
                }
                super.redo();
            }
        }
    }
}
