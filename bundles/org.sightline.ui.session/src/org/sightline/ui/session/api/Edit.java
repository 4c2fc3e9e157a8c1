package org.sightline.ui.session.api;

import java.util.List;
import java.util.Objects;

import org.sightline.model.ActorKind;
import org.sightline.model.ClaimType;
import org.sightline.model.Consistency;
import org.sightline.model.RelationKind;
import org.sightline.model.ReviewStatus;

/**
 * One analyst edit, described by ids and values only. A {@link Session} turns it into an EMF
 * command on its editing domain (so it can be undone) and appends it to the recovery journal
 * first (so a crash loses no edit): replaying the same edits on the same workspace gives the same
 * objects and ids again. Bad references (an id not in the corpus, a span outside the text) are
 * refused with an {@link IllegalArgumentException} naming the edit and the problem.
 *
 * @since 0.1.0
 */
public sealed interface Edit {

    /** The text of Edit > Undo / Redo, e.g. "Confirm claim". */
    String label();

    /**
     * Sets a feature of the object with id {@code ownerId}. {@code values} holds attribute literals
     * (as EMF writes them: "CONFIRMED", "0.75", "2026-11-26") or, for references, ids; an empty
     * list sets a single-valued feature to null, several values fill a many-valued one.
     */
    record SetFeature(String label, String ownerId, String feature, List<String> values) implements Edit {
        public SetFeature {
            Objects.requireNonNull(ownerId, "ownerId");
            Objects.requireNonNull(feature, "feature");
            values = List.copyOf(values);
            label = label == null ? "Set " + feature : label;
        }

        public SetFeature(String ownerId, String feature, String value) {
            this(null, ownerId, feature, value == null ? List.of() : List.of(value));
        }
    }

    /** Merges actor {@code mergedId} into {@code keptId}: mentions, aliases, claims and parts move over. */
    record MergeActors(String keptId, String mergedId) implements Edit {
        public MergeActors {
            Objects.requireNonNull(keptId, "keptId");
            Objects.requireNonNull(mergedId, "mergedId");
        }

        @Override
        public String label() {
            return "Merge actors";
        }
    }

    /** Creates an actor with one mention at [begin, end) of a document; {@code name} defaults to that text. */
    record CreateActor(String documentId, int begin, int end, ActorKind kind, String name) implements Edit {
        public CreateActor {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String label() {
            return "Create actor";
        }
    }

    /** Adds a mention of an existing actor at [begin, end) of a document. */
    record AddMention(String actorId, String documentId, int begin, int end) implements Edit {
        public AddMention {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(documentId, "documentId");
        }

        @Override
        public String label() {
            return "Add mention";
        }
    }

    /** Creates a claim whose content is [begin, end) of a document, by an optional source actor. */
    record CreateClaim(String documentId, int begin, int end, ClaimType type, String sourceActorId) implements Edit {
        public CreateClaim {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String label() {
            return "Create claim";
        }
    }

    /**
     * Adds the documents, actors and claims of an imported corpus (a pipeline result kept as
     * {@code attachment} in the session's journal folder, see {@link Session#prepareImport}).
     */
    record ImportCorpus(String attachment, int documentCount) implements Edit {
        public ImportCorpus {
            Objects.requireNonNull(attachment, "attachment");
        }

        @Override
        public String label() {
            return documentCount == 1 ? "Import 1 document" : "Import " + documentCount + " documents";
        }
    }

    /**
     * Adds a hypothesis (a new column of the ACH matrix) whose label is {@code text}.
     *
     * @since 0.2
     */
    record AddHypothesis(String text) implements Edit {
        public AddHypothesis {
            text = text == null ? "" : text.strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a hypothesis needs a label");
            }
        }

        @Override
        public String label() {
            return "Add Hypothesis";
        }
    }

    /**
     * Rates a cell of the ACH matrix nobody rated yet: a new assessment of claim {@code claimId} against
     * hypothesis {@code hypothesisId}. A rated cell is changed with {@link SetFeature} on its assessment.
     *
     * @since 0.2
     */
    record AddAssessment(String claimId, String hypothesisId, Consistency consistency, double weight) implements Edit {
        public AddAssessment {
            Objects.requireNonNull(claimId, "claimId");
            Objects.requireNonNull(hypothesisId, "hypothesisId");
            Objects.requireNonNull(consistency, "consistency");
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("the weight of " + claimId + " \u00D7 " + hypothesisId
                        + " must be a finite number >= 0, got " + weight);
            }
        }

        @Override
        public String label() {
            return "Add Assessment";
        }
    }

    /**
     * Makes the claims {@code claimIds} evidence of the ACH matrix: each gets a neutral (N) assessment of
     * weight 1 for every hypothesis. Refused when there is no hypothesis or a claim is evidence already.
     *
     * @since 0.2
     */
    record AddEvidence(List<String> claimIds) implements Edit {
        public AddEvidence {
            claimIds = List.copyOf(claimIds);
            if (claimIds.isEmpty()) {
                throw new IllegalArgumentException("evidence needs at least one claim");
            }
        }

        @Override
        public String label() {
            return claimIds.size() == 1 ? "Add Evidence" : "Add Evidence (" + claimIds.size() + " claims)";
        }
    }

    /**
     * Takes the claims {@code claimIds} out of the ACH matrix: their assessments (every hypothesis' rating) are
     * removed; the claims themselves stay. Refused when a claim is not evidence.
     *
     * @since 0.2
     */
    record RemoveEvidence(List<String> claimIds) implements Edit {
        public RemoveEvidence {
            claimIds = List.copyOf(claimIds);
            if (claimIds.isEmpty()) {
                throw new IllegalArgumentException("removing evidence needs at least one claim");
            }
        }

        @Override
        public String label() {
            return claimIds.size() == 1 ? "Remove Evidence" : "Remove Evidence (" + claimIds.size() + " claims)";
        }
    }

    /**
     * Removes hypothesis {@code hypothesisId} (a column of the ACH matrix) with the ratings made against it.
     *
     * @since 0.2
     */
    record RemoveHypothesis(String hypothesisId) implements Edit {
        public RemoveHypothesis {
            Objects.requireNonNull(hypothesisId, "hypothesisId");
        }

        @Override
        public String label() {
            return "Remove Hypothesis";
        }
    }

    /**
     * Records the analyst's decision on a proposed relation between two claims: a new relation of
     * {@code kind} from {@code fromClaimId} to {@code toClaimId}, with the proposal's reason and producer,
     * and status CONFIRMED or REJECTED (a rejected pair is not proposed again).
     *
     * @since 0.2
     */
    record DecideRelation(RelationKind kind, String fromClaimId, String toClaimId, String reason, String producerId,
            ReviewStatus status) implements Edit {
        public DecideRelation {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(fromClaimId, "fromClaimId");
            Objects.requireNonNull(toClaimId, "toClaimId");
            if (status != ReviewStatus.CONFIRMED && status != ReviewStatus.REJECTED) {
                throw new IllegalArgumentException("a proposed relation is confirmed or rejected, not " + status);
            }
        }

        @Override
        public String label() {
            return status == ReviewStatus.CONFIRMED ? "Confirm Relation" : "Reject Relation";
        }
    }

    /** Several edits as one undoable step. */
    record Compound(String label, List<Edit> edits) implements Edit {
        public Compound {
            Objects.requireNonNull(label, "label");
            edits = List.copyOf(edits);
            if (edits.isEmpty()) {
                throw new IllegalArgumentException("a compound edit \"" + label + "\" needs at least one edit");
            }
        }
    }
}
