package org.sightline.lexicon.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the cue lexicon.
 *
 * @param lemma lower-case lemma; a fixed multiword cue has its words separated by single spaces, each
 *        a lemma ("point out", "take issue with", "according to")
 * @param kind the word class of the cue
 * @param cueClass what the cue presents its content as
 * @param type the default claim type, a name of the sightline/1 claim types ("STATEMENT", "DENIAL", ...)
 * @param frames the kinds of content the cue takes; never empty
 * @param particles prepositions or particles that join the cue before the content ("warn" of/about/against,
 *        "call" for/on, "critical" of); the {@link Frame#PREP} frame uses them
 * @param origin where the entry comes from: "wn31 verb.communication say#1,say#2" or "curated"
 *
 * @since 0.1.0
 */
public record Cue(String lemma, Kind kind, CueClass cueClass, String type, Set<Frame> frames, List<String> particles,
        String origin) {

    /** Word class of a cue (a lexicon category, not a part-of-speech tag of a token). */
    public enum Kind {
        VERB, NOUN, ADJECTIVE, ADVERB, PREPOSITION
    }

    public Cue {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cueClass, "cueClass");
        Objects.requireNonNull(type, "type");
        frames = Set.copyOf(frames);
        particles = List.copyOf(particles);
        Objects.requireNonNull(origin, "origin");
        if (frames.isEmpty()) {
            throw new IllegalArgumentException(lemma + ": a cue without frames");
        }
    }

    public boolean takes(Frame frame) {
        return frames.contains(frame);
    }

    /** Number of words of a multiword cue ("take issue with": 3). */
    public int words() {
        int n = 1;
        for (int i = 0; i < lemma.length(); i++) {
            if (lemma.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
