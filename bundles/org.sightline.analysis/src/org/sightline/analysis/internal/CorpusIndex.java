package org.sightline.analysis.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;

/**
 * Positions of the corpus' actors, so analyses can use arrays and sort by corpus order. A claim or actor that refers
 * to an actor outside the corpus is a broken workspace; the analyses refuse it with a message naming both objects
 * rather than inventing a node.
 */
public final class CorpusIndex {

    private final List<Actor> actors;
    private final Map<Actor, Integer> position = new IdentityHashMap<>();

    public CorpusIndex(Corpus corpus) {
        this.actors = List.copyOf(corpus.getActors());
        for (int i = 0; i < actors.size(); i++) {
            position.put(actors.get(i), i);
        }
    }

    public List<Actor> actors() {
        return actors;
    }

    public int size() {
        return actors.size();
    }

    /** Position of {@code actor}, which {@code claim} refers to as {@code role}; fails clearly if not in the corpus. */
    public int indexOf(Actor actor, Claim claim, String role) {
        Integer index = position.get(actor);
        if (index == null) {
            throw new IllegalArgumentException("claim " + claim.getId() + " has " + role + " actor " + describe(actor)
                    + " that is not in the corpus");
        }
        return index;
    }

    /** Position of {@code whole}, which {@code part} is part of; fails clearly if not in the corpus. */
    public int indexOfWhole(Actor whole, Actor part) {
        Integer index = position.get(whole);
        if (index == null) {
            throw new IllegalArgumentException("actor " + describe(part) + " is part of actor " + describe(whole)
                    + " that is not in the corpus");
        }
        return index;
    }

    public int indexOf(Actor actor) {
        Integer index = position.get(actor);
        return index == null ? -1 : index;
    }

    static String describe(Actor actor) {
        return actor.getId() + " (" + actor.getName() + ")";
    }
}
