package org.sightline.model.internal;

import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.InternalEList;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Identified;
import org.sightline.model.SightlinePackage;
import org.sightline.model.impl.SightlineFactoryImpl;

/**
 * The binary workspace file: EMF's binary resource for the model, without the document texts, followed by the texts
 * (UTF-8, each with a CRC-32C) and an index of them, so that opening reads the model and leaves the texts in the file
 * ({@link LazyDocumentImpl}). Layout:
 *
 * <pre>
 * magic (8) | format version (int) | model: Sightline's own encoding (version 2, {@link ModelReader}), Document.text left out
 * | texts: UTF-8 of each document in corpus order | index: count, then per document offset (long), bytes, chars, crc (int)
 * | trailer: texts offset (long), index offset (long), model CRC-32C (int), count (int), "SLW1"
 * </pre>
 *
 * Format version 1 has EMF's binary resource as its model section; it is still read, not written. Measured against XMI
 * and EMF's own binary file in docs/storage.md. Files in EMF's plain binary format (written before this format existed)
 * load through {@link #loadPlainEmfBinary}.
 */
public final class BinaryWorkspace {

    /** First bytes of a binary workspace file (PNG style: non-ASCII first byte, line-ending and EOF guards). */
    public static final byte[] MAGIC = { (byte) 0x89, 'S', 'L', 'W', '\r', '\n', 0x1A, '\n' };

    /** The version written: 2, the model section in Sightline's own encoding. Version 1 (EMF's binary resource) is read. */
    private static final int FORMAT_VERSION = 2;
    private static final int EMF_MODEL_VERSION = 1;
    private static final byte[] TRAILER_MAGIC = { 'S', 'L', 'W', '1' };
    private static final int TRAILER_SIZE = 8 + 8 + 4 + 4 + TRAILER_MAGIC.length;
    private static final int INDEX_ENTRY_SIZE = 8 + 4 + 4 + 4;
    private static final int MODEL_START = MAGIC.length + 4;
    private static final int BUFFER = 1 << 16;

    /** The generated factory, with documents whose texts stay in the file. */
    private static final SightlineFactoryImpl LAZY_FACTORY = new SightlineFactoryImpl() {
        @Override
        public EObject create(EClass eClass) {
            return eClass == SightlinePackage.Literals.DOCUMENT ? new LazyDocumentImpl() : super.create(eClass);
        }
    };

    private BinaryWorkspace() {
    }

    /** What {@link #write} wrote, for moving the documents to the new file once it is in place. */
    public static final class Written {
        private final List<LazyDocumentImpl> documents = new ArrayList<>();
        private final List<TextSection.Entry> entries = new ArrayList<>();

        /**
         * Points the lazily loaded documents at {@code file} (now holding what was written), read through
         * {@code channel}. Documents whose text is in memory keep it.
         */
        public void moveTo(Path file, FileChannel channel) throws IOException {
            TextSection section = new TextSection(file, channel);
            for (int i = 0; i < documents.size(); i++) {
                documents.get(i).attach(section, entries.get(i));
            }
        }

        /** Whether any document reads its text from a file (so the caller must keep a channel open for them). */
        public boolean hasLazyDocuments() {
            return !documents.isEmpty();
        }
    }

    /** Writes {@code corpus} to {@code out}. Texts of lazily loaded documents are read from their current file while writing. */
    public static Written write(Corpus corpus, OutputStream out) throws IOException {
        return write(corpus, out, ModelWriter.CHUNK);
    }

