package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.EObject;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.SightlinePackage.Literals;
import org.sightline.model.io.Corpora;

/**
 * What the Documents and Actors views count: per document its claims and the distinct actors it
 * mentions, per actor the claims it is the source of; and per document its claims and mentions
 * themselves, which the Document view marks (finding them is a pass over every claim and mention of
 * the corpus, 0.2-0.3 s at 100,000 documents, each time a document is shown or hovered). One pass over
 * the claims and one over the actors' mentions (3 million at 100,000 documents), so it is counted off
 * the UI thread ({@link SessionCounts}); after an edit, {@link #updated} follows the edit's own parts from the
 * counts before it, touching only the documents it changed. An immutable snapshot.
 */
public final class CorpusCounts {

    /** A document's claims and mentions; {@code last} is the actor counted last, so each actor counts once per document. */
    private static final class Row {
        int actors;
        final List<Claim> claims = new ArrayList<>(4);
        List<Mention> mentions = new ArrayList<>(4);
        Actor last;
    }

    /** A row with nothing: a document an edit emptied (as a count that found nothing in it). */
    private static final Row NONE = new Row();

    static {
        NONE.mentions = List.of();
    }

    /** The rows as counted, shared by the counts that followed edits from them; never changed. */
    private final Map<Document, Row> documents;
    /**
     * The rows edits changed since {@link #documents} was counted, looked up first: a copy of 100,000 rows at each edit
     * took 10-13 of the UI thread's samples per run in a nearly full heap. Folded into a new base when it grows big.
     */
    private final Map<Document, Row> edited;
    /** Shared with the counts before an edit that changed no claim's source (the Actors view then shows no new number). */
    private final Map<Actor, int[]> actorClaims;

    private CorpusCounts(Map<Document, Row> documents, Map<Document, Row> edited, Map<Actor, int[]> actorClaims) {
        this.documents = documents;
        this.edited = edited;
        this.actorClaims = actorClaims;
    }

