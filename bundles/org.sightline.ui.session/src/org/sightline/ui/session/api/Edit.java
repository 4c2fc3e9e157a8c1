package org.sightline.ui.session.api;

import java.util.List;
import java.util.Objects;

import org.sightline.model.ActorKind;
import org.sightline.model.ClaimType;

/**
 * One analyst edit, described by ids and values only. A {@link Session} turns it into an EMF
 * command on its editing domain (so it can be undone) and appends it to the recovery journal
 * first (so a crash loses no edit): replaying the same edits on the same workspace gives the same
 * objects and ids again. Bad references (an id not in the corpus, a span outside the text) are
 * refused with an {@link IllegalArgumentException} naming the edit and the problem.
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
