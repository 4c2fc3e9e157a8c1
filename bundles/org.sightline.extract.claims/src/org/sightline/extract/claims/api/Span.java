package org.sightline.extract.claims.api;

/**
 * A text span, UTF-16 offsets into the document text, end exclusive.
 *
 * @since 0.1.0
 */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(begin, end);
    }

    public boolean overlaps(Span o) {
        return begin < o.end && o.begin < end;
    }
}
