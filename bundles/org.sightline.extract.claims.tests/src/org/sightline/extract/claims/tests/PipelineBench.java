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
import java.util.function.BiConsumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.NlpModels;
import org.sightline.nlp.internal.SharedData;

/**
 * Words per second of the pipeline (OpenNLP annotation + actors + claims) against the floor (OpenNLP
 * annotation alone), on one thread and on all cores, over the texts in shared/data (re3d, the
 * article-extraction gold bodies, attribution-dev, the sample). Prints medians of 5 timed rounds after
 * 2 warm-up rounds, and the bytes allocated per document. Run with
 * {@code java -Xmx1g -cp ... org.sightline.extract.claims.tests.PipelineBench}.
 */
public final class PipelineBench {

    private PipelineBench() {
    }

    static List<String> corpus() throws IOException {
        List<String> docs = new ArrayList<>();
        for (String sub : List.of("data/re3d/centcom/documents.json", "data/re3d/us-state-department/documents.json")) {
            for (String line : Files.readAllLines(SharedData.resolve(sub), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    docs.add(JsonParser.parseString(line).getAsJsonObject().get("text").getAsString());
                }
            }
        }
        var gt = JsonParser.parseString(Files.readString(SharedData.resolve("data/article-extraction/ground-truth.json")))
                .getAsJsonObject();
        for (var e : gt.entrySet()) {
            JsonElement body = e.getValue().getAsJsonObject().get("articleBody");
            if (body != null && !body.isJsonNull()) {
                docs.add(body.getAsString());
            }
        }
        docs.add(Files.readString(SharedData.resolve("samples/pentagon-north-korea-deterrence.txt")));
        return docs;
    }

    private static double wordsPerSecond(List<String> docs, int threads, long words, boolean full) throws Exception {
        NlpModels models = NlpModels.shared();
        BiConsumer<Annotator, String> work = full ? (a, d) -> {
            AnnotatedText t = a.annotate(d);
            ActorResult r = ActorRecognizer.recognize(t);
            ClaimFinder.find(t, r);
        } : (a, d) -> a.annotate(d);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int part = k;
                fs.add(pool.submit(() -> {
                    Annotator a = models.newAnnotator();
                    for (int i = part; i < docs.size(); i += threads) {
                        work.accept(a, docs.get(i));
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            return words / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    public static void main(String[] args) throws Exception {
        List<String> docs = corpus();
        Annotator a = NlpModels.shared().newAnnotator();
        long words = 0;
        for (String d : docs) {
            words += a.annotate(d).wordCount();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "corpus: %d documents, %d words; %d cores%n", docs.size(), words, cores);
        for (int threads : new int[] {1, cores}) {
            for (boolean full : new boolean[] {false, true}) {
                for (int w = 0; w < 2; w++) {
                    wordsPerSecond(docs, threads, words, full);
                }
                double[] runs = new double[5];
                for (int r = 0; r < runs.length; r++) {
                    runs[r] = wordsPerSecond(docs, threads, words, full);
                }
                System.out.printf(Locale.ROOT, "%-28s threads=%d  median %,.0f words/s%n",
                        full ? "pipeline (nlp+actors+claims)" : "floor (OpenNLP annotate)", threads, median(runs));
            }
        }
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = bean.getThreadAllocatedBytes(Thread.currentThread().threadId());
        for (String d : docs) {
            AnnotatedText t = a.annotate(d);
            ClaimFinder.find(t, ActorRecognizer.recognize(t));
        }
        long alloc = bean.getThreadAllocatedBytes(Thread.currentThread().threadId()) - before;
        System.out.printf(Locale.ROOT, "allocated per document: %,.0f KB (mean over %d documents, %,.0f words each)%n",
                alloc / 1024.0 / docs.size(), docs.size(), (double) words / docs.size());
    }
}
