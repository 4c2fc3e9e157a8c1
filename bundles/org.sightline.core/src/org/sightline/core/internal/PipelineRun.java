package org.sightline.core.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.sightline.core.api.ContainerImporter;
import org.sightline.core.api.Contribution;
import org.sightline.core.api.Extractor;
import org.sightline.core.api.ExtractorNeeds;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.LanguageCoverage;
import org.sightline.core.api.NearDuplicates;
import org.sightline.core.api.Importer;
import org.sightline.core.api.PipelineListener;
import org.sightline.core.api.Problems;
import org.sightline.core.api.Registered;
import org.sightline.core.api.RunResult;
import org.sightline.core.api.RunResult.Failure;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.Source;
import org.sightline.core.api.SourceResolver;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.Corpora;

/** One run of the {@link org.sightline.core.api.Pipeline}: resolve, import and extract in parallel, merge in order. */
public final class PipelineRun {

    /** Bytes an importer may look at to decide whether it reads a source. */
    static final int HEAD_BYTES = 8192;

    private final SightlineRegistry registry;
    private final List<SourceResolver> resolvers;
    private final int threads;
    private final Duration timeout;
    private final int maxTextChars;
    private final PipelineListener listener;
    private final List<Failure> failures = new ArrayList<>();
    private final List<Failure> contributionFailures = new ArrayList<>();

    public PipelineRun(SightlineRegistry registry, List<SourceResolver> resolvers, int threads, Duration timeout, int maxTextChars,
            PipelineListener listener) {
        this.registry = registry;
        this.resolvers = resolvers;
        this.threads = threads;
        this.timeout = timeout;
        this.maxTextChars = maxTextChars;
        this.listener = listener == null ? PipelineListener.NONE : listener;
    }

    public RunResult run(List<String> inputs, Corpus corpus) {
        CorpusMerger merger = new CorpusMerger(corpus);
        List<Document> added = new ArrayList<>();
        int attempted = importAll(inputs, scratch -> added.addAll(merger.merge(scratch)));
        NearDuplicates.mark(corpus, added); // syndicated copies point to their original; analyses count them once
        return new RunResult(added, failures, contributionFailures, attempted);
    }

    /** Like {@link #run}, with each document handed to {@code merged} once merged and marked (see Pipeline#stream). */
    public RunResult stream(List<String> inputs, Corpus corpus, java.util.function.Consumer<Document> merged) {
        CorpusMerger merger = new CorpusMerger(corpus);
        NearDuplicates.Marker marker = new NearDuplicates.Marker();
        for (Document d : corpus.getDocuments()) {
            marker.next(d, false); // earlier documents are possible originals, never marked again
        }
        List<Document> added = new ArrayList<>();
        int attempted = importAll(inputs, scratch -> {
            for (Document d : merger.merge(scratch)) {
                marker.next(d, true);
                added.add(d);
                merged.accept(d);
            }
        });
        return new RunResult(added, failures, contributionFailures, attempted);
    }

    /**
     * Like {@link #run}, but each document goes into a corpus of its own (ids d1, a1, m1, c1 within
     * it), handed to {@code each} in input order: for engines that merge the documents elsewhere.
     */
    public RunResult runEach(List<String> inputs, java.util.function.Consumer<Corpus> each) {
        List<Document> added = new ArrayList<>();
        int attempted = importAll(inputs, scratch -> {
            Corpus own = org.sightline.model.SightlineFactory.eINSTANCE.createCorpus();
            added.addAll(new CorpusMerger(own).merge(scratch));
            each.accept(own);
        });
        return new RunResult(added, failures, contributionFailures, attempted);
    }

