package org.sightline.lexicon.api;

/**
 * The kinds of content a cue takes (the complement frames of docs/attribution-guidelines.md, section 2).
 * A cue attributes only when the text gives it a complement of one of its frames: "said that ..." (THAT)
 * but not "sang a song" (no NP frame for "sing").
 *
 * @since 0.1.0
 */
public enum Frame {
    /** A that-clause or a that-less finite clause: "said (that) the deal is dead". */
    THAT,
    /** A wh- or whether-clause: "asked whether", "wondered why". */
    WH,
    /** A to-infinitive: "refused to comment", "plans to leave". */
    TO,
    /** A noun phrase: "denied the report", "condemned the attack". */
    NP,
    /**
     * A gerund clause: "suggested pushing back the date", "recalled seeing the convoy" (WordNet's frame 33,
     * "Somebody ----s VERB-ing"). A curated NP frame takes gerunds too ("denied being unfair").
     *
     * @since 0.2.0
     */
    GERUND,
    /** A quotation, also before the cue with an inverted or trailing source: "“...,” he added." */
    QUOTE,
    /** A recipient, then a that-clause: "told reporters that", "assured allies that". */
    OBJ_THAT,
    /** A recipient, then a to-infinitive: "urged them to leave". */
    OBJ_TO,
    /** A preposition of the particles column, then the content: "warned of", "her call for", "critical of". */
    PREP,
    /**
     * An object, then a preposition of the particles column; both are the content: "accused him of lying",
     * "charged the banker with fraud", "blamed them for the crisis".
     */
    OBJ_PREP,
    /** The clause the cue qualifies (adverb and preposition cues): "reportedly", "according to". */
    CLAUSE
}
