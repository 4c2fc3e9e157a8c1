package org.sightline.nlp.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

import org.sightline.nlp.internal.learn.ModelData;

/**
 * OpenNLP's language detector model ({@code langdetect-183.bin}, Apache License 2.0: see
 * NOTICE-langdetect.txt beside it) in a form that loads without building anything: the 146,000 feature
 * names (character n-grams of one to three chars) as sorted longs, and per feature its languages and
 * weights, all read in place from one buffer. OpenNLP builds a hash map of 146,000 strings and as many
 * weight tables, half a second of CPU at every start; this is the bytes of the resource and a few
 * header checks.
 *
 * <p>Scores are OpenNLP's, computed the same way in the same order (the features of a text in the order
 * of OpenNLP's hash map, the uniform prior, {@code StrictMath.exp}, the normalisation), so they are
 * equal to the last bit; {@code LanguageTest} compares both on many texts. The text's features come
 * from OpenNLP's own context generator.
 *
 * <p>The file is derived from OpenNLP's model by {@link #main}; {@code LanguageTest} derives it again
 * and checks that the result is the committed file byte for byte. Immutable: one instance serves all
 * threads (a context generator per caller, see {@link #newContextGenerator()}).
 */
public final class LanguageWeights {

    public static final String RESOURCE = "langdetect-183.weights";
    static final String MAGIC = "sightline-langdetect-weights";
    static final int VERSION = 1;
    /** Longest feature: OpenNLP's context generator makes n-grams of 1 to 3 chars. */
    static final int MAX_CHARS = 3;

    private final String[] languages;
    private final double logPrior;
    private final LongBuffer keys;
    private final IntBuffer starts;
    /** Per weight: the index of its language. */
    private final ByteBuffer outcomes;
    private final DoubleBuffer weights;

    private LanguageWeights(String[] languages, LongBuffer keys, IntBuffer starts, ByteBuffer outcomes, DoubleBuffer weights) {
        this.languages = languages;
        this.logPrior = StrictMath.log(1.0 / languages.length); // OpenNLP's UniformPrior
        this.keys = keys;
        this.starts = starts;
        this.outcomes = outcomes;
        this.weights = weights;
    }

    /** The weights this bundle ships, read once per call (callers keep the instance). */
    public static LanguageWeights shipped() {
        try (InputStream in = LanguageWeights.class.getResourceAsStream(SyntaxModels.FOLDER + RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + SyntaxModels.FOLDER + RESOURCE + " is missing from the org.sightline.nlp bundle");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the language model '" + RESOURCE + "': " + e.getMessage(), e);
        }
    }

    /** The weights in {@code in}; {@code name} names it in the messages. */
    public static LanguageWeights read(InputStream in, String name) throws IOException {
        ByteBuffer buf = ModelData.read(in, name, MAGIC, VERSION);
        try {
            String[] languages = ModelData.readStrings(buf, 255, "language");
            int features = buf.getInt();
            int total = buf.getInt();
            long expected = features * 8L + (features + 1) * 4L + total + total * 8L;
            if (features <= 0 || total <= 0 || buf.remaining() != expected) {
                throw new IOException("model '" + name + "' " + (buf.remaining() < expected ? "ends early (truncated)" : "has "
                        + (buf.remaining() - expected) + " bytes too many") + ": " + features + " features and " + total
                        + " weights need " + expected + " bytes after the header, it has " + buf.remaining());
            }
            LongBuffer keys = buf.slice(buf.position(), features * 8).asLongBuffer();
            int at = buf.position() + features * 8;
            IntBuffer starts = buf.slice(at, (features + 1) * 4).asIntBuffer();
            at += (features + 1) * 4;
            ByteBuffer outcomes = buf.slice(at, total);
            at += total;
            DoubleBuffer weights = buf.slice(at, total * 8).asDoubleBuffer();
            if (starts.get(0) != 0 || starts.get(features) != total) {
                throw new IOException("model '" + name + "' is corrupt: its weight spans cover " + starts.get(0) + " to "
                        + starts.get(features) + " of " + total + " weights");
            }
            return new LanguageWeights(languages, keys, starts, outcomes, weights);
        } catch (BufferUnderflowException e) {
            throw new IOException("model '" + name + "' ends early (truncated)", e);
        }
    }

    /** The generator of a text's features, as OpenNLP's language detector makes them; not thread-safe. */
    public static LanguageDetectorContextGenerator newContextGenerator() {
        return new LanguageDetectorFactory().getContextGenerator();
    }