    /** Resolves, imports and extracts {@code inputs}, handing each document's scratch corpus to {@code merge} in order; returns the files and pages attempted. */
    private int importAll(List<String> inputs, java.util.function.Consumer<Corpus> merge) {
        List<Source> resolved = resolve(inputs);
        int attempted = resolved.size() + failures.size();
        List<String> names = resolved.stream().map(Source::name).toList();
        // Each source is let go once read, so that what it holds (a download) is not kept for the whole run.
        AtomicReferenceArray<Source> sources = new AtomicReferenceArray<>(resolved.toArray(Source[]::new));
        resolved.clear();
        process(names.size(), names::get, i -> sources.get(i).prepare(), i -> importAndExtract(sources.getAndSet(i, null)), merge);
        return attempted;
    }

    public RunResult reanalyze(List<Document> documents, Corpus corpus) {
        for (Document d : documents) {
            dropExtracted(corpus, d);
        }
        List<Document> done = new ArrayList<>();
        CorpusMerger merger = new CorpusMerger(corpus);
        process(documents.size(), i -> documents.get(i).getInput(), i -> {
        }, i -> {
            DocumentContext ctx = new DocumentContext(documents.get(i), registry);
            Outcome o = new Outcome(documents.get(i).getInput());
            extract(ctx, o);
            ctx.extracted();
            o.contexts.add(ctx);
            return o;
        }, scratch -> done.addAll(merger.merge(scratch)));
        return new RunResult(documents, failures, contributionFailures, documents.size());
    }

    /** Removes what extractors found in {@code d} and nobody has reviewed yet. */
    private static void dropExtracted(Corpus corpus, Document d) {
        corpus.getClaims().removeIf(c -> c.getDocument() == d && c.getStatus() == ReviewStatus.EXTRACTED);
        for (Mention m : Corpora.mentionsIn(corpus, d)) {
            if (m.getStatus() == ReviewStatus.EXTRACTED) {
                m.getActor().getMentions().remove(m);
            }
        }
    }

    // ---- resolve ---------------------------------------------------------------------------

    private List<Source> resolve(List<String> inputs) {
        List<Source> sources = new ArrayList<>();
        for (String input : inputs) {
            SourceResolver resolver = resolvers.stream().filter(r -> r.accepts(input)).findFirst().orElse(null);
            if (resolver == null) {
                fail(input, "no resolver takes this kind of input");
                continue;
            }
            try {
                resolver.resolve(input, new SourceResolver.Sink() {
                    @Override
                    public void source(Source source) {
                        sources.add(source);
                    }

                    @Override
                    public void failed(String in, String reason) {
                        fail(in, reason);
                    }
                });
            } catch (ImportException e) {
                fail(e.input(), e.problem());
            } catch (RuntimeException e) {
                fail(input, "cannot be read (" + Problems.describe(e) + ")");
            }
        }
        return sources;
    }

    private void fail(String input, String reason) {
        synchronized (listener) {
            failures.add(new Failure(input, null, reason));
            listener.inputFailed(input, reason);
        }
    }

    private void contributionFailed(Contribution c, String input, String reason, Throwable error) {
        synchronized (listener) {
            contributionFailures.add(new Failure(input, c.id(), reason));
            listener.contributionFailed(c, input, reason, error);
        }
    }

    // ---- process in parallel, merge in order ----------------------------------------------------

    /** What became of one source: its documents' contexts, or why it failed. */
    private static final class Outcome {
        final String input;
        final List<DocumentContext> contexts = new ArrayList<>();
        String failure;

        Outcome(String input) {
            this.input = input;
        }
    }

    private interface Work {
        Outcome run(int index) throws Exception;
    }

    /** How often the run tells its listener that it is still waiting for one input. */
    private static final long WAITING_REPORT_SECONDS = 5;

