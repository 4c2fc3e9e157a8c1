package org.sightline.lexicon.api;

/**
 * What a cue presents its content as (docs/attribution-guidelines.md, section 2).
 *
 * @since 0.1.0
 */
public enum CueClass {
    /** Said or written: say, tell, deny, condemn, statement. */
    SPEECH,
    /** Wanted, intended, supported or opposed: support, refuse, decide, plan, willing. */
    STANCE,
    /** Believed, known, expected: believe, know, expect, view, sure. */
    COGNITION,
    /** Perceived: see, hear, notice, seem. */
    PERCEPTION,
    /** Ruled, ordered, allowed or forbidden: rule, order, ban, require. */
    DECREE,
    /** Shown by a document, poll, study or data: show, find, indicate, reveal. */
    EVIDENCE
}
