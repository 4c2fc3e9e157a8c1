package org.sightline.extract.claims.internal.rules;

import java.util.Set;

import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.Lemmas;
import org.sightline.nlp.api.UPos;

/**
 * Verb cue groups: whether a token is a cue verb (with the tagger's slips), the cue's extent to the right
 * (particles, "express our condolences to", "said in a statement"), and whether what follows fits the cue's
 * lexicon frames.
 */
final class VerbCues extends ContextView {

    /** Punctuation that ends a quoted clause before its closing quote (",”", "?”"). */
    static final Set<String> QUOTE_END_PUNCT = Set.of(",", "?", "!", ".");

    VerbCues(RuleContext ctx) {
        super(ctx);
    }

    /** The token's lemma as a verb, whatever its tag (the tagger mislabels some verbs). */
    String verbLemma(int i) {
        UPos pos = t.upos(i);
        return pos == UPos.VERB || pos == UPos.AUX ? t.lemma(i) : Lemmas.verb(t.token(i));
    }

    /** Lemma of a cue verb at token i, or null. */
    String cueVerb(int i) {
        String w = lower(i);
        if (i > 0 && t.tokenBegin(i) == t.tokenEnd(i - 1) && t.token(i - 1).endsWith("-")) {
            return null; // "self-proclaimed", "so-called": part of a compound word
        }
        String lemma = verbLemma(i);
        if (!CueLexicon.VERBS.containsKey(lemma)) {
            return null;
        }
        if (t.upos(i) == UPos.NOUN && w.endsWith("s") && invertedAfterQuote(i) && CueLexicon.reporting(lemma)) {
            return lemma; // "“…,” comments Rivera": the tagger reads the inverted tail's verb as a plural noun on the name
        }
        if (prenominal(i) || discourseMarker(i) || formula(i)) {
            return null;
        }
        if (i > 0 && t.upos(i - 1) == UPos.NUM && w.endsWith("s") && (t.upos(i) != UPos.VERB || t.head(i - 1) == i)) {
            // "20 projects that reach ...", "two reports that": a counted plural noun (even if tagged VERB, when the
            // number hangs on it); not a verb after a number that hangs elsewhere ("launched in 2011 aims to": docs/nlp.md, v8)
            return null;
        }
        if (lemma.equals("make") && !(i + 1 < n && lower(i + 1).equals("clear"))) {
            return null;
        }
        if (lemma.equals("call") && !(i + 1 < n && CueLexicon.particles("call").contains(lower(i + 1)))
                && !labelling(i)) {
            return null;
        }
        if (AS_LABELS.contains(lemma) && !asLabel(i)) {
            return null; // "characterized the talks as productive"; "characterizing the moon" is study, not a label
        }
        if ((lemma.equals("design") || lemma.equals("mean")) && !(i + 1 < n && lower(i + 1).equals("to"))) {
            return null; // only the purpose passive "is designed to" attributes
        }
        if (lemma.equals("know") && (i >= 2 && lower(i - 2).equals("as") && t.upos(i - 1) == UPos.PRON
                || i + 1 < n && (lower(i + 1).equals("as") || lower(i + 1).equals("by")) || i > 0 && lower(i - 1).equals("also"))) {
            return null; // "As you know,", "also known as": labels and asides
        }
        UPos pos = t.upos(i);
        if (pos != UPos.VERB && i + 2 < n && lower(i + 1).equals("that") && (t.upos(i + 2) == UPos.VERB || t.upos(i + 2) == UPos.AUX)
                && objectOfEarlierWord(i) || pos == UPos.NOUN && i > 0 && (t.upos(i - 1) == UPos.ADJ || t.upos(i - 1) == UPos.DET)) {
            // a noun, as tagged: "crushed the protests that began" (an object, and a relative: no subject after "that"),
            // "raise serious fears that"; not "The budget office projects that growth will slow", read with "growth" a verb
            return null;
        }
        if (i > 0 && pos != UPos.VERB && (lower(i - 1).equals("i") || lower(i - 1).equals("we"))) {
            return lemma; // "I welcome", "We hope for": tagger slips after first-person subjects
        }
        if (i > 0 && i + 1 < n && (w.endsWith("s") || w.endsWith("ed")) && (t.upos(i - 1) == UPos.NOUN
                || t.upos(i - 1) == UPos.PROPN) && (lower(i + 1).equals("to") || lower(i + 1).equals("that")
                || w.endsWith("s") && POSSESSIVES.contains(lower(i + 1)))
                && t.upos(i) != UPos.VERB && !Character.isUpperCase(t.token(i).charAt(0))) {
            return lemma; // "The group plans to"
        }
        if (Character.isUpperCase(t.token(i).charAt(0)) && i > t.sentenceFirstToken(t.sentenceOf(i))) {
            return null;
        }
        if (pos == UPos.VERB) {
            return lemma;
        }
        boolean next = i + 1 < n && t.sentenceOf(i + 1) == t.sentenceOf(i)
                && (lower(i + 1).equals("that") || lower(i + 1).equals(",") || OPEN_QUOTES.contains(t.token(i + 1))
                || lower(i + 1).equals("."));
        if ((pos == UPos.NOUN || pos == UPos.ADJ || pos == UPos.PROPN || pos == UPos.AUX) && next
                && (w.endsWith("ed") || w.endsWith("s") || w.equals("said") || w.equals("told"))
                // before a full stop only after a name, a pronoun, a tail's noun phrase or the parse's own subject of the
                // word ("Morales/NOUN testified/ADJ.")
                && !(lower(i + 1).equals(".") && i > 0 && t.upos(i - 1) != UPos.PROPN && t.upos(i - 1) != UPos.PRON
                && !tailSubject(i) && !(t.deprel(i - 1).is(DepRel.NSUBJ) && t.head(i - 1) == i))
                && !objectOfVerbBefore(i)) {
            return lemma;
        }
        return null;
    }

