package org.sightline.ui.session.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sightline.core.api.CorpusMerge;
import org.sightline.model.Actor;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Hypothesis;
import org.sightline.model.Identified;
import org.sightline.model.Mention;
import org.sightline.model.Modality;
import org.sightline.model.Polarity;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlineFactory;
import org.sightline.model.SightlinePackage.Literals;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.Ids;
import org.sightline.ui.session.api.Edit;

/**
 * Turns {@link Edit}s into EMF commands on one editing domain. Only standard undoable commands
 * (Set/Add/Remove, compounds, and a ChangeCommand for imports), so the stack's undo and redo are
 * EMF's own.
 */
public final class EditCommands {

    private final EditingDomain domain;
    private final Corpus corpus;
    private final Function<String, Corpus> attachments;

    /** @param attachments reads an import attachment by name (see {@link Edit.ImportCorpus}) */
    public EditCommands(EditingDomain domain, Corpus corpus, Function<String, Corpus> attachments) {
        this.domain = domain;
        this.corpus = corpus;
        this.attachments = attachments;
    }

    /** The command for {@code edit}, labelled with its label. */
    public Command toCommand(Edit edit) {
        // One allocator for the whole edit: the parts of a compound get distinct ids although none has run yet.
        return toCommand(edit, Ids.of(corpus));
    }

    private Command toCommand(Edit edit, Ids ids) {
        CompoundCommand c = new CompoundCommand(edit.label());
        switch (edit) {
            case Edit.SetFeature s -> setFeature(c, s);
            case Edit.MergeActors m -> merge(c, m);
            case Edit.CreateActor a -> createActor(c, a, ids);
            case Edit.AddMention m -> addMention(c, m, ids);
            case Edit.CreateClaim cl -> createClaim(c, cl, ids);
            case Edit.ImportCorpus i -> importCorpus(c, i);
            case Edit.AddHypothesis h -> addHypothesis(c, h, ids);
            case Edit.AddAssessment a -> addAssessment(c, a, ids);
            case Edit.AddEvidence e -> addEvidence(c, e, ids);
            case Edit.RemoveEvidence e -> removeEvidence(c, e);
            case Edit.RemoveHypothesis h -> removeHypothesis(c, h);
            case Edit.DecideRelation r -> decideRelation(c, r, ids);
            case Edit.Compound compound -> compound.edits().forEach(e -> c.append(toCommand(e, ids)));
        }
        return c;
    }

    // ---- set -----------------------------------------------------------------------------------

    private void setFeature(CompoundCommand c, Edit.SetFeature s) {
        Identified owner = find(s.ownerId(), Identified.class, s);
        EStructuralFeature feature = owner.eClass().getEStructuralFeature(s.feature());
        if (feature == null || !feature.isChangeable() || feature instanceof EReference r && r.isContainment()) {
            throw new IllegalArgumentException(s + ": " + owner.eClass().getName() + " has no editable feature \"" + s.feature() + "\"");
        }
        List<Object> values = new ArrayList<>();
        for (String v : s.values()) {
            values.add(feature instanceof EAttribute a ? literal(a, v, s) : find(v, feature.getEType().getInstanceClass(), s));
        }
        Object value;
        if (feature.isMany()) {
            value = values;
        } else if (values.size() > 1) {
            throw new IllegalArgumentException(s + ": \"" + s.feature() + "\" takes one value, not " + values.size());
        } else {
            value = values.isEmpty() ? null : values.get(0);
        }
        c.append(SetCommand.create(domain, owner, feature, value));
        // A claim the analyst corrected is no longer what the extractor found: re-extraction keeps it.
        if (owner instanceof Claim claim && feature != Literals.CLAIM__STATUS && claim.getStatus() == ReviewStatus.EXTRACTED) {
            c.append(SetCommand.create(domain, claim, Literals.CLAIM__STATUS, ReviewStatus.EDITED));
        }
    }

    private static Object literal(EAttribute attribute, String literal, Edit edit) {
        try {
            return EcoreUtil.createFromString(attribute.getEAttributeType(), literal);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(edit + ": \"" + literal + "\" is not a valid " + attribute.getName()
                    + " (" + attribute.getEAttributeType().getName() + ")", e);
        }
    }

    // ---- merge ---------------------------------------------------------------------------------

