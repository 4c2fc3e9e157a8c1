package org.sightline.analysis.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.sightline.model.Actor;

/** Which actor a claim is counted for, optionally rolled up along Actor.partOf. */
public final class Sources {

    private Sources() {
    }

    /**
     * {@code actor} itself, or with {@code rollUp} the top of its part-of chain (US officials -> United States), so a
     * state-level view counts what its ministries and officials said. Null stays null (a claim without source actor).
     *
     * @throws IllegalArgumentException if the part-of chain has a cycle (the model forbids it; a hand-edited file may not)
     */
    public static Actor countedFor(Actor actor, boolean rollUp) {
        if (!rollUp || actor == null) {
            return actor;
        }
        Set<Actor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Actor current = actor;
        while (current.getPartOf() != null) {
            if (!seen.add(current)) {
                throw new IllegalArgumentException("actor " + actor.getId() + " (" + actor.getName()
                        + ") has a part-of cycle through " + current.getId());
            }
            current = current.getPartOf();
        }
        return current;
    }
}