    /**
     * Whether a determiner's noun phrase after a comma or closing quote ends at token {@code i}: the inverted tail ",
     * a new study reports." and "” an officer shouts.", where the tagger reads the sentence's last verb as a plural noun.
     */
    private boolean tailSubject(int i) {
        int b = i - 1;
        while (b > 0 && (t.upos(b) == UPos.NOUN || t.upos(b) == UPos.ADJ || t.upos(b) == UPos.PROPN || t.upos(b) == UPos.NUM)) {
            b--;
        }
        return b < i - 1 && b > 0 && t.upos(b) == UPos.DET && (t.token(b - 1).equals(",") || CLOSE_QUOTES.contains(t.token(b - 1)));
    }

    /**
     * Whether token {@code i} stands right after a quoted clause's end (",”", "?”", "”,") with a name or a determiner's
     * noun phrase after it: the inverted tail "“…,” comments Rivera", "“…?” notes the report"; not a quoted title ("read
     * “Field Notes” notes ...").
     */
    private boolean invertedAfterQuote(int i) {
        int q = i - 1;
        boolean comma = q > 0 && t.token(q).equals(",");
        if (comma) {
            q--;
        }
        return q > 0 && CLOSE_QUOTES.contains(t.token(q)) && (comma || QUOTE_END_PUNCT.contains(t.token(q - 1)))
                && i + 1 < n && t.sentenceOf(i + 1) == t.sentenceOf(i)
                && (Character.isUpperCase(t.token(i + 1).charAt(0)) || t.upos(i + 1) == UPos.DET);
    }

    /** Whether token {@code i} is the object of a word before it ("crushed [the protests]", "in [the reports]"). */
    /**
     * Whether noun {@code i} is, on the parse, the object of a verb before it with no quotation mark between them: "as he
     * deflected Republican [attacks], including ..." (not the inverted tail "“... in!” an officer shouts.", which the parse
     * may hang on a verb inside the quotation).
     */
    private boolean objectOfVerbBefore(int i) {
        int h = t.head(i);
        if (t.upos(i) != UPos.NOUN || t.deprel(i) != DepRel.OBJ || h < 0 || h >= i || t.upos(h) != UPos.VERB) {
            return false;
        }
        for (int x = h + 1; x < i; x++) {
            if (Quotes.isQuote(t.token(x))) {
                return false;
            }
        }
        return true;
    }

    private boolean objectOfEarlierWord(int i) {
        DepRel r = t.deprel(i);
        return t.head(i) >= 0 && t.head(i) < i && (r.is(DepRel.OBJ) || r.is(DepRel.OBL) || r.is(DepRel.NMOD));
    }

    /**
     * Whether token {@code i} is a participle modifying the noun after it inside a noun phrase: "the company's
     * highly specialized technology", "the newly revealed call", "the charging cable" (as the parse rules read an
     * amod or a compound). An amod not after a noun that can be its subject: "Dempsey quickly suspected farmer's
     * lung" hangs on a tagging slip.
     */
    private boolean prenominal(int i) {
        if (t.head(i) < i || !(t.deprel(i).is(DepRel.AMOD) || t.deprel(i).is(DepRel.COMPOUND))) {
            return false;
        }
        if (t.deprel(i).is(DepRel.COMPOUND)) {
            return true;
        }
        int p = i - 1;
        while (p >= 0 && t.upos(p) == UPos.ADV) {
            p--;
        }
        UPos before = p < 0 || t.sentenceOf(p) != t.sentenceOf(i) ? UPos.PUNCT : t.upos(p);
        return before == UPos.DET || before == UPos.ADP || before == UPos.PUNCT || before == UPos.NUM
                || POSSESSIVES.contains(lower(p)) || before == UPos.PART && lower(p).endsWith("s");
    }

