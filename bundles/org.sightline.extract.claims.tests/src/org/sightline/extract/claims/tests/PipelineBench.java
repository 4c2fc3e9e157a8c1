package org.sightline.extract.claims.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import org.sightline.testing.Measures;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.NlpModels;
import org.sightline.nlp.api.ModelSource;
import org.sightline.nlp.internal.OpenNlpReference;
import org.sightline.testing.SharedFiles;

/**
 * Words per second over the texts in shared/data (re3d, the article-extraction gold bodies, the sample)
 * of: the stock OpenNLP pipeline with beam-search tagging and the statistical lemmatizer (the old
 * floor, {@link OpenNlpReference}); the engine's NLP ({@link Annotator}: tokens, tags, lemmas and the
 * dependency parse); the full pipeline (NLP + parse + actors + claims). One thread and all cores; medians of 5 timed rounds after 2 warm-up rounds. Wall
 * clock figures depend on what else runs on the machine, so words per CPU second of the working
 * threads are printed as well (the per-core figure). Last, bytes allocated and retained heap per
 * document. Run with {@code java -Xmx1g -cp ... org.sightline.extract.claims.tests.PipelineBench [STAGE...]}
 * (STAGE: opennlp_stock, nlp, pipeline; default all).
 */
public final class PipelineBench {

    private PipelineBench() {
    }

    static List<String> corpus() throws IOException {
        List<String> docs = new ArrayList<>();
        for (String sub : List.of("data/re3d/centcom/documents.json", "data/re3d/us-state-department/documents.json")) {
            for (String line : Files.readAllLines(SharedFiles.resolve(sub), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    docs.add(JsonParser.parseString(line).getAsJsonObject().get("text").getAsString());
                }
            }
        }
        var gt = JsonParser.parseString(Files.readString(SharedFiles.resolve("data/article-extraction/ground-truth.json")))
                .getAsJsonObject();
        for (var e : gt.entrySet()) {
            JsonElement body = e.getValue().getAsJsonObject().get("articleBody");
            if (body != null && !body.isJsonNull()) {
                docs.add(body.getAsString());
            }
        }
        docs.add(Files.readString(SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE)));
        return docs;
    }

    private enum Stage { OPENNLP_STOCK, NLP, PIPELINE }

    /** {wall-clock words/s, words per CPU second of the worker threads}. */
    private static double[] wordsPerSecond(List<String> docs, int threads, long words, Stage stage) throws Exception {
        NlpModels models = NlpModels.shared();
        var cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> fs = new ArrayList<>();
            List<Runnable> setups = new ArrayList<>();
            long start = System.nanoTime();
            for (int k = 0; k < threads; k++) {
                int part = k;
                fs.add(pool.submit(() -> {
                    Annotator a = models.newAnnotator();
                    OpenNlpReference ref = stage == Stage.OPENNLP_STOCK ? references.get() : null;
                    long c0 = cpu.getCurrentThreadCpuTime();
                    for (int i = part; i < docs.size(); i += threads) {
                        String d = docs.get(i);
                        if (stage == Stage.OPENNLP_STOCK) {
                            ref.annotate(d);
                        } else if (stage == Stage.NLP) {
                            a.annotate(d);
                        } else {
                            AnnotatedText t = a.annotate(d);
                            ClaimFinder.find(t, ActorRecognizer.recognize(t));
                        }
                    }
                    return cpu.getCurrentThreadCpuTime() - c0;
                }));
            }
            long cpuNanos = 0;
            for (Future<Long> f : fs) {
                cpuNanos += f.get();
            }
            double wall = words / ((System.nanoTime() - start) / 1e9);
            return new double[] {wall, words / (cpuNanos / 1e9)};
        } finally {
            pool.shutdown();
        }
    }

    /** One stock OpenNLP pipeline per worker thread, loaded outside the timed part. */
    private static final ThreadLocal<OpenNlpReference> references = ThreadLocal
            .withInitial(() -> new OpenNlpReference(ModelSource.defaultSource()));

    public static void main(String[] args) throws Exception {
        // optional stage names (opennlp_stock, nlp, pipeline) to time only those; default all
        List<Stage> stages = args.length == 0 ? List.of(Stage.values())
                : Arrays.stream(args).map(a -> Stage.valueOf(a.toUpperCase(Locale.ROOT))).toList();
        List<String> docs = corpus();
        Annotator a = NlpModels.shared().newAnnotator();
        long words = 0;
        for (String d : docs) {
            words += a.annotate(d).wordCount();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "corpus: %d documents, %d words; %d cores%n", docs.size(), words, cores);
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            for (Stage stage : stages) {
                for (int w = 0; w < 2; w++) {
                    wordsPerSecond(docs, threads, words, stage);
                }
                double[] wall = new double[5];
                double[] perCpu = new double[5];
                for (int r = 0; r < wall.length; r++) {
                    double[] m = wordsPerSecond(docs, threads, words, stage);
                    wall[r] = m[0];
                    perCpu[r] = m[1];
                }
                System.out.printf(Locale.ROOT, "%-34s threads=%d  median %,9.0f words/s wall, %,9.0f words per CPU-second%n",
                        stage == Stage.OPENNLP_STOCK ? "stock OpenNLP (beam POS + lemmatizer)"
                                : stage == Stage.NLP ? "engine NLP + parse (Annotator)" : "pipeline (NLP + parse + actors + claims)",
                        threads, Measures.median(wall), Measures.median(perCpu));
            }
        }
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = bean.getThreadAllocatedBytes(Thread.currentThread().threadId());
        for (String d : docs) {
            AnnotatedText t = a.annotate(d);
            ClaimFinder.find(t, ActorRecognizer.recognize(t));
        }
        long alloc = bean.getThreadAllocatedBytes(Thread.currentThread().threadId()) - before;
        // retained: what a document's results keep alive (annotations + actors + claims), by GC difference
        List<Object> keep = new ArrayList<>();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used0 = rt.totalMemory() - rt.freeMemory();
        for (String d : docs) {
            AnnotatedText t = a.annotate(d);
            ActorResult r = ActorRecognizer.recognize(t);
            keep.add(List.of(t, r, ClaimFinder.find(t, r)));
        }
        System.gc();
        long used1 = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "per document (mean over %d, %,.0f words each): allocated %,.0f KB, retained %,.0f KB%n",
                docs.size(), (double) words / docs.size(), alloc / 1024.0 / docs.size(),
                (used1 - used0) / 1024.0 / keep.size());
    }
}
