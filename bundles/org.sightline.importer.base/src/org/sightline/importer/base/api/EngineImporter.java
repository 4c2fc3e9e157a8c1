package org.sightline.importer.base.api;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Importer;
import org.sightline.core.api.Source;
import org.sightline.model.Document;
import org.sightline.model.SightlineFactory;
import org.sightline.model.StructureKind;
import org.sightline.model.StructureSpan;
import org.sightline.model.io.Corpora;

/**
 * The one bridge from an importer engine (HTML, text, feed...) to the pipeline's {@link Importer}:
 * scores a source by what {@link Sniffer} sees in its bytes, decodes it ({@link Decoding}), hands
 * the text to the engine and turns each {@link ImportedText} into a model {@link Document}.
 *
 * @since 0.1.0
 */
public abstract class EngineImporter implements Importer {

    private final Format format;

    protected EngineImporter(Format format) {
        this.format = format;
    }

    /** Parses the decoded text of {@code source} into one or more documents. */
    protected abstract List<ImportedText> parse(String text, Source source) throws ImportException;

    @Override
    public int score(Source source, byte[] head) {
        Sniffer.Sniffed s = Sniffer.detect(head, nameWithoutGz(source));
        return s.format() == format ? 100 : 0;
    }

    @Override
    public List<Document> read(Source source) throws ImportException, IOException {
        byte[] bytes = source.bytes();
        Sniffer.Sniffed s = Sniffer.detect(Arrays.copyOf(bytes, Math.min(bytes.length, Sniffer.HEAD_BYTES)), nameWithoutGz(source));
        if (s.format() != format) {
            throw new ImportException(source.name(), s.reason() != null ? s.reason() : "is not " + format.name().toLowerCase(Locale.ROOT));
        }
        Decoding.Decoded decoded = Decoding.decodeWithSource(bytes, source.declaredCharset().orElse(null));
        if (decoded.text().isBlank()) {
            // An input that gives no text must not pass for an analysed one (0 actors, exit 0).
            throw new ImportException(source.name(), decoded.source() == Decoding.Source.BOM && decoded.text().isEmpty()
                    ? "holds only a byte order mark, no text" : "holds no text (only white space)");
        }
        List<ImportedText> parsed = parse(decoded.text(), source);
        if (parsed.isEmpty()) {
            throw new ImportException(source.name(), noDocumentsReason());
        }
        if (parsed.stream().allMatch(t -> t.text().isBlank())) {
            throw new ImportException(source.name(), noTextReason());
        }
        List<Document> documents = new ArrayList<>();
        Instant now = Instant.now();
        for (ImportedText t : parsed) {
            documents.add(toDocument(t, source.name(), now));
        }
        return documents;
    }

    /** Why an input whose engine found no document at all fails (a feed: "has no items"). */
    protected String noDocumentsReason() {
        return "gives no document";
    }

    /** Why an input whose documents all have empty text fails (a page: "has no article text"). */
    protected String noTextReason() {
        return "holds no text";
    }

    /** The model document for an engine's result; ids are left to the pipeline. */
    public static Document toDocument(ImportedText t, String input, Instant importTime) {
        Document d = SightlineFactory.eINSTANCE.createDocument();
        d.setInput(input);
        d.setText(t.text());
        d.setContentHash(Corpora.sha256Hex(t.text()));
        d.setTitle(t.title());
        d.setAuthor(t.author());
        // No date in the metadata (a plain text, a bare page): the dateline's, if the text opens with one.
        d.setPublished(t.published() != null ? t.published() : Dates.dateline(t.text(), t.language()));
        d.setPublisher(t.publisher());
        d.setCanonicalUrl(t.canonicalUrl());
        d.setLanguage(t.language());
        d.setImporterId(t.importerId());
        d.setImportTime(importTime);
        for (Structure st : t.structure()) {
            StructureSpan span = SightlineFactory.eINSTANCE.createStructureSpan();
            span.setKind(StructureKind.valueOf(st.kind().name()));
            span.setBegin(st.begin());
            span.setEnd(st.end());
            d.getStructure().add(span);
        }
        return d;
    }

    /** "page.html.gz" is sniffed as "page.html": the pipeline has already decompressed it. */
    protected static String nameWithoutGz(Source source) {
        String n = source.name();
        return n.toLowerCase(Locale.ROOT).endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** For http(s) inputs, the URL itself is the base for relative links; null otherwise. */
    protected static String baseUri(Source source) {
        String n = source.name();
        return n.startsWith("http://") || n.startsWith("https://") ? n : null;
    }
}
