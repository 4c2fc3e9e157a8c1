package org.sightline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.sightline.analysis.api.RelationProposal;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Hypothesis;
import org.sightline.model.Identified;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlinePackage.Literals;
import org.sightline.ui.session.api.Edit;

/**
 * The edits the analysis views make, as session {@link Edit}s: journaled by id and value, undoable on
 * the session's one history whichever view made them, each labelled for the Edit menu. This class only
 * picks the edit for what the analyst did (rate an unrated cell: a new assessment; a rated one: a
 * changed rating); the session builds and checks the commands.
 */
final class AnalysisEdits {

    private AnalysisEdits() {
    }

    /** Renames a hypothesis. */
    static Edit renameHypothesis(Hypothesis hypothesis, String label) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("hypothesis " + hypothesis.getId() + " needs a label, got \"" + label + "\"");
        }
        return new Edit.SetFeature("Rename Hypothesis", idOf(hypothesis), Literals.HYPOTHESIS__LABEL.getName(), List.of(clean));
    }

    /** Rates a cell: changes its assessment, or adds one (weight 1) if it was unrated; null when nothing changes. */
    static Edit rate(Corpus corpus, Claim claim, Hypothesis hypothesis, Consistency consistency) {
        Assessment existing = assessment(corpus, claim, hypothesis);
        if (existing == null) {
            return new Edit.AddAssessment(idOf(claim), idOf(hypothesis), consistency, 1.0);
        }
        if (existing.getConsistency() == consistency) {
            return null;
        }
        return new Edit.SetFeature("Set Consistency", idOf(existing), Literals.ASSESSMENT__CONSISTENCY.getName(),
                List.of(consistency.getLiteral()));
    }

    /** Sets a cell's weight, adding an N assessment if it was unrated. */
    static Edit weigh(Corpus corpus, Claim claim, Hypothesis hypothesis, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the weight of " + claim.getId() + " \u00D7 " + hypothesis.getId()
                    + " must be a finite number >= 0, got " + weight);
        }
        Assessment existing = assessment(corpus, claim, hypothesis);
        if (existing == null) {
            return new Edit.AddAssessment(idOf(claim), idOf(hypothesis), Consistency.N, weight);
        }
        return new Edit.SetFeature("Set Weight", idOf(existing), Literals.ASSESSMENT__WEIGHT.getName(), List.of(Double.toString(weight)));
    }

    /**
     * Makes {@code claims} evidence of the ACH matrix (a neutral row to rate); claims already in the
     * matrix are left alone. Null when there is nothing new to add.
     */
    static Edit addEvidence(Corpus corpus, Collection<Claim> claims) {
        Set<Claim> assessed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Assessment a : corpus.getAssessments()) {
            assessed.add(a.getClaim());
        }
        List<String> added = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.eContainer() != corpus) {
                throw new IllegalArgumentException("claim " + claim.getId() + " is not in the open workspace");
            }
            if (assessed.add(claim)) {
                added.add(idOf(claim));
            }
        }
        return added.isEmpty() ? null : new Edit.AddEvidence(added);
    }

    /**
     * Confirms or rejects {@code proposals} as one edit: each becomes a relation with the proposal's kind,
     * claims, reason and producer, and status CONFIRMED or REJECTED (a rejected one keeps the analysis from
     * proposing the pair again).
     */
    static Edit decide(List<RelationProposal> proposals, ReviewStatus status) {
        List<Edit> decisions = new ArrayList<>();
        for (RelationProposal p : proposals) {
            ClaimRelation r = p.relation();
            decisions.add(new Edit.DecideRelation(r.getKind(), idOf(r.getFrom()), idOf(r.getTo()), r.getReason(), r.getProducerId(), status));
        }
        if (decisions.size() == 1) {
            return decisions.get(0);
        }
        return new Edit.Compound((status == ReviewStatus.CONFIRMED ? "Confirm " : "Reject ") + decisions.size() + " Relations", decisions);
    }

    /** The assessment of one ACH cell, or null. */
    static Assessment assessment(Corpus corpus, Claim claim, Hypothesis hypothesis) {
        for (Assessment a : corpus.getAssessments()) {
            if (a.getClaim() == claim && a.getHypothesis() == hypothesis) {
                return a;
            }
        }
        return null;
    }

    private static String idOf(Identified object) {
        if (object.getId() == null || object.getId().isEmpty()) {
            throw new IllegalArgumentException("the " + object.eClass().getName() + " has no id: it cannot be edited by reference");
        }
        return object.getId();
    }
}