    /** {@link #write(Corpus, OutputStream)} with containment lists of more than {@code chunk} elements in chunks. */
    static Written write(Corpus corpus, OutputStream out, int chunk) throws IOException {
        Counting counting = new Counting(out);
        DataOutputStream data = new DataOutputStream(counting);
        data.write(MAGIC);
        data.writeInt(FORMAT_VERSION);

        CRC32C modelCrc = new CRC32C();
        Checked checked = new Checked(counting, modelCrc);
        new ModelWriter(checked, chunk).write(corpus);

        long textsOffset = counting.count;
        List<Document> documents = corpus.getDocuments();
        int n = documents.size();
        TextSection.Entry[] entries = new TextSection.Entry[n];
        Written written = new Written();
        CRC32C crc = new CRC32C();
        for (int i = 0; i < n; i++) {
            Document d = documents.get(i);
            String text = d.getText();
            if (text == null) {
                entries[i] = new TextSection.Entry(counting.count, -1, 0, 0);
                continue;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            crc.reset();
            crc.update(bytes);
            entries[i] = new TextSection.Entry(counting.count, bytes.length, text.length(), (int) crc.getValue());
            data.write(bytes);
            if (d instanceof LazyDocumentImpl lazy && lazy.isTextInFile()) {
                written.documents.add(lazy);
                written.entries.add(entries[i]);
            }
        }
        long indexOffset = counting.count;
        data.writeInt(n);
        for (TextSection.Entry e : entries) {
            data.writeLong(e.offset());
            data.writeInt(e.bytes());
            data.writeInt(e.chars());
            data.writeInt(e.crc());
        }
        data.writeLong(textsOffset);
        data.writeLong(indexOffset);
        data.writeInt((int) modelCrc.getValue());
        data.writeInt(n);
        data.write(TRAILER_MAGIC);
        data.flush();
        return written;
    }

    /** Whether {@code head} (the first bytes of a file) starts a binary workspace. */
    public static boolean isBinaryWorkspace(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    /**
     * Loads the binary workspace in {@code channel} (open on {@code file}) into {@code resource}: all of it for format
     * 1, the corpus up to its documents for format 2, whose {@link Loaded#rest} reads the rest. Documents read their
     * texts from the file later, through {@code channel}, which the returned section then owns.
     *
     * @throws IOException with a message saying what is damaged
     */
    public static Loaded load(SightlineResource resource, Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < MODEL_START + TRAILER_SIZE) {
            throw new IOException("the file is too short (" + size + " bytes) to be a binary workspace; it was cut off");
        }
        ByteBuffer head = read(channel, 0, MODEL_START);
        byte[] magic = new byte[MAGIC.length];
        head.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a binary workspace file");
        }
        int version = head.getInt();
        if (version != FORMAT_VERSION && version != EMF_MODEL_VERSION) {
            throw new IOException("binary workspace format " + version + " is newer than this Sightline reads (" + FORMAT_VERSION + ")");
        }
        ByteBuffer trailer = read(channel, size - TRAILER_SIZE, TRAILER_SIZE);
        long textsOffset = trailer.getLong();
        long indexOffset = trailer.getLong();
        int modelCrc = trailer.getInt();
        int n = trailer.getInt();
        byte[] end = new byte[TRAILER_MAGIC.length];
        trailer.get(end);
        if (!Arrays.equals(end, TRAILER_MAGIC) || textsOffset < MODEL_START || indexOffset < textsOffset || n < 0
                || indexOffset + 4 + (long) n * INDEX_ENTRY_SIZE != size - TRAILER_SIZE) {
            throw new IOException("the file's end is not a binary workspace trailer; it was cut off or overwritten");
        }
        ByteBuffer index = read(channel, indexOffset, 4 + n * INDEX_ENTRY_SIZE);
        if (index.getInt() != n) {
            throw new IOException("the text index does not match the trailer");
        }
        TextSection.Entry[] entries = new TextSection.Entry[n];
        for (int i = 0; i < n; i++) {
            TextSection.Entry e = new TextSection.Entry(index.getLong(), index.getInt(), index.getInt(), index.getInt());
            if (e.bytes() >= 0 && (e.offset() < textsOffset || e.offset() + e.bytes() > indexOffset || e.chars() < 0)) {
                throw new IOException("text " + (i + 1) + " of the index lies outside the text section");
            }
            entries[i] = e;
        }

        Rest rest = null;
        if (version == FORMAT_VERSION) {
            rest = loadModel(resource, channel, textsOffset, modelCrc);
        } else {
            loadEmfModel(resource, channel, textsOffset, modelCrc);
        }
        Corpus corpus = corpusOf(resource);
        List<Document> documents = corpus.getDocuments();
        if (documents.size() != n) {
            throw new IOException("the text index has " + n + " entries for " + documents.size() + " documents");
        }
        TextSection section = new TextSection(file, channel);
        for (int i = 0; i < n; i++) {
            if (documents.get(i) instanceof LazyDocumentImpl lazy && entries[i].bytes() >= 0) {
                lazy.attach(section, entries[i]);
            }
        }
        return new Loaded(section, rest);
    }

