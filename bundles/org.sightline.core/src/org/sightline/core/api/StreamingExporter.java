package org.sightline.core.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * An {@link Exporter} that can also write a run's result document by document while the
 * {@link Pipeline#stream pipeline streams}, so that {@code sightline analyze} keeps neither the
 * texts nor the claims of documents already written. The bytes are those that
 * {@link Exporter#export(org.sightline.model.Corpus, ExportTarget, SightlineRegistry)} writes for
 * the corpus the run ends with.
 *
 * @since 0.2.0
 */
public interface StreamingExporter extends Exporter {

    /** Starts writing to {@code target} (a single-file format: its main file). */
    Stream open(ExportTarget target, SightlineRegistry registry) throws IOException;

    /** What {@link #run} did: the pipeline's result and the number of claims written. */
    record Result(RunResult run, int claims) {
    }

    /**
     * Runs {@code pipeline} on {@code inputs} into {@code corpus}, writing each document and its claims
     * to {@code stream} as soon as it is merged and then letting go of its text, structure and claims
     * (the corpus keeps the documents' headers and the actors with their mentions), and finishes the
     * stream with the actors. {@code corpus} must hold no claims when called.
     *
     * @throws IOException when writing failed; the run stops there
     */
    static Result run(Pipeline pipeline, List<String> inputs, Corpus corpus, Stream stream, PipelineListener listener) throws IOException {
        int[] claims = {0};
        RunResult result;
        try {
            result = pipeline.stream(inputs, corpus, d -> {
                // Only this document's claims are in the corpus: the earlier ones were written and let go.
                List<Claim> its = new ArrayList<>(corpus.getClaims());
                claims[0] += its.size();
                try {
                    stream.document(d, its);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                corpus.getClaims().clear();
                d.setText(null);
                d.getStructure().clear();
            }, listener);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        stream.finish(corpus.getActors());
        return new Result(result, claims[0]);
    }

    /** One export in progress; used on one thread. Closing it without {@link #finish} abandons the export. */
    interface Stream extends Closeable {

        /** The next document, in corpus order, with its claims: their ids and actor references are final. */
        void document(Document document, List<Claim> claims) throws IOException;

        /** Writes what follows the documents (the run's actors with every mention) and ends the output. */
        void finish(List<Actor> actors) throws IOException;
    }
}
