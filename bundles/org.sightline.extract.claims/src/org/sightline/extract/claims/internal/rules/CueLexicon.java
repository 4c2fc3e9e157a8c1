package org.sightline.extract.claims.internal.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.Frame;

/**
 * The attribution rules' view of the shared cue lexicon ({@link org.sightline.lexicon.api.CueLexicon}: the
 * one list of cue words, derived from WordNet plus curated entries), with each entry's claim type as this
 * bundle's enum, and the few word lists that belong to single rules (the nominal-cue rule's).
 */
final class CueLexicon {

    static final org.sightline.lexicon.api.CueLexicon SHARED = org.sightline.lexicon.api.CueLexicon.shared();

    /** Verb cues by lemma with their default claim type. */
    static final Map<String, ClaimType> VERBS = new HashMap<>();
    /** Adjective cues after be/remain/make ("remains committed to", "made clear"). */
    static final Map<String, ClaimType> ADJECTIVES = new HashMap<>();
    /** Nominal cues by lemma ("Daesh's contempt for", "allegations that", "fears of"). */
    static final Map<String, ClaimType> NOUNS = new HashMap<>();

    /** Nouns that carry an attitude or speech act after "express/extend/offer ... our" (plural forms as written). */
    static final Set<String> EXPRESSIVE_NOUNS = ContextView.WORDS.get("expressive-nouns");
    /** Nominal cues (lemmas) that attribute even without a named holder ("a disregard for", "reports of"). */
    static final Set<String> SOURCELESS_NOUNS = ContextView.WORDS.get("sourceless-nouns");
    /** Nominal cues that attribute without a holder only before a that-clause ("the claim that"). */
    static final Set<String> SOURCELESS_THAT_NOUNS = ContextView.WORDS.get("sourceless-that-nouns");
    /** Nominal cues that attribute without a holder before a clause or an object, not before "to"/"for". */
    static final Set<String> SOURCELESS_OBJECT_NOUNS = ContextView.WORDS.get("sourceless-object-nouns");
    /** Prepositions linking a nominal cue to its content. */
    static final Set<String> NOUN_LINKS = ContextView.WORDS.get("noun-links");
    /** Nominal cues (lemmas) that attribute without a holder only when their "of" names a measure ("the threat of tariffs"). */
    static final Set<String> SOURCELESS_MEASURE_NOUNS = ContextView.WORDS.get("sourceless-measure-nouns");
    /** Measures a party threatens or takes ("tariffs", "sanctions"): "the threat of tariffs", not "the threat of rain". */
    static final Set<String> MEASURES = ContextView.WORDS.get("threatened-measures");
    /** A word and a nominal cue that make an idiom, no cue (lemmas: "in charge of", "took charge of"). */
    static final Set<String> NOUN_IDIOMS = ContextView.WORDS.get("noun-cue-idioms");
    /** Verbs whose object noun is the cue and whose subject holds it ("made efforts to", "launched a bid to"). */
    static final Set<String> LIGHT_VERBS = ContextView.WORDS.get("light-verbs");
    /** Labels a source gives itself: "ISIL's self-proclaimed capital". */
    static final Set<String> SELF_LABELS = ContextView.WORDS.get("self-labels");

    static {
        for (Cue c : SHARED.entries()) {
            if (c.words() > 1) {
                continue;
            }
            ClaimType type = ClaimType.valueOf(c.type());
            switch (c.kind()) {
                case VERB -> VERBS.put(c.lemma(), type);
                case ADJECTIVE -> ADJECTIVES.put(c.lemma(), type);
                case NOUN -> NOUNS.put(c.lemma(), type);
                default -> {
                }
            }
        }
    }

    /** The verb cue of a lemma, or of a multiword lemma ("call for"), or null. */
    static Cue verb(String lemma) {
        int space = lemma.indexOf(' ');
        if (space < 0) {
            return SHARED.verb(lemma);
        }
        for (Cue c : SHARED.multiword(Cue.Kind.VERB, lemma.substring(0, space))) {
            if (c.lemma().equals(lemma)) {
                return c;
            }
        }
        return null;
    }

    /** Particles that join the verb cue before its content ("call for", "commented on", "warn of"). */
    static Set<String> particles(String lemma) {
        Cue c = SHARED.verb(lemma);
        return c == null ? Set.of() : Set.copyOf(c.particles());
    }

    /** A verb that needs a marked complement ("that", a quote, a colon, an infinitive): it takes no NP. */
    static boolean weak(String lemma) {
        Cue c = SHARED.verb(lemma);
        return c == null || !c.takes(Frame.NP);
    }

    /** A verb whose recipient may stand between cue and "that" ("reassure allies that"). */
    static boolean recipient(String lemma) {
        Cue c = SHARED.verb(lemma);
        return c != null && (c.takes(Frame.OBJ_THAT) || c.takes(Frame.OBJ_TO));
    }

    /** A verb that reports speech after its quote ("“...,” she added."). */
    static boolean reporting(String lemma) {
        Cue c = SHARED.verb(lemma);
        return c != null && c.takes(Frame.QUOTE);
    }

    static boolean takes(String lemma, Frame frame) {
        Cue c = SHARED.verb(lemma);
        return c != null && c.takes(frame);
    }

    private CueLexicon() {
    }
}
