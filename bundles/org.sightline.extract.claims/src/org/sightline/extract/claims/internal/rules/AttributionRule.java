package org.sightline.extract.claims.internal.rules;

import java.util.List;

/**
 * A rule family: one kind of attribution structure ("“…,” Cook said.", "according to", a cue verb with its
 * clause, a nominal cue, a cue verb on the dependency parse, ...). The families run in the order of
 * {@link AttributionRules#ORDER}, each over every sentence, on the tokens the earlier ones left: a family
 * adds what it finds to the context and marks its tokens used, so attributions never nest. One instance
 * per document (the families keep no state of their own beyond the shared {@link RuleContext}).
 */
interface AttributionRule {

    /** The rule ids this family stores on its claims ({@code Claim.rule}, JSON {@code rule}). */
    List<String> ids();

    /** Whether the family reads questions too (most leave them: a question is no claim). */
    default boolean readsQuestions() {
        return false;
    }

    /** Finds the attributions of sentence {@code s} on the tokens not yet used. */
    void apply(int s);
}
