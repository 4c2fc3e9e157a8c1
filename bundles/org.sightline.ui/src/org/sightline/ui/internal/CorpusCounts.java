package org.sightline.ui.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;

/**
 * What the Documents and Actors views count: per document its claims and the distinct actors it
 * mentions, per actor the claims it is the source of. One pass over the claims and one over the
 * actors' mentions (3 million at 100,000 documents), so it is counted off the UI thread
 * ({@link SessionCounts}). An immutable snapshot.
 */
public final class CorpusCounts {

    /** A document's counts; {@code last} is the actor counted last, so each actor counts once per document. */
    private static final class Row {
        int actors;
        int claims;
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
            documents.computeIfAbsent(c.getDocument(), d -> new Row()).claims++;
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
                if (row.last != a) {
                    row.last = a;
                    row.actors++;
                }
            }
        }
        return new CorpusCounts(documents, actorClaims);
    }

    /** The claims in {@code document}. */
    public int claims(Document document) {
        Row r = documents.get(document);
        return r == null ? 0 : r.claims;
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
