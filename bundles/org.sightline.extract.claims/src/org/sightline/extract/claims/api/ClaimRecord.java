package org.sightline.extract.claims.api;

import java.util.List;
import java.util.Objects;

/**
 * One attribution (PARC 3.0 style): who (source, may be absent for passives and nominal cues) says,
 * believes or commits to what (content), signalled by the cue.
 *
 * @param sourceSpan full noun phrase of the source, or null
 * @param sourceKey key of the actor the source refers to (see ActorRef.key), or null
 * @param cueSpan the verb group or phrase signalling the attribution
 * @param contentSpans the attributed material, first = main span (a list item), further spans continue
 *        it (a quote resumed after "he said", the clause introducing a list)
 * @param targetKeys actors the content is about
 * @param rule id of the attribution rule that found the claim (docs/extraction.md lists them in order)
 *
 * @since 0.1.0
 */
public record ClaimRecord(Span sourceSpan, String sourceKey, Span cueSpan, List<Span> contentSpans, ClaimType type,
        Modality modality, double confidence, Polarity polarity, List<String> targetKeys, String rule) {

    public ClaimRecord {
        Objects.requireNonNull(cueSpan, "cueSpan");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(rule, "rule");
        contentSpans = List.copyOf(contentSpans);
        targetKeys = List.copyOf(targetKeys);
        if (contentSpans.isEmpty()) {
            throw new IllegalArgumentException("claim without content");
        }
    }

    public Span contentSpan() {
        return contentSpans.get(0);
    }
}
