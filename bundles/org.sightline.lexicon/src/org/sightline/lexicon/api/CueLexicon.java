package org.sightline.lexicon.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sightline.lexicon.internal.CueTsv;

/**
 * The cue words of attribution: the one list of speech, stance, cognition, perception, decree and evidence
 * verbs, nouns, adjectives, adverbs and prepositions that the extractors use. The bundled list
 * ({@code cues.tsv} beside this class) is derived from WordNet 3.1 plus curated entries by
 * {@code DeriveCueLexicon} (docs/extraction.md). Lookups are by lemma, as the lemmatizer gives it.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CueLexicon {

    private static final String RESOURCE = "cues.tsv";
    private static final String HOLDERS = "holder-nouns.txt";
    private static final String RAISING = "raising-verbs.txt";
    private static final String PASSIVES = "passive-cues.txt";

    private static final class Holder {
        static final CueLexicon SHARED = load();
    }

    private final List<Cue> entries;
    private final Set<String> holders;
    private final Set<String> raising;
    private final Set<String> passives;
    private final Map<Cue.Kind, Map<String, Cue>> single = new EnumMap<>(Cue.Kind.class);
    private final Map<Cue.Kind, Map<String, List<Cue>>> multi = new EnumMap<>(Cue.Kind.class);

    public CueLexicon(List<Cue> entries) {
        this(entries, Set.of());
    }

    /** A lexicon of these cues and holder nouns (see {@link #isHolderNoun(String)}). */
    public CueLexicon(List<Cue> entries, Set<String> holderNouns) {
        this(entries, holderNouns, Set.of(), Set.of());
    }

    /**
     * A lexicon of these cues, holder nouns, raising verbs (see {@link #isRaisingVerb(String)}) and passive
     * cues as "lemma preposition" (see {@link #isPassiveCue(String, String)}).
     */
    public CueLexicon(List<Cue> entries, Set<String> holderNouns, Set<String> raisingVerbs, Set<String> passiveCues) {
        this.entries = List.copyOf(entries);
        this.holders = Set.copyOf(holderNouns);
        this.raising = Set.copyOf(raisingVerbs);
        this.passives = Set.copyOf(passiveCues);
        for (Cue.Kind k : Cue.Kind.values()) {
            single.put(k, new HashMap<>());
            multi.put(k, new HashMap<>());
        }
        for (Cue c : this.entries) {
            if (c.words() == 1) {
                if (single.get(c.kind()).putIfAbsent(c.lemma(), c) != null) {
                    throw new IllegalArgumentException("two " + c.kind() + " entries for \"" + c.lemma() + "\"");
                }
            } else {
                String first = c.lemma().substring(0, c.lemma().indexOf(' '));
                multi.get(c.kind()).computeIfAbsent(first, k -> new ArrayList<>()).add(c);
            }
        }
        for (Map<String, List<Cue>> m : multi.values()) {
            for (List<Cue> l : m.values()) {
                l.sort((a, b) -> Integer.compare(b.words(), a.words())); // longest first
            }
        }
    }

    /** The bundled lexicon, read once. */
    public static CueLexicon shared() {
        return Holder.SHARED;
    }

    private static CueLexicon load() {
        try (InputStream in = resource(RESOURCE); InputStream h = resource(HOLDERS); InputStream r = resource(RAISING);
                InputStream p = resource(PASSIVES)) {
            List<Cue> cues = CueTsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            return new CueLexicon(cues, words(h), words(r), words(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cue lexicon " + RESOURCE, e);
        }
    }

    /** A word per line, '#' comments and blank lines skipped. */
    private static Set<String> words(InputStream in) throws IOException {
        Set<String> words = new HashSet<>();
        TsvLines.read(in, (no, line, fields) -> words.add(line.strip()));
        return words;
    }

    private static InputStream resource(String name) {
        InputStream in = CueLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the cue lexicon's " + name + " is missing from org.sightline.lexicon");
        }
        return in;
    }

    /**
     * Whether the noun (a lemma) names a person or a group ("official", "group", "committee", "critic"):
     * the head of a source that can hold a stance or say something.
     */
    public boolean isHolderNoun(String lemma) {
        return holders.contains(lemma);
    }

    /**
     * Whether the verb (a lemma) is a raising verb of appearance ("seem", "appear", "look", "sound"): "The
     * plan seems to work" attributes the judgement to no one (guidelines section 1: sourceless), its subject
     * and complement being the content. Curated list, {@code raising-verbs.txt} beside this class.
     */
    public boolean isRaisingVerb(String lemma) {
        return raising.contains(lemma);
    }

    /**
     * Whether the verb (a lemma) with that preposition is a passive cue whose subject is content: "He is
     * accused of leaking", "known for its audits", "was sentenced to ten years". Curated list,
     * {@code passive-cues.txt} beside this class.
     */
    public boolean isPassiveCue(String lemma, String preposition) {
        return passives.contains(lemma + " " + preposition);
    }

    public List<Cue> entries() {
        return entries;
    }

    /** The one-word cue of that kind and lemma, or null. */
    public Cue get(Cue.Kind kind, String lemma) {
        return single.get(kind).get(lemma);
    }

    public Cue verb(String lemma) {
        return get(Cue.Kind.VERB, lemma);
    }

    /** Multiword cues of that kind whose first word is {@code firstLemma}, longest first. */
    public List<Cue> multiword(Cue.Kind kind, String firstLemma) {
        return Collections.unmodifiableList(multi.get(kind).getOrDefault(firstLemma, List.of()));
    }

    /**
     * Whether the lemma is a verb that reports what its subject says, believes or stands for: a SPEECH,
     * COGNITION or STANCE verb taking a clause, a quote or a noun phrase ("said", "believes", "rejected";
     * not "ruled", "found" or "saw", whose subjects are as often courts, studies or witnesses). The actor
     * step uses it to find speakers ("Ash Carter said").
     */
    public boolean isSpeakingVerb(String lemma) {
        Cue c = verb(lemma);
        return c != null && (c.cueClass() == CueClass.SPEECH || c.cueClass() == CueClass.COGNITION
                || c.cueClass() == CueClass.STANCE)
                && (c.takes(Frame.THAT) || c.takes(Frame.QUOTE) || c.takes(Frame.NP));
    }
}
