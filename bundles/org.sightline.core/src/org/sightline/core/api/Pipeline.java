package org.sightline.core.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.sightline.core.internal.PipelineRun;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * Import, NLP and extraction over many inputs, merged into one corpus: what {@code sightline analyze}
 * and the workbench's import both run. Plain Java: needs a {@link SightlineRegistry} and the
 * {@link SourceResolver}s, not the OSGi runtime.
 * <p>
 * Sources are read and analysed on {@link #threads(int)} worker threads; results are merged into
 * the corpus in input order, so the same inputs always give the same ids and the same output.
 *
 * @since 0.1.0
 */
public final class Pipeline {

    /** Time one importer or extractor call may take on one document before it is skipped for it. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Longest document text analysed, in characters (5 million: a long book; news articles are a few
     * thousand). The NLP and the extractors hold several times a document's text in memory while they
     * work on it, so this bound, times the threads, bounds the memory a run needs whatever its inputs.
     */
    public static final int DEFAULT_MAX_TEXT_CHARS = 5_000_000;

    private final SightlineRegistry registry;
    private final List<SourceResolver> resolvers;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Duration timeout = DEFAULT_TIMEOUT;
    private int maxTextChars = DEFAULT_MAX_TEXT_CHARS;

    /**
     * @throws IllegalArgumentException when an extractor needs what no earlier step provides
     *         ({@link ExtractorNeeds#check}): checked here, once, not inside the extractors
     */
    public Pipeline(SightlineRegistry registry, List<SourceResolver> resolvers) {
        ExtractorNeeds.check(Objects.requireNonNull(registry, "registry"));
        this.registry = registry;
        this.resolvers = List.copyOf(resolvers);
    }

    /** Worker threads (at least 1; default: the number of cores). */
    public Pipeline threads(int n) {
        this.threads = Math.max(1, n);
        return this;
    }

    /** Time limit for one importer or extractor call on one document (default {@link #DEFAULT_TIMEOUT}). */
    public Pipeline timeout(Duration limit) {
        this.timeout = Objects.requireNonNull(limit, "limit");
        return this;
    }

    /** Longest document text analysed (default {@link #DEFAULT_MAX_TEXT_CHARS}); a longer one fails its input. */
    public Pipeline maxTextChars(int chars) {
        this.maxTextChars = Math.max(1, chars);
        return this;
    }

    public SightlineRegistry registry() {
        return registry;
    }

    /**
     * Imports and analyses {@code inputs} (files, folders, URLs as typed by the user) into
     * {@code corpus}. Failed inputs are reported and skipped; the others still go in.
     * Must not run concurrently with other changes to {@code corpus}.
     */
    public RunResult run(List<String> inputs, Corpus corpus, PipelineListener listener) {
        return new PipelineRun(registry, resolvers, threads, timeout, maxTextChars, listener).run(inputs, corpus);
    }

    /**
     * Like {@link #run}, with each document handed to {@code merged} as soon as it is in
     * {@code corpus}, in input order, on one thread at a time: with its final id, its near-duplicate
     * mark (against the documents before it, as {@link #run} marks them) and its claims and mentions
     * merged (their actors' ids final). What {@code merged} then lets go of (the text, the claims) the
     * run does not need again, so a caller that writes each document out and lets go of it needs
     * memory for the documents in flight (a few per thread) and the actors, not for the whole corpus.
     * {@link RunResult#documents()} still lists every document.
     *
     * @since 0.2.0
     */
    public RunResult stream(List<String> inputs, Corpus corpus, java.util.function.Consumer<Document> merged, PipelineListener listener) {
        return new PipelineRun(registry, resolvers, threads, timeout, maxTextChars, listener).stream(inputs, corpus, merged);
    }

    /**
     * Like {@link #run}, but each document is handed to {@code each}, in input order, in a corpus of
     * its own (ids d1, a1, m1, c1 within it) instead of being merged into one corpus; nothing is
     * compared across documents (no near-duplicate marks). For engines that merge documents
     * themselves by the {@link CorpusMerge} rule, such as the Spark job of org.sightline.spark.
     * {@code each} is called on one thread at a time.
     *
     * @since 0.2.0
     */
    public RunResult runEach(List<String> inputs, java.util.function.Consumer<Corpus> each, PipelineListener listener) {
        return new PipelineRun(registry, resolvers, threads, timeout, maxTextChars, listener).runEach(inputs, each);
    }

    /**
     * Runs the extractors again on documents already in {@code corpus} (after the analyst changed
     * the pipeline): their extracted actors' mentions and claims in status EXTRACTED are replaced;
     * what the analyst confirmed, edited or added stays.
     */
    public RunResult reanalyze(List<Document> documents, Corpus corpus, PipelineListener listener) {
        return new PipelineRun(registry, resolvers, threads, timeout, maxTextChars, listener).reanalyze(documents, corpus);
    }
}
