package org.sightline.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.sightline.core.api.CorpusMerge;
import org.sightline.core.api.PersonNames;

import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.SightlinePackage;
import org.sightline.model.io.Ids;

/**
 * Moves what the extractors of one document built (a scratch corpus) into the real corpus:
 * documents, actors (one per referent: an actor already in the corpus under the same
 * {@link ActorKeys key} takes the new mentions and aliases), mentions and claims, each with the
 * next stable id. Called in input order on one thread, so ids follow the inputs.
 */
final class CorpusMerger {

    private final Corpus corpus;
    private final Ids ids;
    private final Map<String, Actor> byKey = new HashMap<>();

    /** People of the corpus by {@link PersonNames#surname surname}, for the surname rule. */
    private final Map<String, List<Actor>> bySurname = new HashMap<>();

    CorpusMerger(Corpus corpus) {
        this.corpus = corpus;
        this.ids = Ids.of(corpus);
        for (Actor a : corpus.getActors()) {
            byKey.putIfAbsent(ActorKeys.key(a), a);
            indexPerson(a);
        }
    }

    private void indexPerson(Actor a) {
        if (a.getKind() == ActorKind.PERSON && !PersonNames.surname(a.getName()).isEmpty()) {
            List<Actor> same = bySurname.computeIfAbsent(PersonNames.surname(a.getName()), k -> new ArrayList<>());
            if (!same.contains(a)) {
                same.add(a);
            }
        }
    }

    /**
     * The surname rule: a person named by surname alone ("Volker", "Mr. Trump") is the one person of the
     * corpus with that surname and a full name ("Kurt Volker"), and a full name joins the one person
     * known so far by that surname alone (who then takes the full name). With two full names for one
     * surname ("Hunter Biden", "Joe Biden") nothing is merged.
     */
    private Actor bySurname(Actor a) {
        if (a.getKind() != ActorKind.PERSON) {
            return null;
        }
        List<Actor> same = bySurname.getOrDefault(PersonNames.surname(a.getName()), List.of());
        Map<String, Actor> full = ActorKeys.fullNames(same);
        Actor shortActor = null;
        for (Actor x : same) {
            if (PersonNames.surnameOnly(x.getName())) {
                shortActor = x;
            }
        }
        if (PersonNames.surnameOnly(a.getName())) {
            return full.size() == 1 ? full.values().iterator().next() : null;
        }
        if (full.isEmpty() && shortActor != null) {
            String oldName = shortActor.getName();
            shortActor.setName(a.getName());
            if (!shortActor.getAliases().contains(oldName)) {
                shortActor.getAliases().add(oldName);
            }
            byKey.put(ActorKeys.key(shortActor), shortActor);
            return shortActor;
        }
        return null;
    }

    /** Merges {@code scratch}; returns the documents it added. */
    List<Document> merge(Corpus scratch) {
        List<Document> documents = new ArrayList<>(scratch.getDocuments());
        for (Document d : documents) {
            d.setId(ids.next(SightlinePackage.Literals.DOCUMENT));
            corpus.getDocuments().add(d);
        }

        // Decide where each scratch actor goes before moving anything: part-of links point at scratch actors.
        Map<Actor, Actor> target = new IdentityHashMap<>();
        Map<Actor, Actor> partOf = new IdentityHashMap<>();
        for (Actor a : scratch.getActors()) {
            String key = ActorKeys.key(a);
            Actor existing = byKey.get(key);
            if (existing == null) {
                existing = bySurname(a);
            }
            target.put(a, existing != null ? existing : a);
            if (existing == null) {
                byKey.put(key, a);
            }
            indexPerson(existing != null ? existing : a);
            if (a.getPartOf() != null) {
                partOf.put(a, a.getPartOf());
            }
        }
        for (Actor a : new ArrayList<>(scratch.getActors())) {
            Actor t = target.get(a);
            if (t == a) {
                a.setId(ids.next(SightlinePackage.Literals.ACTOR));
                corpus.getActors().add(a);
                for (Mention m : a.getMentions()) {
                    m.setId(ids.next(SightlinePackage.Literals.MENTION));
                }
            } else {
                absorb(t, a);
            }
        }
        partOf.forEach((a, whole) -> {
            Actor t = target.get(a);
            Actor w = target.getOrDefault(whole, whole);
            // A new actor still points at the scratch whole; an existing one keeps what it has.
            boolean free = t == a || t.getPartOf() == null;
            t.setPartOf(free && !isWithin(w, t) ? w : (t == a ? null : t.getPartOf()));
        });
        for (Claim c : new ArrayList<>(scratch.getClaims())) {
            CorpusMerge.repoint(c, target);
            c.setId(ids.next(SightlinePackage.Literals.CLAIM));
            corpus.getClaims().add(c);
        }
        return documents;
    }

    /** Whether {@code actor} is {@code whole} or lies (transitively) within it: a part-of link would close a cycle. */
    private static boolean isWithin(Actor actor, Actor whole) {
        int guard = 0;
        for (Actor a = actor; a != null && guard++ < 1000; a = a.getPartOf()) {
            if (a == whole) {
                return true;
            }
        }
        return false;
    }

    /** {@code into} (already in the corpus) takes over the mentions, aliases and missing facts of {@code from}. */
    private void absorb(Actor into, Actor from) {
        for (String alias : from.getAliases()) {
            if (!into.getAliases().contains(alias) && !alias.equalsIgnoreCase(into.getName())) {
                into.getAliases().add(alias);
            }
        }
        if (into.getCode() == null) {
            into.setCode(from.getCode());
        }
        if (into.getRole() == null) {
            into.setRole(from.getRole());
        }
        for (Mention m : new ArrayList<>(from.getMentions())) {
            m.setId(ids.next(SightlinePackage.Literals.MENTION));
            into.getMentions().add(m);
        }
    }
}