    /** Rows edited at most this many before they are folded into a new base (a copy of the base each time after). */
    private static final int EDITED_MAX = 4096;

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
        return new CorpusCounts(documents, Map.of(), actorClaims);
    }

    /**
     * The counts of {@code corpus} after the change made of {@code parts} (the parts of one command: {@link CommandParts}),
     * these being the counts just before it; null when the parts change what cannot be followed here (a claim's
     * document or source, a mention itself, the corpus' documents, a whole list set at once): count again. Equal to
     * {@link #of} on the corpus as it is now (the same claims and mentions per document, in the same order). Claims and
     * mentions added or removed update their documents' rows only; a change of anything else (a status, a text, a
     * hypothesis) keeps every row. On the thread that changed the corpus.
     */
    public CorpusCounts updated(Corpus corpus, List<CommandParts.Part> parts) {
        Set<Claim> claims = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Mention> mentions = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CommandParts.Part p : parts) {
            EObject owner = p.owner();
            if (owner instanceof Corpus) {
                if (p.feature() == Literals.CORPUS__DOCUMENTS || (p.set() && (p.feature() == Literals.CORPUS__CLAIMS
                        || p.feature() == Literals.CORPUS__ACTORS))) {
                    return null;
                }
                if (p.feature() == Literals.CORPUS__CLAIMS) {
                    for (Object o : p.values()) {
                        claims.add((Claim) o);
                    }
                } else if (p.feature() == Literals.CORPUS__ACTORS) {
                    for (Object o : p.values()) {
                        mentions.addAll(((Actor) o).getMentions()); // an actor removed keeps its mentions
                    }
                }
            } else if (owner instanceof Claim) {
                if (p.feature() == Literals.CLAIM__DOCUMENT || p.feature() == Literals.CLAIM__SOURCE) {
                    return null;
                }
            } else if (owner instanceof Actor) {
                if (p.feature() == Literals.ACTOR__MENTIONS) {
                    if (p.set()) {
                        return null;
                    }
                    for (Object o : p.values()) {
                        mentions.add((Mention) o);
                    }
                }
            } else if (inMention(owner)) {
                return null; // its document, its span (the order of a row) or its actor
            }
        }
        if (claims.isEmpty() && mentions.isEmpty()) {
            return this; // nothing the counts hold changed
        }
        Map<Document, Row> rows = new IdentityHashMap<>(edited);
        Map<Actor, int[]> sources = actorClaims; // copied when a count changes
        Map<Document, List<Claim>> claimsBy = new IdentityHashMap<>();
        for (Claim c : claims) {
            claimsBy.computeIfAbsent(c.getDocument(), d -> new ArrayList<>()).add(c);
        }
        Map<Document, List<Mention>> mentionsBy = new IdentityHashMap<>();
        for (Mention m : mentions) {
            mentionsBy.computeIfAbsent(m.getDocument(), d -> new ArrayList<>()).add(m);
        }
        Set<Document> touched = Collections.newSetFromMap(new IdentityHashMap<>());
        touched.addAll(claimsBy.keySet());
        touched.addAll(mentionsBy.keySet());
        for (Document d : touched) {
            Row old = row(d);
            Row row = new Row();
            List<Claim> oldClaims = old == null ? List.of() : old.claims;
            List<Claim> changed = claimsBy.getOrDefault(d, List.of());
            row.claims.addAll(follow(oldClaims, changed, c -> c.eContainer() == corpus));
            boolean added = false;
            for (Claim c : changed) {
                boolean was = containsIdentical(oldClaims, c);
                boolean is = c.eContainer() == corpus;
                added |= is && !was;
                if (was != is && c.getSource() != null) {
                    if (sources == actorClaims) {
                        sources = new IdentityHashMap<>(actorClaims);
                    }
                    int[] before = sources.get(c.getSource());
                    int n = (before == null ? 0 : before[0]) + (is ? 1 : -1);
                    if (n == 0) {
                        sources.remove(c.getSource());
                    } else {
                        sources.put(c.getSource(), new int[] { n }); // a new array: the one before is the old snapshot's
                    }
                }
            }
            if (added && row.claims.size() > 1) {
                List<Claim> all = corpus.getClaims();
                Map<Claim, Integer> at = new IdentityHashMap<>();
                row.claims.forEach(c -> at.put(c, all.indexOf(c)));
                row.claims.sort(Comparator.comparing(at::get)); // corpus order, as a pass over the claims finds them
            }
            List<Mention> oldMentions = old == null ? List.of() : old.mentions;
            List<Mention> ms = follow(oldMentions, mentionsBy.getOrDefault(d, List.of()),
                    m -> m.eContainer() instanceof Actor a && a.eContainer() == corpus);
            row.mentions = Corpora.byPosition(inPassOrder(ms, corpus));
            Set<EObject> actors = Collections.newSetFromMap(new IdentityHashMap<>());
            ms.forEach(m -> actors.add(m.eContainer()));
            row.actors = actors.size();
            rows.put(d, row.claims.isEmpty() && row.mentions.isEmpty() ? NONE : row);
        }
        if (rows.size() > EDITED_MAX) {
            Map<Document, Row> base = new IdentityHashMap<>(documents);
            base.putAll(rows);
            base.values().removeIf(r -> r == NONE);
            return new CorpusCounts(base, Map.of(), sources);
        }
        return new CorpusCounts(documents, rows, sources);
    }

    /** The row of {@code d}, or null. */
    private Row row(Document d) {
        Row r = edited.get(d);
        return r != null ? r : documents.get(d);
    }

    /** Whether these counts and {@code other} hold the same claims per actor (an edit between them changed no source). */
    public boolean sameActorCounts(CorpusCounts other) {
        return other != null && other.actorClaims == actorClaims;
    }

    /** {@code old} without what is no longer in the corpus, then {@code changed} that is in it and was not in {@code old}. */
    private static <T> List<T> follow(List<T> old, List<T> changed, java.util.function.Predicate<T> inCorpus) {
        List<T> out = new ArrayList<>(old.size() + changed.size());
        for (T t : old) {
            if (inCorpus.test(t)) {
                out.add(t);
            }
        }
        for (T t : changed) {
            if (inCorpus.test(t) && !containsIdentical(old, t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean containsIdentical(List<?> list, Object o) {
        for (Object x : list) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code mentions} in the order a pass over the actors' mentions meets them: by actor in corpus order, then by place
     * in the actor's mentions; {@link Corpora#byPosition} keeps that order among mentions at the same place, as in
     * {@link Corpora#mentionsIn} and {@link #of}.
     */
    private static List<Mention> inPassOrder(List<Mention> mentions, Corpus corpus) {
        Map<EObject, Integer> actorAt = new IdentityHashMap<>();
        Map<Mention, Integer> at = new IdentityHashMap<>();
        for (Mention m : mentions) {
            Actor a = (Actor) m.eContainer();
            actorAt.computeIfAbsent(a, x -> corpus.getActors().indexOf(x));
            at.put(m, a.getMentions().indexOf(m));
        }
        mentions.sort(Comparator.comparing((Mention m) -> actorAt.get(m.eContainer())).thenComparing(at::get));
        return mentions;
    }

    /** Whether {@code o} is a mention or inside one (its span). */
    private static boolean inMention(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof Mention) {
                return true;
            }
        }
        return false;
    }

    /** The claims in {@code document}. */
    public int claims(Document document) {
        Row r = row(document);
        return r == null ? 0 : r.claims.size();
    }

    /** The claims in {@code document}, in corpus order (as {@link Corpora#claimsIn}). */
    public List<Claim> claimsIn(Document document) {
        Row r = row(document);
        return r == null ? List.of() : Collections.unmodifiableList(r.claims);
    }

    /** The mentions in {@code document}, by position (as {@link Corpora#mentionsIn}). */
    public List<Mention> mentionsIn(Document document) {
        Row r = row(document);
        return r == null ? List.of() : r.mentions;
    }

    /** The distinct actors mentioned in {@code document}. */
    public int actors(Document document) {
        Row r = row(document);
        return r == null ? 0 : r.actors;
    }

    /** The claims whose source is {@code actor}. */
    public int claims(Actor actor) {
        int[] n = actorClaims.get(actor);
        return n == null ? 0 : n[0];
    }
}
