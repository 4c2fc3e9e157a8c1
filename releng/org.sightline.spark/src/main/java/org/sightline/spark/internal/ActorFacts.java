package org.sightline.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sightline.core.api.CorpusMerge;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Corpus;
import org.sightline.model.SightlineFactory;

/**
 * What the documents say about one referent (one {@link CorpusMerge#referentKey} key, or the keys the
 * surname rule joins, {@link Referents}), gathered across
 * the corpus so that the merged actor comes out as the single-machine merge makes it: the facts of
 * each occurrence (name, kind, code, aliases) are kept once per distinct set of facts, at the place
 * in the run where they first occur, and then applied in that order with the core's own merge
 * ({@link CorpusMerge#copyInto}). Applying the same facts again never changes the merged actor, so
 * keeping the first place of each distinct set is enough: the summary stays small for an actor
 * mentioned in millions of documents, and two summaries combine in any order (a Spark reduce).
 */
public final class ActorFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A place in the run: document number, then the actor's number within the document. */
    public record Place(long doc, int local) implements Serializable, Comparable<Place> {
        private static final Comparator<Place> ORDER = Comparator.comparingLong(Place::doc).thenComparingInt(Place::local);

        @Override
        public int compareTo(Place o) {
            return ORDER.compare(this, o);
        }
    }

    /** The facts one document gives about the actor. */
    public record Facts(String name, String kind, String code, List<String> aliases) implements Serializable {
    }

    private final Map<Facts, Place> first = new HashMap<>();
    /** The whole this actor is part of (its key), from the first occurrence that names one. */
    private String partOf;
    private Place partOfPlace;
    private long mentions;
    private long documents;

    /** One occurrence of the actor in one document. */
    public static ActorFacts of(Place place, Facts facts, String partOfKey, int mentions) {
        ActorFacts f = new ActorFacts();
        f.first.put(facts, place);
        if (partOfKey != null) {
            f.partOf = partOfKey;
            f.partOfPlace = place;
        }
        f.mentions = mentions;
        f.documents = 1;
        return f;
    }

    /** Both summaries together (commutative and associative). */
    public static ActorFacts combine(ActorFacts a, ActorFacts b) {
        ActorFacts c = new ActorFacts();
        c.first.putAll(a.first);
        b.first.forEach((facts, place) -> c.first.merge(facts, place, (x, y) -> x.compareTo(y) <= 0 ? x : y));
        if (a.partOfPlace == null || (b.partOfPlace != null && b.partOfPlace.compareTo(a.partOfPlace) < 0)) {
            c.partOf = b.partOf;
            c.partOfPlace = b.partOfPlace;
        } else {
            c.partOf = a.partOf;
            c.partOfPlace = a.partOfPlace;
        }
        c.mentions = a.mentions + b.mentions;
        c.documents = a.documents + b.documents;
        return c;
    }

    /**
     * Both summaries of one document (several of its actors that the corpus merge makes one): combined,
     * the document counted once.
     */
    public static ActorFacts inOneDocument(ActorFacts a, ActorFacts b) {
        ActorFacts c = combine(a, b);
        c.documents = 1;
        return c;
    }

    /** Where the actor first occurs: its place decides its id. */
    public Place firstPlace() {
        return first.values().stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    public String partOf() {
        return partOf;
    }

    public Place partOfPlace() {
        return partOfPlace;
    }

    public long mentions() {
        return mentions;
    }

    public long documents() {
        return documents;
    }

    /** The merged actor's facts: each distinct set of facts merged in the order of its first place, by the core's merge. */
    public Facts merged() {
        List<Map.Entry<Facts, Place>> inOrder = new ArrayList<>(first.entrySet());
        inOrder.sort(Map.Entry.comparingByValue());
        Corpus target = SightlineFactory.eINSTANCE.createCorpus();
        for (Map.Entry<Facts, Place> e : inOrder) {
            Corpus scratch = SightlineFactory.eINSTANCE.createCorpus();
            scratch.getActors().add(actor(e.getKey()));
            CorpusMerge.copyInto(scratch, target);
        }
        if (target.getActors().size() != 1) {
            throw new IllegalStateException("facts of several referents under one key: " + inOrder);
        }
        Actor a = target.getActors().get(0);
        return new Facts(a.getName(), a.getKind().getLiteral(), a.getCode(), List.copyOf(a.getAliases()));
    }

    static Actor actor(Facts f) {
        Actor a = SightlineFactory.eINSTANCE.createActor();
        a.setName(f.name());
        a.setKind(ActorKind.get(f.kind()));
        a.setCode(f.code());
        a.getAliases().addAll(f.aliases());
        return a;
    }

    /** The facts of {@code a} as one document gives them. */
    static Facts of(Actor a) {
        return new Facts(a.getName(), a.getKind().getLiteral(), a.getCode(), List.copyOf(a.getAliases()));
    }
}
