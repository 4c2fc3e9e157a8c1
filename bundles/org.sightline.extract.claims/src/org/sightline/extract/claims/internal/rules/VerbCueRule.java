package org.sightline.extract.claims.internal.rules;

import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * The surface verb and adjective cues of rounds 1-3, left to right in each sentence: a cue verb
 * from the lexicon (or an adjective after be/remain/make: "remains committed to") with its group ("has
 * repeatedly denied", "want to congratulate", "condemns in the strongest terms"), the source noun phrase
 * before it and the content after it, gated by the cue's frames. Ids by structure: {@code verb-cue},
 * {@code adjective-cue}, {@code passive} ("is expected to", "it is believed that"), {@code passive-agent}
 * ("attacks claimed by Da'esh"), {@code reduced-relative} ("talks aimed at ..."), {@code participle}
 * (", stating that ..."), {@code inverted-source} ("..., said Cook.").
 */
final class VerbCueRule extends RuleFamily {

    /** Participles that work as prepositions after a noun ("a modest fee compared to the old one"). */
    private static final Set<String> PREPOSITIONAL_PARTICIPLES = WORDS.get("prepositional-participles");

    VerbCueRule(RuleContext ctx) {
        super(ctx, "verb-cue", "adjective-cue", "adjective-modifier", "passive", "passive-agent", "reduced-relative", "participle", "inverted-source");
    }

    @Override
    public void apply(int s) {
        int first = clauseFirst(s);
        int end = t.sentenceEndToken(s);
        for (int i = first; i < end; i++) {
            if (used[i]) {
                continue;
            }
            if (lower(i).equals("according") && i + 1 < end && lower(i + 1).equals("to")) {
                continue; // the according-to family's, which found nothing here
            }
            String lemma = ctx.cues.cueVerb(i);
            boolean adjective = false;
            int copula = i - 1;
            while (copula > first && (t.upos(copula) == UPos.ADV || lower(copula).equals("not") || lower(copula).equals("n't"))
                    && copula > i - 3) {
                copula--; // "is also concerned about", "are naturally eager to", "was not confident that", "isn't sure how"
            }
            if (lemma == null && CueLexicon.ADJECTIVES.containsKey(lower(i)) && i > first && (t.lemma(copula).equals("be")
                    || LINKS.contains(t.lemma(copula)) || t.lemma(copula).equals("make")) && !passiveBy(i)
                    && !imperative(copula, first)) {
                lemma = lower(i);
                adjective = true;
            }
            boolean modifier = false;
            if (lemma == null && CueLexicon.ADJECTIVES.containsKey(lower(i)) && postnominal(i, first, end)) {
                lemma = lower(i);
                adjective = true;
                modifier = true;
            }
            if (lemma == null) {
                continue;
            }
            if (!adjective && ctx.parse.nestedInOuterCue(i)) {
                continue; // the outer cue (ParseVerbRule) takes this clause as its content
            }
            int as = t.tree().child(i, DepRel.MARK);
            if (!adjective && as >= first && as < i && lower(as).equals("as") && ctx.parse.comparison(as, first)) {
                continue; // "the same work as I have described": a comparison (AsClauseRule)
            }
            Found f = verbCue(s, i, lemma, adjective, modifier);
            if (f != null && !adjective && f.srcFirst < 0 && imperative(f.cueFirst, first)) {
                continue; // "If you have a mortgage, consider paying it off": advice to the reader
            }
            int host = f != null && !adjective ? ctx.parse.subjectPredicateAbove(i) : -1;
            if (host >= 0) {
                clipToClause(f, i, host); // "The doctors offering to run the clinic | noted ...", "Groups opposing the bill | have filed"
            }
            if (f != null && !adjective && f.srcFirst >= 0 && CueLexicon.SHARED.isRaisingVerb(f.cueLemma)) {
                sourceless(f); // "Santa seems to have come": a raising verb's subject is no source (RaisingRule, guidelines)
            }
            if (f != null && adjective && f.srcEnd - f.srcFirst == 1 && lower(f.srcFirst).equals("it") && f.srcEnd == f.cueFirst
                    && !f.content.isEmpty() && clauseOpener(f.content.get(0)[0])) {
                sourceless(f); // "It's also not clear why ...", "it became clear that": an expletive, the judgement nobody's
            }
            if (f != null) {
                ctx.parse.cutBeforeNextAttribution(f);
                ctx.contents.endAtRelativeClause(f);
                add(f);
                ctx.contents.markListItems(f);
                if (f.content.isEmpty()) {
                    found.remove(found.size() - 1);
                } else {
                    int last = f.content.get(f.content.size() - 1)[1];
                    i = Math.max(i, Math.min(last, end) - 1);
                }
            }
        }
    }

    /**
     * Makes a raising verb's claim sourceless as RaisingRule writes it, for the sentences its parse missed: an expletive
     * "it" joins the cue ("it would appear that"), any other subject is the first content piece ("[the wheels] appear [to
     * have been dropped]").
     */
    private void sourceless(Found f) {
        if (f.srcEnd - f.srcFirst == 1 && lower(f.srcFirst).equals("it") && f.srcEnd == f.cueFirst) {
            f.cueFirst = f.srcFirst;
        } else {
            f.content.add(0, new int[] {f.srcFirst, f.srcEnd});
        }
        f.srcFirst = -1;
        f.srcEnd = -1;
    }

    /** Whether token {@code x} opens a that-clause or a question ("that", "why", "whether", "if"). */
    private boolean clauseOpener(int x) {
        String w = lower(x);
        return w.equals("that") || w.equals("if") || WH.contains(w);
    }

    /** Whether adverb {@code x} is the first "as" of "as many as 200", which opens the content: no manner adverb of the cue. */
    private boolean degreeAs(int x, int end) {
        return lower(x).equals("as") && x + 2 < end && lower(x + 2).equals("as");
    }

    /**
     * Whether root verb {@code i} is a reduced relative whose sentence predicate the parser took for one in turn: a bare
     * "-ed" verb at the clause's end hung on a noun after {@code i} as {@code acl} ("The talks aimed at ending the war
     * [collapsed]."); a participle on a noun there has an agent, an oblique or some other word of its own.
     */
    private boolean predicateMissed(int i, int end) {
        for (int v = i + 1; v < end; v++) {
            if (t.deprel(v).is(DepRel.ACL) && t.upos(v) == UPos.VERB && lower(v).endsWith("ed") && t.head(v) > i
                    && t.tree().subtreeBegin(v) == v && t.tree().subtreeEnd(v) == v + 1 && trimEnd(t.sentenceOf(v), end) == v + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether adjective cue {@code i} is a passive participle with its agent ("teams are determined by their
     * performance"): "by" follows and the adjective does not take it ("concerned by" does).
     */
    private boolean passiveBy(int i) {
        Cue adjective = CueLexicon.SHARED.get(Cue.Kind.ADJECTIVE, lower(i));
        return i + 1 < n && lower(i + 1).equals("by") && adjective != null && !adjective.particles().contains("by");
    }

    /**
     * Whether the verb at {@code v} is an imperative ("So be sure to compare prices", "Make sure you drink water", "If
     * you have a mortgage, consider paying it off"): advice to the reader, which the guidelines do not mark. Its base
     * form opens the clause.
     */
    private boolean imperative(int v, int first) {
        if (!("VB".equals(t.xpos(v)) || "VBP".equals(t.xpos(v)) && t.upos(v) == UPos.VERB && t.tree().subject(v) < 0)) {
            return false; // the tagger reads some imperatives as present tense ("consider what could go wrong": VBP)
        }
        int p = v - 1;
        while (p >= first && (CONNECTIVES.contains(lower(p)) || lower(p).equals("please") || lower(p).equals("just"))) {
            p--;
        }
        return p < first || t.upos(p) == UPos.PUNCT;
    }

    /**
     * Whether a finite cue verb the surface reading found no source for may still be an attribution: false when its
     * subject in the parse is a relative pronoun standing for a noun that cannot hold or say anything ("an environment
     * that supports growth, encourages investment"; a conjoined verb shares the first conjunct's subject), or when it is a
     * conjunct whose shared subject cannot hold or say anything ("The program aims to create ..., encourages investment",
     * as another parse hangs the verb).
     */
    private boolean parseSubjectMaySpeak(int i, String lemma) {
        if (!finite(i)) {
            return true;
        }
        int subject = t.tree().subject(i);
        if (subject < 0) {
            return true;
        }
        if (!DependencyCues.RELATIVES.contains(lower(subject))) {
            // other subjects the surface reading missed are mostly speakers ("officials say"); a conjunct on a verbal
            // predicate shares its subject, one on a copula's noun is more often an inverted tail (", say officials")
            Cue cue = CueLexicon.verb(lemma);
            return !t.deprel(i).is(DepRel.CONJ) || t.head(i) < 0 || t.upos(t.head(i)) != UPos.VERB || cue == null
                    || ctx.parse.canSay(subject, cue.cueClass());
        }
        int v = i;
        while (t.deprel(v).is(DepRel.CONJ) && t.head(v) >= 0) {
            v = t.head(v);
        }
        return !t.deprel(v).is(DepRel.ACL) || t.head(v) < 0 || ctx.parse.canSay(t.head(v), CueLexicon.verb(lemma).cueClass());
    }

    /**
     * Whether tokens [b, e) (b < e) extend a source to the left within one noun phrase: words and possessives, no
     * punctuation, verb or subordinator ("China’s ambassador to | Britain", "Executives across | the world"; not "as |
     * China", not "HANOI, Vietnam (AP) — | U.S. Defense Secretary").
     */
    private boolean plainExtension(int b, int e) {
        if (b >= e || t.upos(b) == UPos.ADP || t.upos(b) == UPos.CCONJ || t.upos(b) == UPos.ADV) {
            return false; // "as | China has denounced": the phrase starts after its preposition
        }
        for (int x = b; x < e; x++) {
            UPos p = t.upos(x);
            if (p == UPos.PUNCT || p == UPos.VERB || p == UPos.AUX || p == UPos.SCONJ || p == UPos.PRON) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether cue {@code i} with no verb group of its own ({@code cb == i}) is a past participle right after the noun (or
     * adjective) it modifies, on the parse an adjectival or clausal modifier with no subject and no clause of its own
     * ("the above mentioned party", "a fair price compared to the old one"): the noun before it holds nothing. A finite verb the tagger read as a participle keeps its clause ("a study in 50 women
     * noticed that ..."), follows its name ("Google promised players ...") or is the only predicate.
     */
    private boolean modifyingParticiple(int cb, int i) {
        if (cb != i || i == 0 || !"VBN".equals(t.xpos(i)) || t.tree().subject(i) >= 0
                || t.tree().hasChild(i, DepRel.CCOMP, DepRel.XCOMP)) {
            return false;
        }
        int noun = t.head(i);
        if (noun < 0 || t.deprel(noun) == DepRel.ROOT && !t.tree().hasChild(noun, DepRel.COP)) {
            return false; // "Hundreds of demonstrators blocked roads": no other predicate, the participle is the sentence's verb
        }
        DepRel r = t.deprel(i);
        UPos before = t.upos(i - 1);
        // Only after an adjective for an amod, and only a participle that works as a preposition for an acl or advcl:
        // the tagger also gives VBN to a finite verb after its subject noun, and the parse then hangs it on that noun
        // ("The ministry rejected allegations that ...", "The envoy announced today ...", "a spokesman declined to comment").
        return r == DepRel.AMOD && t.head(i) > i && before == UPos.ADJ
                || (r == DepRel.ACL || r == DepRel.ADVCL) && before == UPos.NOUN && PREPOSITIONAL_PARTICIPLES.contains(lower(i))
                && i + 1 < n && t.upos(i + 1) == UPos.ADP;
    }

    /**
     * Whether a cue of this class and type needs a mind for its source: a belief, a promise or a threat is someone's
     * ("feels", "guarantees", "threatened"); a thing may still say, show, refer or recommend in the gold's reading
     * ("My business account informed that", "CBP's guidelines recommend").
     */
    private static boolean mindOnly(CueClass cls, ClaimType type) {
        return cls == CueClass.COGNITION || type == ClaimType.COMMITMENT || type == ClaimType.WARNING;
    }

    /**
     * Whether cue {@code i} with no verb group of its own is a gerund inside a compound noun: right after a noun or name,
     * before a singular common noun, and a cue that takes no noun phrase, so that the words after it could only be read
     * as a that-less clause opening with a bare count noun ("Apple's USB-C charging cable is ...", "its AirPower charging
     * mat project", "time out granting bullshit culture"). A participle with its own clause after a noun keeps it
     * ("officials warning that ...": "that" is no noun; "protesters arguing the plan ...": a determiner).
     */
    private boolean modifyingGerund(int cb, int i, String lemma) {
        return cb == i && i > 0 && i + 1 < n && "VBG".equals(t.xpos(i)) && (t.upos(i - 1) == UPos.NOUN || t.upos(i - 1) == UPos.PROPN)
                && "NN".equals(t.xpos(i + 1)) && !CueLexicon.takes(lemma, Frame.NP);
    }

    /** Whether [b, e) holds a complementizer "that" opening a clause ("alarmed [that] the agency is denying ..."). */
    private boolean clauseIn(int b, int e) {
        for (int x = b; x < e; x++) {
            if (lower(x).equals("that") && t.upos(x) == UPos.SCONJ) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb group [cb, i) holds an adjective before "to": "’s safe to [assume]", "is hard to [say]". */
    private boolean evaluationBefore(int cb, int i) {
        for (int x = cb; x + 1 < i; x++) {
            if (t.upos(x) == UPos.ADJ && lower(x + 1).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "that" at {@code x} is a relative pronoun on the parse: the subject or object of a relative clause ("could not
     * find one place in Tampa Bay [that] sells them"), not a complementizer after a hearer. Asked only for cues that are no
     * speech: after a speech verb's hearer the parser reads many a complementizer as a relative ("told some of his friends
     * that his mother disapproved of his work").
     */
    private boolean relativePronoun(int x) {
        int v = t.head(x);
        return v >= 0 && (t.deprel(x).is(DepRel.NSUBJ) || t.deprel(x) == DepRel.OBJ) && t.deprel(v).is(DepRel.ACL);
    }

    /**
     * Whether the cue group starting at {@code cb} stands in a subordinate clause that opens the sentence, with no comma
     * before it ("Now that the picture is clear, ...", "Once the rules are clear, ..."): what follows its comma is the main
     * clause (a quotation after the comma is still the cue's: "While protesters chanted, “Red for Ed,” ..."). Not "as", whose
     * clause the as-clause family reads ("As the minister said, the talks ...").
     */
    private boolean subordinateClauseCue(int first, int cb) {
        String w = lower(first);
        boolean opens = !w.equals("as") && (SUBORDINATORS.contains(w) || t.upos(first) == UPos.SCONJ
                || w.equals("now") && first + 1 < cb && lower(first + 1).equals("that"));
        if (!opens) {
            return false;
        }
        for (int x = first; x < cb; x++) {
            if (t.token(x).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Cuts the content of {@code f} at the end of verb {@code i}'s clause. */
    private void clipToClause(Found f, int i, int host) {
        // up to the predicate's verb group ("was released", "are deluding"), which the parse may have given words of the
        // clause ("a video showing the moment a girl was rescued was released": the inner clause hangs on the main verb)
        int b = host;
        while (b - 1 > i && t.head(b - 1) == host && (t.deprel(b - 1).is(DepRel.AUX) || t.deprel(b - 1).is(DepRel.COP)
                || t.deprel(b - 1).is(DepRel.ADVMOD) || lower(b - 1).equals("not") || lower(b - 1).equals("n't"))) {
            b--;
        }
        int end = ctx.parse.beforeFinalPunct(i, b)[1];
        f.content.removeIf(piece -> piece[0] >= end);
        for (int[] piece : f.content) {
            piece[1] = Math.min(piece[1], end);
        }
    }

    /**
     * Whether the noun phrase from {@code cs} runs into a verb or "to": the subject of a clause or the object before an
     * infinitive ("expects 16.6 million vehicles will be sold", "expect rates to remain low", "forecast Nepool onpeak to
     * be $43"), not a noun-phrase content.
     */
    private boolean clauseAfterNounPhrase(int cs, int end) {
        int x = cs;
        while (x < end && (ctx.phrases.isNpToken(x) || t.upos(x) == UPos.ADV || t.upos(x) == UPos.ADP && !lower(x).equals("to"))) {
            x++;
        }
        return x < end && (lower(x).equals("to") || t.upos(x) == UPos.VERB || t.upos(x) == UPos.AUX);
    }

    /** Day words that date the noun before them as often as the act: "the attacks today". */
    private static final Set<String> DEICTIC_DAYS = Set.of("today", "tonight", "yesterday", "tomorrow");
    /** Adjectives that raise before a to-infinitive ("is sure to win"): a certainty about the subject, not the subject's. */
    private static final Set<String> RAISING_ADJECTIVES = WORDS.get("raising-adjectives");
    /** Linking verbs besides "be" before an adjective cue: "remains committed to", "became convinced that". */
    private static final Set<String> LINKS = WORDS.get("adjective-links");
    /** Adjectives of readiness, a stance only when someone holds it: "India is ready to talk", not "the car is ready to drive". */
    private static final Set<String> READINESS = WORDS.get("readiness-adjectives");

    /**
     * Whether adjective cue {@code i} modifies the noun or pronoun right before it (past a closing quote), with its
     * complement right after it: a reduced relative ("those eager to carry on", "agents willing to hit", "analysts ready to
     * say"; on the parse a modifier of that noun, or a predicate of the object or subject before it: "found myself ready to
     * tackle").
     * The noun is the source; a holder only (verbCue).
     */
    private boolean postnominal(int i, int first, int end) {
        Cue a = CueLexicon.SHARED.get(Cue.Kind.ADJECTIVE, lower(i));
        if (a == null || t.upos(i) != UPos.ADJ || i + 2 >= end) {
            return false;
        }
        int v = i + 2;
        while (v + 1 < end && t.upos(v) == UPos.ADV) {
            v++; // "eager to indefinitely carry on"
        }
        boolean complement = lower(i + 1).equals("to") && a.takes(Frame.TO) && (t.upos(v) == UPos.VERB || t.upos(v) == UPos.AUX)
                || a.particles().contains(lower(i + 1));
        int p = nounBefore(i, first);
        if (!complement || p < first || !nominal(p)) {
            return false;
        }
        if (t.tree().subject(i) == p && !t.tree().hasChild(i, DepRel.COP)) {
            return true; // the noun before made its subject with no copula (a parse's root "Volunteers eager"): its modifier
        }
        int h = t.head(i);
        if (h < first || h >= i) {
            return false;
        }
        if (t.upos(h).isNominal() || h == p) { // on the noun it follows, tagged a noun or working as one
            return t.deprel(i).is(DepRel.AMOD) || t.deprel(i).is(DepRel.ACL)
                    || h == p && t.deprel(i) == DepRel.XCOMP; // the head noun may stand before a conjunct
        }
        return t.deprel(i).is(DepRel.XCOMP) && (t.tree().child(h, DepRel.OBJ) == p || t.tree().subject(i) == p);
    }

    /** The token before adjective {@code i}, past closing quotes ("“analysts” ready to"). */
    private int nounBefore(int i, int first) {
        int p = i - 1;
        while (p > first && CLOSE_QUOTES.contains(t.token(p))) {
            p--;
        }
        return p;
    }

    /**
     * The noun phrase that postnominal adjective cue {@code i} modifies, up to the cue: its head (the adjective's head, or
     * for a predicate of an object or of its own subject the noun before it) with the determiners, modifiers and possessives before it, and any conjunct
     * between ("[several Indian "scholars" and "analysts"] ready to say", "[agents] willing to", not "its search for").
     */
    private int[] modifiedPhrase(int i, int first) {
        int h = t.head(i);
        int head = h >= 0 && t.upos(h).isNominal() ? h : nounBefore(i, first);
        int b = head;
        for (int c : t.tree().children(head)) {
            if (c < b && (t.deprel(c).is(DepRel.DET) || t.deprel(c).is(DepRel.AMOD) || t.deprel(c).is(DepRel.COMPOUND)
                    || t.deprel(c).is(DepRel.NMOD_POSS) || t.deprel(c).is(DepRel.NUMMOD) || t.deprel(c) == DepRel.PUNCT)) {
                b = Math.min(b, t.tree().subtreeBegin(c));
            }
        }
        while (b < i && t.upos(b) == UPos.PUNCT && !OPEN_QUOTES.contains(t.token(b))) {
            b++;
        }
        return b >= first && b < i ? new int[] {b, i} : null;
    }

    /**
     * Whether {@code src} holds a readiness as a stance: an actor or person the recogniser knows, or a holder that is no
     * bare name; a name it does not know is as often a thing made ready ("whether Discovery is technically ready to fly").
     */
    private boolean readyHolder(int[] src) {
        if (ctx.phrases.actorOrPerson(src)) {
            return true;
        }
        for (int x = src[0]; x < src[1]; x++) {
            if (t.upos(x) == UPos.PROPN) {
                return false;
            }
        }
        return ctx.phrases.holder(src);
    }

    /**
     * Whether the noun phrase from {@code cs} names something said or proposed ("the reports", "a plan"), or is
     * the hearer of an infinitive ("wants the UK to extradite him": OBJ_TO, not a noun-phrase content).
     */
    private boolean namesContent(int cs, int end) {
        int x = cs;
        for (; x < end && (ctx.phrases.isNpToken(x) || t.deprel(x).is(DepRel.AMOD)); x++) { // "its tormented worldview"
            if (ctx.parse.proposal(x)) {
                return true;
            }
        }
        return x + 1 < end && lower(x).equals("to") && t.upos(x + 1) == UPos.VERB;
    }

    /**
     * Whether what starts at {@code cs} fits a frame of adjective cue {@code lemma} at {@code i}, its cue ending at
     * {@code cueEnd}: an infinitive its TO frame, a
     * preposition one of its particles, a question word its WH frame (or THAT: "surprised when"; "if" only WH), a that-clause or a bare
     * clause its THAT frame ("glad I did"; not a subordinator's: "disappointed because ...").
     */
    private boolean adjectiveFits(String lemma, int i, int cueEnd, int cs) {
        Cue a = CueLexicon.SHARED.get(Cue.Kind.ADJECTIVE, lemma);
        if (a == null || cs >= n) {
            return a != null;
        }
        if (cueEnd > i + 1 || t.token(cs - 1).equals(":")) {
            return true; // the cue took its link: "is committed to [...]", "steadfast in support of [...]", "absolute: [...]"
        }
        String w = lower(cs);
        if (a.particles().contains(w)) {
            return true; // its preposition, however tagged ("worried about the snake burning", "confident of delivering")
        }
        if (w.equals("to")) {
            return a.takes(Frame.TO);
        }
        if (w.equals("if")) {
            return a.takes(Frame.WH); // "not sure if ...", not a condition: "I'd be happy if someone helps"
        }
        if (WH.contains(w) || w.equals("whether")) {
            return a.takes(Frame.WH) || a.takes(Frame.THAT);
        }
        if (t.upos(cs) == UPos.ADP && !w.equals("that")) {
            return false;
        }
        if (w.equals("that")) {
            return a.takes(Frame.THAT);
        }
        if (t.upos(cs) == UPos.SCONJ) {
            return false; // "was disappointed because ...", "really worried cause ...": a reason, not what is felt
        }
        return a.takes(Frame.THAT) || a.takes(Frame.QUOTE) || a.takes(Frame.WH); // a bare clause: "glad I did"
    }

    private Found verbCue(int s, int i, String lemma, boolean adjective, boolean modifier) {
        int first = clauseFirst(s);
        int end = t.sentenceEndToken(s);
        Found f = new Found();
        f.rule = modifier ? "adjective-modifier" : adjective ? "adjective-cue" : "verb-cue";
        f.cueLemma = lemma;
        f.type = adjective ? CueLexicon.ADJECTIVES.get(lemma) : CueLexicon.VERBS.get(lemma);
        if (lemma.equals("call") && ctx.cues.labelling(i)) {
            f.type = ClaimType.ASSESSMENT; // a label the source gives, not an appeal
        }
        // left: auxiliaries, negation, adverbs, "continue to", "quick to", "remains"
        int cb = i;
        while (cb - 1 >= first) {
            int p = cb - 1;
            UPos pos = t.upos(p);
            String w = lower(p);
            boolean toNext = lower(cb).equals("to");
            boolean auxAsVerb = pos == UPos.VERB && (t.lemma(p).equals("have") || t.lemma(p).equals("be")
                    || t.lemma(p).equals("do")) && p + 1 < n && (t.upos(p + 1) == UPos.VERB || t.upos(p + 1) == UPos.ADV);
            if (toNext && w.equals("on") && p - 1 >= first && t.upos(p - 1) == UPos.VERB && ASPECT.contains(t.lemma(p - 1))) {
                cb = p - 1; // "went on to say", "will go on to argue": the aspect verb with its particle (guidelines 4)
                continue;
            }
            if (pos == UPos.AUX || auxAsVerb || w.equals("not") || w.equals("n't") || (pos == UPos.PART && w.equals("to"))
                    || (pos == UPos.ADV && !w.equals("that") && Character.isLowerCase(t.token(p).charAt(0)))
                    || ((pos == UPos.VERB && ASPECT.contains(t.lemma(p)) || pos == UPos.ADJ) && toNext)
                    || LINKS.contains(t.lemma(p)) || (adjective && (t.lemma(p).equals("make") || pos == UPos.ADV))) {
                cb = p;
            } else {
                break;
            }
        }
        if (cb < i && lower(cb).equals("to")) {
            return null; // "to say" inside a larger verb group we did not recognise
        }
        for (int x = cb; x < i; x++) {
            if (lower(x).equals("able") || lower(x).equals("unable")) {
                return null; // "will be able to ask questions": an ability, not an attribution
            }
        }
        if (cb == i && i > first && lower(i - 1).equals("to")) {
            return null; // infinitive: "... to reassure allies" after a non-cue verb
        }
        if (cb - 2 >= first && lower(cb - 1).equals("who") && t.token(cb - 2).equals(",") && ctx.cues.relativeBeforeCue(i, end)) {
            return null; // "An official, who briefed journalists ..., said": the relative belongs to the source
        }
        int ce = i + 1;
        ce = ctx.cues.extendCueRight(lemma, i, ce, end, adjective);
        if (!adjective && WISH.contains(lemma) && ce + 1 < end && lower(ce).equals("to") && ctx.cues.cueVerb(ce + 1) != null
                && !WISH.contains(ctx.cues.cueVerb(ce + 1))) {
            // "I want to congratulate": the wish to perform a speech act is one cue, the act's type
            lemma = ctx.cues.cueVerb(ce + 1);
            i = ce + 1;
            f.cueLemma = lemma;
            f.type = CueLexicon.VERBS.get(lemma);
            ce = ctx.cues.extendCueRight(lemma, i, i + 1, end, false);
        }
        ce = ctx.cues.mannerPhrase(ce, end);
        if (!adjective && ce > i + 1 && CueLexicon.particles(lemma).contains(lower(i + 1))) {
            Cue phrasal = CueLexicon.verb(lemma + " " + lower(i + 1));
            if (phrasal != null) {
                f.type = ClaimType.valueOf(phrasal.type()); // "call for": a demand, "call" alone a label
            }
        }
        if (ce < end && t.token(ce).equals(":")) {
            ce++; // a colon introducing the content is no content (trimCue leaves it out of the cue too: guidelines 4)
        }
        f.cueFirst = cb;
        f.cueEnd = ce;
        // passive with agent: "attacks also claimed by Da'esh": source after "by", content before the cue
        if (!adjective && lower(i).endsWith("ed") && ce + 1 < end && lower(ce).equals("by") && i > first
                && AGENT_PASSIVE.contains(lemma) && t.upos(i - 1) != UPos.PRON) {
            int[] agent = ctx.phrases.npRight(ce + 1, trimEnd(s, end));
            int subjectEnd = cb - 1 > first && t.token(cb - 1).equals(",") ? cb - 1 : cb; // "attacks, also claimed by"
            int subject = ctx.phrases.npStartLeft(first, subjectEnd);
            if (agent != null && subject < subjectEnd) {
                int ae = agent[0];
                while (ae < agent[1] && !t.token(ae).equals(",")) {
                    ae++;
                }
                f.rule = "passive-agent";
                f.cueEnd = ce + 1;
                f.srcFirst = agent[0];
                f.srcEnd = ae;
                f.content.add(ctx.contents.trimmedContent(subject, subjectEnd));
                return f;
            }
        }
        // passive without agent: "is intended to", "it is believed that"; reduced relative: "talks aimed at"
        boolean beforeComplement = ce < end && (lower(ce).equals("to") && t.upos(ce) != UPos.ADP || lower(ce).equals("that"))
                || ce > i + 1 && lower(ce - 1).equals("at"); // an infinitive's "to", not "was reported to the police" (round 16)
        // A reduced relative modifies a noun inside a larger clause ("talks aimed at", "a cost estimated to
        // reach"): never before "that" and never the sentence's main verb, else the noun is the subject
        // ("Analysts estimated that", "The group planned to march"); the parse's root is the main verb unless the
        // parser missed the predicate after it (predicateMissed).
        boolean reduced = !adjective && lower(i).endsWith("ed") && cb == i && i > first
                && (t.upos(i - 1) == UPos.NOUN || t.upos(i - 1) == UPos.PROPN) && beforeComplement
                && !(ce < end && lower(ce).equals("that")) && (t.deprel(i) != DepRel.ROOT || predicateMissed(i, end))
                && SOURCELESS_PASSIVE.contains(lemma);
        boolean passive = reduced || !adjective && lower(i).endsWith("ed") && cb < i && ctx.cues.beLemma(cb, i)
                && (ce >= end || !lower(ce).equals("by"));
        if (passive && !(SOURCELESS_PASSIVE.contains(lemma) && beforeComplement)) {
            return null; // "have been concluded", "has been assessed": events, not attributions
        }
        // participle after comma: ", stating that", ", arguing that", "while noting"
        boolean participle = lower(i).endsWith("ing") && cb > first && (t.token(cb - 1).equals(",")
                || PARTICIPLE_LINKS.contains(lower(cb - 1))) && !ctx.cues.beLemma(cb, i); // ", is urging": a finite progressive
        if (!adjective && !reduced && !passive && !participle && (modifyingParticiple(cb, i) || modifyingGerund(cb, i, lemma))) {
            return null; // "the above mentioned counterparty", "our base model compared to the old one", "its USB-C charging
                         // cable": a modifier, no predicate
        }
        if (reduced) {
            f.rule = "reduced-relative";
        } else if (passive) {
            f.rule = "passive";
        } else if (participle) {
            f.rule = "participle";
        }
        int[] src = null;
        if (modifier) {
            src = modifiedPhrase(i, first);
        } else if (participle) {
            src = ctx.phrases.subjectOfSentence(s, cb - 1);
            if (src == null) {
                src = ctx.parse.governorSubject(i); // "Shortly after, some of his defenders took to social media, claiming"
            }
            if (src != null && ctx.quotes.quotedAfter(src[1] - 1, i)) {
                return null; // a participle inside a quotation is the quoted speaker's, not the sentence subject's
            }
        } else if (!passive) {
            src = ctx.phrases.sourceLeft(first, cb);
            int[] clausal = ctx.parse.clausalSubject(i, cb);
            if (clausal != null && (src == null || clausal[0] < src[0])) {
                src = clausal; // the surface reading stopped inside a relative clause or participle of the subject
            }
            int[] parsed = ctx.parse.subjectBefore(i, cb);
            Cue held = adjective ? CueLexicon.SHARED.get(Cue.Kind.ADJECTIVE, lemma) : CueLexicon.verb(lemma);
            if (parsed != null && (src == null || parsed[1] == src[1] && plainExtension(parsed[0], src[0])) && held != null
                    && ctx.parse.free(parsed) && ctx.parse.canSay(ctx.parse.subjectOf(i), held.cueClass())) {
                // the surface walk stopped: "Marco Villa, the company’s chief operating officer, said" (nothing),
                // "China’s ambassador to Britain Liu Xiaoming has said" (only "Britain Liu Xiaoming")
                src = parsed;
            }
            if (!adjective && cb == i && lower(i).endsWith("ing") && src != null && t.tree().subject(i) < 0) {
                int[] governor = ctx.parse.governorSubject(i);
                if (governor != null && governor[1] <= src[0] && !ctx.phrases.holder(src)) {
                    // "[Andrew] spent 45 seconds explaining ...": a bare participle with no subject of its own is held by the
                    // subject of the verb it modifies, not by a thing before it; a holder there is the parser's misreading
                    // of a participle on that noun ("Police fired at protesters demanding ...")
                    src = governor;
                }
            }
        }
        if (src == null && !passive && !participle && cb - 1 > first && t.token(cb - 1).equals(",")) {
            int[] subject = ctx.contents.subjectBeforeInsert(s, cb - 1);
            if (subject != null && ctx.phrases.holder(subject) && clauseIn(subject[1] + 1, cb - 1)) {
                // "A group of physicians, alarmed that ..., is urging": the subject before an insert holding a clause (a
                // labelling insert, "The group, considered a terrorist organisation by Washington,", is label-participle's)
                src = subject;
            }
        }
        if (src != null && src[1] - src[0] == 1 && t.upos(src[0]) == UPos.VERB && "VB".equals(t.xpos(src[0]))) {
            src = null; // "Come see how ...", "Remember seeing ...": an imperative verb is no source
        }
        if (src != null && src[1] - src[0] == 1 && lower(src[0]).equals("it") && !adjective && evaluationBefore(cb, i)) {
            return null; // "it's safe to assume", "it's easy to see how": the author's evaluation, no one's attribution
        }
        if (src != null && src[1] - src[0] == 1 && !adjective && readerAddressed(lower(src[0]), CueLexicon.verb(lemma).cueClass())) {
            return null; // "so you know if ...", "you'll see that ..." (the stance verbs are refused below, for any non-holder)
        }
        if (modifier && !(src != null && ctx.phrases.holder(src))
                || adjective && READINESS.contains(lemma) && !(src != null && readyHolder(src))) {
            return null; // "products ready to ship", "the car is ready to drive", "you're ready to move on": a state, no stance
        }
        if (adviceToReader(src, i)) {
            return null; // "you have to be willing to": advice to the reader
        }
        // a record shows what it holds ("the footage shows soldiers firing"), anything else is no source of it
        boolean record = src != null && EVIDENCE.contains(lemma) && ctx.phrases.record(src);
        if (src != null && EVIDENCE.contains(lemma) && !record && !ctx.phrases.actorOrPerson(src)) {
            return null; // "This attack only underscores ...": evidence, not attribution
        }
        if (!adjective && !passive && VerbCues.stanceLike(lemma)) {
            if (!(src != null && ctx.phrases.holder(src))) {
                return null; // "this assistance will support", "immediately allow": no one holds the stance
            }
            for (int x = cb; x <= i; x++) {
                String w = lower(x);
                if (w.equals("will") || w.equals("would") || w.equals("shall") || w.equals("'ll")
                        || x == i && w.endsWith("ing") && ctx.cues.beLemma(cb, i)) {
                    return null; // "will support", "is supporting": an act the author reports, not a stance
                }
            }
        }
        if (src == null && !passive && !participle && cb > first && (lower(cb - 1).equals("and")
                || lower(cb - 1).equals("but"))) {
            src = ctx.phrases.sharedSource(s); // "we recognize ..., and remain determined to": same source
        }
        if (src == null && !adjective && !passive && !participle && !parseSubjectMaySpeak(i, lemma)) {
            return null; // "an environment that supports growth, encourages investment": the parse's subject says nothing
        }
        CueClass cls = adjective ? null : CueLexicon.verb(lemma).cueClass();
        if (src != null && !adjective && !passive && mindOnly(cls, f.type) && ctx.parse.thing(src, i, cls)) {
            return null; // "the Black Friday deals promise to be better", "The storm threatened": a thing holds no view
        }
        if (src != null) {
            f.srcFirst = src[0];
            f.srcEnd = src[1];
        }
        boolean before = src != null && src[0] > first && (t.token(src[0] - 1).equals(",")
                || CLOSE_QUOTES.contains(t.token(src[0] - 1)))
                && !(src[1] - src[0] == 1 && DependencyCues.RELATIVES.contains(lower(src[0]))) // ", who will testify": no tail
                && !ctx.phrases.objectRelative(src);
        int afterStart = ce;
        while (afterStart < end) {
            int time = ctx.contents.timeExpression(afterStart, end);
            int place = ctx.contents.placePhrase(afterStart, end);
            if (time > afterStart) {
                afterStart = time; // "announced today", "said on Tuesday": when, not what
            } else if (afterStart + 3 < end && lower(afterStart).equals("on") && lower(afterStart + 1).equals("condition")
                    && lower(afterStart + 3).equals("anonymity")) {
                afterStart += 4; // "said on condition of anonymity that ..."
            } else if (place > afterStart) {
                afterStart = place; // "announced at the Manama Dialogue, the United States will"
            } else if (t.upos(afterStart) == UPos.VERB && t.deprel(afterStart).is(DepRel.ACL) && t.head(afterStart) >= f.cueFirst
                    && t.head(afterStart) < f.cueEnd) {
                afterStart = t.tree().subtreeEnd(afterStart); // "said in a report [released on Monday]": the medium's own participle
            } else if (t.token(afterStart).equals(",") && subordinateClauseCue(first, cb) && !(afterStart + 1 < end
                    && OPEN_QUOTES.contains(t.token(afterStart + 1)))) { // "While protesters chanted, “Red for Ed,” in ..."
                afterStart = end; // "Now that the picture is clear, the talks can start": the cue's clause ends at the comma
            } else if (t.token(afterStart).equals(",") || (t.upos(afterStart) == UPos.ADV
                    && Character.isLowerCase(t.token(afterStart).charAt(0)) && !lower(afterStart).equals("that")
                    && !WH.contains(lower(afterStart)) && !degreeAs(afterStart, end)
                    && !modifierInPhraseAfter(afterStart))) {
                afterStart++;
            } else {
                break;
            }
        }
        if (afterStart < end && t.token(afterStart).equals(":")) {
            afterStart++;
            f.cueEnd = afterStart; // "released the following statement today:"
        }
        int sentenceEnd = trimEnd(s, end);
        boolean nothingAfter = afterStart >= sentenceEnd;
        if (nothingAfter && t.token(f.cueEnd - 1).equals(":") && s + 1 < t.sentenceCount()) {
            // the content follows the colon in the next paragraph: a quote, or the next sentence
            int nf = t.sentenceFirstToken(s + 1);
            int close = OPEN_QUOTES.contains(t.token(nf)) ? ctx.quotes.closingQuote(nf) : -1;
            if (close > 0) {
                f.content.add(new int[] {nf, close + 1});
                return f;
            }
        }
        if (src == null && !passive && !participle) {
            // inverted: "..., said Cook." / "..., said the release."
            if (cb > first && t.token(cb - 1).equals(",") && !nothingAfter && CueLexicon.reporting(lemma)) {
                int[] np = ctx.phrases.npRight(afterStart, sentenceEnd);
                if (np != null && np[1] >= sentenceEnd && (ctx.phrases.holder(np) || ctx.phrases.record(np))) {
                    // "..., testified about [the events]": no one speaks
                    f.rule = "inverted-source";
                    f.srcFirst = np[0];
                    f.srcEnd = np[1];
                    ctx.contents.addContentBefore(f, first, cb - 1);
                    return f.content.isEmpty() ? null : ctx.quotes.continueQuote(f, s);
                }
            }
            if (cb == first || !(t.upos(cb - 1) == UPos.PUNCT)) {
                return null;
            }
        }
        // a cue that reports no clause or quote takes none before its source: "“...,” he said, talking to them about X",
        // "Now that the picture is clear, the two parties will talk" (round 14)
        boolean reports = adjective || CueLexicon.reporting(lemma) || CueLexicon.takes(lemma, Frame.THAT);
        if (before && (nothingAfter && (reports || !DependencyCues.topicOnly(CueLexicon.verb(lemma)))
                || CLOSE_QUOTES.contains(t.token(src[0] - 1)) && reports)) {
            int cut = src[0] - 1; // the comma (or closing quote) before the source
            if (nothingAfter && !ctx.contents.clauseOrQuote(first, cut)) {
                return null; // "Once again, I'm not complaining", "1 sack, 2 passes defended": an adverbial or a list, nothing reported
            }
            ctx.contents.addContentBefore(f, first, cut);
            return f.content.isEmpty() ? null : ctx.quotes.continueQuote(f, s);
        }
        if (before && ce < end && t.token(ce).equals(",") && !(afterStart < end && OPEN_QUOTES.contains(t.token(afterStart)))
                && !ctx.contents.occasionOfSpeaking(first, src[0] - 1)) {
            // "In Syria, the press secretary said, Syrian forces continue ...": both sides; not before a quotation, which
            // holds all the speaker's words ("When his editors asked for more, he'd respond, “...”": the author's clause),
            // nor when the words before the source only say when or where the speaking was ("Later, in remarks at X")
            ctx.contents.addContentBefore(f, first, src[0] - 1);
        }
        if (nothingAfter) {
            return f.content.isEmpty() ? null : f;
        }
        int cs = afterStart;
        int heard = -1; // where the content starts after a hearer; the frames below are checked on object and complement
        if (CueLexicon.recipient(lemma)) {
            boolean that = false;
            boolean speech = CueLexicon.verb(lemma).cueClass() == CueClass.SPEECH;
            for (int x = cs; x < Math.min(sentenceEnd, cs + 6); x++) {
                if (lower(x).equals("that") && (t.upos(x) != UPos.PRON || ctx.phrases.hearer(cs, x)) && (speech || !relativePronoun(x))) { // not "reported earnings [that] topped"
                    cs = x;
                    that = true;
                    break;
                }
                if ((t.upos(x) == UPos.VERB || t.upos(x) == UPos.AUX) && t.deprel(x) != DepRel.AMOD
                        && !ctx.parse.modifiesHearer(x, i, CueLexicon.verb(lemma))) {
                    break; // a participle modifying the hearer stays in the hearer: "told [cheering teachers] that"
                }
            }
            heard = that || !speech ? -1 : ctx.parse.afterHearer(i, cs, sentenceEnd);
            if (!that && lemma.equals("tell") && cs + 1 < sentenceEnd && RECIPIENTS.contains(lower(cs))) {
                cs++; // "told reporters the schedule was ...": the hearers are no part of the content
            }
        }
        if (t.upos(cs) == UPos.CCONJ && t.deprel(cs) != DepRel.CC_PRECONJ) {
            return null; // "I'm not sure, but I think ...": a clause of its own follows, no content ("condemns both" has one)
        }
        if (DependencyCues.ADVERBIAL_WH.contains(lower(cs)) && t.deprel(i).is(DepRel.ACL)) {
            return null; // "the short story he wrote where God cheats": a relative clause's verb and the antecedent's adverbial
        }
        if (lower(cs).endsWith("ing") && ctx.cues.cueVerb(cs) != null) {
            return null; // "responded cautiously, stating that ...": the participle is the cue
        }
        if (adjective && RAISING_ADJECTIVES.contains(lemma) && lower(cs).equals("to") && cs + 1 < sentenceEnd
                && (t.upos(cs + 1) == UPos.VERB || t.upos(cs + 1) == UPos.AUX) && !lower(i - 1).equals("be")) {
            return null; // "the move is sure to anger Beijing", "she is certain to win": the author's forecast, not the
                         // subject's; "I'll be sure to call" (make sure) is the subject's intention
        }
        if (adjective && !adjectiveFits(lemma, i, f.cueEnd, cs)) {
            return null; // "happy with the service", "proud of her son", "happy to help": no frame of the adjective takes it
        }
        boolean shown = record && CueLexicon.verb(lemma).cueClass() == CueClass.EVIDENCE && ctx.phrases.isNpToken(cs);
        if (!adjective && !passive && !shown && !ctx.cues.complementFits(lemma, i, f.cueEnd, cs, sentenceEnd)) {
            return null; // the cue's frames do not take what follows ("sent a letter", "saw the attack")
        }
        if (!adjective && !passive && src != null && !record && ctx.phrases.isNpToken(cs) && !CueLexicon.takes(lemma, Frame.THAT)
                && !ctx.phrases.holder(src) && !ctx.phrases.record(src) && !(src[1] - src[0] == 1 && lower(src[0]).equals("it"))) {
            return null; // a noun-phrase content needs a holder or a document: "the storm offers a reminder" (guidelines 2.1)
        }
        boolean particle = f.cueEnd > i + 1 && CueLexicon.particles(lemma).contains(lower(f.cueEnd - 1)); // "hoped for"
        if (!adjective && !passive && !particle && ctx.phrases.isNpToken(cs) && DependencyCues.namedContentOnly(CueLexicon.verb(lemma))
                && !namesContent(cs, sentenceEnd) && !ctx.parse.proposition(CueLexicon.verb(lemma), cs)
                && !(DependencyCues.contentCognition(CueLexicon.verb(lemma)) && clauseAfterNounPhrase(cs, sentenceEnd))) {
            return null; // "heard a loud bang", "sought refuge", "attacked the village": no content; "heard the reports",
                         // "accepted the offer", "attacked the plan" (guidelines 2.1); "didn't realize [their data was
                         // public]" is a clause, as it was before "realize" took a noun phrase (round 16)
        }
        if (!adjective && !passive && !particle && ctx.phrases.isNpToken(cs) && ctx.parse.transactionPhrase(CueLexicon.verb(lemma), cs, sentenceEnd)) {
            return null; // "vendors offered products", "the foundation supported the study": a sale or a grant, no content
        }
        if (!adjective && !passive && ctx.phrases.isNpToken(cs) && DependencyCues.forecastOnly(CueLexicon.verb(lemma))
                && !clauseAfterNounPhrase(cs, sentenceEnd) && !ctx.parse.namesOutcome(cs, sentenceEnd)) {
            return null; // "expect a visitor", "anticipate the crowd": a forecast's noun phrase names a figure or an outcome
        }
        boolean standing = lower(i).endsWith("ing") && ctx.cues.beLemma(cb, i) || ctx.parse.habitual(i, CueLexicon.verb(lemma))
                && !(src != null && (ctx.phrases.record(src) || src[1] - src[0] == 1 && FIRST_PERSONS.contains(lower(src[0])))); // "and thank", shared "I"
        if (!adjective && !passive && !lower(cs).equals("to") && !CueLexicon.takes(lemma, Frame.THAT) && standing
                && f.type == ClaimType.STATEMENT) {
            return null; // "the program is offering rewards", "They offer cheap air tickets": a standing act (progressive or
                         // habitual present), not an offer made; "is criticizing the plan" is speech
        }

        if (heard > cs) {
            cs = heard; // "told the players to stay calm", "urged Mr. Lee to resign": the hearer is no part of the content
        }
        int stop = reduced ? ctx.contents.reducedEnd(cs, sentenceEnd) : ctx.contents.contentEnd(s, first, cs, sentenceEnd);
        int object = t.tree().object(i);
        if (object >= 0 && t.tree().subtreeBegin(object) == cs && ctx.phrases.isNpToken(cs)) {
            int e = t.tree().subtreeEnd(object);
            if (e > cs && e < stop && ctx.contents.timeExpression(e, stop) > e && !DEICTIC_DAYS.contains(lower(e))) {
                stop = e; // "denied the allegations [on Tuesday]": when the act was done, not what it was about; a bare
                          // "today" dates an event noun as often ("condemns the attacks today in ...": the gold keeps it)
            }
        }
        if (particle) { // a prepositional object ends at a predicate of its own
            int conj = ctx.parse.beforeConjoinedPredicate(i, cs);
            if (conj > cs) {
                stop = Math.min(stop, conj);
            }
        }
        if (modifier) {
            stop = Math.min(stop, t.tree().subtreeEnd(i)); // "[Those] eager [to carry on] were disappointed": the modifier's own words
            for (int x = cs + 1; x < stop; x++) {
                if (finite(x) && t.tree().subject(x) < 0) {
                    stop = x; // "Volunteers eager to rebuild the school | arrived": the sentence's predicate, hung on the modifier
                }
            }
        }
        int conjoinedCue = ctx.parse.beforeConjoinedCue(i, cs);
        if (conjoinedCue > cs) {
            stop = Math.min(stop, conjoinedCue); // "rejected the offer | and vowed to strike": the second cue is its own claim
        }
        if (OPEN_QUOTES.contains(t.token(cs)) && !t.token(cs).equals("’")) {
            int close = ctx.quotes.closingQuote(cs);
            if (close > 0 && ctx.quotes.scareQuoteEnd(cs) < 0) { // "denied 'sensational' claims made in ...": a noun phrase
                f.content.add(new int[] {cs, close + 1});
                return f;
            }
        }
        if (stop > cs) {
            f.content.add(new int[] {cs, stop});
            if (passive && !reduced && lower(ce).equals("to")) {
                // "The exercise is intended to ...": the subject is the first content span (PARC)
                int subject = ctx.phrases.npStartLeft(first, cb);
                if (subject < cb && !(cb - subject == 1 && t.upos(subject) == UPos.PRON)) {
                    f.content.add(0, ctx.contents.trimmedContent(subject, cb));
                }
            }
        }
        return f;
    }
}
