package org.sightline.extract.claims.api;

/**
 * Polarity of the claim content as the source presents it.
 *
 * @since 0.1.0
 */
public enum Polarity {
    POSITIVE, NEGATIVE, NEUTRAL
}
