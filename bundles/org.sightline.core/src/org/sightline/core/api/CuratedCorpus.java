package org.sightline.core.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.ReviewStatus;

/**
 * What an export of the analyst's work holds: a copy of a workspace's corpus with what the analyst ruled out left
 * out, and everything else as the analyst left it (merges, corrections, confirmations, hypotheses and assessments).
 * Left out: claims REJECTED or hidden, claims whose source actor is hidden, hidden actors (with their mentions, and
 * as targets of the claims kept), rejected mentions, and the relations and assessments of claims left out. The
 * workspace itself is never changed.
 * <p>
 * Narrowed to some claims (a selection, a search result), the copy holds those claims, the documents they are in,
 * the actors they involve (source, targets, and the mentions in those documents), and the relations and assessments
 * among them.
 *
 * @since 0.2.0
 */
public final class CuratedCorpus {

    private CuratedCorpus() {
    }

    /** Whether the analyst hid {@code claim}: itself, or its source actor. Views and exports leave it out. */
    public static boolean isHidden(Claim claim) {
        return claim.isHidden() || claim.getSource() != null && claim.getSource().isHidden();
    }

    /** The whole workspace as the analyst curated it. */
    public static Corpus of(Corpus corpus) {
        return of(corpus, null);
    }

    /**
     * The curated workspace narrowed to the claims whose ids are in {@code claimIds} (null: all claims); ids of
     * claims left out anyway (rejected, hidden) or unknown are ignored.
     */
    public static Corpus of(Corpus corpus, Set<String> claimIds) {
        Objects.requireNonNull(corpus, "corpus");
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Corpus copy = (Corpus) copier.copy(corpus);
        copier.copyReferences();

        copy.getActors().removeIf(Actor::isHidden);
        Predicate<Claim> kept = c -> c.getStatus() != ReviewStatus.REJECTED && !c.isHidden()
                && (c.getSource() == null || c.getSource().eContainer() == copy) // its source was not hidden
                && (claimIds == null || claimIds.contains(c.getId()));
        copy.getClaims().removeIf(kept.negate());
        for (Claim c : copy.getClaims()) {
            c.getTargets().removeIf(a -> a.eContainer() != copy);
        }
        for (Actor a : copy.getActors()) {
            a.getMentions().removeIf(m -> m.getStatus() == ReviewStatus.REJECTED);
            if (a.getPartOf() != null && a.getPartOf().eContainer() != copy) {
                a.setPartOf(null);
            }
        }
        if (claimIds != null) {
            narrow(copy);
        }
        Set<Claim> claims = identitySet(copy.getClaims());
        copy.getRelations().removeIf(r -> !claims.contains(r.getFrom()) || !claims.contains(r.getTo()));
        copy.getAssessments().removeIf(a -> !claims.contains(a.getClaim()));
        return copy;
    }

    /** Keeps the documents of the claims kept, and the actors those claims or documents involve. */
    private static void narrow(Corpus copy) {
        Set<Document> documents = new HashSet<>();
        Set<Actor> actors = new HashSet<>();
        for (Claim c : copy.getClaims()) {
            if (c.getDocument() != null) {
                documents.add(c.getDocument());
            }
            if (c.getSource() != null) {
                actors.add(c.getSource());
            }
            actors.addAll(c.getTargets());
        }
        for (Actor a : copy.getActors()) {
            for (Mention m : a.getMentions()) {
                if (documents.contains(m.getDocument())) {
                    actors.add(a);
                }
            }
        }
        copy.getDocuments().removeIf(d -> !documents.contains(d));
        copy.getActors().removeIf(a -> !actors.contains(a));
        for (Actor a : copy.getActors()) {
            a.getMentions().removeIf(m -> !documents.contains(m.getDocument()));
            if (a.getPartOf() != null && !actors.contains(a.getPartOf())) {
                a.setPartOf(null);
            }
        }
        for (Claim c : copy.getClaims()) {
            c.getTargets().removeIf(a -> !actors.contains(a));
        }
        for (Document d : copy.getDocuments()) {
            if (d.getDuplicateOf() != null && !documents.contains(d.getDuplicateOf())) {
                d.setDuplicateOf(null);
            }
        }
    }

    private static <T> Set<T> identitySet(Collection<T> items) {
        Set<T> set = java.util.Collections.newSetFromMap(new IdentityHashMap<T, Boolean>());
        set.addAll(items);
        return set;
    }
}