    /** Languages of {@code text}, best first, with OpenNLP's probabilities ({@code LanguageDetectorME.predictLanguages}). */
    public Language[] predictLanguages(LanguageDetectorContextGenerator generator, CharSequence text) {
        // OpenNLP counts the features in a HashMap and scores them in its iteration order: a HashSet
        // of the same objects added in the same order iterates the same way, so the sums are the same.
        HashSet<CharSequence> features = new HashSet<>();
        Collections.addAll(features, generator.getContext(text));
        double[] scores = new double[languages.length];
        Arrays.fill(scores, logPrior);
        for (CharSequence f : features) {
            int i = find(key(f.toString()));
            if (i < 0) {
                continue;
            }
            for (int w = starts.get(i), end = starts.get(i + 1); w < end; w++) {
                scores[outcomes.get(w) & 0xff] += weights.get(w) * 1.0; // OpenNLP multiplies by the feature's value, 1
            }
        }
        double normal = 0.0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = StrictMath.exp(scores[o]);
            normal += scores[o];
        }
        Language[] ranked = new Language[scores.length];
        for (int o = 0; o < scores.length; o++) {
            ranked[o] = new Language(languages[o], scores[o] / normal);
        }
        Arrays.sort(ranked, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return ranked;
    }

    /** The index of feature {@code key}, or -1. */
    private int find(long key) {
        if (key < 0) {
            return -1;
        }
        int lo = 0;
        int hi = keys.limit() - 1;
        while (lo <= hi) {
            int mid = lo + hi >>> 1;
            long k = keys.get(mid);
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** A feature of 1 to 3 chars as one long (its length, then its chars); -1 for any other. */
    static long key(String f) {
        int n = f.length();
        if (n == 0 || n > MAX_CHARS) {
            return -1;
        }
        long k = n;
        for (int i = 0; i < MAX_CHARS; i++) {
            k = k << 16 | (i < n ? f.charAt(i) : 0);
        }
        return k;
    }

    /** Number of features, for the tests and the messages. */
    public int features() {
        return keys.limit();
    }

    /** Writes the compact form of OpenNLP's model {@code model}. */
    public static void derive(LanguageDetectorModel model, OutputStream target) throws IOException {
        if (!(model.getMaxentModel() instanceof AbstractModel gis) || gis.getModelType() != AbstractModel.ModelType.Maxent) {
            throw new IOException("not a maxent (GIS) language model: " + model.getMaxentModel().getClass().getName());
        }
        if (!model.getFactory().getClass().equals(LanguageDetectorFactory.class)) {
            throw new IOException("the model needs the factory " + model.getFactory().getClass().getName()
                    + "; only " + LanguageDetectorFactory.class.getName() + " (its context generator) is supported");
        }
        Object[] parts = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) parts[1];
        String[] languages = (String[]) parts[2];
        if (languages.length > 255) {
            throw new IOException("at most 255 languages, not " + languages.length);
        }
        TreeMap<Long, Context> sorted = new TreeMap<>();
        int total = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            long k = key(e.getKey());
            if (k < 0) {
                throw new IOException("feature '" + e.getKey() + "' is not 1 to " + MAX_CHARS + " chars long");
            }
            sorted.put(k, e.getValue());
            total += e.getValue().getOutcomes().length;
        }
        int weightCount = total;
        ModelData.write(target, MAGIC, VERSION, out -> {
            ModelData.writeStrings(out, languages);
            out.writeInt(sorted.size());
            out.writeInt(weightCount);
            long[] keys = new long[sorted.size()];
            int[] starts = new int[sorted.size() + 1];
            byte[] outcomes = new byte[weightCount];
            double[] weights = new double[weightCount];
            int f = 0;
            int w = 0;
            for (Map.Entry<Long, Context> e : sorted.entrySet()) {
                keys[f] = e.getKey();
                starts[f] = w;
                int[] o = e.getValue().getOutcomes();
                double[] p = e.getValue().getParameters();
                for (int j = 0; j < o.length; j++) {
                    outcomes[w] = (byte) o[j]; // the order OpenNLP adds them in
                    weights[w++] = p[j];
                }
                f++;
            }
            starts[f] = w;
            ModelData.writeLongs(out, keys);
            ModelData.writeInts(out, starts);
            out.write(outcomes);
            ModelData.writeDoubles(out, weights);
        });
    }

    /** The compact form of OpenNLP's model as bytes (what {@link #derive} writes). */
    public static byte[] derive(LanguageDetectorModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(14 << 20);
        derive(model, bytes);
        return bytes.toByteArray();
    }

    /**
     * Derives the file from OpenNLP's model on the class path ({@code opennlp-models-langdetect}):
     * {@code releng/scripts/bench.sh org.sightline.nlp.internal.LanguageWeights [OUT]}, by default into
     * this bundle's models folder.
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "bundles/org.sightline.nlp/src" + SyntaxModels.FOLDER + RESOURCE);
        String model = org.sightline.nlp.api.LanguageDetector.MODEL;
        LanguageDetectorModel opennlp;
        try (InputStream in = LanguageWeights.class.getClassLoader().getResourceAsStream(model)) {
            if (in == null) {
                throw new IOException(model + " is not on the class path (opennlp-models-langdetect)");
            }
            opennlp = LanguageModelReader.read(in, model);
        }
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            derive(opennlp, o);
        }
        System.out.println(out + ": " + Files.size(out) + " bytes");
    }
}
