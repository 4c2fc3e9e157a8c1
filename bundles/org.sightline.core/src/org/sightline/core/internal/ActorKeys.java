package org.sightline.core.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.sightline.core.api.PersonNames;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;

/**
 * The identity of an actor across documents: one actor per referent in a corpus. States are one
 * actor per country code ("United States" and "USA" alike); people per {@link PersonNames#key name
 * key} ("Mr. Donald J. Trump" and "Donald Trump", "Zelenskiy" and "Zelenskyy" alike); everything else
 * per kind and name, compared without case, spacing or a leading "the".
 */
public final class ActorKeys {

    private ActorKeys() {
    }

    public static String key(Actor actor) {
        return key(actor.getKind(), actor.getName(), actor.getCode());
    }

    public static String key(ActorKind kind, String name, String code) {
        if (kind == ActorKind.STATE && code != null && !code.isBlank()) {
            return "STATE#" + code.trim().toUpperCase(Locale.ROOT);
        }
        if (kind == ActorKind.PERSON) {
            return "PERSON:" + PersonNames.key(name);
        }
        return (kind == null ? "?" : kind.name()) + ":" + normalise(name);
    }

    /**
     * The people among {@code sameSurname} named in full (not by surname alone), one per
     * {@link PersonNames#key name key}, the first of each key: the surname rule joins a surname alone to
     * the full name only when this holds exactly one.
     */
    public static Map<String, Actor> fullNames(Collection<Actor> sameSurname) {
        Map<String, Actor> full = new LinkedHashMap<>();
        for (Actor x : sameSurname) {
            if (!PersonNames.surnameOnly(x.getName())) {
                full.putIfAbsent(PersonNames.key(x.getName()), x);
            }
        }
        return full;
    }

    static String normalise(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
