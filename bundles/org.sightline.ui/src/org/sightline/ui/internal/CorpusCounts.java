package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.io.Corpora;

/**
 * What the Documents and Actors views count: per document its claims and the distinct actors it
 * mentions, per actor the claims it is the source of; and per document its claims and mentions
 * themselves, which the Document view marks (finding them is a pass over every claim and mention of
 * the corpus, 0.2-0.3 s at 100,000 documents, each time a document is shown or hovered). One pass over
 * the claims and one over the actors' mentions (3 million at 100,000 documents), so it is counted off
 * the UI thread ({@link SessionCounts}). An immutable snapshot.
 */
public final class CorpusCounts {

    /** A document's claims and mentions; {@code last} is the actor counted last, so each actor counts once per document. */
    private static final class Row {
        int actors;
        final List<Claim> claims = new ArrayList<>(4);
        List<Mention> mentions = new ArrayList<>(4);
        Actor last;
    }

    private final Map<Document, Row> documents;
    private final Map<Actor, int[]> actorClaims;

    private CorpusCounts(Map<Document, Row> documents, Map<Actor, int[]> actorClaims) {
        this.documents = documents;
        this.actorClaims = actorClaims;
    }

    /**
     * Counts {@code corpus}; null when {@code cancelled} says so (checked first, then every 4,096
     * claims and actors).
     */
    public static CorpusCounts of(Corpus corpus, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            return null;
        }
        Map<Document, Row> documents = new IdentityHashMap<>();
        Map<Actor, int[]> actorClaims = new IdentityHashMap<>();
        int n = 0;
        for (Claim c : corpus.getClaims()) {
            if ((++n & 4095) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            documents.computeIfAbsent(c.getDocument(), d -> new Row()).claims.add(c);
            if (c.getSource() != null) {
                actorClaims.computeIfAbsent(c.getSource(), a -> new int[1])[0]++;
            }
        }
        for (Actor a : corpus.getActors()) {
            if ((++n & 4095) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            for (Mention m : a.getMentions()) {
                Row row = documents.computeIfAbsent(m.getDocument(), d -> new Row());
                row.mentions.add(m);
                if (row.last != a) {
                    row.last = a;
                    row.actors++;
                }
            }
        }
        for (Row row : documents.values()) {
            row.last = null;
            row.mentions = Corpora.byPosition(row.mentions);
        }
        return new CorpusCounts(documents, actorClaims);
    }

    /** The claims in {@code document}. */
    public int claims(Document document) {
        Row r = documents.get(document);
        return r == null ? 0 : r.claims.size();
    }

    /** The claims in {@code document}, in corpus order (as {@link Corpora#claimsIn}). */
    public List<Claim> claimsIn(Document document) {
        Row r = documents.get(document);
        return r == null ? List.of() : Collections.unmodifiableList(r.claims);
    }

    /** The mentions in {@code document}, by position (as {@link Corpora#mentionsIn}). */
    public List<Mention> mentionsIn(Document document) {
        Row r = documents.get(document);
        return r == null ? List.of() : r.mentions;
    }

    /** The distinct actors mentioned in {@code document}. */
    public int actors(Document document) {
        Row r = documents.get(document);
        return r == null ? 0 : r.actors;
    }

    /** The claims whose source is {@code actor}. */
    public int claims(Actor actor) {
        int[] n = actorClaims.get(actor);
        return n == null ? 0 : n[0];
    }
}
