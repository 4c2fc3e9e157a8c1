package org.sightline.extract.actors.api;

/**
 * A span of the document text (UTF-16 offsets, end exclusive) that refers to the actor {@code key}.
 *
 * @since 0.1.0
 */
public record ActorMention(int begin, int end, String text, String key) {
}
