package org.sightline.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sightline.core.api.CorpusMerge;
import org.sightline.core.api.LanguageCoverage;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.io.SightlineJson;

/** One document's own "sightline/1" JSON (local ids) and what the merge stage needs to know of it. */
public final class DocumentParts {

    private DocumentParts() {
    }

    /** One actor of one document, by its place in the document's actor list. */
    public record Occurrence(int local, String key, ActorFacts.Facts facts, String partOfKey, int mentions) implements Serializable {
    }

    /** A document after analysis: its place in the run, its JSON, how many mentions and claims it has, its actors. */
    public record Analysed(long order, String json, int mentions, int claims, List<Occurrence> actors) implements Serializable {
    }

    /** A document with its number in the corpus and the first mention and claim numbers it takes. */
    public record Numbered(long doc, long mentionBase, long claimBase, Analysed analysed) implements Serializable {
    }

    /** The merged actor a key stands for: its corpus id and facts, and the id and facts of the whole it is part of (or nulls). */
    public record Merged(String id, ActorFacts.Facts facts, String partOfId, ActorFacts.Facts partOfFacts) implements Serializable {

        public Merged withWhole(String wholeId, ActorFacts.Facts wholeFacts) {
            return new Merged(id, facts, wholeId, wholeFacts);
        }
    }

    static Corpus read(String json) {
        try {
            return SightlineJson.read(new StringReader(json));
        } catch (IOException e) {
            throw new UncheckedIOException("the analysis stage wrote JSON that does not read back: " + e.getMessage(), e);
        }
    }

    public static Analysed analysed(long order, String json) {
        Corpus c = read(json);
        List<Occurrence> actors = new ArrayList<>();
        int mentions = 0;
        for (int i = 0; i < c.getActors().size(); i++) {
            Actor a = c.getActors().get(i);
            actors.add(new Occurrence(i, CorpusMerge.referentKey(a), ActorFacts.of(a), a.getPartOf() == null ? null : CorpusMerge.referentKey(a.getPartOf()),
                    a.getMentions().size()));
            mentions += a.getMentions().size();
        }
        return new Analysed(order, json, mentions, c.getClaims().size(), actors);
    }

    /**
     * The document as the merged corpus has it: corpus ids (d, a, m, c numbered in run order, as
     * {@code sightline analyze} numbers them), merged actor facts, each actor with its mentions in this
     * document, and the wholes its actors are part of.
     */
    public static Corpus global(Numbered n, Map<String, Merged> actors) {
        Corpus c = read(n.analysed().json());
        Document d = c.getDocuments().get(0);
        d.setId("d" + (n.doc() + 1));
        long mention = n.mentionBase();
        Map<String, Actor> byId = new java.util.HashMap<>();
        Map<Actor, Actor> joined = new java.util.IdentityHashMap<>();
        // Each actor's merged form, by its key as analysed (the merged name may have another key: "Trump" becomes "Donald Trump").
        Map<Actor, Merged> mergedOf = new java.util.IdentityHashMap<>();
        for (Actor a : c.getActors()) {
            Merged m = actors.get(CorpusMerge.referentKey(a));
            mergedOf.put(a, m);
            for (Mention x : a.getMentions()) {
                x.setId("m" + (++mention));
            }
            Actor same = byId.get(m.id());
            if (same != null) {
                // Two actors of this document that the corpus merge makes one ("Donald Trump", "Trump"): one, as analyze has it.
                same.getMentions().addAll(a.getMentions());
                joined.put(a, same);
                continue;
            }
            apply(a, m);
            byId.put(m.id(), a);
        }
        if (!joined.isEmpty()) {
            for (Claim cl : c.getClaims()) {
                CorpusMerge.repoint(cl, joined);
            }
            c.getActors().removeAll(joined.keySet());
        }
        // Wholes: the merged actor's whole, added without mentions when this document does not name it.
        for (Actor a : new ArrayList<>(c.getActors())) {
            Merged m = mergedOf.get(a);
            String whole = m.partOfId();
            a.setPartOf(null);
            if (whole != null) {
                Actor w = byId.get(whole);
                if (w == null) {
                    w = ActorFacts.actor(m.partOfFacts());
                    apply(w, new Merged(whole, m.partOfFacts(), null, null));
                    c.getActors().add(w);
                    byId.put(whole, w);
                }
                a.setPartOf(w);
            }
        }
        long claim = n.claimBase();
        for (Claim cl : c.getClaims()) {
            cl.setId("c" + (++claim));
        }
        return c;
    }

    private static void apply(Actor a, Merged m) {
        a.setId(m.id());
        a.setName(m.facts().name());
        a.setKind(org.sightline.model.ActorKind.get(m.facts().kind()));
        a.setCode(m.facts().code());
        a.getAliases().clear();
        a.getAliases().addAll(m.facts().aliases());
    }

    /** One line of the job's JSON lines output. */
    public static String jsonLine(Corpus c, SightlineRegistry registry) {
        StringWriter w = new StringWriter();
        try {
            SightlineJson.write(c, w, d -> LanguageCoverage.note(registry, d));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().strip();
    }
}
