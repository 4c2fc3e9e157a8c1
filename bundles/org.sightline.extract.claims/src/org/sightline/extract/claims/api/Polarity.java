package org.sightline.extract.claims.api;

/** Polarity of the claim content as the source presents it. */
public enum Polarity {
    POSITIVE, NEGATIVE, NEUTRAL
}
