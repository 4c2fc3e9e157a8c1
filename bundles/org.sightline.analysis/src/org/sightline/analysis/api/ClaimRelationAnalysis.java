package org.sightline.analysis.api;

import java.util.List;

import org.sightline.analysis.internal.RelationFinder;
import org.sightline.core.api.Analysis;
import org.sightline.model.Corpus;

/**
 * Proposes REPEATS, SUPPORTS and CONTRADICTS relations between claims, within and across documents, each with the
 * reason in words. Never modifies the corpus: the proposals are new ClaimRelation objects (status EXTRACTED, producer
 * {@link #ID}) for the analyst to confirm or reject; pairs already related in the corpus, in any status, are not
 * proposed again.
 * <p>
 * Signals (all explainable, see docs/analyses.md): overlap of normalised content terms (Snowball stems, stop words
 * removed, a few synonym groups such as commitment~resolve), same or different source actor, negation ("not", "no",
 * "never", n't, "deny"; a denial cue; polarity NEGATIVE), antonym direction words (strengthen/weaken, increase/reduce,
 * continue/halt, steadfast/abandon) and modality UNLIKELY against the rest.
 *
 * @since 0.1.0
 */
public final class ClaimRelationAnalysis implements Analysis<RelationProposals> {

    /** Id of this analysis; also the producerId of every relation it proposes. */
    public static final String ID = "org.sightline.analysis.claimRelations";

    public ClaimRelationAnalysis() {
        // Public no-arg constructor for the extension registry; the analysis has no state.
    }

    @Override
    public RelationProposals analyze(Corpus corpus) {
        RelationFinder finder = new RelationFinder(ID);
        RelationFinder.Found found = finder.find(corpus);
        List<RelationProposal> proposals = found.decisions().stream()
                .map(d -> new RelationProposal(finder.toRelation(d), d.similarity(), d.shared(), d.signals()))
                .toList();
        return new RelationProposals(proposals, found.claimsCompared());
    }
}
