package org.sightline.model.io;

import java.util.ArrayList;
import java.util.List;

import org.sightline.model.Corpus;

/**
 * Brings a corpus written with an older schema version up to {@link WorkspaceStore#SCHEMA_VERSION}
 * when it is opened, one small step per version (as Sirius's migration participants): a file of
 * version 1 goes through the step 1&rarr;2, then 2&rarr;3, and so on. {@link WorkspaceStore#load}
 * calls it; a "sightline/1" JSON file is read into a new corpus of the current version, and the JSON
 * format itself has one version so far (docs/model.md, "Schema versions").
 * <p>
 * A new schema version adds its step to {@link #STEPS}; the frozen files of every older version
 * (org.sightline.model.tests, {@code SchemaMigrationTest}) must keep opening.
 *
 * @since 0.2.0
 */
public final class SchemaMigration {

    /** One version's step: changes a corpus of version {@link #from()} into one of version {@code from() + 1}. */
    public interface Step {
        /** The version this step reads. */
        int from();

        /** What the step changes, for the log and the documentation. */
        String description();

        /** Changes {@code corpus} in place; its schemaVersion is set by {@link SchemaMigration#migrate}. */
        void migrate(Corpus corpus);
    }

    /** Version 2 (Claim.rule, contentParts, hidden, Actor.hidden, Document.duplicateOf, SavedFilter) only added optional features. */
    private static final Step V1_TO_V2 = new Step() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public String description() {
            return "1 -> 2: no change of data (version 2 only added optional features: rule, contentParts, hidden, duplicateOf, saved filters)";
        }

        @Override
        public void migrate(Corpus corpus) {
            // Every version-1 object is a valid version-2 object with the new features unset.
        }
    };

    /** The steps, one per version, in order: STEPS.get(i).from() == i + 1. */
    private static final List<Step> STEPS = List.of(V1_TO_V2);

    static {
        for (int i = 0; i < STEPS.size(); i++) {
            if (STEPS.get(i).from() != i + 1) {
                throw new ExceptionInInitializerError("migration step " + i + " reads version " + STEPS.get(i).from() + ", expected " + (i + 1));
            }
        }
        if (STEPS.size() != WorkspaceStore.SCHEMA_VERSION - 1) {
            throw new ExceptionInInitializerError(STEPS.size() + " migration steps for schema version " + WorkspaceStore.SCHEMA_VERSION);
        }
    }

    private SchemaMigration() {
    }

    /** The steps, the first reading version 1. */
    public static List<Step> steps() {
        return STEPS;
    }

    /**
     * Migrates {@code corpus} in place to {@link WorkspaceStore#SCHEMA_VERSION}.
     *
     * @return the steps applied, none when the corpus is of the current version
     * @throws IllegalArgumentException for a version below 1 or above the current one
     */
    public static List<Step> migrate(Corpus corpus) {
        int version = corpus.getSchemaVersion();
        if (version < 1 || version > WorkspaceStore.SCHEMA_VERSION) {
            throw new IllegalArgumentException("schema version " + version + " cannot be migrated; this Sightline reads 1.." + WorkspaceStore.SCHEMA_VERSION);
        }
        List<Step> applied = new ArrayList<>();
        for (Step step : STEPS.subList(version - 1, STEPS.size())) {
            step.migrate(corpus);
            corpus.setSchemaVersion(step.from() + 1);
            applied.add(step);
        }
        return applied;
    }
}
