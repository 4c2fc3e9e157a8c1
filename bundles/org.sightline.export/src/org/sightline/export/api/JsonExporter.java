package org.sightline.export.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.LanguageCoverage;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.StreamingExporter;
import org.sightline.export.internal.Utf8;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.io.SightlineJson;

/**
 * The "sightline/1" JSON of design.md, UTF-8. The model bundle's {@link SightlineJson} is the one writer and reader of
 * that contract; this class only gives it an output, so the exporter and {@code SightlineJson.read} cannot drift apart.
 *
 * @since 0.1.0
 */
public final class JsonExporter implements StreamingExporter {

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

    /** The same JSON, written while the run goes on ({@link SightlineJson#stream}). */
    @Override
    public Stream open(ExportTarget target, SightlineRegistry registry) throws IOException {
        Writer out = Utf8.writer(target.open(FILE));
        SightlineJson.Streaming json;
        try {
            json = SightlineJson.stream(out, d -> LanguageCoverage.note(registry, d));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return new Stream() {
            @Override
            public void document(Document document, List<Claim> claims) throws IOException {
                json.document(document, claims);
            }

            @Override
            public void finish(List<Actor> actors) throws IOException {
                json.finish(actors);
            }

            @Override
            public void close() throws IOException {
                try (out) {
                    json.close();
                }
            }
        };
    }
}