    /**
     * "call" + object + label is an evaluation ("calling the reports “fabricated”", "called the attack a
     * cowardly act"); "called a meeting", "called the police" are not.
     */
    boolean labelling(int i) {
        int s = t.sentenceOf(i);
        int x = i + 1;
        int limit = Math.min(t.sentenceEndToken(s), i + 7);
        while (x < limit && (t.upos(x) == UPos.DET && x == i + 1 || t.upos(x) == UPos.ADJ || t.upos(x) == UPos.NOUN
                || t.upos(x) == UPos.PROPN || t.upos(x) == UPos.PRON && !lower(x).equals("that"))) {
            x++;
        }
        return x > i + 1 && x < limit && (OPEN_QUOTES.contains(t.token(x)) || lower(x).equals("a")
                || lower(x).equals("an")) && !lower(x - 1).equals("a") && !lower(x - 1).equals("an");
    }

    /** An "as" after the verb's object, in the same clause: "characterized the talks as productive". */
    private boolean asLabel(int i) {
        int limit = Math.min(t.sentenceEndToken(t.sentenceOf(i)), i + 9);
        for (int x = i + 1; x < limit && !t.token(x).equals(",") && !lower(x).equals("and"); x++) {
            if (lower(x).equals("as")) {
                return x > i + 1;
            }
        }
        return false;
    }

    int extendCueRight(String lemma, int i, int ce, int end, boolean adjective) {
        Set<String> particles = CueLexicon.particles(lemma);
        if (adjective) {
            if (ce < end && (lower(ce).equals("to") || lower(ce).equals("in") && ce + 3 < end
                    && (lower(ce + 1).equals("support") || lower(ce + 2).equals("commitment")))) {
                if (lower(ce).equals("in")) {
                    int x = ce + 1;
                    while (x < end && !lower(x).equals("of") && !lower(x).equals("to") && x < ce + 4) {
                        x++;
                    }
                    return x < end && (lower(x).equals("of") || lower(x).equals("to")) ? x + 1 : ce;
                }
                return lemma.equals("committed") ? ce + 1 : ce;
            }
            if (lower(i).equals("absolute") && ce < end && t.token(ce).equals(":")) {
                return ce + 1;
            }
            Cue entry = CueLexicon.SHARED.get(Cue.Kind.ADJECTIVE, lemma);
            if (entry != null && entry.takes(Frame.PREP) && ce + 1 < end && entry.particles().contains(lower(ce))
                    && !lower(ce).equals("by")) {
                return ce + 1; // "remain skeptical of", "is critical of": the adjective's preposition joins the cue (guidelines 4);
                               // "concerned [by the reports]" reads as a passive's agent and keeps it (anAdjectiveCueWithAnAgentIsAPassive)
            }
            return ce;
        }
        if (ce + 1 < end && DependencyCues.reflexive(lower(ce)) && particles.contains(lower(ce + 1))) {
            ce++; // "distanced [themselves] from the plan": the reflexive and the particle join the cue (guidelines 2.1)
        }
        if (ce < end && particles.contains(lower(ce))
                && !(lower(ce).equals("to") && ce + 1 < end && RECIPIENTS.contains(lower(ce + 1)))) {
            ce++; // "confessed to the crime"; not "admitted to reporters that ...", where "to" names the hearer
        }
        if (lemma.equals("make") && ce < end && lower(ce).equals("clear")) {
            ce++;
        }
        // "express our deepest condolences to", "reiterated its commitment to", "offered his condolences to"
        int x = ce;
        if (x < end && (t.upos(x) == UPos.PRON && !SUBJECT_PRONOUNS.contains(lower(x)) || lower(x).equals("the")
                || lower(x).equals("a") || lower(x).equals("an"))) {
            int y = x + 1;
            while (y < end && (t.upos(y) == UPos.ADJ || t.upos(y) == UPos.ADV) && y < x + 4) {
                y++;
            }
            if (y < end && CueLexicon.EXPRESSIVE_NOUNS.contains(lower(y))) {
                ce = y + 1;
                boolean infinitive = ce + 1 < end && lower(ce).equals("to") && t.upos(ce + 1) == UPos.VERB;
                if (!infinitive && ce < end && (lower(ce).equals("to") || lower(ce).equals("for") || lower(ce).equals("of")
                        || lower(ce).equals("in"))) { // "condolences to [the families]", "commitment [to support]"
                    ce++;
                } else if (ce + 1 < end && lower(ce).equals("go") && lower(ce + 1).equals("out")) {
                    ce += 2;
                }
            } else if (y + 1 < end && (lemma.equals("release") || lemma.equals("provide"))
                    && lower(y).equals("following") && MEDIA_NOUNS.contains(lower(y + 1))) {
                ce = y + 2;
            } else if (y < end && lemma.equals("provide") && lower(y).equals("overview") && y + 1 < end
                    && lower(y + 1).equals("of")) {
                ce = y + 2;
            }
        }
        // directly attached medium: "said in a statement", "said in a Nov. 24 statement", "in the campaign's new video"
        if (ce + 1 < end && lower(ce).equals("in")) {
            for (int y = ce + 1; y < Math.min(end, ce + 7); y++) {
                if (MEDIA_NOUNS.contains(lower(y))) {
                    ce = y + 1;
                    while (ce < end && MEDIA_NOUNS.contains(lower(ce))) {
                        ce++; // "in a blog post", "in a video message"
                    }
                    break;
                }
                if (t.upos(y) == UPos.VERB || t.token(y).equals(",")) {
                    break;
                }
            }
        }
        if (ce > 0 && MEDIA_NOUNS.contains(lower(ce - 1)) && ce < end && lower(ce).equals("on")) {
            for (int y = ce + 1; y < Math.min(end, ce + 8); y++) {
                if (t.token(y).equals(":")) {
                    return y + 1;
                }
            }
        }
        if (ce < end && t.token(ce).equals(":") && (lemma.equals("provide") || lemma.equals("release")
                || lemma.equals("clarify"))) {
            ce++;
        }
        return ce;
    }

