package org.sightline.core.api;

import java.io.IOException;
import java.util.List;

import org.sightline.model.Document;

/**
 * Reads one kind of input (HTML, plain text, a feed, ...) into documents. Contributed through
 * {@code org.sightline.core.importers}. For each source the pipeline asks every importer for a
 * {@link #score} and uses the highest; ties go to the contribution's {@code priority}.
 * <p>
 * Implementations must be thread-safe: the pipeline reads many sources at once. An importer that
 * cannot be created, throws a runtime exception or runs past the pipeline's time limit is reported
 * and skipped for that source, and the next best importer reads it; an {@link ImportException} is
 * the importer's verdict that the input is bad, and fails the input.
 *
 * @since 0.1.0
 */
public interface Importer {

    /**
     * How well this importer reads {@code source}: 0 when it cannot, otherwise higher is better
     * (the built-in importers use 10 for a match by extension only, 50 by content, 100 by both).
     * Must be cheap: look at the first bytes and the name, do not parse.
     */
    int score(Source source, byte[] head);

    /**
     * Reads the source into documents (a feed gives one per item) that are not yet in any corpus:
     * text and metadata set, ids left empty (the pipeline assigns them).
     *
     * @throws ImportException naming the input and the problem
     * @throws IOException when the source's bytes cannot be read
     */
    List<Document> read(Source source) throws ImportException, IOException;
}
