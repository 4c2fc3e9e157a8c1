package org.sightline.extract.claims.internal.rules;

import java.util.Locale;
import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * {@code noun-cue}: nominal cues ("Daesh's contempt for human life", "our steadfast commitment to
 * empower", "a disregard for", "allegations that ...", "the U.S. commitment to support"). The possessor (or a
 * "by" agent before a clause or infinitive: "a declaration by the ministry that", or the subject of a light verb before
 * one: "[Iran] made efforts to") is the source, none in an existential ("there is talk that"); determiner and
 * adjectives join the cue; the linking preposition joins the cue unless an infinitive follows ("commitment | to
 * empower"); a prepositional content ends with its noun phrase in the parse; sourceless only for the nouns that
 * attribute without a holder, not after quantifiers ("all reports of").
 */
final class NounCueRule extends RuleFamily {

    NounCueRule(RuleContext ctx) {
        super(ctx, "noun-cue");
    }

    @Override
    public void apply(int s) {
        scanUnused(s, this::read);
    }

    /** The nominal cue at token {@code i}, if any; returns the last token taken. */
    private int read(int i, int s, int first, int sentenceEnd) {
        ClaimType type = CueLexicon.NOUNS.get(t.lemma(i));
        Found f = type == null ? null : read(i, type, s, first, sentenceEnd);
        if (f == null) {
            return i;
        }
        add(f);
        return f.content.get(0)[1] - 1;
    }

    /**
     * Where the copula would stand after noun {@code i}: past a prepositional modifier of the noun that starts at {@code ce}
     * ("our goal [with this post] is to ...", "our goal [with hosting open threads] is to ...": a gerund's "with" is tagged
     * a subordinator; the parse may hang the phrase on the predicate the noun is the subject of rather than on the noun),
     * else {@code ce}. With {@code i} an existential's verb: past its place or time phrase ("there were
     * hints [in the country] that").
     */
    private int afterModifier(int i, int ce, int sentenceEnd) {
        if (ce >= sentenceEnd || t.upos(ce) != UPos.ADP && !(t.upos(ce) == UPos.SCONJ && !lower(ce).equals("that"))) {
            return ce;
        }
        int object = t.head(ce);
        if (object <= ce || object >= sentenceEnd || t.head(object) != i
                && !(t.deprel(i).is(DepRel.NSUBJ) && t.head(object) == t.head(i))) {
            return ce;
        }
        int e = ctx.parse.phraseBeforeThatClause(object)[1];
        return e > ce && e < sentenceEnd ? e : ce;
    }

    /**
     * The attribution of noun {@code i} read as a nominal cue of this type (the lexicon's, or the learned
     * scorer's: {@link LearnedCueRule}) in sentence {@code s}, or null; not yet added.
     */
    Found read(int i, ClaimType type, int s, int first, int sentenceEnd) {
        String w = lower(i);
        String nl = t.lemma(i);
        if (t.upos(i) != UPos.NOUN) {
            return null;
        }
        int h = t.head(i);
        if (t.deprel(i).is(DepRel.OBJ) && h >= 0 && !used[h] && CueLexicon.takes(ctx.cues.verbLemma(h), Frame.NP)
                && heldBySubject(h, first, sentenceEnd)) {
            return null; // "Firms support Mr. Trump's efforts to ...": the outer cue's content, outermost first
        }
        if (i > first && CueLexicon.NOUN_IDIOMS.contains(t.lemma(i - 1).toLowerCase(Locale.ROOT) + " " + nl)) {
            return null; // "in charge of", "took charge of": no accusation
        }
        int ce = i + 1;
        if (ce + 2 < sentenceEnd && t.lemma(ce).equals("go") && lower(ce + 1).equals("out")) {
            ce += 2; // "condolences go out to"
        }
        // the cue ends at the noun when a time or an agent stands before the link
        int cueEnd = -1;
        int time = ctx.contents.timeExpression(ce, sentenceEnd);
        if (time > ce && time < sentenceEnd && !lower(time).equals("that")) {
            cueEnd = i + 1; // "criticism on Tuesday over its decision": the link is after the time
            ce = time;
        }
        int[] agent = cueEnd < 0 ? byAgent(ce, sentenceEnd) : null;
        if (agent != null) {
            cueEnd = i + 1; // "a declaration by the health ministry that ...": the agent holds it
            ce = agent[1];
        }
        Cue entry = CueLexicon.SHARED.get(Cue.Kind.NOUN, nl);
        // "my guess is that ...", "her view was that ...", "our goal is to ...": the copula links the noun to its clause
        // or infinitive and is no part of the cue
        int be = cueEnd < 0 ? afterModifier(i, ce, sentenceEnd) : ce;
        boolean copular = cueEnd < 0 && be + 1 < sentenceEnd && t.lemma(be).equals("be") && entry != null
                && (lower(be + 1).equals("that") && t.upos(be + 1) == UPos.SCONJ && entry.takes(Frame.THAT)
                        || lower(be + 1).equals("to") && be + 2 < sentenceEnd && t.upos(be + 2) == UPos.VERB
                                && entry.takes(Frame.TO));
        if (copular) {
            cueEnd = i + 1;
            ce = be + 1;
        }
        // "there is talk that ...", "there were strong hints [in the country] that ...": an existential puts the cue without a
        // holder (guidelines 5: none); a phrase of the verb may stand between the noun and its clause
        int there = cueEnd < 0 ? existential(i) : -1;
        if (there >= 0) {
            int m = afterModifier(there, ce, sentenceEnd);
            if (m > ce && m < sentenceEnd && lower(m).equals("that")) {
                cueEnd = i + 1;
                ce = m;
            }
        }
        // the common links, or a preposition the lexicon lists for this noun ("frustration with")
        if (ce >= sentenceEnd || used[ce] || !CueLexicon.NOUN_LINKS.contains(lower(ce))
                && !(entry != null && entry.particles().contains(lower(ce)))) {
            return null;
        }
        boolean that = lower(ce).equals("that");
        boolean clause = that && t.upos(ce) == UPos.SCONJ; // not a relative: "there was a rumour that spread", "gave a talk that lasted"
        boolean existentialThat = there >= 0 && clause;
        // "[Iran] made strenuous efforts to ...": the subject of a light verb holds its object noun's infinitive or clause
        int[] light = clause || lower(ce).equals("to") && ce + 1 < sentenceEnd && t.upos(ce + 1) == UPos.VERB
                ? lightVerbHolder(i, entry, ce, first) : null;
        if (agent != null && that && ce + 1 < sentenceEnd && (t.upos(ce + 1) == UPos.VERB || t.upos(ce + 1) == UPos.AUX)) {
            return null; // "a report by the agency that was published": a relative clause, no content
        }
        if (entry != null && entry.frames().equals(Set.of(Frame.TO)) && !lower(ce).equals("to")) {
            return null; // an infinitive-only noun: "efforts to end the war", not "a valiant effort against Belgium"
        }
        int cb = i;
        // adjectives, and adverbs before one ("very strong criticism"), join the cue; "held firm despite criticisms" does not
        while (cb - 1 >= first && !used[cb - 1] && (t.upos(cb - 1) == UPos.ADJ || ctx.parse.participleModifier(cb - 1, i)
                || t.upos(cb - 1) == UPos.ADV && cb < i && t.upos(cb) == UPos.ADJ)
                && Character.isLowerCase(t.token(cb - 1).charAt(0))) {
            cb--;
        }
        // after a possessor, nouns that modify the cue are part of it ("his initial Instagram announcement of"); without
        // one a name before the cue is its holder ("the enduring U.S. commitment to")
        int mb = cb;
        while (mb - 1 >= first && !used[mb - 1] && (t.upos(mb - 1) == UPos.NOUN || t.upos(mb - 1) == UPos.PROPN
                || t.upos(mb - 1) == UPos.ADJ) && t.head(mb - 1) == i && !WEEKDAYS.contains(lower(mb - 1))
                && !MONTHS.contains(lower(mb - 1).replace(".", ""))) { // a date is no part of the cue (below)
            mb--;
        }
        if (mb < cb && mb - 1 >= first && (lower(mb - 1).equals("'s") || t.upos(mb - 1) == UPos.PRON
                && POSSESSIVES.contains(lower(mb - 1)))) {
            cb = mb;
        }
        int[] src = null;
        int p = cb - 1;
        while (p > first && (t.upos(p) == UPos.NUM || MONTHS.contains(lower(p).replace(".", ""))
                || WEEKDAYS.contains(lower(p)))) {
            p--; // the date of the act stands between holder and cue: "the minister's Oct. 11 announcement that"
        }
        if (p >= first && !used[p]) {
            if (t.upos(p) == UPos.PRON && POSSESSIVES.contains(lower(p))) {
                src = new int[] {p, p + 1};
            } else if (lower(p).equals("'s")) {
                int b = ctx.phrases.npStartLeft(first, p);
                for (int x = b; x < p; x++) {
                    if (used[x] || t.upos(x) == UPos.CCONJ) {
                        b = x + 1; // the possessor of this noun only: "the new results and [Hubble's] detection of"
                    }
                }
                if (b < p) {
                    src = new int[] {b, p + 1};
                }
            } else if (t.upos(p) == UPos.PROPN && ctx.phrases.actorStartEndingAt(p) >= 0) {
                src = new int[] {ctx.phrases.actorStartEndingAt(p), p + 1}; // "the enduring U.S. commitment to"
            } else if (QUANTIFIERS.contains(lower(p)) && !(lower(p).equals("some") && p == cb - 1)
                    && light == null) {
                return null; // "takes all reports of violations seriously": generic, nobody's claim; not "[I] have no doubt that"
            } else if ((t.upos(p) == UPos.DET || lower(p).equals("some")) && !lower(p).equals("that") && p == cb - 1) {
                cb = p; // "a disregard for", "the utter disregard"
            }
        }
        if (agent != null) {
            src = agent;
        }
        boolean lightHeld = src == null && light != null;
        if (lightHeld) {
            src = new int[] {light[0], light[1]};
            cb = light[2]; // the light verb joins the cue: "made strenuous efforts"
        }
        boolean sourceless = CueLexicon.SOURCELESS_NOUNS.contains(nl) || CueLexicon.SOURCELESS_MEASURE_NOUNS.contains(nl)
                || CueLexicon.SOURCELESS_THAT_NOUNS.contains(nl) && that
                || CueLexicon.SOURCELESS_OBJECT_NOUNS.contains(nl) && !lower(ce).equals("to") && !lower(ce).equals("for");
        if (src == null && (!sourceless && !existentialThat || copular)) {
            return null; // a copular clause only with a holder: "the view is that" is nobody's
        }
        boolean infinitive = lower(ce).equals("to") && ce + 1 < sentenceEnd && t.upos(ce + 1) == UPos.VERB;
        int link = ce;
        if (infinitive && entry != null && !entry.takes(Frame.TO)) {
            return null; // "interpret his statement to mean": the infinitive is the verb's, a statement takes none
        }
        if (!that && !infinitive && entry != null && !entry.particles().isEmpty() && !entry.particles().contains(lower(link))) {
            return null; // a preposition the noun takes no content with: "the charges against him", "the debate of the season"
        }
        if (src == null && CueLexicon.SOURCELESS_MEASURE_NOUNS.contains(nl) && !(lower(link).equals("of")
                && t.head(link) > link && CueLexicon.MEASURES.contains(t.lemma(t.head(link)).toLowerCase(Locale.ROOT)))) {
            return null; // "the threat of tariffs" is someone's; "the threat of rain" is nobody's
        }
        if (src == null && (type == ClaimType.COMMITMENT || nl.equals("condolence") || nl.equals("wish"))) {
            return null;
        }
        if (!that && !infinitive) {
            ce++;
        }
        int cs = ce;
        if (type == ClaimType.ACCUSATION && !that && cs < sentenceEnd && (t.upos(cs) == UPos.NUM
                || t.upos(cs) == UPos.SYM || t.token(cs).equals("$"))) {
            return null; // "a charge of $5": an amount, not an offence
        }
        int stop = ctx.contents.contentEnd(s, first, cs, sentenceEnd);
        if (t.upos(first) == UPos.ADP && !lower(first).equals("according")) {
            // a cue in a fronted prepositional phrase: its content ends with the phrase ("In his announcement of the
            // pregnancy, Van Der Beek ...")
            boolean fronted = true;
            for (int x = first; x < cb && fronted; x++) {
                fronted = !t.token(x).equals(",");
            }
            for (int x = cs + 1; x < stop && fronted; x++) {
                if (t.token(x).equals(",")) {
                    stop = x;
                }
            }
        }
        stop = beforeRepeatedCue(i, cs, stop);
        if (!that && !infinitive) {
            // a prepositional object ends with its phrase in the parse ("expectations of a trade deal, expectations
            // of further reforms": the next cue starts its own attribution)
            int object = t.head(link);
            if (object > link && object < stop) {
                int e = ctx.parse.phrase(object)[1];
                if (e > cs && e < stop && !nounPhraseGoesOn(i, e, stop)) {
                    stop = e;
                    if (lower(e - 1).equals("'s")) {
                        // the phrase ends in the possessor of a coordinated noun: "reforms in India [and Street's]"
                        int b = ctx.phrases.npStartLeft(cs, e - 1);
                        if (b > cs + 1 && (t.upos(b - 1) == UPos.CCONJ || t.token(b - 1).equals(","))) {
                            stop = b - 1;
                        }
                    }
                }
            }
        }
        for (int x = cs + 1; x < stop && !that && !infinitive; x++) {
            String next = x + 1 < stop ? t.xpos(x + 1) : "";
            // a noun phrase ends before the verb of the clause around it: "..., sent prices lower" (the tagger may take
            // "sent" for a participle: a verb with its object); ", backed by ..." modifies the phrase
            boolean verb = x + 1 < stop && finite(x + 1)
                    || x + 2 < stop && t.upos(x + 1) == UPos.VERB && (t.upos(x + 2) == UPos.NOUN || t.upos(x + 2) == UPos.DET);
            if (t.token(x).equals(",") && !next.isEmpty() && verb) {
                stop = x;
            }
        }
        for (int x = cs + 1; x < stop; x++) {
            if (t.token(x).equals(",") && x + 1 < stop && (lower(x + 1).equals("which") || lower(x + 1).equals("who"))) {
                stop = x; // a relative clause after the object is the author's addition
                break;
            }
        }
        if (lightHeld) {
            // the content ends with the noun's phrase in the parse: "as Bush made plans to leave the Guard[, he again started]"
            int e = ctx.parse.phrase(i)[1];
            if (e > cs + 1 && e < stop) {
                stop = e;
            }
        }
        // the cue phrase, with its holder, heads the sentence's subject: the content ends at the predicate
        boolean subject = !lightHeld && ctx.contents.clauseStart(first, src != null ? src[0] : cb);
        if (copular) {
            // the clause is the predicate, not a subject's complement: it ends where the sentence does
        } else if ((that || infinitive) && subject) {
            stop = ctx.contents.subjectClauseEnd(cs, stop); // "Fears that the truce could collapse grew": up to "grew"
        } else if (subject) {
            stop = ctx.contents.reducedEnd(cs, stop); // "Hopes of a truce lifted stocks": the phrase ends at the predicate
        }
        if (stop <= cs || that && stop <= cs + 1) {
            return null; // no content, or a bare "that" whose clause an inner cue took (outermost first is the verb rule's)
        }
        if (!that && !infinitive && ctx.contents.timeExpression(link, stop) >= stop) {
            return null; // "released its findings on Thursday": a date, not what was found
        }
        Found f = new Found("noun-cue", w, type, cb, cueEnd >= 0 ? cueEnd : ce);
        if (src != null) {
            f.srcFirst = src[0];
            f.srcEnd = src[1];
        }
        f.content.add(new int[] {cs, stop});
        return f;
    }

    /**
     * {@code stop}, or the coordination before the cue noun repeated with its own link ("lower rates [and the
     * market's expectations of ...]"), which the parser may hang inside the first content.
     */
    private int beforeRepeatedCue(int cue, int cs, int stop) {
        for (int x = cs + 1; x + 1 < stop; x++) {
            if (t.upos(x) == UPos.NOUN && t.lemma(x).equals(t.lemma(cue)) && CueLexicon.NOUN_LINKS.contains(lower(x + 1))) {
                int b = x;
                while (b - 1 > cs && (t.upos(b - 1) == UPos.DET || t.upos(b - 1) == UPos.ADJ || lower(b - 1).equals("'s")
                        || t.upos(b - 1) == UPos.PRON && POSSESSIVES.contains(lower(b - 1))
                        || (t.upos(b - 1) == UPos.NOUN || t.upos(b - 1) == UPos.PROPN) && lower(b).equals("'s"))) {
                    b--;
                }
                if (b - 1 > cs && (t.upos(b - 1) == UPos.CCONJ || t.token(b - 1).equals(","))) {
                    b--;
                    return b - 1 > cs && t.token(b - 1).equals(",") ? b - 1 : b;
                }
            }
        }
        return stop;
    }

    /**
     * Whether the words at {@code e} still belong to the noun phrase the parse ended before: a name or noun the
     * parser split off ("WikiLeaks co-founder | Julian Assange"), a bracket ("(HLS) procurement"), the noun's
     * infinitive ("conspiracy | to commit"), a list after a comma ("kidnapping, six counts of ...").
     */
    private boolean nounPhraseGoesOn(int cue, int e, int stop) {
        if (lower(e - 1).equals("'s")) {
            return false; // "reforms in India and Street's | expectations": the possessor of the next noun
        }
        UPos p = t.upos(e);
        if (p == UPos.NOUN || p == UPos.PROPN || p == UPos.NUM || p == UPos.ADJ) {
            return true;
        }
        if (lower(e).equals("that") || lower(e).equals("who") || lower(e).equals("whose")) {
            return true; // the object's own relative clause: "a China that is destined to lead"
        }
        if (t.token(e).equals("(") && e + 2 < stop && t.token(e + 2).equals(")")) {
            return true; // an abbreviation: "(HLS) procurement"
        }
        if (lower(e).equals("to") && e + 1 < stop && t.upos(e + 1) == UPos.VERB) {
            return true;
        }
        if (t.token(e).equals(",") || t.upos(e) == UPos.CCONJ) {
            // a list goes on ("the Cessation of Hostilities, UN Security Council Resolution 2254, and efforts to ...",
            // "the friends and loved ones of"), unless a predicate or the cue noun again follows ("and weaken ...",
            // ", abandoning likes allowed ...", ", expectations of further reforms")
            int y = e;
            while (y < stop && y < e + 6 && (t.token(y).equals(",") || t.upos(y) == UPos.CCONJ || t.upos(y) == UPos.DET
                    || t.upos(y) == UPos.ADJ || t.upos(y) == UPos.PROPN || lower(y).equals("'s")
                    || t.upos(y) == UPos.NOUN && y + 1 < stop && lower(y + 1).equals("'s"))) {
                y++; // ", the market's | expectations of": a possessor before the next noun
            }
            if (y >= stop) {
                return true;
            }
            if (t.deprel(y).is(DepRel.NSUBJ) && t.head(y) > y && t.head(y) < stop) {
                return false; // a clause of its own follows: ", and I have already heard youngsters joking about it"
            }
            // a participle before a noun modifies it ("loved ones", "elected officials"); the tagger may call it VBD
            boolean modifier = (t.xpos(y).equals("VBN") || t.xpos(y).equals("VBD")) && y + 1 < stop && t.upos(y + 1) == UPos.NOUN;
            return !((t.upos(y) == UPos.VERB || t.upos(y) == UPos.AUX) && !modifier || t.lemma(y).equals(t.lemma(cue)));
        }
        return false;
    }

    /**
     * The holder after a cue in "by" before its clause or infinitive ("a declaration by China's health chiefs that",
     * "an effort by Democrats to establish"), or null.
     */
    private int[] byAgent(int by, int sentenceEnd) {
        if (by + 2 >= sentenceEnd || !lower(by).equals("by") || used[by + 1]) {
            return null;
        }
        int[] np = ctx.phrases.npRight(by + 1, sentenceEnd);
        if (np == null || np[1] >= sentenceEnd || used[np[1]] || !ctx.phrases.holder(np)) {
            return null;
        }
        int e = np[1];
        boolean link = lower(e).equals("that") || lower(e).equals("to") && e + 1 < sentenceEnd && t.upos(e + 1) == UPos.VERB;
        return link ? np : null;
    }

    /**
     * The verb "be" of an existential whose subject is noun {@code i} ("there is talk that", "there were hints"), or -1.
     */
    private int existential(int i) {
        int h = t.head(i);
        if (!t.deprel(i).is(DepRel.NSUBJ) || h < 0 || !t.lemma(h).equals("be")) {
            return -1;
        }
        int expl = t.tree().child(h, DepRel.EXPL);
        return expl >= 0 && expl < i && lower(expl).equals("there") ? h : -1;
    }

    /**
     * The holder of noun {@code i} as the object of a light verb ({@code light-verbs}: "[Iran] made strenuous efforts",
     * "[they] launched a bid") that stands right before the noun's phrase: {source begin, source end, cue begin (the
     * verb group)}, or null. Not a passive ("efforts were made"), and only a subject that can hold the noun's class;
     * {@code link} is the noun's "that" or "to".
     */
    private int[] lightVerbHolder(int i, Cue entry, int link, int first) {
        int h = t.head(i);
        if (entry == null || !t.deprel(i).is(DepRel.OBJ) || h < first || h > i || used[h] || t.upos(h) != UPos.VERB
                || !CueLexicon.LIGHT_VERBS.contains(t.lemma(h).toLowerCase(Locale.ROOT)) || t.tree().isPassive(h)
                || ctx.parse.phrase(i)[0] != h + 1) {
            return null;
        }
        if (t.lemma(h).equals("have") && lower(link).equals("to")
                && !t.tree().hasChild(link + 1, DepRel.OBJ, DepRel.IOBJ, DepRel.CCOMP, DepRel.XCOMP)) {
            return null; // an infinitive whose object is the noun: "I have a decision to make", "has promises to keep"
        }
        int subject = t.tree().subject(h);
        if (subject < 0) {
            subject = ctx.parse.controller(h); // "began making efforts to"
        }
        if (subject < first || subject > h || !ctx.parse.canSay(subject, entry.cueClass())) {
            return null;
        }
        int[] src = ctx.parse.phrase(subject);
        int cb = ctx.parse.groupStart(h, first);
        return src[0] < src[1] && src[1] <= cb && ctx.parse.free(src) ? new int[] {src[0], src[1], cb} : null;
    }

    /**
     * Whether verb {@code v} (or the verb it is coordinated with) has a subject that can hold what it says
     * ("Firms support", "Firms welcome ... and support"; not "The loan underscores").
     */
    private boolean heldBySubject(int v, int first, int end) {
        for (int c = first; c < end; c++) {
            if (t.head(c) == v && t.deprel(c).is(DepRel.NSUBJ)) {
                return ctx.phrases.holder(new int[] {c, c + 1});
            }
        }
        int h = t.head(v);
        return t.deprel(v).is(DepRel.CONJ) && h >= first && h < v && heldBySubject(h, first, end);
    }
}
