package org.sightline.core.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sightline.core.internal.ActorKeys;
import org.sightline.core.internal.CorpusMergeSupport;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * Adds the documents, actors, mentions and claims of one corpus to another, one actor per referent:
 * an actor already in the target (same kind and name, same country code for states, the same person
 * by {@link PersonNames}) takes the new mentions and aliases. Used to add a batch result to a saved workspace.
 *
 * @since 0.1.0
 */
public final class CorpusMerge {

    private CorpusMerge() {
    }

    /**
     * The referent an actor stands for across documents: two actors with the same key are merged
     * into one (states by country code, people by {@link PersonNames#key}, others by kind and name
     * without case, spacing or a leading "the"). The merge itself also joins a surname alone to the one
     * full name with that surname, which a key cannot express. For engines that merge elsewhere, e.g. grouping actors by it in the Spark job.
     *
     * @since 0.2.0
     */
    public static String referentKey(Actor actor) {
        return ActorKeys.key(actor);
    }

    /**
     * Actors of one workspace that the merge rule would have joined but that are separate (imported
     * before the rule knew the variant, made by hand, or from two batches): a suggested merge.
     *
     * @param actors the actors, in corpus order, at least two
     * @param reason why, in words: "same person", "same country code", "same name" or "surname of the one full name"
     * @since 0.2.0
     */
    public record Suggestion(List<Actor> actors, String reason) {
        public Suggestion {
            actors = List.copyOf(actors);
            if (actors.size() < 2) {
                throw new IllegalArgumentException("a suggested merge needs two actors or more, got " + actors);
            }
        }

        /**
         * The actor to keep when the analyst accepts without choosing: a full name before a surname alone,
         * then the most mentions, then the first in the corpus ("Donald Trump" keeps "Trump" as an alias).
         */
        public Actor kept() {
            return actors.stream().min(Comparator.comparing((Actor a) -> a.getKind() == ActorKind.PERSON && PersonNames.surnameOnly(a.getName()))
                    .thenComparing(Comparator.comparingInt((Actor a) -> a.getMentions().size()).reversed())).orElseThrow();
        }
    }

    /**
     * The suggested merges of {@code corpus}: groups of visible actors with one {@link #referentKey}, and a
     * person named by surname alone with the one person of that surname named in full (the merge's surname
     * rule), in the order of their first actor.
     *
     * @since 0.2.0
     */
    public static List<Suggestion> suggestions(Corpus corpus) {
        Map<String, List<Actor>> byKey = new LinkedHashMap<>();
        Map<String, List<Actor>> bySurname = new LinkedHashMap<>();
        for (Actor a : corpus.getActors()) {
            if (a.isHidden()) {
                continue;
            }
            byKey.computeIfAbsent(ActorKeys.key(a), k -> new ArrayList<>()).add(a);
            if (a.getKind() == ActorKind.PERSON && !PersonNames.surname(a.getName()).isEmpty()) {
                bySurname.computeIfAbsent(PersonNames.surname(a.getName()), k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (List<Actor> same : bySurname.values()) {
            Map<String, Actor> full = ActorKeys.fullNames(same);
            if (full.size() != 1) {
                continue; // no full name, or two ("Hunter Biden", "Joe Biden"): the rule joins nothing
            }
            String fullKey = ActorKeys.key(full.values().iterator().next());
            for (Actor a : same) {
                String key = ActorKeys.key(a);
                if (PersonNames.surnameOnly(a.getName()) && byKey.containsKey(key)) {
                    byKey.get(fullKey).addAll(byKey.remove(key));
                    reasons.put(fullKey, "surname of the one full name");
                }
            }
        }
        List<Suggestion> out = new ArrayList<>();
        byKey.forEach((key, actors) -> {
            if (actors.size() > 1) {
                List<Actor> ordered = new ArrayList<>(actors);
                ordered.sort(Comparator.comparingInt(corpus.getActors()::indexOf));
                String reason = reasons.getOrDefault(key, key.startsWith("STATE#") ? "same country code"
                        : key.startsWith("PERSON:") ? "same person" : "same name");
                out.add(new Suggestion(ordered, reason));
            }
        });
        out.sort(Comparator.comparingInt(s -> corpus.getActors().indexOf(s.actors().get(0))));
        return out;
    }

    /**
     * Copies {@code source} into {@code target} (source is left unchanged); new objects get the
     * target's next ids. Returns the added documents.
     */
    public static List<Document> copyInto(Corpus source, Corpus target) {
        Corpus scratch = EcoreUtil.copy(source);
        // Relations and ACH stay with their own corpus: their ids and meaning are local to it.
        scratch.getRelations().clear();
        scratch.getHypotheses().clear();
        scratch.getAssessments().clear();
        return CorpusMergeSupport.merge(scratch, target);
    }

    /**
     * Points claim {@code c}'s source and targets at the actors they were merged into ({@code into}: an
     * actor to its survivor; actors not in the map stay), each target listed once.
     *
     * @since 0.2.0
     */
    public static void repoint(Claim c, Map<Actor, Actor> into) {
        if (c.getSource() != null) {
            c.setSource(into.getOrDefault(c.getSource(), c.getSource()));
        }
        List<Actor> targets = new ArrayList<>();
        for (Actor t : c.getTargets()) {
            Actor survivor = into.getOrDefault(t, t);
            if (!targets.contains(survivor)) {
                targets.add(survivor);
            }
        }
        c.getTargets().clear();
        c.getTargets().addAll(targets);
    }
}
