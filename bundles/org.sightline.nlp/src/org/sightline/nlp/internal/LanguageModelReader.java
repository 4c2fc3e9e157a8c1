package org.sightline.nlp.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.DataReader;
import opennlp.tools.ml.model.GenericModelReader;

/**
 * Reads OpenNLP's language detector model (a zip of the maxent model and its manifest) with
 * OpenNLP's own model reader, fed from one array instead of a data stream over an inflater: the
 * model's 1.3 million weights and 146,000 feature names read one value at a time were most of the
 * model's second of load time. The result is the same model (equal by {@code AbstractModel.equals},
 * the same scores); the language detector's tests compare it with OpenNLP's loader. The detector
 * itself loads {@link LanguageWeights}, derived from the model read here.
 */
public final class LanguageModelReader {

    static final String MODEL_ENTRY = "langdetect.model";
    static final String MANIFEST_ENTRY = "manifest.properties";

    private LanguageModelReader() {
    }

    /** The model in {@code in}; {@code name} names it in the messages. */
    public static LanguageDetectorModel read(InputStream in, String name) throws IOException {
        byte[] model = null;
        Properties manifest = null;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in, 1 << 16))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(MODEL_ENTRY)) {
                    model = zip.readAllBytes();
                } else if (e.getName().equals(MANIFEST_ENTRY)) {
                    manifest = new Properties();
                    manifest.load(zip);
                }
            }
        }
        if (model == null || manifest == null) {
            throw new IOException("'" + name + "' is not an OpenNLP language detector model (no " + (model == null ? MODEL_ENTRY : MANIFEST_ENTRY) + ")");
        }
        String factory = manifest.getProperty("factory", LanguageDetectorFactory.class.getName());
        if (!factory.equals(LanguageDetectorFactory.class.getName())) {
            throw new IOException("'" + name + "' needs the factory " + factory + "; only " + LanguageDetectorFactory.class.getName() + " is supported");
        }
        AbstractModel maxent;
        try {
            maxent = new GenericModelReader(new ArrayReader(model)).getModel();
        } catch (BufferUnderflowException e) {
            throw new IOException("'" + name + "': " + MODEL_ENTRY + " ends early (truncated)", e);
        }
        Map<String, String> entries = new HashMap<>();
        for (String key : manifest.stringPropertyNames()) {
            entries.put(key, manifest.getProperty(key));
        }
        return new LanguageDetectorModel(maxent, entries, new LanguageDetectorFactory());
    }

    /** OpenNLP's binary model layout (DataOutputStream's) read from memory. */
    private static final class ArrayReader implements DataReader {
        private final ByteBuffer in;

        ArrayReader(byte[] data) {
            in = ByteBuffer.wrap(data);
        }

        @Override
        public double readDouble() {
            return in.getDouble();
        }

        @Override
        public int readInt() {
            return in.getInt();
        }

        @Override
        public String readUTF() throws IOException {
            int length = in.getShort() & 0xffff;
            if (length > in.remaining()) {
                throw new BufferUnderflowException(); // a truncated model: reported as such by read()
            }
            int start = in.position();
            byte[] a = in.array();
            for (int i = start; i < start + length; i++) {
                if (a[i] <= 0) {
                    // Beyond ASCII (or an encoded NUL): modified UTF-8, decoded by the JDK.
                    String s = DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(a, start - 2, length + 2)));
                    in.position(start + length);
                    return s;
                }
            }
            in.position(start + length);
            return new String(a, start, length, StandardCharsets.ISO_8859_1);
        }
    }
}