    private void merge(CompoundCommand c, Edit.MergeActors m) {
        Actor kept = find(m.keptId(), Actor.class, m);
        Actor merged = find(m.mergedId(), Actor.class, m);
        if (kept == merged) {
            throw new IllegalArgumentException(m + ": an actor cannot be merged into itself");
        }
        // Remove then add (rather than a bare add, which moves silently): undo puts each mention back where it was.
        for (Mention mention : List.copyOf(merged.getMentions())) {
            c.append(RemoveCommand.create(domain, merged, Literals.ACTOR__MENTIONS, mention));
            c.append(AddCommand.create(domain, kept, Literals.ACTOR__MENTIONS, mention));
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(merged.getName());
        names.addAll(merged.getAliases());
        names.remove(null);
        names.remove(kept.getName());
        names.removeAll(kept.getAliases());
        if (!names.isEmpty()) {
            c.append(AddCommand.create(domain, kept, Literals.ACTOR__ALIASES, List.copyOf(names)));
        }
        if (kept.getCode() == null && merged.getCode() != null) {
            c.append(SetCommand.create(domain, kept, Literals.ACTOR__CODE, merged.getCode()));
        }
        for (Claim claim : corpus.getClaims()) {
            if (claim.getSource() == merged) {
                c.append(SetCommand.create(domain, claim, Literals.CLAIM__SOURCE, kept));
            }
            if (claim.getTargets().contains(merged)) {
                LinkedHashSet<Actor> targets = new LinkedHashSet<>();
                claim.getTargets().forEach(t -> targets.add(t == merged ? kept : t));
                c.append(SetCommand.create(domain, claim, Literals.CLAIM__TARGETS, List.copyOf(targets)));
            }
        }
        for (Actor part : corpus.getActors()) {
            if (part.getPartOf() == merged && part != kept) {
                c.append(SetCommand.create(domain, part, Literals.ACTOR__PART_OF, kept));
            }
        }
        if (kept.getPartOf() == merged) {
            c.append(SetCommand.create(domain, kept, Literals.ACTOR__PART_OF, merged.getPartOf() == kept ? null : merged.getPartOf()));
        }
        c.append(RemoveCommand.create(domain, corpus, Literals.CORPUS__ACTORS, merged));
    }

    // ---- create --------------------------------------------------------------------------------

    private void createActor(CompoundCommand c, Edit.CreateActor a, Ids ids) {
        Document document = find(a.documentId(), Document.class, a);
        String surface = surface(document, a.begin(), a.end(), a);
        Actor actor = SightlineFactory.eINSTANCE.createActor();
        actor.setId(ids.next(Literals.ACTOR));
        actor.setKind(a.kind());
        actor.setName(a.name() == null || a.name().isBlank() ? surface.strip() : a.name().strip());
        actor.getMentions().add(mention(ids, document, a.begin(), a.end(), surface));
        c.append(AddCommand.create(domain, corpus, Literals.CORPUS__ACTORS, actor));
    }

    private void addMention(CompoundCommand c, Edit.AddMention m, Ids ids) {
        Actor actor = find(m.actorId(), Actor.class, m);
        Document document = find(m.documentId(), Document.class, m);
        String surface = surface(document, m.begin(), m.end(), m);
        c.append(AddCommand.create(domain, actor, Literals.ACTOR__MENTIONS, mention(ids, document, m.begin(), m.end(), surface)));
    }

    private static Mention mention(Ids ids, Document document, int begin, int end, String surface) {
        Mention mention = SightlineFactory.eINSTANCE.createMention();
        mention.setId(ids.next(Literals.MENTION));
        mention.setDocument(document);
        mention.setSpan(Corpora.span(begin, end));
        mention.setText(surface);
        mention.setStatus(ReviewStatus.CONFIRMED);
        return mention;
    }

    private void createClaim(CompoundCommand c, Edit.CreateClaim e, Ids ids) {
        Document document = find(e.documentId(), Document.class, e);
        String surface = surface(document, e.begin(), e.end(), e);
        Claim claim = SightlineFactory.eINSTANCE.createClaim();
        claim.setId(ids.next(Literals.CLAIM));
        claim.setDocument(document);
        claim.setContent(surface);
        claim.setContentSpan(Corpora.span(e.begin(), e.end()));
        claim.setType(e.type());
        claim.setModality(Modality.ASSERTED);
        claim.setConfidence(1.0);
        claim.setPolarity(Polarity.NEUTRAL);
        claim.setStatus(ReviewStatus.EDITED);
        if (e.sourceActorId() != null) {
            Actor source = find(e.sourceActorId(), Actor.class, e);
            claim.setSource(source);
        }
        c.append(AddCommand.create(domain, corpus, Literals.CORPUS__CLAIMS, claim));
    }

    private static String surface(Document document, int begin, int end, Edit edit) {
        String text = document.getText() == null ? "" : document.getText();
        if (begin < 0 || end <= begin || end > text.length()) {
            throw new IllegalArgumentException(edit + ": [" + begin + "," + end + ") is not a non-empty span inside document "
                    + document.getId() + " (" + text.length() + " characters)");
        }
        return text.substring(begin, end);
    }

    // ---- analysis of competing hypotheses, claim relations ---------------------------------------

    private void addHypothesis(CompoundCommand c, Edit.AddHypothesis e, Ids ids) {
        Hypothesis h = SightlineFactory.eINSTANCE.createHypothesis();
        h.setId(ids.next(Literals.HYPOTHESIS));
        h.setLabel(e.text());
        c.append(AddCommand.create(domain, corpus, Literals.CORPUS__HYPOTHESES, h));
    }

    private void addAssessment(CompoundCommand c, Edit.AddAssessment e, Ids ids) {
        Claim claim = find(e.claimId(), Claim.class, e);
        Hypothesis hypothesis = find(e.hypothesisId(), Hypothesis.class, e);
        for (Assessment a : corpus.getAssessments()) {
            if (a.getClaim() == claim && a.getHypothesis() == hypothesis) {
                throw new IllegalArgumentException(e + ": the cell is rated already (assessment " + a.getId() + "): change that rating");
            }
        }
        c.append(AddCommand.create(domain, corpus, Literals.CORPUS__ASSESSMENTS,
                assessment(ids, claim, hypothesis, e.consistency(), e.weight())));
    }

    private void addEvidence(CompoundCommand c, Edit.AddEvidence e, Ids ids) {
        if (corpus.getHypotheses().isEmpty()) {
            throw new IllegalArgumentException(e + ": there is no hypothesis to rate evidence against yet");
        }
        Set<Claim> assessed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        corpus.getAssessments().forEach(a -> assessed.add(a.getClaim()));
        List<Assessment> added = new ArrayList<>();
        for (String id : e.claimIds()) {
            Claim claim = find(id, Claim.class, e);
            if (!assessed.add(claim)) {
                throw new IllegalArgumentException(e + ": claim " + id + " is evidence already");
            }
            for (Hypothesis h : corpus.getHypotheses()) {
                added.add(assessment(ids, claim, h, Consistency.N, 1.0));
            }
        }
        c.append(AddCommand.create(domain, corpus, Literals.CORPUS__ASSESSMENTS, added));
    }

    private void removeEvidence(CompoundCommand c, Edit.RemoveEvidence e) {
        Set<Claim> claims = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String id : e.claimIds()) {
            claims.add(find(id, Claim.class, e));
        }
        List<Assessment> removed = corpus.getAssessments().stream().filter(a -> claims.contains(a.getClaim())).toList();
        for (Claim claim : claims) {
            if (removed.stream().noneMatch(a -> a.getClaim() == claim)) {
                throw new IllegalArgumentException(e + ": claim " + claim.getId() + " is not evidence");
            }
        }
        c.append(RemoveCommand.create(domain, corpus, Literals.CORPUS__ASSESSMENTS, removed));
    }

