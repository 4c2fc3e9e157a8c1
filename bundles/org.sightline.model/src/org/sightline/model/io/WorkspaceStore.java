package org.sightline.model.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 */
public final class WorkspaceStore {

    /** The schema version this code writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 2;

    /** File name extension of workspace files (without the dot). */
    public static final String EXTENSION = "sightline";

    /** Serializations of a workspace file. */
    public enum Format {
        /** EMF XMI 2.0 in UTF-8 (XML 1.1), readable and diffable. */
        XMI,
        /** EMF's binary resource format: smaller and faster, not human readable. */
        BINARY
    }

    /**
     * Format used for {@code *.sightline} files: XMI. Measured (docs/model.md, 10,000 documents): binary saves about as
     * fast (5.5 s vs 6.1 s), loads 25% faster (8.0 s vs 10.8 s) but is 25% larger (148 MB vs 118 MB, EMF writes
     * non-ASCII text as UTF-16), and XMI can be read, diffed and repaired by hand.
     */
    public static final Format DEFAULT_FORMAT = Format.XMI;

    /** First bytes of every EMF binary resource (BinaryResourceImpl's signature). */
    private static final byte[] BINARY_SIGNATURE = { (byte) 0x89, 'e', 'm', 'f', '\n', '\r', 0x1A, '\n' };

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
     * {@link #backupOf(Path)}. The corpus gets {@link #SCHEMA_VERSION} and stays in (or is put into) a resource whose URI
     * is the file.
     */
    public static void save(Corpus corpus, Path file, Format format) throws WorkspaceException {
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
        XMLResource resource = resourceFor(corpus, target);
        corpus.setSchemaVersion(SCHEMA_VERSION);

        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // NonClosing: whoever closes the stream (EMF, the decorator) must not close the channel before fsync.
                OutputStream out = outputDecorator.apply(new NonClosing(Channels.newOutputStream(channel)));
                OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                resource.save(buffered, SightlineResource.saveOptions(format == Format.BINARY));
                buffered.flush();
                channel.force(true);
            }
            if (Files.exists(target)) {
                keepBackup(target);
            }
            moveAtomically(temp, target);
            temp = null;
            syncFolder(folder);
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceException(target, "could not save (" + describe(e) + "); the previous file is unchanged", e);
        } finally {
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
     * Loads the corpus in {@code file} (XMI or binary, recognised by content). Nothing on disk is changed.
     *
     * @throws WorkspaceException if the file is missing, damaged, not a Sightline workspace, or from a newer schema
     */
    public static Corpus load(Path file) throws WorkspaceException {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new WorkspaceException(source, "no such workspace file");
        }
        boolean binary = detectFormat(source) == Format.BINARY;
        if (!binary) {
            checkXmiHeader(source);
        }
        SightlinePackage.eINSTANCE.eClass(); // registers the package when running without OSGi
        SightlineResource resource = new SightlineResource(URI.createFileURI(source.toString()));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source), 1 << 16)) {
            resource.load(in, SightlineResource.loadOptions(binary));
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceException(source, "damaged or unreadable workspace file (" + describe(e) + ")", e);
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
        resource.setModified(false);
        return corpus;
    }

    /** The format of an existing workspace file, from its first bytes. */
    public static Format detectFormat(Path file) throws WorkspaceException {
        byte[] head = new byte[BINARY_SIGNATURE.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            return n == head.length && Arrays.equals(head, BINARY_SIGNATURE) ? Format.BINARY : Format.XMI;
        } catch (IOException e) {
            throw new WorkspaceException(file, "cannot read (" + describe(e) + ")", e);
        }
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
                while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                    // skip prolog
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
    private static XMLResource resourceFor(Corpus corpus, Path target) throws WorkspaceException {
        URI uri = URI.createFileURI(target.toString());
        Resource current = corpus.eResource();
        if (current instanceof XMLResource xml && current.getContents().size() == 1 && current.getContents().get(0) == corpus) {
            if (!uri.equals(current.getURI()) && current.getResourceSet() == null) {
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

    private static String describe(Throwable e) {
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
