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
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sightline.analysis.api.RelationProposal;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Hypothesis;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlineFactory;
import org.sightline.model.SightlinePackage.Literals;
import org.sightline.model.io.Ids;

/**
 * The edits the analysis views make, as EMF commands for the shared command stack (so Edit &gt;
 * Undo and Redo cover them, whichever view made them). Each command is labelled for the Edit menu.
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

    static Command renameHypothesis(EditingDomain domain, Hypothesis hypothesis, String label) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("hypothesis " + hypothesis.getId() + " needs a label, got \"" + label + "\"");
        }
        return labelled(SetCommand.create(domain, hypothesis, Literals.HYPOTHESIS__LABEL, clean), "Rename Hypothesis");
    }

    /**
     * Rates {@code claim} against {@code hypothesis}: sets the consistency of the existing
     * assessment of that cell, or adds one (weight 1) if the cell was unrated.
     */
    static Command rate(EditingDomain domain, Corpus corpus, Claim claim, Hypothesis hypothesis, Consistency consistency) {
        Assessment existing = assessment(corpus, claim, hypothesis);
        if (existing != null) {
            return labelled(SetCommand.create(domain, existing, Literals.ASSESSMENT__CONSISTENCY, consistency), "Set Consistency");
        }
        return labelled(AddCommand.create(domain, corpus, Literals.CORPUS__ASSESSMENTS,
                newAssessment(corpus, Ids.of(corpus), claim, hypothesis, consistency)), "Add Assessment");
    }

    /** Sets the weight of a cell's assessment (adding an N assessment first if the cell was unrated). */
    static Command weigh(EditingDomain domain, Corpus corpus, Claim claim, Hypothesis hypothesis, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the weight of " + claim.getId() + " \u00D7 " + hypothesis.getId()
                    + " must be a finite number >= 0, got " + weight);
        }
        Assessment existing = assessment(corpus, claim, hypothesis);
        if (existing != null) {
            return labelled(SetCommand.create(domain, existing, Literals.ASSESSMENT__WEIGHT, weight), "Set Weight");
        }
        Assessment a = newAssessment(corpus, Ids.of(corpus), claim, hypothesis, Consistency.N);
        a.setWeight(weight);
        return labelled(AddCommand.create(domain, corpus, Literals.CORPUS__ASSESSMENTS, a), "Set Weight");
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
                added.add(newAssessment(corpus, ids, claim, h, Consistency.N));
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

    private static Assessment newAssessment(Corpus corpus, Ids ids, Claim claim, Hypothesis hypothesis, Consistency consistency) {
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
