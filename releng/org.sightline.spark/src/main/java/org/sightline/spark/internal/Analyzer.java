package org.sightline.spark.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sightline.core.api.Contribution;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.PipelineListener;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.Source;
import org.sightline.core.api.SourceResolver;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * The analysis stage, on an executor: the files of one partition, their sources in batches, each
 * batch through the core {@link Pipeline} ({@link Pipeline#runEach}: import, NLP, extraction, with the
 * pipeline's own time limit per step), each document out as its own "sightline/1" JSON. Failures and
 * time-outs come out as problem records beside the documents; nothing a document does stops the others.
 */
public final class Analyzer implements FlatMapFunction<Iterator<InputFile>, Outcome> {

    private static final long serialVersionUID = 1L;

    /** Bits of {@link Outcome#getOrder()} for the document's number within its file. */
    public static final int SEQUENCE_BITS = 32;

    /** Sources per pipeline run: enough that the pipeline's per-run set-up (threads, extractor instances) is spread thin. */
    static final int BATCH = 64;

    private final Map<String, String> hadoop;
    private final long timeoutMillis;
    private final String textField;

    public Analyzer(Map<String, String> hadoop, Duration timeout, String textField) {
        this.hadoop = Map.copyOf(hadoop);
        this.timeoutMillis = timeout.toMillis();
        this.textField = textField;
    }

    @Override
    public Iterator<Outcome> call(Iterator<InputFile> files) {
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        return new Run(conf, files);
    }

    static long order(int fileIndex, long sequence) {
        return ((long) fileIndex << SEQUENCE_BITS) | Math.min(sequence, (1L << SEQUENCE_BITS) - 1);
    }

    /** Pulls sources from the files, a batch at a time, and hands out what became of them. */
    private final class Run implements Iterator<Outcome> {
        private final Configuration conf;
        private final Iterator<InputFile> files;
        private final ArrayDeque<Outcome> ready = new ArrayDeque<>();
        private final SightlineRegistry registry = PlainRegistry.get();
        private final BatchResolver resolver = new BatchResolver();
        private final Pipeline pipeline;
        private InputFile file;
        private Sources sources;
        /** Per file of this partition, the next sequence number of a document or problem. */
        private final Map<Integer, long[]> sequences = new HashMap<>();

        Run(Configuration conf, Iterator<InputFile> files) {
            this.conf = conf;
            this.files = files;
            this.pipeline = new Pipeline(registry, List.of(resolver)).threads(1).timeout(Duration.ofMillis(timeoutMillis));
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty()) {
                List<Item> batch = nextBatch();
                if (batch.isEmpty()) {
                    return false;
                }
                analyse(batch);
            }
            return true;
        }

        @Override
        public Outcome next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private List<Item> nextBatch() {
            List<Item> batch = new ArrayList<>();
            while (batch.size() < BATCH) {
                if (sources == null) {
                    if (!files.hasNext()) {
                        break;
                    }
                    file = files.next();
                    InputFile f = file;
                    try {
                        sources = Sources.open(conf, f, textField, (input, reason) -> problem(f, Outcome.ERROR, input, null, reason));
                    } catch (IOException | RuntimeException e) {
                        problem(f, Outcome.ERROR, f.name(), null, "cannot be read (" + e.getMessage() + ")");
                        continue;
                    }
                }
                Source s;
                try {
                    s = sources.next();
                } catch (IOException | RuntimeException e) {
                    problem(file, Outcome.ERROR, file.name(), null, "cannot be read (" + e.getMessage() + ")");
                    s = null;
                }
                if (s == null) {
                    closeFile();
                    continue;
                }
                batch.add(new Item(file, s));
            }
            return batch;
        }

        private void closeFile() {
            try {
                sources.close();
            } catch (IOException e) {
                // read to the end already; nothing is lost
            }
            sources = null;
        }

        private void problem(InputFile f, String kind, String input, String contribution, String reason) {
            // Problems sort with the documents of their file; within it, in the order met.
            ready.add(Outcome.problem(nextOrder(f), kind, input, f.name(), contribution, reason));
        }

        /** Runs the pipeline on one batch; each document goes out with its file's next number. */
        private void analyse(List<Item> batch) {
            List<String> keys = new ArrayList<>(batch.size());
            Map<String, Item> byKey = new HashMap<>();
            Map<String, Item> byName = new HashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                String key = "#" + i; // the sources' own names may repeat (one URL archived twice)
                keys.add(key);
                byKey.put(key, batch.get(i));
                byName.putIfAbsent(batch.get(i).source().name(), batch.get(i));
            }
            resolver.batch = byKey;
            int[] current = {0};
            List<Outcome> out = new ArrayList<>();
            // Steps report from the worker thread, possibly on a later source than the one being handed
            // over: the input's name tells which file a report belongs to.
            PipelineListener listener = new PipelineListener() {
                @Override
                public void progress(int done, int total) {
                    current[0] = done; // documents handed over from now on come from source number done
                }

                @Override
                public void inputFailed(String input, String reason) {
                    report(Outcome.ERROR, input, null, reason);
                }

                @Override
                public void contributionFailed(Contribution c, String input, String reason, Throwable error) {
                    report(Outcome.SKIPPED, input, c.id(), reason);
                }

                @Override
                public void contributionWarning(Contribution c, String input, String message) {
                    report(Outcome.WARNING, input, c.id(), message);
                }

                private void report(String kind, String input, String contribution, String reason) {
                    InputFile f = byName.getOrDefault(input, batch.get(Math.min(current[0], batch.size() - 1))).file();
                    synchronized (out) {
                        out.add(Outcome.problem(nextOrder(f), kind, input, f.name(), contribution, reason));
                    }
                }
            };
            pipeline.runEach(keys, corpus -> {
                InputFile f = batch.get(current[0]).file();
                Document d = corpus.getDocuments().get(0);
                String json = DocumentParts.jsonLine(corpus, registry);
                synchronized (out) {
                    out.add(Outcome.document(nextOrder(f), d.getInput(), f.name(), json));
                }
            }, listener);
            ready.addAll(out);
        }

        private long nextOrder(InputFile f) {
            synchronized (sequences) {
                long[] seq = sequences.computeIfAbsent(f.index(), k -> new long[1]);
                return order(f.index(), seq[0]++);
            }
        }
    }

    /** One source and the file it came from. */
    private record Item(InputFile file, Source source) {
    }

    /** Hands the pipeline the sources of the current batch, by key. */
    private static final class BatchResolver implements SourceResolver {
        Map<String, Item> batch = Map.of();

        @Override
        public boolean accepts(String input) {
            return batch.containsKey(input);
        }

        @Override
        public void resolve(String input, Sink sink) throws ImportException {
            sink.source(batch.get(input).source());
        }
    }
}
