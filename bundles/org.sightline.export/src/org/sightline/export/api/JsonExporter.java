package org.sightline.export.api;

import java.io.IOException;
import java.io.Writer;

import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Exporter;
import org.sightline.core.api.LanguageCoverage;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.export.internal.Utf8;
import org.sightline.model.Corpus;
import org.sightline.model.io.SightlineJson;

/**
 * The "sightline/1" JSON of design.md, UTF-8. The model bundle's {@link SightlineJson} is the one writer and reader of
 * that contract; this class only gives it an output, so the exporter and {@code SightlineJson.read} cannot drift apart.
 *
 * @since 0.1.0
 */
public final class JsonExporter implements Exporter {

    public static final String FORMAT = "json";
    public static final String EXTENSION = "json";
    public static final String MEDIA_TYPE = "application/json";
    public static final String FILE = "sightline.json";

    public JsonExporter() {
        // Public no-arg constructor for the exporters extension point; the exporter has no state.
    }

    @Override
    public void export(Corpus corpus, ExportTarget target) throws IOException {
        try (Writer out = Utf8.writer(target.open(FILE))) {
            SightlineJson.write(corpus, out);
        }
    }

    /** With the registry: documents that some steps did not handle (their language) carry an "analysis" note. */
    @Override
    public void export(Corpus corpus, ExportTarget target, SightlineRegistry registry) throws IOException {
        try (Writer out = Utf8.writer(target.open(FILE))) {
            SightlineJson.write(corpus, out, d -> LanguageCoverage.note(registry, d));
        }
    }
}