    /** A binary workspace read up to its documents: its text section, and what is left to read (null: nothing). */
    public record Loaded(TextSection texts, Rest rest) {
    }

    /** Version 2: Sightline's own model section up to its documents, decoded on all cores; the rest is left to read. */
    private static Rest loadModel(SightlineResource resource, FileChannel channel, long textsOffset, int modelCrc) throws IOException {
        ModelReader reader = new ModelReader(channel, MODEL_START, textsOffset, LAZY_FACTORY);
        Corpus corpus = reader.readDocuments(modelCrc);
        resource.bulkLoading = true;
        try {
            @SuppressWarnings("unchecked")
            InternalEList<EObject> contents = (InternalEList<EObject>) resource.getContents();
            contents.addUnique(corpus);
        } finally {
            resource.bulkLoading = false;
        }
        resource.setIntrinsicIDToEObjectMap(reader.ids());
        return new Rest(resource, reader);
    }

    /**
     * What a version-2 open has still to read after the documents: the corpus' actors, claims and later lists. Read
     * on any thread ({@link #read}), then added on the corpus' thread ({@link #attach}); until then the corpus holds
     * its documents and nothing is added to it, so it can be shown meanwhile.
     */
    public static final class Rest {
        private final SightlineResource resource;
        private final ModelReader reader;

        private Rest(SightlineResource resource, ModelReader reader) {
            this.resource = resource;
            this.reader = reader;
        }

        /** Decodes the rest and checks the section's checksum. */
        public void read() throws IOException {
            reader.readRest();
        }

        /** After {@link #read}: the elements read for the corpus list {@code feature}, not yet in the corpus. */
        public List<EObject> list(EReference feature) {
            return reader.rest(feature);
        }

        /** Adds what was read to the corpus (without EMF's walk over each new object) and indexes the ids. */
        public void attach() {
            resource.bulkLoading = true;
            try {
                reader.attachRest();
            } finally {
                resource.bulkLoading = false;
            }
            resource.setIntrinsicIDToEObjectMap(reader.ids());
            reader.release();
        }

        /** Stops reading: the workspace was closed before its rest was needed. */
        public void abandon() {
            reader.abandon();
        }
    }

    /** Version 1: EMF's binary resource. */
    private static void loadEmfModel(SightlineResource resource, FileChannel channel, long textsOffset, int modelCrc) throws IOException {
        // The checksum first: EMF's reader trusts the lengths it reads, so damaged bytes must never reach it.
        CRC32C crc = new CRC32C();
        try (ChannelRange check = new ChannelRange(channel, MODEL_START, textsOffset, crc)) {
            byte[] skip = new byte[BUFFER];
            while (check.read(skip, 0, skip.length) > 0) {
                // checksummed by the stream
            }
        }
        if ((int) crc.getValue() != modelCrc) {
            throw new IOException("checksum mismatch in the model section");
        }
        try (ChannelRange model = new ChannelRange(channel, MODEL_START, textsOffset, new CRC32C())) {
            new TextlessInput(model, inputOptions(), true, textsOffset - MODEL_START).load(resource);
        }
    }

    /**
     * Loads a file of {@code size} bytes in EMF's own binary format (texts inline), as Sightline wrote binary
     * workspaces before. No checksum guards this format, so lengths are bounded by the size instead.
     */
    public static void loadPlainEmfBinary(SightlineResource resource, InputStream in, long size) throws IOException {
        new TextlessInput(in, inputOptions(), false, size).load(resource);
    }

