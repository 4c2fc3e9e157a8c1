package org.sightline.model.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.sightline.model.Corpus;
import org.sightline.model.Identified;
import org.sightline.model.SightlinePackage;
import org.sightline.model.TextSpan;
import org.sightline.model.internal.ModelSchema.ClassInfo;
import org.sightline.model.internal.ModelSchema.Feature;
import org.sightline.model.internal.ModelSchema.Kind;

/**
 * Reads the model section of a version-2 workspace file, written by {@link ModelWriter}:
 *
 * <pre>
 * schema: classes (varint), each: name, features (varint), each: name, kind code (varint)
 * objects: the corpus, depth first; each object: class (varint, 1-based), set mask (varlong), the set features' values
 * string table: count, strings | chunk directory: count, offsets (varlong) | table offset, directory offset (8 bytes each), "SLM2"
 * </pre>
 *
 * Values: strings as 0 (null), a table index (odd) or inline bytes (Latin-1 or UTF-8 with their length); numbers as
 * (zigzag) varints; references as indices into the corpus' lists; contained objects in place. A containment list of
 * more than {@link ModelWriter#CHUNK} elements lists its directory entry, and its chunks are decoded on all cores into
 * arrays, joined into the list in order once decoded. The corpus' lists are read one after the other (documents,
 * actors, claims, ...), each one complete before the next starts, so references into an earlier list resolve as they
 * are read; references into the same or a later list (an actor part of another, a document duplicating another) are
 * set at the end. Objects come from the generated factory; lists are filled with {@code addAllUnique}; nothing
 * notifies (no adapters yet). Every length, count and index is checked against what the section can hold, so damaged
 * bytes give an error, never a huge allocation; the checksum over the section is computed alongside and reported first.
 */
final class ModelReader {

    private static final int BUFFER = 1 << 16;
    private static final int FOOTER = 8 + 8 + ModelWriter.FOOTER_MAGIC.length;

    /** The classes of the file's schema, by their index there, mapped to this model's. */
    private static final class FileClass {
        ClassInfo info;
        EFactory factory;
        Feature[] features;
    }

    private final FileChannel channel;
    private final long start;
    private final long end;
    private final EFactory documentFactory;
    private final ModelSchema schema = ModelSchema.INSTANCE;
    private FileClass[] classes;
    private String[] strings;
    private long[] directory;
    /** The objects of each corpus list once it is complete, else null. */
    private final Object[][] tables = new Object[ModelSchema.INSTANCE.tables.length][];
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Context> contexts = new ConcurrentLinkedQueue<>();
    private ExecutorService pool;
    private final ConcurrentHashMap<String, EObject> proxies = new ConcurrentHashMap<>();
    private Future<Integer> crc;
    private int expectedCrc;
    private long tableAt;
    /** The corpus, its class in the file, and where its features stand: read in two stages. */
    private Corpus corpus;
    private FileClass rootClass;
    private Context root;
    private long rootMask;
    private int rootFeature;
    /** Set once the documents are read: the corpus' later lists are read into {@link #lateLists}. */
    private volatile boolean late;
    private volatile boolean stopped;
    private final List<Late> lateLists = new ArrayList<>();

    /**
     * A corpus list read after the documents, added to the corpus by {@link #attachRest}: its elements, whose container
     * is the corpus already, in an array of the list's element type (as EMF's lists hold them).
     */
    private record Late(Feature feature, EObject[] elements) {
        Late {
            EObject[] typed = (EObject[]) java.lang.reflect.Array.newInstance(feature.feature.getEType().getInstanceClass(), elements.length);
            System.arraycopy(elements, 0, typed, 0, elements.length);
            elements = typed;
        }
    }

    /** Bytes [start, end) of {@code channel}; documents are made by {@code documentFactory} (lazy texts). */
    ModelReader(FileChannel channel, long start, long end, EFactory documentFactory) {
        this.channel = channel;
        this.start = start;
        this.end = end;
        this.documentFactory = documentFactory;
    }

