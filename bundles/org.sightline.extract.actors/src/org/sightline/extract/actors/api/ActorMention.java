package org.sightline.extract.actors.api;

/**
 * A span of the document text (UTF-16 offsets, end exclusive) that refers to the actor {@code key}.
 *
 * @param rule id of the recogniser rule that found the mention ("gazetteer", "pronoun-person"; the
 *        order is in docs/extraction.md), or null when made elsewhere
 * @since 0.1.0 (the rule component and its constructor since 0.2.0)
 */
public record ActorMention(int begin, int end, String text, String key, String rule) {

    public ActorMention(int begin, int end, String text, String key) {
        this(begin, end, text, key, null);
    }
}
