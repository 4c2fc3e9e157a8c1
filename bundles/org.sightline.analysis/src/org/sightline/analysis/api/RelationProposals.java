package org.sightline.analysis.api;

import java.util.List;

import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.RelationKind;

/**
 * The result of {@link ClaimRelationAnalysis}: proposed relations, ordered by the later claim ({@code from}, in the
 * analysis' chronological order), then by similarity descending, then by the earlier claim, latest first.
 *
 * @param proposals the proposals
 * @param claimsCompared non-rejected claims with at least one content term
 *
 * @since 0.1.0
 */
public record RelationProposals(List<RelationProposal> proposals, int claimsCompared) {

    public RelationProposals {
        proposals = List.copyOf(proposals);
    }

    /** The proposed model objects, in order, ready to be added by a command once the analyst accepts them. */
    public List<ClaimRelation> relations() {
        return proposals.stream().map(RelationProposal::relation).toList();
    }

    /** Proposals of one kind, in order. */
    public List<RelationProposal> ofKind(RelationKind kind) {
        return proposals.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The proposal between {@code a} and {@code b} in either direction, or null. */
    public RelationProposal between(Claim a, Claim b) {
        return proposals.stream()
                .filter(p -> p.from() == a && p.to() == b || p.from() == b && p.to() == a)
                .findFirst().orElse(null);
    }
}
