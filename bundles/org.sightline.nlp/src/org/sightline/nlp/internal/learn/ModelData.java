package org.sightline.nlp.internal.learn;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The binary layout of the model resources: big-endian data, uncompressed, arrays written whole, read back
 * in bulk from one buffer (loading a model is reading a few arrays, no per-entry parsing). Each file
 * starts with a magic string and a format version so a wrong or stale file fails with a clear message.
 */
public final class ModelData {

    private ModelData() {
    }

    /**
     * Writes {@code body} after the magic line and version, uncompressed: the bundle jar stores the
     * model resources as they are (no compression: org.sightline.nlp/pom.xml), so loading a model is
     * copying its bytes, with no inflating.
     */
    public static void write(OutputStream target, String magic, int version, Body body) throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.writeUTF(magic);
        out.writeInt(version);
        body.write(out);
        out.flush();
    }

    @FunctionalInterface
    public interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /**
     * The data of a model stream written by {@link #write}, after its magic and version have been
     * checked. {@code name} names the resource in the messages.
     */
    public static ByteBuffer read(InputStream source, String name, String magic, int version) throws IOException {
        return checkHeader(readAll(source), name, magic, version);
    }

    /**
     * All bytes of {@code in}, into one array of the right size when the stream tells how many are
     * left (a stored jar entry does): {@code readAllBytes} grows its buffer by copying, 30 MB of
     * copies for the parser.
     */
    static byte[] readAll(InputStream in) throws IOException {
        int known = in.available();
        if (known < 1 << 16) {
            return in.readAllBytes();
        }
        byte[] bytes = new byte[known];
        int n = in.readNBytes(bytes, 0, known);
        int next = n == known ? in.read() : -1;
        if (next < 0) {
            return n == known ? bytes : Arrays.copyOf(bytes, n);
        }
        byte[] rest = in.readAllBytes(); // more than announced: append the rest
        byte[] all = Arrays.copyOf(bytes, known + 1 + rest.length);
        all[known] = (byte) next;
        System.arraycopy(rest, 0, all, known + 1, rest.length);
        return all;
    }

    private static ByteBuffer checkHeader(byte[] bytes, String name, String magic, int version) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        try {
            String m = readUtf(buf);
            int v = buf.getInt();
            if (!m.equals(magic) || v != version) {
                throw new IOException("model '" + name + "' is " + m + " version " + v + ", expected " + magic
                        + " version " + version);
            }
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new IOException("model '" + name + "' is not a " + magic + " model", e);
        }
        return buf;
    }

    public static String readUtf(ByteBuffer in) {
        int len = in.getShort() & 0xffff;
        byte[] b = new byte[len];
        in.get(b);
        // writeUTF's modified UTF-8 equals UTF-8 for the strings written here (no NUL, no supplementary chars)
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A count, then the strings (tag or relation names). */
    public static void writeStrings(DataOutputStream out, String[] strings) throws IOException {
        out.writeInt(strings.length);
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    /** Strings written by {@link #writeStrings}; at most {@code max} of them. */
    public static String[] readStrings(ByteBuffer in, int max, String what) throws IOException {
        int n = in.getInt();
        if (n <= 0 || n > max) {
            throw new IOException("corrupt " + what + " list (" + n + " entries)");
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = readUtf(in);
        }
        return out;
    }

    public static void writeLongs(DataOutputStream out, long[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * 8);
        b.asLongBuffer().put(a);
        out.write(b.array());
    }

    public static void writeInts(DataOutputStream out, int[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * 4);
        b.asIntBuffer().put(a);
        out.write(b.array());
    }

    public static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * 8);
        b.asDoubleBuffer().put(a);
        out.write(b.array());
    }

    public static long[] readLongs(ByteBuffer in, int n) {
        long[] a = new long[n];
        in.asLongBuffer().get(a);
        in.position(in.position() + n * 8);
        return a;
    }

    public static int[] readInts(ByteBuffer in, int n) {
        int[] a = new int[n];
        in.asIntBuffer().get(a);
        in.position(in.position() + n * 4);
        return a;
    }
}
