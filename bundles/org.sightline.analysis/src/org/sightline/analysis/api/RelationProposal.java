package org.sightline.analysis.api;

import java.util.List;
import java.util.Objects;

import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.RelationKind;

/**
 * One relation {@link ClaimRelationAnalysis} proposes, for the analyst to confirm or reject.
 *
 * @param relation    a new ClaimRelation, <b>not</b> in the corpus and without id: status EXTRACTED, producerId
 *                    {@link ClaimRelationAnalysis#ID}, {@code from} the later claim, {@code to} the earlier one, reason
 *                    set. Whoever accepts it adds it with a command and allocates the id (org.sightline.model.io.Ids).
 * @param similarity  overlap of the two claims' content terms, 0..1 (see docs/analyses.md)
 * @param sharedTerms the shared terms as the words that produced them, {@code later~earlier} when they differ
 * @param signals     the signals that decided the kind, e.g. {@code negation flip: c1 'not'}; also in the reason
 *
 * @since 0.1.0
 */
public record RelationProposal(ClaimRelation relation, double similarity, List<String> sharedTerms, List<String> signals) {

    public RelationProposal {
        Objects.requireNonNull(relation, "relation");
        sharedTerms = List.copyOf(sharedTerms);
        signals = List.copyOf(signals);
    }

    public RelationKind kind() {
        return relation.getKind();
    }

    /** The later claim. */
    public Claim from() {
        return relation.getFrom();
    }

    /** The earlier claim. */
    public Claim to() {
        return relation.getTo();
    }

    /** Why the relation is proposed, in words; the same text as the relation's reason. */
    public String reason() {
        return relation.getReason();
    }
}