    /** "condemns in the strongest (possible) terms": the manner phrase joins the cue. */
    int mannerPhrase(int ce, int end) {
        if (ce + 2 < end && lower(ce).equals("in") && (lower(ce + 1).equals("the") || lower(ce + 1).equals("no"))) {
            for (int y = ce + 2; y < Math.min(end, ce + 5); y++) {
                if (lower(y).equals("terms")) {
                    return y + 1;
                }
            }
        }
        return ce;
    }

    /**
     * Whether what follows the cue is a complement the cue's lexicon frames take: "that"/a that-less clause
     * (THAT), a wh-word (WH, or THAT), a quote or colon (QUOTE, or THAT), "to" + verb (TO), a noun phrase
     * (NP), a noun phrase + "that"/"to" (OBJ_THAT/OBJ_TO); a cue that took its particle ("called for",
     * "warned of") takes the phrase after it (PREP).
     */
    boolean complementFits(String lemma, int i, int cueEnd, int cs, int end) {
        Cue cue = CueLexicon.verb(lemma);
        if (cue == null) {
            return false;
        }
        if (cueEnd > i + 1 && cue.particles().contains(lower(cueEnd - 1)) && cue.takes(Frame.PREP)) {
            // not a topic named by a pronoun alone: "we talked about it", "will touch upon it only in passing"
            return !(DependencyCues.topicOnly(cue) && cs < end && DependencyCues.topicPronoun(lower(cs))
                    && !(cs + 1 < end && (ctx.phrases.isNpToken(cs + 1) || lower(cs + 1).equals("as")))); // "refer to it as": a label
        }
        if (cueEnd > i + 1 && !cue.particles().contains(lower(cueEnd - 1))) {
            return true; // an extended cue ("express our deepest condolences to", "said in a statement:")
        }
        if (cs >= end) {
            return false;
        }
        boolean clause = cue.takes(Frame.THAT) || cue.takes(Frame.OBJ_THAT);
        String w = lower(cs);
        if (w.equals("that")) {
            return clause;
        }
        if (DependencyCues.RELATIVES.contains(w) && !w.equals("that") && lower(i).endsWith("ing") && i > 0
                && (t.upos(i - 1) == UPos.NOUN || t.upos(i - 1) == UPos.PROPN || t.upos(i - 1) == UPos.NUM || t.deprel(i).is(DepRel.ACL))) {
            return false; // "the third witness testifying (Tuesday) who listened in": the relative is the noun's
        }
        if (WH.contains(w) || w.equals("if")) {
            return cue.takes(Frame.WH) || clause;
        }
        if (ctx.quotes.scareQuoteEnd(cs) > cs) {
            return cue.takes(Frame.NP); // "denied 'sensational' claims": scare quotes open a noun phrase
        }
        if (OPEN_QUOTES.contains(t.token(cs)) || t.token(cs).equals(":") || t.token(cs - 1).equals(":")) {
            return cue.takes(Frame.QUOTE) || clause;
        }
        if (w.equals("to")) {
            // "declined to comment": the tagger reads a speech verb after "to" as a noun ("to comment", "to elaborate")
            return cs + 1 < end && (t.upos(cs + 1) == UPos.VERB || t.upos(cs + 1) == UPos.AUX
                    || t.upos(cs + 1) == UPos.NOUN && !lower(cs + 1).endsWith("s") && CueLexicon.VERBS.containsKey(lower(cs + 1)))
                    && cue.takes(Frame.TO);
        }
        if (t.upos(cs) == UPos.VERB && lower(cs).endsWith("ing")) {
            return cue.takes(Frame.NP) || cue.takes(Frame.GERUND) || cue.takes(Frame.TO); // "denied using chemical weapons"
        }
        if (t.upos(cs) == UPos.PRON && cs + 1 < end && lower(i).endsWith("ing")) {
            // a participle's pronoun hearer or target before the content: "threatening them with tariffs", "accusing them
            // of lying" (a finite verb's is the parse reading's: "accuses him of stealing")
            String next = lower(cs + 1);
            if (next.equals("that") && cue.takes(Frame.OBJ_THAT) || cue.takes(Frame.OBJ_PREP) && cue.particles().contains(next)
                    || next.equals("to") && cs + 2 < end && t.upos(cs + 2) == UPos.VERB && cue.takes(Frame.OBJ_TO)) {
                return true;
            }
        }
        if (!ctx.phrases.isNpToken(cs)) {
            return false;
        }
        int x = cs;
        while (x < end && (ctx.phrases.isNpToken(x) || NP_ADP.contains(lower(x)) && x + 1 < end && ctx.phrases.isNpToken(x + 1))) {
            x++; // the subject of a that-less clause may carry a phrase: "all forces in Iraq should"
        }
        if (x < end && (t.upos(x) == UPos.AUX || t.upos(x) == UPos.VERB && !lower(x).endsWith("ing")
                || t.upos(x) == UPos.ADV && x + 1 < end && (t.upos(x + 1) == UPos.VERB || t.upos(x + 1) == UPos.AUX))) {
            if (x == cs + 1 && OBJECT_PRONOUNS.contains(w)) {
                return cue.takes(Frame.NP); // "found her buried in a basket": an object and its state, no clause
            }
            return cue.takes(Frame.THAT) || cue.takes(Frame.NP); // "said the strike killed", "denied Russia had"
        }
        if (x < end && lower(x).equals("to") && x + 1 < end && t.upos(x + 1) == UPos.VERB) {
            // a speech cue's object before "to" is someone addressed, not a thing: "pressed the rebels to", not "press the knob to"
            return cue.takes(Frame.OBJ_TO) && !(cue.cueClass() == CueClass.SPEECH && ctx.parse.thing(new int[] {cs, x}, i, CueClass.SPEECH))
                    || cue.takes(Frame.NP);
        }
        return cue.takes(Frame.NP);
    }

