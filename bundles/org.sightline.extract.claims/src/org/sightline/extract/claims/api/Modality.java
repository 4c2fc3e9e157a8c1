package org.sightline.extract.claims.api;

/**
 * How sure the source is, with the default confidence on a words-of-estimative-probability scale
 * (after Sherman Kent: almost certain ~93%, probable ~75%, chances about even ~50%, probably not ~30%).
 *
 * @since 0.1.0
 */
public enum Modality {
    /** Reported as fact, no modal. */
    ASSERTED(1.0),
    /** will, shall, certainly. */
    CERTAIN(0.93),
    /** would, expect, likely, believe. */
    PROBABLE(0.75),
    /** may, might, could, possibly. */
    POSSIBLE(0.5),
    /** unlikely, doubt, not expected. */
    UNLIKELY(0.2),
    /** must, should, call for, urge, demand: a requirement, confidence = strength of the demand. */
    OBLIGATION(0.9);

    private final double confidence;

    Modality(double confidence) {
        this.confidence = confidence;
    }

    public double confidence() {
        return confidence;
    }
}