    /**
     * Runs {@code work} for {@code count} items on the worker threads within a look-ahead window and
     * hands each document's scratch corpus to {@code merge} in order; {@code enterWindow} is called for
     * an item as it enters the window.
     */
    private void process(int count, IntFunction<String> nameOf, IntConsumer enterWindow, Work work, java.util.function.Consumer<Corpus> merge) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("sightline-worker"));
        calls = Executors.newCachedThreadPool(daemon("sightline-extractor"));
        // With a second core, the models load on two threads at once (PreparedExtractors).
        prepared = count > 0 && threads > 1 ? new PreparedExtractors(registry, registry.extractors(), daemon("sightline-prepare")) : null;
        try {
            // Bounded look-ahead keeps memory flat on big folders while all workers stay busy.
            int window = Math.max(4, threads * 4);
            List<Future<Outcome>> futures = new ArrayList<>(java.util.Collections.nCopies(count, (Future<Outcome>) null));
            int submitted = 0;
            for (int i = 0; i < count; i++) {
                while (submitted < count && submitted < i + window) {
                    int index = submitted++;
                    enterWindow.accept(index);
                    futures.set(index, workers.submit(() -> work.run(index)));
                }
                Outcome o = await(futures.get(i), nameOf.apply(i));
                futures.set(i, null);
                if (o.failure != null) {
                    fail(o.input, o.failure);
                } else {
                    for (DocumentContext ctx : o.contexts) {
                        if (ctx.document.eContainer() == null) {
                            ctx.scratch.getDocuments().add(ctx.document);
                        }
                        merge.accept(ctx.scratch);
                    }
                }
                synchronized (listener) {
                    listener.progress(i + 1, count);
                }
            }
        } finally {
            workers.shutdownNow();
            calls.shutdownNow();
            if (prepared != null) {
                prepared.stop();
            }
        }
    }

    private Outcome await(Future<Outcome> f, String input) {
        try {
            long waited = 0;
            while (true) {
                try {
                    return f.get(WAITING_REPORT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    waited += WAITING_REPORT_SECONDS;
                    synchronized (listener) {
                        listener.waiting(input, waited);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Outcome o = new Outcome(input);
            o.failure = "failed: " + Problems.describe(e.getCause());
            return o;
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    // ---- one source --------------------------------------------------------------------------

    private Outcome importAndExtract(Source source) {
        Outcome o = new Outcome(source.name());
        List<Document> documents;
        try {
            documents = importSource(source);
        } catch (ImportException e) {
            o.failure = e.problem();
            return o;
        } catch (IOException e) {
            // Sources throw plain IOExceptions worded for the analyst; the JDK's subclasses get words here.
            o.failure = e.getClass() == IOException.class && e.getMessage() != null ? e.getMessage() : "cannot be read (" + Problems.describe(e) + ")";
            return o;
        } catch (RuntimeException | OutOfMemoryError e) {
            o.failure = "the importer failed: " + Problems.describe(e);
            return o;
        }
        for (Document d : documents) {
            String text = d.getText();
            if (text != null && text.length() > maxTextChars) {
                // Checked before any NLP: the analysis of a text needs many times its size in memory.
                o.contexts.clear();
                o.failure = String.format(java.util.Locale.ROOT, "its text has %,d characters, more than the %,d a document may have; split it into smaller files",
                        text.length(), maxTextChars);
                return o;
            }
        }
        for (Document d : documents) {
            DocumentContext ctx = new DocumentContext(d, registry);
            String unmet = extract(ctx, o);
            ctx.extracted();
            if (unmet != null) {
                // A document whose steps could not run on it is not a result (issue 17: no silent success).
                o.contexts.clear();
                o.failure = "not analysed: " + unmet + (d.getText() != null && d.getText().length() >= LONG_TEXT
                        ? String.format(java.util.Locale.ROOT, "; a text of %,d characters may need a longer time limit (--timeout), or split it into smaller files", d.getText().length())
                        : "");
                return o;
            }
            o.contexts.add(ctx);
        }
        return o;
    }

    /**
     * Reads the source with the importer that scores it highest. An importer that cannot be
     * created, throws, or runs past the time limit is reported as a contribution failure and the
     * next best one reads the source instead: a broken plugin must not cost the analyst an input
     * that another importer reads. An {@link ImportException} is the importer's verdict on the
     * input and fails the input.
     */
    private List<Document> importSource(Source source) throws IOException, ImportException {
        return importSource(source, 0);
    }

    private List<Document> importSource(Source source, int depth) throws IOException, ImportException {
        byte[] bytes = source.bytes();
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES));
        Map<String, Importer> instances = importers.get();
        List<Registered<Importer>> candidates = new ArrayList<>(registry.importers());
        // Ties: higher priority first, then id, so the choice never depends on registration order.
        candidates.sort(Comparator.comparingInt((Registered<Importer> r) -> -r.intAttribute("priority", 0)).thenComparing(Registered::id));
        List<Registered<Importer>> scored = new ArrayList<>();
        Map<String, Integer> scores = new HashMap<>();
        for (Registered<Importer> r : candidates) {
            Importer imp = instances.get(r.id());
            if (imp == null) {
                imp = timed(r, source.name(), r::create);
                if (imp == null) {
                    continue; // reported
                }
                instances.put(r.id(), imp);
            }
            Importer candidate = imp;
            Integer score = timed(r, source.name(), () -> candidate.score(source, head));
            if (score != null && score > 0) {
                scores.put(r.id(), score);
                scored.add(r);
            }
        }
        if (scored.isEmpty()) {
            throw new ImportException(source.name(), bytes.length == 0 ? "empty input" : "is in no format Sightline reads (no importer accepts it)");
        }
        // Highest score first; the sort is stable, so ties keep the priority order above.
        scored.sort(Comparator.comparingInt((Registered<Importer> r) -> -scores.get(r.id())));
        for (Registered<Importer> best : scored) {
            Importer importer = instances.get(best.id());
            ContainerImporter.Contents contents = timed(best, source.name(), () -> importer instanceof ContainerImporter c
                    ? c.readContents(source) : new ContainerImporter.Contents(importer.read(source), List.of()));
            if (contents == null) {
                continue; // reported; the next best importer tries
            }
            List<Document> docs = new ArrayList<>(contents.documents());
            for (Document d : docs) {
                if (d.getImporterId() == null) {
                    d.setImporterId(best.id());
                }
                if (d.getInput() == null) {
                    d.setInput(source.name());
                }
            }
            // Attachments and other embedded inputs: each with its best importer; one that fails is
            // reported under its own name and the container's documents still go in.
            for (Source embedded : contents.embedded()) {
                if (depth + 1 > ContainerImporter.MAX_DEPTH) {
                    fail(embedded.name(), "is nested in more than " + ContainerImporter.MAX_DEPTH + " containers and was not read");
                    continue;
                }
                try {
                    docs.addAll(importSource(embedded, depth + 1));
                } catch (ImportException e) {
                    fail(e.input(), e.problem());
                } catch (IOException e) {
                    fail(embedded.name(), e.getMessage() == null ? "cannot be read: " + e : e.getMessage());
                }
            }
            return docs;
        }
        throw new ImportException(source.name(), "every importer that accepts it failed (see the warnings above)");
    }

    private interface ImporterCall<T> {
        T call() throws Exception;
    }

    /**
     * Runs one call of an importer under the time limit. Returns null after reporting a failure of
     * the importer itself; rethrows what is a verdict on the input ({@link ImportException},
     * {@link IOException}).
     */
    private <T> T timed(Registered<Importer> r, String input, ImporterCall<T> call) throws ImportException, IOException {
        Future<T> f = calls.submit(call::call);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            importers.get().remove(r.id()); // it may still be running: never hand it another source
            contributionFailed(r.contribution(), input, String.format(java.util.Locale.ROOT, "took longer than %.1f s and was stopped", timeout.toMillis() / 1000.0), e);
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImportException ie) {
                throw ie;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            contributionFailed(r.contribution(), input, "failed: " + Problems.describe(cause), cause);
            return null;
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    // ---- extractors, one instance per worker thread, each call with a time limit ------------------

    private final ThreadLocal<Map<String, Importer>> importers = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, Extractor>> extractors = ThreadLocal.withInitial(HashMap::new);
    /** Runs extractor calls so that a worker can stop waiting for one that hangs. */
    private volatile ExecutorService calls;
    /** The run's extractors made ahead of the first worker's need, or null. */
    private volatile PreparedExtractors prepared;

    /** Texts this long (a million characters) are named in the failure when their steps ran out of time. */
    static final int LONG_TEXT = 1_000_000;

    /**
     * Runs the extractors on one document. A step that fails or runs out of time is skipped for it;
     * the steps that need what it provides ({@link ExtractorNeeds}) are then not run on it either.
     * Returns null when every step that was to run could, else why the document got no analysis
     * (the failed step, and the steps that could not run for want of it).
     */
    private String extract(DocumentContext ctx, Outcome outcome) {
        Map<String, Extractor> mine = extractors.get();
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        String cause = null;
        List<String> notRun = new ArrayList<>();
        for (Registered<Extractor> r : registry.extractors()) {
            if (!LanguageCoverage.handles(r, ctx.document.getLanguage())) {
                continue; // declared for other languages (e.g. English models); the summary and views say so
            }
            List<String> provides = ExtractorNeeds.declared(r, ExtractorNeeds.PROVIDES);
            List<String> unmet = ExtractorNeeds.declared(r, ExtractorNeeds.REQUIRES).stream().filter(missing::contains).toList();
            if (!unmet.isEmpty()) {
                contributionFailed(r.contribution(), outcome.input, "not run: it needs " + String.join(", ", unmet) + ", which an earlier step failed to give", null);
                missing.addAll(provides);
                notRun.add(r.id());
                continue;
            }
            String failed = runOne(r, mine, ctx, outcome);
            if (failed == null) {
                missing.removeAll(provides);
            } else if (!provides.isEmpty()) {
                missing.addAll(provides);
                cause = cause == null ? r.contribution().kind().label() + " " + r.id() + " " + failed : cause;
            }
            if (Thread.currentThread().isInterrupted()) {
                return null;
            }
        }
        return notRun.isEmpty() ? null : cause + ", so " + String.join(", ", notRun) + " could not run";
    }

    /** Runs one extractor on one document under the time limit; returns null when it worked, else what went wrong. */
    private String runOne(Registered<Extractor> r, Map<String, Extractor> mine, DocumentContext ctx, Outcome outcome) {
        Extractor ex;
        try {
            PreparedExtractors early = prepared;
            ex = mine.computeIfAbsent(r.id(), k -> early != null ? early.take(r) : PreparedExtractors.create(r, registry));
        } catch (RuntimeException | LinkageError e) {
            String reason = "cannot be created: " + Problems.describe(e);
            contributionFailed(r.contribution(), outcome.input, reason, e);
            return reason;
        }
        DocumentContext.Call call = ctx.open(r.id());
        Future<?> f = calls.submit(() -> {
            ex.extract(call);
            return null;
        });
        try {
            f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            call.commit();
            for (String w : call.warnings()) {
                synchronized (listener) {
                    listener.contributionWarning(r.contribution(), outcome.input, w);
                }
            }
            return null;
        } catch (TimeoutException e) {
            f.cancel(true);
            call.rollback();
            // The instance may still be running: never hand it another document.
            mine.remove(r.id());
            String reason = String.format(java.util.Locale.ROOT, "took longer than %.1f s and was stopped", timeout.toMillis() / 1000.0);
            contributionFailed(r.contribution(), outcome.input, reason, e);
            return reason;
        } catch (ExecutionException e) {
            call.rollback();
            Throwable cause = e.getCause();
            String reason = "failed: " + Problems.describe(cause);
            contributionFailed(r.contribution(), outcome.input, reason, cause);
            return reason;
        } catch (InterruptedException e) {
            f.cancel(true);
            call.rollback();
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
