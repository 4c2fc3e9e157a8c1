package org.sightline.nlp.api;

import java.util.HashMap;
import java.util.Map;

/**
 * Universal Dependencies part-of-speech tags (UPOS, the 17 tags of UD v2). Rules compare tags with this
 * enum, not with strings: {@code text.upos(t) == UPos.VERB}.
 *
 * @since 0.2.0
 */
public enum UPos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    private static final Map<String, UPos> BY_NAME = new HashMap<>();

    static {
        for (UPos p : values()) {
            BY_NAME.put(p.name(), p);
        }
    }

    /** The tag written as in CoNLL-U ("NOUN"); {@link #X} for anything that is not a UPOS tag. */
    public static UPos of(String tag) {
        UPos p = tag == null ? null : BY_NAME.get(tag);
        return p == null ? X : p;
    }

    /** NOUN, PROPN or PRON: the heads of noun phrases. */
    public boolean isNominal() {
        return this == NOUN || this == PROPN || this == PRON;
    }

    /** VERB or AUX. */
    public boolean isVerbal() {
        return this == VERB || this == AUX;
    }
}
