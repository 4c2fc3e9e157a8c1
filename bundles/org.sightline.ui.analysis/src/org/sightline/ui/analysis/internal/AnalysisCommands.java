package org.sightline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sightline.analysis.api.RelationProposal;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Hypothesis;
import org.sightline.model.Identified;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlineFactory;
import org.sightline.model.SightlinePackage.Literals;
import org.sightline.model.io.Ids;
import org.sightline.ui.session.api.Edit;

/**
 * The edits the analysis views make, undoable on the session's shared command stack whichever view
 * made them, each labelled for the Edit menu. Changes of existing objects are session
 * {@link Edit}s (journaled by id and value); new objects (hypotheses, assessments, relations) are
 * EMF commands, which {@link Edit} cannot describe yet.
 * New objects get their ids when the command is built: an undone command's objects leave the
 * corpus, and the redo stack is dropped as soon as another command runs, so an id is never held
 * twice.
 */
final class AnalysisCommands {

    private AnalysisCommands() {
    }

    /** Adds a hypothesis (a new ACH column) labelled {@code label}. */
    static Command addHypothesis(EditingDomain domain, Corpus corpus, String label) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a hypothesis needs a label, got \"" + label + "\"");
        }
        Hypothesis h = SightlineFactory.eINSTANCE.createHypothesis();
        h.setLabel(clean);
        Ids.of(corpus).assign(h);
        return labelled(AddCommand.create(domain, corpus, Literals.CORPUS__HYPOTHESES, h), "Add Hypothesis");
    }

    /** Renames a hypothesis: a journaled edit of an existing object. */
    static Edit renameHypothesis(Hypothesis hypothesis, String label) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("hypothesis " + hypothesis.getId() + " needs a label, got \"" + label + "\"");
        }
        return new Edit.SetFeature("Rename Hypothesis", idOf(hypothesis), Literals.HYPOTHESIS__LABEL.getName(), List.of(clean));
    }

    /** Changes the rating of a cell that has an assessment. */
    static Edit setConsistency(Assessment assessment, Consistency consistency) {
        return new Edit.SetFeature("Set Consistency", idOf(assessment), Literals.ASSESSMENT__CONSISTENCY.getName(),
                List.of(consistency.getLiteral()));
    }

    /** Changes the weight of a cell that has an assessment. */
    static Edit setWeight(Assessment assessment, double weight) {
        checkWeight(assessment.getClaim(), assessment.getHypothesis(), weight);
        return new Edit.SetFeature("Set Weight", idOf(assessment), Literals.ASSESSMENT__WEIGHT.getName(), List.of(Double.toString(weight)));
    }

    /** Rates an unrated cell: a new assessment of {@code claim} against {@code hypothesis}. */
    static Command addAssessment(EditingDomain domain, Corpus corpus, Claim claim, Hypothesis hypothesis, Consistency consistency,
            double weight) {
        checkWeight(claim, hypothesis, weight);
        if (assessment(corpus, claim, hypothesis) != null) {
            throw new IllegalArgumentException(claim.getId() + " \u00D7 " + hypothesis.getId() + " is rated already: change that rating");
        }
        Assessment a = newAssessment(Ids.of(corpus), claim, hypothesis, consistency);
        a.setWeight(weight);
        return labelled(AddCommand.create(domain, corpus, Literals.CORPUS__ASSESSMENTS, a), "Add Assessment");
    }

    private static void checkWeight(Claim claim, Hypothesis hypothesis, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the weight of " + claim.getId() + " \u00D7 " + hypothesis.getId()
                    + " must be a finite number >= 0, got " + weight);
        }
    }

    private static String idOf(Identified object) {
        if (object.getId() == null || object.getId().isEmpty()) {
            throw new IllegalArgumentException("the " + object.eClass().getName() + " has no id: it cannot be edited by reference");
        }
        return object.getId();
    }

    /**
     * Makes {@code claims} evidence of the ACH matrix: each claim not yet assessed gets a neutral (N)
     * assessment for every hypothesis, so it shows as a row to rate. Claims already in the matrix are
     * left alone. Not executable when there is no hypothesis or nothing new to add.
     */
    static Command addEvidence(EditingDomain domain, Corpus corpus, Collection<Claim> claims) {
        if (corpus.getHypotheses().isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Map<Claim, Boolean> assessed = new IdentityHashMap<>();
        for (Assessment a : corpus.getAssessments()) {
            assessed.put(a.getClaim(), Boolean.TRUE);
        }
        Ids ids = Ids.of(corpus);
        List<Assessment> added = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.eContainer() != corpus) {
                throw new IllegalArgumentException("claim " + claim.getId() + " is not in the open workspace");
            }
            if (assessed.put(claim, Boolean.TRUE) != null) {
                continue;
            }
            for (Hypothesis h : corpus.getHypotheses()) {
                added.add(newAssessment(ids, claim, h, Consistency.N));
            }
        }
        if (added.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled(AddCommand.create(domain, corpus, Literals.CORPUS__ASSESSMENTS, added),
                added.size() == corpus.getHypotheses().size() ? "Add Evidence" : "Add Evidence (" + added.size() / corpus.getHypotheses().size() + " claims)");
    }

    /**
     * Records the analyst's decision on a proposed relation: a new ClaimRelation with the proposal's
     * kind, claims, reason and producer, and status CONFIRMED or REJECTED (a rejected one keeps the
     * analysis from proposing the pair again). {@code ids} allocates the new relation's id; share one
     * allocator among the commands of one compound edit.
     */
    static Command decide(EditingDomain domain, Corpus corpus, Ids ids, RelationProposal proposal, ReviewStatus status) {
        if (status != ReviewStatus.CONFIRMED && status != ReviewStatus.REJECTED) {
            throw new IllegalArgumentException("a proposed relation is confirmed or rejected, not " + status);
        }
        ClaimRelation proposed = proposal.relation();
        ClaimRelation r = SightlineFactory.eINSTANCE.createClaimRelation();
        r.setKind(proposed.getKind());
        r.setFrom(proposed.getFrom());
        r.setTo(proposed.getTo());
        r.setReason(proposed.getReason());
        r.setProducerId(proposed.getProducerId());
        r.setStatus(status);
        ids.assign(r);
        return labelled(AddCommand.create(domain, corpus, Literals.CORPUS__RELATIONS, r),
                status == ReviewStatus.CONFIRMED ? "Confirm Relation" : "Reject Relation");
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

    private static Assessment newAssessment(Ids ids, Claim claim, Hypothesis hypothesis, Consistency consistency) {
        Assessment a = SightlineFactory.eINSTANCE.createAssessment();
        a.setClaim(claim);
        a.setHypothesis(hypothesis);
        a.setConsistency(consistency);
        a.setWeight(1.0);
        ids.assign(a);
        return a;
    }

    /** Wraps {@code command} so the Edit menu says what it does ("Undo Set Consistency"). */
    private static Command labelled(Command command, String label) {
        CompoundCommand c = new CompoundCommand(label);
        c.append(command);
        return c;
    }
}
