package org.sightline.search.api;

import java.util.List;

/**
 * One hit: what was found ({@code kind} "document", "claim" or "actor"), its id, the document it is in (null for
 * actors), the score, and a snippet with the ranges of the matched words.
 *
 * @since 0.2
 */
public record SearchHit(String kind, String id, String document, float score, String title, Snippet snippet) {

    /** A short piece of the hit's text; {@code highlights} are [begin, end) pairs of the matched words in it. */
    public record Snippet(String text, List<int[]> highlights) {

        /** The snippet with the matched words between the given marks, e.g. "**" for the command line. */
        public String marked(String open, String close) {
            StringBuilder b = new StringBuilder(text.length() + highlights.size() * 4);
            int at = 0;
            for (int[] h : highlights) {
                b.append(text, at, h[0]).append(open).append(text, h[0], h[1]).append(close);
                at = h[1];
            }
            return b.append(text.substring(at)).toString();
        }
    }
}
