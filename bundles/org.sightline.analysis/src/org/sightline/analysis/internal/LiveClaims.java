package org.sightline.analysis.internal;

import java.util.List;
import java.util.Objects;

import org.sightline.core.api.CuratedCorpus;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.ReviewStatus;

/**
 * The claims every analysis works on. A claim the analyst REJECTED or hid (Hide in the workbench) is left out. A claim
 * the analyst REJECTED is a mistake of the extractor, so counting it in a
 * network, matrix or timeline would show something the analyst has ruled out; EXTRACTED, CONFIRMED and EDITED claims
 * all count. A claim of a near-duplicate document (Document.duplicateOf: syndicated wire copy) is the same statement
 * again: the group's claims count once, in the original ({@link org.sightline.analysis.api.DuplicateGroups} lists the copies).
 */
public final class LiveClaims {

    private LiveClaims() {
    }

    /** Non-rejected claims of {@code corpus}, in corpus order. */
    public static List<Claim> of(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus");
        return corpus.getClaims().stream().filter(LiveClaims::isLive).toList();
    }

    /**
     * Whether {@code claim} counts: not rejected by the analyst, not hidden (itself or its source actor), and not in a
     * near-duplicate of another document.
     */
    public static boolean isLive(Claim claim) {
        return claim.getStatus() != ReviewStatus.REJECTED && !CuratedCorpus.isHidden(claim)
                && (claim.getDocument() == null || claim.getDocument().getDuplicateOf() == null);
    }
}
