package org.sightline.core.api;

/**
 * One step of the extraction pipeline: reads a document and what earlier steps found, and adds
 * actors, mentions and claims (or annotations for later steps). Contributed through
 * {@code org.sightline.core.extractors}, where {@code order} places it in the pipeline (NLP 100,
 * actors 200, claims 300, classifiers of claims 400 and above).
 * <p>
 * The pipeline makes one instance per worker thread, so an instance is never called concurrently
 * (OpenNLP's taggers, for one, are not thread-safe). An extractor that throws or runs past the time
 * limit is reported and skipped for that document; what it added is taken back, the rest goes on.
 *
 * @since 0.1.0
 */
public interface Extractor {

    void extract(ExtractionContext context) throws Exception;

    /**
     * Reads what {@link #extract} will need from the run's registry (dictionaries, indexes built from
     * them) before the first document; called once per instance, right after it was created, on the
     * thread that created it: with two or more worker threads that is often a thread that makes the
     * run's extractors ahead of need, so this work overlaps the steps before. A failure fails the
     * instance as a failed creation would. By default nothing: {@link #extract} reads what it needs.
     *
     * @since 0.2.0
     */
    default void prepare(SightlineRegistry registry) {
    }
}
