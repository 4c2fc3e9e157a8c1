package org.sightline.model.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.sightline.model.Corpus;
import org.sightline.model.SightlinePackage;
import org.sightline.model.internal.BinaryWorkspace;
import org.sightline.model.internal.SightlineResource;

/**
 * Reads and writes workspace files ({@code *.sightline}): one {@link Corpus} per file, in EMF XMI (UTF-8) or EMF's
 * binary format. Objects are referenced by their ids, so references survive a reload.
 * <p>
 * Saving is atomic: the corpus is written to a temporary file in the target folder, flushed and fsynced, the previous
 * file is kept as {@code <name>.bak}, and the temporary file is renamed over the target with ATOMIC_MOVE. A failure at
 * any point leaves the last good file in place. Loading never writes anything; a file from a newer schema version or a
 * damaged file gives a {@link WorkspaceException} naming the file and the problem.
 * <p>
 * Works without OSGi (plain class path) as well as inside Equinox.
 *
 * @since 0.1.0
 */
public final class WorkspaceStore {

    /** The schema version this code writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 2;

    /** File name extension of workspace files (without the dot). */
    public static final String EXTENSION = "sightline";

    /** Serializations of a workspace file. */
    public enum Format {
        /** EMF XMI 2.0 in UTF-8 (XML 1.1), readable and diffable; loads everything, texts included. */
        XMI,
        /**
         * The model in Sightline's own binary encoding (format 2, decoded on all cores) with the document texts in a
         * section of their own, read when a document's text is first needed (see BinaryWorkspace). Format 1 (EMF's binary
         * resource as the model) and files in EMF's plain binary format, as earlier versions wrote them, are read too.
         */
        BINARY
    }

    /**
     * Format used for {@code *.sightline} files: BINARY. Measured in docs/storage.md (StorageBench): at 10,000 and
     * 100,000 documents it opens several times faster than XMI and holds no text in memory until it is read; XMI stays
     * available as {@code *.xmi} (or Save As) for reading and diffing by hand, and every XMI workspace still opens.
     */
    public static final Format DEFAULT_FORMAT = Format.BINARY;

    /** First bytes of every EMF binary resource (BinaryResourceImpl's signature): binary workspaces before schema 2. */
    private static final byte[] EMF_BINARY_SIGNATURE = { (byte) 0x89, 'e', 'm', 'f', '\n', '\r', 0x1A, '\n' };

    /** Temporary files of a save: {@code .<name>.<random>.tmp} beside the target (and the backup's link). */
    private static final String TEMP_SUFFIX = ".tmp";

    /** Namespace prefix shared by every version of the Sightline model. */
    private static final String NS_URI_PREFIX = "http://sightline.org/model/";

    /** Test hook: wraps the stream the corpus is written to, e.g. to fail midway. Identity in production. */
    static volatile UnaryOperator<OutputStream> outputDecorator = UnaryOperator.identity();

    private WorkspaceStore() {
    }

    /**
     * An empty resource of the kind workspace files use (ids as references, both formats, safe escaping), e.g. for an
     * editing domain holding a corpus that has no file yet. {@link #save} reuses it.
     */
    public static Resource createResource(URI uri) {
        SightlinePackage.eINSTANCE.eClass();
        return new SightlineResource(uri);
    }