    /** Whether the relative clause around token i closes with a comma followed by the main (cue) verb. */
    boolean relativeBeforeCue(int i, int end) {
        for (int x = i + 1; x + 1 < end; x++) {
            if (t.token(x).equals(",")) {
                int v = x + 1;
                while (v + 1 < end && (t.upos(v) == UPos.ADV || t.upos(v) == UPos.AUX)) {
                    v++;
                }
                return cueVerb(v) != null;
            }
        }
        return false;
    }

    /** Whether tokens [b, e) hold a verb: the reported clause before an inverted "..., said X." */
    /**
     * Whether tokens [b, e) hold a finite verb (past or present tense, or a modal): a clause, not a noun phrase with a
     * participle ("The group, considered a terrorist organisation, denied the attack" has none before the comma).
     */
    boolean hasFiniteVerb(int b, int e) {
        for (int x = b; x < e; x++) {
            if (finite(x)) {
                return true;
            }
        }
        return false;
    }

    boolean beLemma(int from, int to) {
        for (int x = from; x < to; x++) {
            if (t.lemma(x).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** Stance and decree verbs: "support", "allow", "try": they need a holder, not a thing, as subject. */
    static boolean stanceLike(String lemma) {
        Cue c = CueLexicon.verb(lemma);
        return c != null && (c.cueClass() == CueClass.STANCE || c.cueClass() == CueClass.DECREE);
    }
}
