package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.sightline.extract.claims.api.ClaimType;

/** An attribution a rule found, in token indices; contents are [first, end) pairs. */
final class Found {

    int srcFirst = -1;
    int srcEnd = -1;
    int cueFirst;
    int cueEnd;
    final List<int[]> content = new ArrayList<>();
    /** The cue's claim type from the lexicon; the classifier refines it. */
    ClaimType type;
    String cueLemma;
    /** Id of the rule that found it (docs/extraction.md, stored as {@code Claim.rule}). */
    String rule;

    Found() {
    }

    /** An attribution of rule {@code rule} with its cue [cueFirst, cueEnd), no source and no content yet. */
    Found(String rule, String cueLemma, ClaimType type, int cueFirst, int cueEnd) {
        this.rule = rule;
        this.cueLemma = cueLemma;
        this.type = type;
        this.cueFirst = cueFirst;
        this.cueEnd = cueEnd;
    }
}