    private void removeHypothesis(CompoundCommand c, Edit.RemoveHypothesis e) {
        Hypothesis h = find(e.hypothesisId(), Hypothesis.class, e);
        List<Assessment> ratings = corpus.getAssessments().stream().filter(a -> a.getHypothesis() == h).toList();
        if (!ratings.isEmpty()) {
            c.append(RemoveCommand.create(domain, corpus, Literals.CORPUS__ASSESSMENTS, ratings));
        }
        c.append(RemoveCommand.create(domain, corpus, Literals.CORPUS__HYPOTHESES, h));
    }

    private static Assessment assessment(Ids ids, Claim claim, Hypothesis hypothesis, Consistency consistency, double weight) {
        Assessment a = SightlineFactory.eINSTANCE.createAssessment();
        a.setId(ids.next(Literals.ASSESSMENT));
        a.setClaim(claim);
        a.setHypothesis(hypothesis);
        a.setConsistency(consistency);
        a.setWeight(weight);
        return a;
    }

    private void decideRelation(CompoundCommand c, Edit.DecideRelation e, Ids ids) {
        Claim from = find(e.fromClaimId(), Claim.class, e);
        Claim to = find(e.toClaimId(), Claim.class, e);
        for (ClaimRelation r : corpus.getRelations()) {
            if (r.getFrom() == from && r.getTo() == to || r.getFrom() == to && r.getTo() == from) {
                throw new IllegalArgumentException(e + ": the pair is decided already (relation " + r.getId() + ")");
            }
        }
        ClaimRelation r = SightlineFactory.eINSTANCE.createClaimRelation();
        r.setId(ids.next(Literals.CLAIM_RELATION));
        r.setKind(e.kind());
        r.setFrom(from);
        r.setTo(to);
        r.setReason(e.reason());
        r.setProducerId(e.producerId());
        r.setStatus(e.status());
        c.append(AddCommand.create(domain, corpus, Literals.CORPUS__RELATIONS, r));
    }

    // ---- import --------------------------------------------------------------------------------

    private void importCorpus(CompoundCommand c, Edit.ImportCorpus i) {
        Corpus imported = attachments.apply(i.attachment());
        // ChangeCommand records what the merge does (new objects, aliases and mentions on existing actors) for undo.
        c.append(new ChangeCommand(corpus) {
            @Override
            protected void doExecute() {
                CorpusMerge.copyInto(imported, corpus);
            }
        });
    }

    private <T> T find(String id, Class<T> type, Edit edit) {
        Identified found = Corpora.byId(corpus, id, Identified.class);
        if (found == null) {
            throw new IllegalArgumentException(edit + ": no object with id \"" + id + "\" in the workspace");
        }
        if (!type.isInstance(found)) {
            throw new IllegalArgumentException(edit + ": \"" + id + "\" is a " + found.eClass().getName() + ", not a " + type.getSimpleName());
        }
        return type.cast(found);
    }
}
