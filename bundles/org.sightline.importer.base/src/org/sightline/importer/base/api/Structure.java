package org.sightline.importer.base.api;

import java.util.Objects;

/**
 * One structural span of an imported text: where a title, heading, paragraph, list item or page
 * furniture sits, as UTF-16 offsets into {@link ImportedText#text()}, end exclusive.
 *
 * @since 0.1.0
 */
public record Structure(Kind kind, int begin, int end) {

    /** What a span is; FURNITURE marks page leftovers such as a "Comments" footer that are not article text. */
    public enum Kind { TITLE, SUBTITLE, HEADING, PARAGRAPH, LIST_ITEM, FURNITURE }

    public Structure {
        Objects.requireNonNull(kind, "kind");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ") for " + kind);
        }
    }

    /** The covered text, for callers that hold the document text. */
    public String textIn(String text) {
        return text.substring(begin, end);
    }
}
