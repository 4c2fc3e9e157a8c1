package org.sightline.extract.claims.api;

/**
 * Claim types of the sightline/1 JSON contract.
 *
 * @since 0.1.0
 */
public enum ClaimType {
    ANNOUNCEMENT, COMMITMENT, REASSURANCE, DENIAL, WARNING, PREDICTION, ASSESSMENT, DEMAND, ACCUSATION, STATEMENT
}
