package org.sightline.extract.actors.api;

import java.util.List;

/**
 * An actor found in a document.
 *
 * @param key stable across documents so that the same actor merges: the code for states and
 *        international organisations ("USA", "IGOUNO"), owner key + "." + normalised name for parts
 *        ("USA.DEPARTMENT_OF_DEFENSE", "KOR.DEFENSE_MINISTRY", "USA.OFFICIALS"), "PERSON." + first and
 *        last name for people, the normalised name otherwise ("ANALYSTS")
 * @param partOfKey key of the containing actor, or null
 * @param aliases other surface forms seen in the text
 * @param role role of a person when the text or the gazetteer gives it, else null
 *
 * @since 0.1.0
 */
public record ActorRef(String key, String name, ActorKind kind, String code, String partOfKey, List<String> aliases,
        String role) {

    public ActorRef {
        aliases = List.copyOf(aliases);
    }
}
