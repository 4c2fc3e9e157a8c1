package org.sightline.model.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.sightline.model.Corpus;
import org.sightline.model.Identified;
import org.sightline.model.internal.ModelSchema.ClassInfo;
import org.sightline.model.internal.ModelSchema.Feature;

/**
 * Writes the model section of a version-2 workspace file (layout in {@link ModelReader}): the schema, the objects
 * depth first with a set mask each, references as indices into the corpus' lists, repeated strings as indices into a
 * string table written after the objects, large lists in chunks whose offsets go into a directory, so that the reader
 * can decode the chunks on all cores.
 */
final class ModelWriter {

    /** Elements per chunk of a large containment list (claims, mentions, documents). */
    static final int CHUNK = 4096;

    static final byte[] FOOTER_MAGIC = { 'S', 'L', 'M', '2' };

    private final ModelSchema schema;
    private final Sink out;
    private final int chunk;
    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> table = new ArrayList<>();
    private final List<Long> directory = new ArrayList<>();
    @SuppressWarnings("unchecked")
    private final Map<EObject, Integer>[] indexes = new Map[ModelSchema.INSTANCE.tables.length];
    private Corpus corpus;

    ModelWriter(OutputStream out, int chunk) {
        this.schema = ModelSchema.INSTANCE;
        this.out = new Sink(out);
        this.chunk = chunk;
    }

    /** Writes the section for {@code corpus} and flushes it into the stream (which stays open). */
    void write(Corpus corpus) throws IOException {
        this.corpus = corpus;
        out.varint(schema.classes.size());
        for (ClassInfo c : schema.classes) {
            out.string(c.eClass.getName());
            out.varint(c.features.length);
            for (Feature f : c.features) {
                out.string(f.feature.getName());
                out.varint(f.code());
            }
        }
        object(corpus);
        long tableAt = out.position;
        out.varint(table.size());
        for (String s : table) {
            out.string(s);
        }
        long directoryAt = out.position;
        out.varint(directory.size());
        for (long offset : directory) {
            out.varlong(offset);
        }
        out.fixedLong(tableAt);
        out.fixedLong(directoryAt);
        out.bytes(FOOTER_MAGIC, 0, FOOTER_MAGIC.length);
        out.flush();
    }

    private void object(EObject o) throws IOException {
        ClassInfo c = schema.info(o.eClass());
        if (c == null) {
            throw new IOException("a " + o.eClass().getName() + " of another model cannot be saved in a workspace");
        }
        out.varint(c.index + 1);
        Feature[] features = c.features;
        InternalEObject io = (InternalEObject) o;
        long mask = 0;
        for (int j = 0; j < features.length; j++) {
            if (io.eIsSet(features[j].id)) {
                mask |= 1L << j;
            }
        }
        out.varlong(mask);
        for (int j = 0; j < features.length; j++) {
            if ((mask & (1L << j)) != 0) {
                Feature f = features[j];
                Object value = io.eGet(f.id, false, true);
                if (f.many) {
                    many(o, f, (List<?>) value);
                } else {
                    value(o, f, value);
                }
            }
        }
    }

