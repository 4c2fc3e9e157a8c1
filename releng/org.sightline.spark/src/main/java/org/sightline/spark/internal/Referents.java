package org.sightline.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sightline.core.api.CorpusMerge;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Corpus;
import org.sightline.model.Mention;
import org.sightline.model.SightlineFactory;

/**
 * The referents that one {@link CorpusMerge#referentKey} per actor cannot express: the single-machine
 * merge also joins a person named by surname alone to the one person of that surname named in full, and
 * a full name to the one person known so far by surname alone, deciding in run order. Which key joins
 * which depends only on the first occurrence of each person key (a key, once placed, stays with its
 * actor, and only those first occurrences name or rename actors), so the job gathers those and runs
 * the core's own merge ({@link CorpusMerge#copyInto}) over them once, in run order, on the driver.
 */
public final class Referents {

    /** The first occurrence of one person key in the run. */
    public record First(String key, ActorFacts.Place place, ActorFacts.Facts facts) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The earlier of two occurrences of one key. */
        public static First earlier(First a, First b) {
            return a.place().compareTo(b.place()) <= 0 ? a : b;
        }
    }

    private Referents() {
    }

    /** Whether the surname rule can touch an actor of this kind. */
    public static boolean person(ActorFacts.Facts facts) {
        return ActorKind.PERSON.getLiteral().equals(facts.kind());
    }

    /**
     * The person keys that the single-machine merge joins to another key's actor, each with that key
     * (the key whose first occurrence made the actor). Keys not in the map stand for themselves.
     */
    public static Map<String, String> survivors(List<First> people) {
        List<First> inOrder = new ArrayList<>(people);
        inOrder.sort((a, b) -> a.place().compareTo(b.place()));
        Corpus scratch = SightlineFactory.eINSTANCE.createCorpus();
        for (int i = 0; i < inOrder.size(); i++) {
            Actor a = ActorFacts.actor(inOrder.get(i).facts());
            // The mention marks where the occurrence went: the merge moves it with the actor it joins.
            Mention m = SightlineFactory.eINSTANCE.createMention();
            m.setText(Integer.toString(i));
            a.getMentions().add(m);
            scratch.getActors().add(a);
        }
        Corpus target = SightlineFactory.eINSTANCE.createCorpus();
        CorpusMerge.copyInto(scratch, target);
        Map<String, String> out = new HashMap<>();
        for (Actor a : target.getActors()) {
            // An actor's own occurrence comes first among its mentions; the ones it absorbed follow.
            String survivor = inOrder.get(Integer.parseInt(a.getMentions().get(0).getText())).key();
            for (Mention m : a.getMentions()) {
                String key = inOrder.get(Integer.parseInt(m.getText())).key();
                if (!key.equals(survivor)) {
                    out.put(key, survivor);
                }
            }
        }
        return out;
    }
}