    /** The format {@link #save(Corpus, Path)} uses for a file name: .xmi, .bin/.sightlinebin, else the default. */
    public static Format formatFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xmi")) {
            return Format.XMI;
        }
        if (name.endsWith(".bin") || name.endsWith(".sightlinebin")) {
            return Format.BINARY;
        }
        return DEFAULT_FORMAT;
    }

    /** The backup kept by {@link #save}: {@code <name>.bak} beside the file. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Saves in the format chosen by {@link #formatFor(Path)}. */
    public static void save(Corpus corpus, Path file) throws WorkspaceException {
        save(corpus, file, formatFor(file));
    }

    /**
     * Saves {@code corpus} to {@code file} atomically in {@code format}, keeping the previous file as
     * {@link #backupOf(Path)} and its permissions. The corpus gets {@link #SCHEMA_VERSION} and stays in (or is put into)
     * a resource whose URI is the file; documents loaded from a binary file read their texts from the new file after.
     * Temporary files left by a save that was killed are removed first.
     */
    public static void save(Corpus corpus, Path file, Format format) throws WorkspaceException {
        write(corpus, file, format, true);
    }

    /**
     * Writes {@code corpus} to {@code file} as {@link #save} does, but leaves the corpus where it is: its resource keeps
     * its URI and its documents keep reading their texts from the file they came from. For snapshots and copies.
     */
    public static void saveCopy(Corpus corpus, Path file, Format format) throws WorkspaceException {
        write(corpus, file, format, false);
    }

    private static void write(Corpus corpus, Path file, Format format, boolean adopt) throws WorkspaceException {
        if (corpus == null) {
            throw new IllegalArgumentException("corpus is null (saving to " + file + ")");
        }
        Path target = file.toAbsolutePath().normalize();
        if (corpus.getSchemaVersion() > SCHEMA_VERSION) {
            throw new WorkspaceException(target, "the corpus has schema version " + corpus.getSchemaVersion()
                    + ", newer than this Sightline writes (" + SCHEMA_VERSION + ")");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new WorkspaceException(target, "folder " + folder + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new WorkspaceException(target, "is a folder, not a workspace file");
        }
        XMLResource resource = resourceFor(corpus, target, adopt);
        corpus.setSchemaVersion(SCHEMA_VERSION);
        removeStaleTemporaries(target);

        Path temp = null;
        FileChannel channel = null;
        boolean keepChannel = false;
        try {
            temp = createTemporary(target);
            channel = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE);
            // Locked while written, so that another process's save of the same workspace does not take it for stale.
            FileLock writing = channel.lock();
            // NonClosing: whoever closes the stream (EMF, the decorator) must not close the channel before fsync.
            OutputStream out = outputDecorator.apply(new NonClosing(Channels.newOutputStream(channel)));
            OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            BinaryWorkspace.Written written = null;
            if (format == Format.BINARY) {
                written = BinaryWorkspace.write(corpus, buffered);
            } else {
                resource.save(buffered, SightlineResource.saveOptions(false));
            }
            buffered.flush();
            channel.force(true);
            writing.release();
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                keepBackup(target);
            }
            moveAtomically(temp, target);
            temp = null;
            syncFolder(folder);
            if (adopt && written != null && written.hasLazyDocuments()) {
                written.moveTo(target, channel);
                keepChannel = true;
            }
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceException(target, "could not save (" + describe(e) + "); the previous file is unchanged", e);
        } finally {
            if (channel != null && !keepChannel) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing after a failure: the failure is what gets reported
                }
            }
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the failure that got us here is the one worth reporting
                }
            }
        }
    }

    /**
     * A new empty temporary file beside {@code target}, with the target's permissions when it exists (a save must not
     * turn a shared 0644 file into 0600), else the permissions a new file gets here (umask).
     */
    private static Path createTemporary(Path target) throws IOException {
        Path folder = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        java.util.Set<PosixFilePermission> mode = null;
        if (Files.exists(target)) {
            try {
                mode = Files.getPosixFilePermissions(target);
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions it gives are all there is
            }
        }
        for (int attempt = 0;; attempt++) {
            Path temp = folder.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMP_SUFFIX);
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            if (mode != null) {
                Files.setPosixFilePermissions(temp, mode);
            }
            return temp;
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * Deletes temporary files of earlier saves of {@code target} that were killed (kill -9, power loss): those no
     * process holds locked. A save in progress in another process keeps its file locked and is left alone.
     */
    static void removeStaleTemporaries(Path target) {
        String prefix = "." + target.getFileName() + ".";
        try (java.nio.file.DirectoryStream<Path> candidates = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(TEMP_SUFFIX))) {
            for (Path candidate : candidates) {
                if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (FileChannel c = FileChannel.open(candidate, StandardOpenOption.WRITE)) {
                    FileLock lock = c.tryLock();
                    if (lock != null) {
                        Files.deleteIfExists(candidate);
                        lock.release();
                    }
                } catch (java.nio.channels.OverlappingFileLockException e) {
                    // this process is writing it right now
                } catch (IOException e) {
                    // cannot tell or cannot delete: it stays, and costs only space
                }
            }
        } catch (IOException e) {
            // an unreadable folder fails the save itself with a clearer message
        }
    }

    /**
     * Loads the corpus in {@code file} (XMI or binary, recognised by content); a file of an older schema version is
     * migrated to this one ({@link SchemaMigration}) in memory. Nothing on disk is changed.
     *
     * @throws WorkspaceException if the file is missing, damaged, not a Sightline workspace, or from a newer schema
     */
    public static Corpus load(Path file) throws WorkspaceException {
        StagedLoad staged = loadStaged(file);
        staged.readRest();
        staged.attach();
        return staged.corpus();
    }

    /**
     * Loads {@code file} in two stages: its documents now, the rest (actors, claims, relations, hypotheses,
     * assessments) by {@link StagedLoad#readRest} and {@link StagedLoad#attach}, so that a workbench can show the
     * documents of a big workspace while the rest is read. A file that cannot be read in stages (XMI, an older binary
     * format or schema version) is read whole here, and its stages have nothing left to do.
     *
     * @throws WorkspaceException if the file is missing, damaged, not a Sightline workspace, or from a newer schema
     */
    public static StagedLoad loadStaged(Path file) throws WorkspaceException {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new WorkspaceException(source, Files.isDirectory(source) ? "is a folder, not a workspace file" : "no such workspace file");
        }
        SightlinePackage.eINSTANCE.eClass(); // registers the package when running without OSGi
        SightlineResource resource = new SightlineResource(URI.createFileURI(source.toString()));
        byte[] head = head(source);
        BinaryWorkspace.Rest rest = null;
        if (BinaryWorkspace.isBinaryWorkspace(head)) {
            rest = loadBinary(resource, source);
        } else if (Arrays.equals(head, EMF_BINARY_SIGNATURE)) {
            try (InputStream in = Files.newInputStream(source)) {
                BinaryWorkspace.loadPlainEmfBinary(resource, in, Files.size(source));
            } catch (IOException | RuntimeException e) {
                throw new WorkspaceException(source, "damaged or unreadable workspace file (" + describe(e) + ")", e);
            }
        } else {
            checkXmiHeader(source);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(source), 1 << 16)) {
                resource.load(in, SightlineResource.loadOptions(false));
            } catch (IOException | RuntimeException e) {
                throw new WorkspaceException(source, "damaged or unreadable workspace file (" + describe(e) + ")", e);
            }
        }
        if (!resource.getErrors().isEmpty()) {
            throw new WorkspaceException(source, "damaged workspace file (" + resource.getErrors().get(0).getMessage() + ")");
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Corpus corpus)) {
            throw new WorkspaceException(source, "not a Sightline workspace: expected one Corpus, found "
                    + resource.getContents().stream().map(o -> o.eClass().getName()).toList());
        }
        if (corpus.getSchemaVersion() > SCHEMA_VERSION) {
            throw new WorkspaceException(source, newerSchema(corpus.getSchemaVersion()));
        }
        if (corpus.getSchemaVersion() < 1) {
            throw new WorkspaceException(source, "damaged workspace file (schema version " + corpus.getSchemaVersion() + ")");
        }
        StagedLoad staged = new StagedLoad(source, resource, corpus, rest);
        if (corpus.getSchemaVersion() < SCHEMA_VERSION) {
            // a migration works on the whole corpus: read it all now, then bring it up to this version, step by step
            staged.readRest();
            staged.attach();
            SchemaMigration.migrate(corpus);
        }
        return staged;
    }

    private static BinaryWorkspace.Rest loadBinary(SightlineResource resource, Path source) throws WorkspaceException {
        FileChannel channel = null;
        boolean loaded = false;
        try {
            channel = FileChannel.open(source, StandardOpenOption.READ);
            BinaryWorkspace.Rest rest = BinaryWorkspace.load(resource, source, channel).rest();
            loaded = true; // the documents' text section now owns the channel
            return rest;
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceException(source, "damaged or unreadable workspace file (" + describe(e) + ")", e);
        } finally {
            if (!loaded && channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the load failure is reported
                }
            }
        }
    }

    private static byte[] head(Path file) throws WorkspaceException {
        byte[] head = new byte[EMF_BINARY_SIGNATURE.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            return n == head.length ? head : Arrays.copyOf(head, n);
        } catch (IOException e) {
            throw new WorkspaceException(file, "cannot read (" + describe(e) + ")", e);
        }
    }

    /** The format of an existing workspace file, from its first bytes. */
    public static Format detectFormat(Path file) throws WorkspaceException {
        byte[] head = head(file);
        return BinaryWorkspace.isBinaryWorkspace(head) || Arrays.equals(head, EMF_BINARY_SIGNATURE) ? Format.BINARY : Format.XMI;
    }

    private static String newerSchema(int version) {
        return "written with schema version " + version + " by a newer Sightline; this one reads up to version "
                + SCHEMA_VERSION + ". Open it with a newer Sightline.";
    }

    /**
     * Reads only the root element, so a file of a newer schema (other namespace or schemaVersion attribute) is refused
     * with that reason instead of a parser error about the first unknown element.
     */
    private static void checkXmiHeader(Path file) throws WorkspaceException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new WorkspaceException(file, "refused: the file has a DOCTYPE declaration, which workspace files never"
                                + " have (it could define entities that change the text under the spans)");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        break;
                    }
                }
                if (!reader.isStartElement()) {
                    throw new WorkspaceException(file, "damaged workspace file (no XML root element)");
                }
                String ns = reader.getNamespaceURI();
                if (ns != null && ns.startsWith(NS_URI_PREFIX) && !ns.equals(SightlinePackage.eNS_URI)) {
                    throw new WorkspaceException(file, "uses model namespace " + ns + ", not " + SightlinePackage.eNS_URI
                            + ": " + newerSchema(versionOf(ns)));
                }
                if (!SightlinePackage.eNS_URI.equals(ns) || !"Corpus".equals(reader.getLocalName())) {
                    throw new WorkspaceException(file, "not a Sightline workspace (root element {" + ns + "}"
                            + reader.getLocalName() + ")");
                }
                String version = reader.getAttributeValue(null, "schemaVersion");
                if (version != null) {
                    int v;
                    try {
                        v = Integer.parseInt(version.trim());
                    } catch (NumberFormatException e) {
                        throw new WorkspaceException(file, "damaged workspace file (schemaVersion \"" + version + "\" is not a number)");
                    }
                    if (v > SCHEMA_VERSION) {
                        throw new WorkspaceException(file, newerSchema(v));
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new WorkspaceException(file, "damaged workspace file (" + describe(e) + ")", e);
        } catch (WorkspaceException e) {
            throw e;
        } catch (IOException e) {
            throw new WorkspaceException(file, "cannot read (" + describe(e) + ")", e);
        }
    }

    private static int versionOf(String nsUri) {
        try {
            return Integer.parseInt(nsUri.substring(NS_URI_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The corpus' own resource if it can be reused, else a new one (which then holds the corpus). */
    private static XMLResource resourceFor(Corpus corpus, Path target, boolean adopt) throws WorkspaceException {
        URI uri = URI.createFileURI(target.toString());
        Resource current = corpus.eResource();
        if (current instanceof XMLResource xml && current.getContents().size() == 1 && current.getContents().get(0) == corpus) {
            if (adopt && !uri.equals(current.getURI()) && current.getResourceSet() == null) {
                current.setURI(uri);
            }
            return xml;
        }
        if (current != null && current.getContents().get(0) != corpus) {
            throw new WorkspaceException(target, "the corpus is not the root of its resource " + current.getURI());
        }
        if (current != null) {
            throw new WorkspaceException(target, "the corpus' resource " + current.getURI() + " holds other objects too");
        }
        EObject container = corpus.eContainer();
        if (container != null) {
            throw new WorkspaceException(target, "the corpus is contained in a " + container.eClass().getName());
        }
        SightlineResource resource = new SightlineResource(uri);
        resource.getContents().add(corpus);
        return resource;
    }

    /** target -> target.bak without a moment where target is missing: link (or copy) to a temp name, then rename. */
    private static void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        Path tempBackup = target.resolveSibling("." + target.getFileName() + ".bak.tmp");
        Files.deleteIfExists(tempBackup);
        if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(target, backup)) {
            // A save killed after this step left the backup as a link to the target itself: it already holds
            // the target's content, and renaming another link to that file over it would do nothing (POSIX
            // rename of two links to one file), leaving the temporary link behind.
            return;
        }
        try {
            Files.createLink(tempBackup, target);
        } catch (UnsupportedOperationException | FileAlreadyExistsException | SecurityException e) {
            Files.copy(target, tempBackup, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.copy(target, tempBackup, StandardCopyOption.REPLACE_EXISTING);
        }
        moveAtomically(tempBackup, backup);
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so this only happens on exotic file systems
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the renames durable (POSIX); file systems that cannot open folders skip it. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows and some file systems refuse; the file itself is already synced
        }
    }

    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && (cause.getMessage() == null || cause instanceof Resource.IOWrappedException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (cause instanceof NoSuchFileException) {
            message = "no such file " + message;
        }
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    /** Keeps EMF from closing the stream, so the channel can be fsynced before it is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
