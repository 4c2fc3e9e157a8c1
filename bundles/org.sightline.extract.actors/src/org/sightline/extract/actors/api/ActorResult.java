package org.sightline.extract.actors.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Actors of one document and their mentions in text order.
 *
 * @since 0.1.0
 */
public record ActorResult(List<ActorRef> actors, List<ActorMention> mentions) {

    public ActorResult {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
    }

    public Map<String, ActorRef> byKey() {
        return actors.stream().collect(Collectors.toMap(ActorRef::key, Function.identity(), (a, b) -> a));
    }

    public ActorRef actor(String key) {
        for (ActorRef a : actors) {
            if (a.key().equals(key)) {
                return a;
            }
        }
        return null;
    }

    /** The mentions lying inside [begin, end). */
    public List<ActorMention> mentionsIn(int begin, int end) {
        return mentions.stream().filter(m -> m.begin() >= begin && m.end() <= end).toList();
    }
}