    /**
     * Reads the section up to and including the corpus' documents (and what precedes them): the first stage of an
     * open. The rest, {@link #readRest}, may follow on another thread; until {@link #attachRest} the corpus' later
     * lists stay empty, so the corpus can be shown while they are read. {@code expectedCrc} is the trailer's checksum
     * of the whole section, checked when the rest is read (and at once when decoding fails).
     */
    Corpus readDocuments(int expectedCrc) throws IOException {
        this.expectedCrc = expectedCrc;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "workspace model reader");
            t.setDaemon(true);
            return t;
        });
        boolean read = false;
        try {
            crc = pool.submit(this::checksum);
            try {
                beginRoot();
                rootFeatures(SightlinePackage.Literals.CORPUS__DOCUMENTS);
                for (Context context : contexts) {
                    context.applyDeferred(); // a document duplicating another: the documents are complete now
                }
            } catch (IOException | RuntimeException e) {
                // damage anywhere is reported as the checksum's failure, the same error as version 1 gives
                checkCrc(crc, expectedCrc);
                throw e;
            }
            read = true;
            return corpus;
        } finally {
            if (!read) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Reads the rest of the section (actors, claims, ...) into lists of their own, not yet the corpus', and checks
     * the section's checksum: on any thread, after {@link #readDocuments}. The corpus is not touched, so another
     * thread may read it meanwhile.
     */
    void readRest() throws IOException {
        SightlineResource.READING.set(Boolean.TRUE);
        try {
            late = true;
            try {
                rootFeatures(null);
                if (root.in.position() != tableAt) {
                    throw damaged("the objects end at " + (root.in.position() - start) + ", not where the string table starts");
                }
                for (Context context : contexts) {
                    context.applyDeferred();
                }
            } catch (IOException | RuntimeException e) {
                checkCrc(crc, expectedCrc);
                throw e;
            }
            checkCrc(crc, expectedCrc);
        } finally {
            SightlineResource.READING.remove();
            pool.shutdownNow();
        }
    }

    /** Lets go of what the reading needed, once the id index has the objects: the reader may be held on to. */
    void release() {
        contexts.clear();
        strings = null;
        proxies.clear();
    }

    /**
     * Stops a read that will not be completed (the workspace was closed while loading): the tasks not yet begun fail
     * at once, and the read fails with "stopped". No thread is interrupted, since an interrupted read of a file
     * channel closes it, and the documents read their texts through it.
     */
    void abandon() {
        stopped = true;
        if (pool != null) {
            pool.shutdown();
        }
    }

    private void checkStopped() throws IOException {
        if (stopped) {
            throw new IOException("the read was stopped");
        }
    }

    /** The elements {@link #readRest} read for the corpus list {@code feature}, in order: empty when it has none. */
    List<EObject> rest(EReference feature) {
        for (Late l : lateLists) {
            if (l.feature.feature == feature) {
                return Arrays.asList(l.elements);
            }
        }
        return List.of();
    }

    /**
     * Adds what {@link #readRest} read to the corpus, on the thread that owns the corpus, with one notification per
     * list. The elements know their container already ({@link #contain}), so each list takes its array as it is:
     * EMF's {@code addAllUnique} would set the container of each element here, a write into each of a million objects
     * spread over the heap (0.6 s of this thread at 100,000 documents, measured).
     */
    void attachRest() {
        InternalEObject owner = (InternalEObject) corpus;
        for (Late l : lateLists) {
            @SuppressWarnings("unchecked")
            BasicEList<EObject> list = (BasicEList<EObject>) owner.eGet(l.feature.id, false, true);
            if (!list.isEmpty()) {
                throw new IllegalStateException("the corpus' " + l.feature.name() + " changed while the rest was read");
            }
            list.setData(l.elements.length, l.elements);
            if (owner.eNotificationRequired() && l.elements.length > 0) {
                owner.eNotify(new ENotificationImpl(owner, Notification.ADD_MANY, l.feature.id, null, List.of(l.elements), 0));
            }
        }
        lateLists.clear();
        Arrays.fill(tables, null); // the corpus holds the objects now; the id index, their ids
    }

    /**
     * Makes the corpus the container of {@code element} of its list {@code feature}, before the element is in the
     * list: on a reading thread, where the resource does not index it (the reader hands the index its objects).
     */
    private void contain(EObject element, Feature feature) {
        ((InternalEObject) element).eBasicSetContainer((InternalEObject) corpus, InternalEObject.EOPPOSITE_FEATURE_BASE - feature.id, null);
    }

    private static void checkCrc(Future<Integer> crc, int expected) throws IOException {
        if (await(crc) != expected) {
            throw new IOException("checksum mismatch in the model section");
        }
    }

    private int checksum() throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        for (long p = start; p < end;) {
            checkStopped();
            buffer.clear().limit((int) Math.min(BUFFER, end - p));
            int n = channel.read(buffer, p);
            if (n <= 0) {
                throw new IOException("the file ends inside the model section");
            }
            crc.update(buffer.array(), 0, n);
            p += n;
        }
        return (int) crc.getValue();
    }

    /** The header, schema, string table and directory; then the corpus object itself, before its features. */
    private void beginRoot() throws IOException {
        if (end - start < FOOTER) {
            throw damaged("the model section is too short");
        }
        Cursor footer = new Cursor(channel, end - FOOTER, end);
        tableAt = start + footer.fixedLong();
        long directoryAt = start + footer.fixedLong();
        byte[] magic = footer.bytes(ModelWriter.FOOTER_MAGIC.length);
        if (!Arrays.equals(magic, ModelWriter.FOOTER_MAGIC) || tableAt < start || directoryAt < tableAt || directoryAt > end - FOOTER) {
            throw damaged("the model section's footer is damaged");
        }
        Cursor main = new Cursor(channel, start, tableAt);
        readSchema(main);
        Cursor table = new Cursor(channel, tableAt, directoryAt);
        strings = new String[table.count()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = table.inline(table.varint());
        }
        Cursor dir = new Cursor(channel, directoryAt, end - FOOTER);
        directory = new long[dir.count()];
        for (int i = 0; i < directory.length; i++) {
            directory[i] = start + dir.varlong();
            if (directory[i] < start || directory[i] > tableAt) {
                throw damaged("chunk " + i + " of the directory lies outside the objects");
            }
        }
        root = new Context(main);
        contexts.add(root);
        int c = main.varint();
        if (c <= 0 || c > classes.length || classes[c - 1].info.eClass != SightlinePackage.Literals.CORPUS) {
            throw damaged("the model section holds a "
                    + (c <= 0 || c > classes.length ? "nothing" : classes[c - 1].info.eClass.getName()) + ", not a corpus");
        }
        rootClass = classes[c - 1];
        corpus = (Corpus) rootClass.factory.create(rootClass.info.eClass);
        rootMask = main.varlong();
        if (rootClass.features.length < 63 && (rootMask >>> rootClass.features.length) != 0) {
            throw damaged("a set mask of " + Long.toHexString(rootMask) + " for " + rootClass.features.length + " features");
        }
    }

    /**
     * Reads the corpus' features from where the last call stopped, through {@code until} (null: to the end). Its lists
     * are read one complete list after another; once {@link #late}, into {@link #lateLists} instead of the corpus.
     */
    private void rootFeatures(EStructuralFeature until) throws IOException {
        InternalEObject o = (InternalEObject) corpus;
        while (rootMask != 0) {
            checkStopped();
            int j = rootFeature++;
            boolean set = (rootMask & 1) != 0;
            rootMask >>>= 1;
            if (!set) {
                continue;
            }
            Feature f = rootClass.features[j];
            if (f.many) {
                root.many(o, f, true);
            } else if (late) {
                throw damaged("the corpus' " + f.name() + " after its lists"); // the writer puts every attribute first
            } else {
                root.single(o, f);
            }
            if (f.feature == until) {
                return;
            }
        }
    }

    private void readSchema(Cursor in) throws IOException {
        classes = new FileClass[in.count()];
        for (int i = 0; i < classes.length; i++) {
            String name = in.inline(in.varint());
            ClassInfo info = schema.info(name);
            if (info == null) {
                throw new IOException("the model section has objects of class " + name
                        + ", which this Sightline does not know; open it with a newer Sightline");
            }
            FileClass fc = new FileClass();
            fc.info = info;
            fc.factory = info.eClass == SightlinePackage.Literals.DOCUMENT && documentFactory != null ? documentFactory
                    : info.eClass.getEPackage().getEFactoryInstance();
            fc.features = new Feature[in.count()];
            if (fc.features.length > 63) {
                throw damaged("class " + name + " with " + fc.features.length + " features");
            }
            for (int j = 0; j < fc.features.length; j++) {
                String feature = in.inline(in.varint());
                int code = in.varint();
                for (Feature f : info.features) {
                    if (f.feature.getName().equals(feature)) {
                        fc.features[j] = f;
                    }
                }
                if (fc.features[j] == null || fc.features[j].code() != code) {
                    throw new IOException("the model section has " + name + "." + feature + (fc.features[j] == null ? ", which this Sightline does not know"
                            : " of another kind than this Sightline's") + "; open it with a newer Sightline");
                }
            }
            classes[i] = fc;
        }
    }

    /** Waits for the chunks of every list in flight (and the lists found inside them), then fills the lists. */
    private void completeStage() throws IOException {
        List<Pending> done = new ArrayList<>();
        for (Pending p; (p = pending.poll()) != null;) {
            p.await();
            done.add(p);
        }
        for (Pending p : done) {
            if (p.list != null) {
                p.list.addAllUnique(Arrays.asList(p.elements));
            } else {
                lateLists.add(new Late(p.late, p.elements));
            }
        }
    }

    /**
     * The id index of what was read so far: every object with an id, put into a map when first used. While the rest
     * is still to read, the lists are copied (the reading goes on while the index may be in use).
     */
    Map<String, EObject> ids() {
        List<List<EObject>> made = new ArrayList<>();
        for (Context c : contexts) {
            made.add(late ? c.identified : new ArrayList<>(c.identified));
        }
        return new LazyIdIndex(made);
    }

    /** A containment list whose chunks are being decoded: into {@code list}, or a corpus list read late. */
    private static final class Pending {
        final InternalEList<EObject> list;
        final Feature late;
        final List<Future<EObject[]>> chunks;
        EObject[] elements;

        Pending(InternalEList<EObject> list, Feature late, List<Future<EObject[]>> chunks) {
            this.list = list;
            this.late = late;
            this.chunks = chunks;
        }

        void await() throws IOException {
            List<EObject[]> parts = new ArrayList<>(chunks.size());
            int n = 0;
            for (Future<EObject[]> f : chunks) {
                EObject[] part = ModelReader.await(f);
                parts.add(part);
                n += part.length;
            }
            elements = new EObject[n];
            int at = 0;
            for (EObject[] part : parts) {
                System.arraycopy(part, 0, elements, at, part.length);
                at += part.length;
            }
        }
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the model section", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    private static IOException damaged(String what) {
        return new IOException("damaged model section: " + what);
    }

    /** A reference to set once its list is complete. */
    private record Deferred(InternalEObject owner, Feature feature, Object[] targets) {
    }

    /** One thread's decoding: its cursor, the objects with ids it made, the references it could not yet resolve. */
    private final class Context {
        final Cursor in;
        final ArrayList<EObject> identified = new ArrayList<>();
        final List<Deferred> deferred = new ArrayList<>();

        Context(Cursor in) {
            this.in = in;
        }

        /** The next object (not the corpus: {@link #beginRoot}), or null. */
        EObject object() throws IOException {
            int c = in.varint();
            if (c == 0) {
                return null;
            }
            if (c > classes.length) {
                throw damaged("class " + c + " of " + classes.length + " at " + (in.position() - start));
            }
            FileClass fc = classes[c - 1];
            InternalEObject o = (InternalEObject) fc.factory.create(fc.info.eClass);
            long mask = in.varlong();
            Feature[] features = fc.features;
            if (features.length < 63 && (mask >>> features.length) != 0) {
                throw damaged("a set mask of " + Long.toHexString(mask) + " for " + features.length + " features");
            }
            for (int j = 0; mask != 0; j++, mask >>>= 1) {
                if ((mask & 1) != 0) {
                    Feature f = features[j];
                    if (f.many) {
                        many(o, f, false);
                    } else {
                        single(o, f);
                    }
                }
            }
            if (o instanceof Identified) {
                identified.add(o);
            }
            return o;
        }

        private void single(InternalEObject o, Feature f) throws IOException {
            switch (f.kind) {
                case INT -> {
                    int v = unzigzag(in.varint());
                    // the hottest attributes (three spans a claim, one a mention) without boxing
                    if (f.feature == SightlinePackage.Literals.TEXT_SPAN__BEGIN) {
                        ((TextSpan) o).setBegin(v);
                    } else if (f.feature == SightlinePackage.Literals.TEXT_SPAN__END) {
                        ((TextSpan) o).setEnd(v);
                    } else {
                        o.eSet(f.id, v);
                    }
                }
                case REF -> {
                    int v = in.varint();
                    if (v == 0) {
                        o.eSet(f.id, null);
                    } else if ((v & 1) != 0) {
                        o.eSet(f.id, proxy());
                    } else if (tables[f.table] != null) {
                        o.eSet(f.id, target(f, (v >>> 1) - 1));
                    } else {
                        deferred.add(new Deferred(o, f, new Object[] { (v >>> 1) - 1 }));
                    }
                }
                case CONTAINED -> o.eSet(f.id, object());
                default -> o.eSet(f.id, value(f));
            }
        }

        private Object value(Feature f) throws IOException {
            return switch (f.kind) {
                case STRING -> string();
                case INT -> unzigzag(in.varint());
                case LONG -> unzigzag(in.varlong());
                case DOUBLE -> Double.longBitsToDouble(in.fixedLong());
                case BOOLEAN -> in.varint() != 0;
                case ENUM -> {
                    int v = unzigzag(in.varint());
                    Enumerator e = f.literal(v);
                    if (e == null) {
                        throw damaged("value " + v + " of " + f.name());
                    }
                    yield e;
                }
                case DATE -> LocalDate.ofEpochDay(unzigzag(in.varlong()));
                case INSTANT -> {
                    long seconds = unzigzag(in.varlong());
                    int nanos = in.varint();
                    if (nanos < 0 || nanos > 999_999_999) {
                        throw damaged("an instant's nanoseconds " + nanos);
                    }
                    yield Instant.ofEpochSecond(seconds, nanos);
                }
                case DATA -> f.dataFactory.createFromString(f.dataType, string());
                default -> throw new IllegalStateException(f.kind + " is not a value");
            };
        }

        /** {@code root}: a list of the corpus, complete before the next is read (see {@link #rootFeatures}). */
        @SuppressWarnings("unchecked")
        private void many(InternalEObject o, Feature f, boolean root) throws IOException {
            int n = in.count();
            if (f.kind == Kind.CONTAINED) {
                // read late, a corpus list is kept apart until it is attached: the corpus may be on show meanwhile
                boolean apart = root && late;
                InternalEList<EObject> list = apart ? null : (InternalEList<EObject>) o.eGet(f.id, false, true);
                int entry = in.varint();
                if (entry != 0) {
                    chunked(list, apart ? f : null, n, entry - 1);
                } else {
                    EObject[] elements = new EObject[n];
                    for (int i = 0; i < n; i++) {
                        elements[i] = object();
                        if (elements[i] == null) {
                            throw damaged("an empty element in " + f.name());
                        }
                    }
                    if (apart) {
                        for (EObject e : elements) {
                            contain(e, f);
                        }
                        lateLists.add(new Late(f, elements));
                    } else {
                        list.addAllUnique(Arrays.asList(elements));
                    }
                }
                if (root) {
                    completeStage();
                    int table = schema.tableOf((EReference) f.feature);
                    if (table >= 0) {
                        tables[table] = apart ? lateLists.get(lateLists.size() - 1).elements : list.basicToArray();
                    }
                }
                return;
            }
            InternalEList<Object> list = (InternalEList<Object>) o.eGet(f.id, false, true);
            if (f.kind == Kind.REF) {
                Object[] targets = new Object[n];
                for (int i = 0; i < n; i++) {
                    int v = in.varint();
                    if (v == 0) {
                        throw damaged("an empty element in " + f.name());
                    }
                    targets[i] = (v & 1) != 0 ? proxy() : (Object) ((v >>> 1) - 1);
                }
                if (tables[f.table] == null) {
                    deferred.add(new Deferred(o, f, targets));
                } else {
                    list.addAllUnique(Arrays.asList(resolve(f, targets)));
                }
                return;
            }
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                values[i] = value(f);
            }
            list.addAllUnique(Arrays.asList(values));
        }

        /** Hands the chunks of a large list to the pool; the cursor continues after the list. */
        private void chunked(InternalEList<EObject> list, Feature late, int n, int first) throws IOException {
            int size = in.varint();
            if (size <= 0) {
                throw damaged("chunks of " + size + " elements");
            }
            int chunks = (int) ((n + (long) size - 1) / size);
            if (first + chunks >= directory.length) {
                throw damaged("directory entry " + first + " for " + chunks + " chunks");
            }
            if (directory[first] != in.position()) {
                throw damaged("a chunk starts at " + (directory[first] - start) + " instead of " + (in.position() - start));
            }
            List<Future<EObject[]>> futures = new ArrayList<>(chunks);
            for (int k = 0; k < chunks; k++) {
                long from = directory[first + k];
                long to = directory[first + k + 1];
                if (to < from) {
                    throw damaged("chunk " + (first + k) + " of the directory ends before it starts");
                }
                int count = Math.min(size, n - k * size);
                futures.add(pool.submit(() -> {
                    checkStopped();
                    SightlineResource.READING.set(late != null);
                    Context c = new Context(new Cursor(channel, from, to));
                    contexts.add(c);
                    EObject[] elements = new EObject[count];
                    for (int i = 0; i < count; i++) {
                        elements[i] = c.object();
                        if (elements[i] == null) {
                            throw damaged("an empty element in a chunk");
                        }
                        if (late != null) {
                            contain(elements[i], late); // here, while the object is fresh in this core's cache
                        }
                    }
                    if (c.in.position() != to) {
                        throw damaged("a chunk ends at " + (c.in.position() - start) + ", not at " + (to - start));
                    }
                    return elements;
                }));
            }
            pending.add(new Pending(list, late, futures));
            in.seek(directory[first + chunks]);
        }

        private String string() throws IOException {
            int v = in.varint();
            if ((v & 1) != 0) {
                int i = v >>> 1;
                if (i >= strings.length) {
                    throw damaged("string " + i + " of a table of " + strings.length);
                }
                return strings[i];
            }
            return in.inline(v);
        }

        private EObject target(Feature f, int i) throws IOException {
            Object[] table = tables[f.table];
            if (i < 0 || i >= table.length) {
                throw damaged(f.name() + " refers to element " + (i + 1) + " of " + table.length + " " + schema.tables[f.table].getName());
            }
            return (EObject) table[i];
        }

        /** The objects for indices (Integer) and proxies (EObject). */
        private Object[] resolve(Feature f, Object[] targets) throws IOException {
            for (int i = 0; i < targets.length; i++) {
                if (targets[i] instanceof Integer index) {
                    targets[i] = target(f, index);
                }
            }
            return targets;
        }

        /** An object of another file, as EMF's formats keep them: its class and URI, resolved when first asked for. */
        private EObject proxy() throws IOException {
            int c = in.varint();
            if (c <= 0 || c > classes.length) {
                throw damaged("a proxy of class " + c);
            }
            String uri = in.inline(in.varint());
            if (uri == null) {
                throw damaged("a proxy without a URI");
            }
            FileClass fc = classes[c - 1];
            // one object per URI, as EMF's readers make them
            return proxies.computeIfAbsent(c + " " + uri, k -> {
                InternalEObject proxy = (InternalEObject) fc.factory.create(fc.info.eClass);
                proxy.eSetProxyURI(org.eclipse.emf.common.util.URI.createURI(uri));
                return proxy;
            });
        }

        /** Sets the deferred references whose target lists are complete now; the others wait for a later call. */
        @SuppressWarnings("unchecked")
        void applyDeferred() throws IOException {
            for (java.util.Iterator<Deferred> it = deferred.iterator(); it.hasNext();) {
                Deferred d = it.next();
                if (tables[d.feature.table] == null && !late) {
                    continue;
                }
                it.remove();
                Object[] targets = resolve(d.feature, d.targets);
                if (d.feature.many) {
                    ((InternalEList<Object>) d.owner.eGet(d.feature.id, false, true)).addAllUnique(Arrays.asList(targets));
                } else {
                    d.owner.eSet(d.feature.id, targets[0]);
                }
            }
        }
    }

    static int unzigzag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** Reads bytes [from, to) of the channel through a buffer of its own (one per thread: positional reads). */
    static final class Cursor {
        private final FileChannel channel;
        private final long limit;
        private final byte[] buffer = new byte[BUFFER];
        private final ByteBuffer wrapped = ByteBuffer.wrap(buffer);
        /** file position of buffer[0] */
        private long base;
        private int at;
        private int filled;

        Cursor(FileChannel channel, long from, long to) {
            this.channel = channel;
            this.base = from;
            this.limit = to;
        }

        long position() {
            return base + at;
        }

        void seek(long position) throws IOException {
            if (position < base || position > limit) {
                throw damaged("a jump to " + position + " outside its part");
            }
            if (position <= base + filled) {
                at = (int) (position - base);
            } else {
                base = position;
                at = filled = 0;
            }
        }

        /** Makes {@code n} (at most the buffer's size) bytes available at {@code at}. */
        private void need(int n) throws IOException {
            if (filled - at >= n) {
                return;
            }
            if (position() + n > limit) {
                throw damaged("a value runs past the end of its part at " + position());
            }
            System.arraycopy(buffer, at, buffer, 0, filled - at);
            base += at;
            filled -= at;
            at = 0;
            while (filled < n) {
                wrapped.clear().position(filled).limit((int) Math.min(buffer.length, limit - base));
                int r = channel.read(wrapped, base + filled);
                if (r <= 0) {
                    throw new IOException("the file ends inside the model section");
                }
                filled += r;
            }
        }

        int varint() throws IOException {
            if (filled - at < 5) {
                need((int) Math.min(5, limit - position()));
                if (at >= filled) {
                    throw damaged("a number past the end of its part at " + position());
                }
            }
            byte[] b = buffer;
            int p = at;
            int v = b[p++];
            if (v >= 0) {
                at = p;
                return v;
            }
            v &= 0x7F;
            for (int shift = 7; shift < 35; shift += 7) {
                if (p >= filled) {
                    throw damaged("a number runs past the end of its part");
                }
                int x = b[p++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) {
                    at = p;
                    return v;
                }
            }
            throw damaged("a number of more than 5 bytes at " + position());
        }

        long varlong() throws IOException {
            if (filled - at < 10) {
                need((int) Math.min(10, limit - position()));
            }
            long v = 0;
            for (int shift = 0; shift < 70; shift += 7) {
                if (at >= filled) {
                    throw damaged("a number runs past the end of its part");
                }
                int x = buffer[at++];
                v |= (long) (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
            }
            throw damaged("a number of more than 10 bytes at " + position());
        }

        /** A count of elements: each takes at least a byte, so none can exceed what is left. */
        int count() throws IOException {
            int n = varint();
            if (n < 0 || n > limit - position()) {
                throw damaged("a count of " + n + " with " + (limit - position()) + " bytes left");
            }
            return n;
        }

        long fixedLong() throws IOException {
            need(8);
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (buffer[at++] & 0xFF);
            }
            return v;
        }

        byte[] bytes(int n) throws IOException {
            need(n);
            byte[] b = Arrays.copyOfRange(buffer, at, at + n);
            at += n;
            return b;
        }

        /** The inline string whose header {@code v} was read (see ModelWriter): decoded from the buffer at once. */
        String inline(int v) throws IOException {
            if (v == 0) {
                return null;
            }
            if ((v & 1) != 0) {
                throw damaged("a table string where an inline one belongs");
            }
            int n = (v >>> 2) - 1;
            if (n < 0 || n > limit - position()) {
                throw damaged("a string of " + n + " bytes with " + (limit - position()) + " left");
            }
            java.nio.charset.Charset cs = (v & 2) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            if (n <= buffer.length) {
                need(n);
                String s = new String(buffer, at, n, cs);
                at += n;
                return s;
            }
            byte[] big = new byte[n];
            int have = filled - at;
            System.arraycopy(buffer, at, big, 0, have);
            ByteBuffer rest = ByteBuffer.wrap(big, have, n - have);
            while (rest.hasRemaining()) {
                if (channel.read(rest, base + filled + (rest.position() - have)) <= 0) {
                    throw new IOException("the file ends inside the model section");
                }
            }
            base += filled + (n - have);
            at = filled = 0;
            return new String(big, cs);
        }
    }
}
