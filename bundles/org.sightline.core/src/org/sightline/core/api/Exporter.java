package org.sightline.core.api;

import java.io.IOException;

import org.sightline.model.Corpus;

/**
 * Writes a corpus in one format (JSON, CSV, GraphML, a report...). Contributed through the
 * {@code org.sightline.core.exporters} extension point; the format name, file extension and media
 * type are attributes of the contribution, so listing exporters needs no instance.
 * <p>
 * Implementations must be stateless or confined to one call: one instance may serve many exports.
 * Output must be deterministic: the same corpus gives the same bytes.
 *
 * @since 0.1.0
 */
public interface Exporter {

    /**
     * Writes {@code corpus} to {@code target}. Single-file formats write one file through
     * {@link ExportTarget#open(String)} with the name of their choice (ignored for stream targets);
     * formats with several files (CSV: claims, actors, mentions) write them when
     * {@link ExportTarget#isDirectory()} and only their main file otherwise.
     */
    void export(Corpus corpus, ExportTarget target) throws IOException;

    /**
     * Writes {@code corpus}, analysed with the contributions of {@code registry}. Exporters that
     * report per document what the pipeline did not do (the JSON's {@code "analysis"} note for a
     * language some steps do not handle, see {@link LanguageCoverage}) override this; the default is
     * {@link #export(Corpus, ExportTarget)}.
     *
     * @since 0.2.0
     */
    default void export(Corpus corpus, ExportTarget target, SightlineRegistry registry) throws IOException {
        export(corpus, target);
    }
}