    private void many(EObject owner, Feature f, List<?> values) throws IOException {
        int n = values.size();
        out.varint(n);
        if (f.kind == ModelSchema.Kind.CONTAINED) {
            // 0: the elements follow; else the list's first directory entry + 1 and the chunk size
            // (the list's entries are reserved first: lists inside its elements add theirs after)
            boolean chunked = n > chunk;
            int first = directory.size();
            if (chunked) {
                out.varint(first + 1);
                out.varint(chunk);
                for (int k = 0; k <= (n - 1) / chunk + 1; k++) {
                    directory.add(-1L);
                }
            } else {
                out.varint(0);
            }
            for (int i = 0; i < n; i++) {
                if (chunked && i % chunk == 0) {
                    directory.set(first + i / chunk, out.position);
                }
                object((EObject) values.get(i));
            }
            if (chunked) {
                directory.set(first + (n - 1) / chunk + 1, out.position);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            if (f.kind == ModelSchema.Kind.REF) {
                reference(owner, f, (EObject) values.get(i));
            } else {
                value(owner, f, values.get(i));
            }
        }
    }

    private void value(EObject owner, Feature f, Object value) throws IOException {
        switch (f.kind) {
            case STRING -> string((String) value, f.shared);
            case INT -> out.varint(zigzag((Integer) value));
            case LONG -> out.varlong(zigzag((Long) value));
            case DOUBLE -> out.fixedLong(Double.doubleToRawLongBits((Double) value));
            case BOOLEAN -> out.varint((Boolean) value ? 1 : 0);
            case ENUM -> out.varint(zigzag(((Enumerator) value).getValue()));
            case DATE -> out.varlong(zigzag(((LocalDate) value).toEpochDay()));
            case INSTANT -> {
                out.varlong(zigzag(((Instant) value).getEpochSecond()));
                out.varint(((Instant) value).getNano());
            }
            case DATA -> string(f.dataFactory.convertToString(f.dataType, value), false);
            case REF -> reference(owner, f, (EObject) value);
            case CONTAINED -> {
                if (value == null) {
                    out.varint(0);
                } else {
                    object((EObject) value);
                }
            }
        }
    }

    /** 0 for null; odd: an index into the string table; even: the string follows (see {@link Sink#string}). */
    private void string(String s, boolean shared) throws IOException {
        if (s == null) {
            out.varint(0);
        } else if (shared) {
            Integer i = strings.get(s);
            if (i == null) {
                i = table.size();
                strings.put(s, i);
                table.add(s);
            }
            out.varint((i << 1) | 1);
        } else {
            out.string(s);
        }
    }

    /**
     * 0 for null; even: (index in the corpus list + 1) * 2; 1: a proxy (an object of another file, as EMF's formats
     * keep them), followed by its class and URI.
     */
    private void reference(EObject owner, Feature f, EObject target) throws IOException {
        if (target == null) {
            out.varint(0);
            return;
        }
        Integer i = index(f).get(target);
        if (i != null) {
            out.varint((i + 1) << 1);
        } else if (target.eIsProxy()) {
            out.varint(1);
            out.varint(schema.info(target.eClass()).index + 1);
            out.string(((InternalEObject) target).eProxyURI().toString());
        } else {
            throw new IOException(describe(owner) + " refers through " + f.name() + " to " + describe(target)
                    + ", which is not in the workspace's " + schema.tables[f.table].getName());
        }
    }

    private Map<EObject, Integer> index(Feature f) {
        Map<EObject, Integer> index = indexes[f.table];
        if (index == null) {
            List<?> list = (List<?>) corpus.eGet(schema.tables[f.table]);
            index = HashMap.newHashMap(list.size());
            for (int i = 0; i < list.size(); i++) {
                index.put((EObject) list.get(i), i);
            }
            indexes[f.table] = index;
        }
        return index;
    }

    private static String describe(EObject o) {
        return o.eClass().getName() + (o instanceof Identified i ? " " + i.getId() : "");
    }

    static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    /** A buffered stream that counts its position and writes varints and strings. */
    private static final class Sink {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int at;
        long position;

        Sink(OutputStream out) {
            this.out = out;
        }

        private void room(int n) throws IOException {
            if (at + n > buffer.length) {
                out.write(buffer, 0, at);
                at = 0;
            }
        }

        void varint(int v) throws IOException {
            room(5);
            int start = at;
            while ((v & ~0x7F) != 0) {
                buffer[at++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buffer[at++] = (byte) v;
            position += at - start;
        }

        void varlong(long v) throws IOException {
            room(10);
            int start = at;
            while ((v & ~0x7FL) != 0) {
                buffer[at++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buffer[at++] = (byte) v;
            position += at - start;
        }

        void fixedLong(long v) throws IOException {
            room(8);
            for (int s = 56; s >= 0; s -= 8) {
                buffer[at++] = (byte) (v >>> s);
            }
            position += 8;
        }

        /**
         * An inline string: varint ((bytes + 1) << 2 | utf8 << 1), then the bytes: Latin-1 when every char fits in
         * one byte (decoded without a decoder's loop), else UTF-8.
         */
        void string(String s) throws IOException {
            boolean latin1 = true;
            for (int i = 0, n = s.length(); i < n; i++) {
                if (s.charAt(i) > 0xFF) {
                    latin1 = false;
                    break;
                }
            }
            byte[] b = s.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            varint(((b.length + 1) << 2) | (latin1 ? 0 : 2));
            bytes(b, 0, b.length);
        }

        void bytes(byte[] b, int off, int len) throws IOException {
            if (len > buffer.length - at) {
                out.write(buffer, 0, at);
                at = 0;
                if (len > buffer.length) {
                    out.write(b, off, len);
                    position += len;
                    return;
                }
            }
            System.arraycopy(b, off, buffer, at, len);
            at += len;
            position += len;
        }

        void flush() throws IOException {
            out.write(buffer, 0, at);
            at = 0;
            out.flush();
        }
    }
}
