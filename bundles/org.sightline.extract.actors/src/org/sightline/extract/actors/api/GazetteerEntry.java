package org.sightline.extract.actors.api;

import java.util.List;
import java.util.Objects;

/**
 * One actor known by name.
 *
 * @param name display name ("United States")
 * @param aliases further surface forms that name the actor on their own ("US", "Washington"); case
 *        matters for all-capital forms ("US" is not "us"), other words match in any case when the text
 *        capitalises them
 * @param adjectives forms that name the actor only before an actor noun ("American officials",
 *        "the Japanese government"), never alone ("the Korean Peninsula")
 * @param kind actor kind
 * @param code stable code: ISO 3166 alpha-3 for states, CAMEO/Phoenix style codes otherwise; may be null
 * @param partOf code of the containing actor (a ministry's state), null if none, or
 *        {@link #OWNER_FROM_TEXT} for a generic body ("defense ministry", "state media") whose owner is
 *        the state the text names right before it ("South Korea's defense ministry")
 * @param role role of a person ("President"), null otherwise
 *
 * @since 0.1.0
 */
public record GazetteerEntry(String name, List<String> aliases, List<String> adjectives, ActorKind kind, String code,
        String partOf, String role) {

    /** {@link #partOf()} value of generic entries owned by the state named before them. */
    public static final String OWNER_FROM_TEXT = "*";

    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind of " + name);
        if (name.isBlank()) {
            throw new IllegalArgumentException("gazetteer entry with a blank name");
        }
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        adjectives = List.copyOf(adjectives == null ? List.of() : adjectives);
    }

    public boolean generic() {
        return OWNER_FROM_TEXT.equals(partOf);
    }
}