    private static Map<Object, Object> inputOptions() {
        Map<Object, Object> options = SightlineResource.loadOptions(true);
        // Without an internal buffer EMF reads byte by byte through the stream (measured: 2-3x slower).
        options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, BUFFER);
        return options;
    }

    private static Corpus corpusOf(SightlineResource resource) throws IOException {
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Corpus corpus)) {
            throw new IOException("expected one Corpus, found "
                    + resource.getContents().stream().map(o -> o.eClass().getName()).toList());
        }
        return corpus;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ends early");
            }
        }
        return buffer.flip();
    }

    /**
     * EMF's binary reader that makes {@link LazyDocumentImpl}s (when texts are in their own section), attaches the
     * objects to the resource without walking the tree again, and shares the strings that repeat across claims and
     * mentions (cues, source texts, mention texts, extractor and rule ids).
     */
    private static final class TextlessInput extends BinaryResourceImpl.EObjectInputStream {
        /**
         * The string attributes whose values repeat across claims, mentions and documents (cues, source and mention
         * texts, extractor and rule ids, publishers): read into one object per distinct value as they are read, so the
         * copies never outlive the young generation (measured: docs/storage.md).
         */
        private static final Set<EStructuralFeature> SHARED = ModelSchema.SHARED_STRINGS;
        private final Map<String, String> pool = new HashMap<>();
        private final boolean lazyTexts;
        private final long size;

        /** {@code size}: bytes of the model section; no length or count read from it can be larger. */
        TextlessInput(InputStream in, Map<?, ?> options, boolean lazyTexts, long size) throws IOException {
            super(in, options);
            this.lazyTexts = lazyTexts;
            this.size = size;
        }

        /**
         * EMF reads string lengths and list sizes as compressed ints and allocates what they say; a damaged
         * length would ask for gigabytes. Every element takes at least one byte, so none can exceed the section.
         */
        @Override
        public int readCompressedInt() throws IOException {
            int value = super.readCompressedInt();
            if (value > size) {
                throw new IOException("a length of " + value + " in a model section of " + size + " bytes");
            }
            return value;
        }

        @Override
        protected EClassData readEClass() throws IOException {
            EClassData data = super.readEClass();
            if (lazyTexts && data.eClass == SightlinePackage.Literals.DOCUMENT) {
                data.eFactory = LAZY_FACTORY;
            }
            return data;
        }

        @Override
        protected void loadFeatureValue(InternalEObject object, EStructuralFeatureData data) throws IOException {
            if (data.kind == FeatureKind.STRING && SHARED.contains(data.eStructuralFeature)) {
                // what EMF's reader does for a string attribute, with the value shared
                String value = readSegmentedString();
                String shared = value == null ? null : pool.putIfAbsent(value, value);
                object.eSet(data.featureID, shared == null ? value : shared);
            } else {
                super.loadFeatureValue(object, data);
            }
        }

        void load(SightlineResource resource) throws IOException {
            resource.bulkLoading = true;
            try {
                loadResource(resource);
            } finally {
                resource.bulkLoading = false;
            }
            corpusOf(resource);
            index(resource, eObjectList);
        }
    }

    /**
     * Gives the resource its id index over the reader's object table (every object once, in file order): the objects
     * with ids, put into a map when first used ({@link LazyIdIndex}). EMF's own attach walks the tree again and caches
     * an eContents list on every object.
     */
    private static void index(SightlineResource resource, List<InternalEObject> objects) {
        List<EObject> identified = new ArrayList<>();
        for (int i = 0, n = objects.size(); i < n; i++) {
            if (objects.get(i) instanceof Identified) {
                identified.add(objects.get(i));
            }
        }
        resource.setIntrinsicIDToEObjectMap(new LazyIdIndex(List.of(identified)));
    }

    /** Counts what goes through. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Updates a checksum with what goes through; never closes the stream below (the text section follows). */
    private static final class Checked extends FilterOutputStream {
        private final Checksum checksum;

        Checked(OutputStream out, Checksum checksum) {
            super(out);
            this.checksum = checksum;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            checksum.update(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            checksum.update(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Bytes [start, end) of a channel as a stream, checksummed as they are read. */
    private static final class ChannelRange extends InputStream {
        private final FileChannel channel;
        private final Checksum checksum;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        private long position;
        private final long end;

        ChannelRange(FileChannel channel, long start, long end, Checksum checksum) {
            this.channel = channel;
            this.position = start;
            this.end = end;
            this.checksum = checksum;
            buffer.limit(0);
        }

        private boolean fill() throws IOException {
            if (buffer.hasRemaining()) {
                return true;
            }
            if (position >= end) {
                return false;
            }
            buffer.clear();
            buffer.limit((int) Math.min(BUFFER, end - position));
            int n = channel.read(buffer, position);
            if (n <= 0) {
                throw new IOException("the file ends inside the model section");
            }
            position += n;
            buffer.flip();
            checksum.update(buffer.array(), 0, buffer.limit());
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? buffer.get() & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, buffer.remaining());
            buffer.get(b, off, n);
            return n;
        }

        @Override
        public void close() {
            // the channel stays open for the texts
        }
    }
}
