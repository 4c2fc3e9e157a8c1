package org.sightline.importer.base.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an importer engine produces for one document: the text every offset refers to, the
 * metadata it could find (null when unknown) and the structure spans over {@code text}.
 *
 * @param text         the document text; for plain text exactly the file content, for HTML the article body
 * @param title        document title, or null
 * @param author       author or byline, or null
 * @param published    publication date, or null
 * @param publisher    site or publisher name, or null
 * @param canonicalUrl canonical URL (HTML canonical link, og:url, feed item link), or null
 * @param language     language tag such as "en", or null
 * @param structure    spans over {@code text}, sorted by begin offset
 * @param importerId   id of the engine that produced this, e.g. {@code org.sightline.importer.html}
 *
 * @since 0.1.0
 */
public record ImportedText(String text, String title, String author, LocalDate published, String publisher,
        String canonicalUrl, String language, List<Structure> structure, String importerId) {

    public ImportedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(importerId, "importerId");
        structure = List.copyOf(structure);
        for (Structure s : structure) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException(s + " lies beyond the text length " + text.length());
            }
        }
    }

    /** The spans of one kind, in text order. */
    public List<Structure> spans(Structure.Kind kind) {
        return structure.stream().filter(s -> s.kind() == kind).toList();
    }
}
