package org.sightline.extract.claims.internal.rules;

import java.util.Set;

import org.sightline.lexicon.api.CueClass;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * {@code reporting-tail}: source and cue at the end of the sentence, the content before ("“…,”
 * Cook said.", "…, said the release.", "…, a spokeswoman said on Friday."), a quote split by an inverted
 * source ("“A,” said X, a spokesman for Y, “B.”") and a quote resumed in the next sentence. First, so the
 * quote is their content rather than a place for further cues.
 */
final class ReportingTailRule extends RuleFamily {

    /** Prepositions of a place or occasion after the tail's verb ("..., he explained on an episode of the podcast."). */
    private static final Set<String> TAIL_PREPOSITIONS = WORDS.get("tail-prepositions");
    /** Words that open an adjunct after the tail and a comma (", after years of debate over ..."): neither cue nor content. */
    private static final Set<String> TAIL_ADJUNCTS = WORDS.get("tail-adjuncts");

    ReportingTailRule(RuleContext ctx) {
        super(ctx, "reporting-tail");
    }

    /**
     * Whether verb {@code i} is a relative clause on a noun before it ("..., a prospect Vindman denied earlier in
     * the day", "..., who will testify Thursday"): no tail. A verb the parser hung on its own subject ("“...” Holmes
     * testified.") has no subject between.
     */
    private boolean modifiesNoun(int i) {
        int subject = t.tree().subject(i);
        if (t.deprel(i).is(DepRel.ACL) && t.head(i) < i && subject > t.head(i) && subject < i
                && !commaBetween(t.head(i), subject)) {
            return true; // not "looks like a win for farmers, the minister said": a comma parts the noun from the tail
        }
        int b = i;
        while (b - 1 >= 0 && (t.upos(b - 1) == UPos.AUX || t.upos(b - 1) == UPos.ADV)) {
            b--;
        }
        // "..., said Hill, who will testify Thursday.": a relative after a comma, whatever the parser made of it; "whose"
        // with its noun before the verb ("..., said Hill, whose office denies it")
        int r = b - 1;
        while (r > b - 4 && r > 0 && (t.upos(r) == UPos.NOUN || t.upos(r) == UPos.ADJ)) {
            r--; // back over the noun of "whose"
        }
        return r >= 1 && t.token(r - 1).equals(",")
                && (r == b - 1 && DependencyCues.RELATIVES.contains(lower(r)) || r < b - 1 && lower(r).equals("whose"));
    }

    /** Whether verb {@code i} follows a comma or a closing quote (past its auxiliaries and adverbs): "..., reported UPI". */
    private boolean inverted(int first, int i) {
        int b = i;
        while (b - 1 > first && (t.upos(b - 1) == UPos.AUX || t.upos(b - 1) == UPos.ADV)) {
            b--;
        }
        return b - 1 >= first && (t.token(b - 1).equals(",") || ctx.quotes.closeQuote(b - 1));
    }

    /** Whether a comma stands between tokens {@code a} and {@code b}. */
    private boolean commaBetween(int a, int b) {
        for (int x = a + 1; x < b; x++) {
            if (t.token(x).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** A bare past participle ("..., a deal announced at the start of the week"): a place or time after it is no tail's. */
    private boolean bareParticiple(int i) {
        return "VBN".equals(t.xpos(i)) && !t.tree().hasChild(i, DepRel.AUX);
    }

    /** The noun phrase {@code np} up to a ", who/which/that" in it ("said Hill, who will testify"), the comma kept. */
    private int[] beforeRelative(int[] np) {
        if (np == null) {
            return null;
        }
        for (int x = np[0] + 2; x < np[1]; x++) {
            if (t.token(x - 1).equals(",") && DependencyCues.RELATIVES.contains(lower(x))) {
                return new int[] {np[0], x};
            }
        }
        return np;
    }

    /**
     * The closing quote before the source of a tail ("“…,” Jim Chilton, senior vice president for space and launch at
     * Boeing Defense, Space, and Security, said"), when only the source's words stand between it and the cue at
     * {@code cb}: no finite verb but in a relative clause after a comma, no other quote. Else -1 (the source is read
     * by its noun phrases).
     */
    private int quoteBeforeSource(int first, int cb) {
        for (int x = cb - 1; x > first; x--) {
            if (ctx.quotes.closeQuote(x)) {
                boolean ends = VerbCues.QUOTE_END_PUNCT.contains(t.token(x - 1)) || t.token(x + 1).equals(","); // ",”" or "”,": the quote ends a clause
                return ends && (x + 1 < cb && !t.token(x + 1).equals(",") || x + 2 < cb) ? x : -1;
            }
            if (Quotes.isQuote(t.token(x)) || SUBORDINATORS.contains(lower(x))) {
                return -1;
            }
            if ((finite(x) || t.xpos(x).equals("VBG")) && !inRelative(x)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether verb {@code x} stands in a relative clause after a comma (", who leads the committee,"). */
    private boolean inRelative(int x) {
        for (int y = x - 1; y > 0 && !t.token(y).equals(","); y--) {
            if (DependencyCues.RELATIVES.contains(lower(y)) && t.token(y - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens [b, e) after an inverted source's noun phrase only modify it: prepositional phrases, a participle, a
     * relative on a noun of the source or after a comma ("said a report from Kotak Institutional Equities", "says the letter signed by seven
     * physicians"), with no finite verb, quotation, conjunction or subordinator of its own.
     */
    private boolean modifiersOnly(int b, int e) {
        for (int x = b; x < e; x++) {
            if (t.token(x).equals(",") && x + 1 < e && DependencyCues.RELATIVES.contains(lower(x + 1))) {
                return true; // the relative is cut off by beforeRelative
            }
            int rel = x == b && x > 0 && (lower(x - 1).equals("who") || lower(x - 1).equals("which")) ? x - 1 // the noun phrase took "who"
                    : lower(x).equals("who") || lower(x).equals("which") ? x : -1;
            if (rel > 0 && (t.upos(rel - 1) == UPos.NOUN || t.upos(rel - 1) == UPos.PROPN)) {
                return true; // "a professor ... who has studied the drug trade": a relative on the source's own noun, its part
            }
            if (t.upos(x) == UPos.AUX || finite(x)
                    || Quotes.isQuote(t.token(x)) || t.upos(x) == UPos.CCONJ || SUBORDINATORS.contains(lower(x))) {
                return false; // a clause of its own (the tagger's SCONJ is no guide: "at" is one at times)
            }
        }
        return true;
    }

    /**
     * Whether an inverted source after a comma names someone or something that speaks: a person, group or body, a
     * name, a pronoun, a number ("said one"), a record or document ("said the report").
     */
    private boolean canSpeak(int[] np) {
        if (ctx.phrases.holder(np) || ctx.phrases.record(np)) {
            return true;
        }
        for (int x = np[0]; x < np[1] && t.upos(x) != UPos.ADP; x++) {
            if (t.upos(x) == UPos.PROPN || t.upos(x) == UPos.PRON || t.upos(x) == UPos.NUM) {
                return true;
            }
        }
        return false;
    }

    /** The first comma in [b, e) that opens a prepositional adjunct (", during a hearing last week"), else e. */
    private int adjunctAfterComma(int b, int e) {
        for (int x = b; x + 1 < e; x++) {
            if (t.token(x).equals(",") && t.upos(x + 1) == UPos.ADP) {
                return x;
            }
        }
        return e;
    }

    /** Whether tokens [b, e) hold a "that" opening a clause ("said, after the meeting, that ..." reports what follows). */
    private boolean hasThat(int b, int e) {
        for (int x = b; x < e; x++) {
            if (lower(x).equals("that") && t.upos(x) == UPos.SCONJ) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean readsQuestions() {
        return true;
    }

    @Override
    public void apply(int s) {
        int first = clauseFirst(s);
        int end = trimEnd(s, t.sentenceEndToken(s));
        for (int i = end - 1; i > first; i--) {
            String lemma = ctx.cues.cueVerb(i);
            if (lemma == null || used[i] || !CueLexicon.reporting(lemma) || modifiesNoun(i)
                    || lower(i).endsWith("ing") && i - 1 > first && t.token(i - 1).equals(",")) {
                continue; // ", noting that ...": a participle clause, the participle family's; the tail may stand before it
            }
            int ce = ctx.cues.extendCueRight(lemma, i, i + 1, end, false);
            int tail = ce;
            int[] heard = CueLexicon.recipient(lemma) && CueLexicon.verb(lemma).cueClass() == CueClass.SPEECH
                    && !inverted(first, i) ? ctx.phrases.npRight(ce, end) : null;
            if (heard != null && heard[0] == ce && ctx.phrases.hearer(heard[0], heard[1])
                    && (heard[1] == end || TAIL_PREPOSITIONS.contains(lower(heard[1])))) {
                tail = heard[1]; // "..., the minister told Reuters (in an interview).": the hearer, not what was told
            }
            while (tail < end && tail < ce + 4) {
                int time = ctx.contents.timeExpression(tail, end);
                int[] place = TAIL_PREPOSITIONS.contains(lower(tail)) && tail + 1 < end && !t.token(tail + 1).equals(",")
                        && !bareParticiple(i) ? ctx.phrases.npRight(tail + 1, end) : null;
                int noun = place != null && t.deprel(tail).is(DepRel.CASE) ? t.head(tail) : -1;
                if (noun > tail && noun < end) {
                    // the parse's phrase of the preposition's noun, where the tagger took a word in it for a verb ("on an
                    // episode of their podcast/VERB")
                    place[1] = Math.min(end, Math.max(place[1], ctx.parse.phrase(noun)[1]));
                }
                if (time > tail) {
                    tail = time; // "..., a spokeswoman said on Friday."
                } else if (PARTICIPLE_LINKS.contains(lower(tail)) && tail + 1 < end && t.upos(tail + 1) == UPos.VERB
                        && lower(tail + 1).endsWith("ing") || SUBORDINATORS.contains(lower(tail)) && tail + 1 < end && SUBJECT_PRONOUNS.contains(lower(tail + 1))) {
                    // "... Brooke asked before apologizing", "..., the judge noted as she made her decision": the
                    // adverbial clause is no content (its own cues stay free for the later families)
                    tail = end;
                } else if (place != null) {
                    tail = place[1]; // "..., he explained on an episode of their podcast."
                } else if (t.token(tail).equals(",") && tail + 1 < end && TAIL_ADJUNCTS.contains(lower(tail + 1))
                        && !ctx.quotes.hasQuote(tail + 1, end) && !hasThat(tail + 1, end)) {
                    tail = end; // "..., the minister said on Tuesday, after years of debate over ...": an adjunct of the whole
                } else if (MEDIA_NOUNS.contains(lower(ce - 1)) && t.token(tail).equals(",")
                        && tail + 1 < end && lower(tail + 1).equals("which")) {
                    tail = end; // "..., the team wrote in the paper, which was published today": about the medium
                } else if (t.upos(tail) == UPos.ADV || t.upos(tail) == UPos.NOUN
                        || t.upos(tail) == UPos.PROPN && !Character.isUpperCase(t.token(tail).charAt(0))
                        || lower(tail).equals("reporters")) {
                    tail++;
                } else {
                    break;
                }
            }
            int[] src;
            int cut;
            int resumed = -1;
            int cb = i;
            while (cb - 1 > first && (t.upos(cb - 1) == UPos.AUX || t.upos(cb - 1) == UPos.ADV)) {
                cb--;
            }
            if (tail >= end) {
                int q = quoteBeforeSource(first, cb);
                int b = q >= 0 ? q + 1 : ctx.phrases.sourceChainStart(first, cb);
                if (b < 0) {
                    b = ctx.phrases.npStartLeft(first, cb);
                }
                if (b > first + 1 && b < cb && lower(b - 1).equals("and")) {
                    int left = ctx.phrases.npStartLeft(first, b - 1); // "..., he and his wife Kali explained."
                    if (left < b - 1 && left > first && t.token(left - 1).equals(",")) {
                        b = left;
                    }
                }
                int before = b == first ? ctx.quotes.quoteEndingSentence(s - 1) : -1;
                if (before >= 0 && b < cb) {
                    cut = before; // "“…?” / Schiff asked.", "“….” / Holmes testified.": the sentence split after the closing quote
                } else if (b == cb || b <= first || !(t.token(b - 1).equals(",") || ctx.quotes.closeQuote(b - 1))) {
                    return;
                } else {
                    cut = b - 1;
                }
                src = ctx.phrases.trimSource(b, cb);
                if (src != null && ctx.phrases.objectRelative(src)) {
                    return; // "..., a claim the union denied on Friday.": the noun's relative clause, not a tail
                }
            } else if (cb > first && !lower(i).endsWith("ing")
                    && (ctx.quotes.closeQuote(cb - 1) || t.token(cb - 1).equals(",") && ctx.cues.hasFiniteVerb(first, cb - 1))) {
                // an -ing form after the comma is a participle of the clause before (", publicly threatening the
                // mayor"), not an inverted tail

                int[] np = beforeRelative(ctx.phrases.npRight(ce, end));
                boolean adjunct = false;
                if (np != null && np[1] < end && t.upos(np[0]) != UPos.ADP && modifiersOnly(np[1], end)) {
                    // "“…,” said Avi Bell, senior fellow at X in Israel.", "says the letter signed by"; not ", during a hearing"
                    int cutAt = adjunctAfterComma(np[0] + 1, end);
                    adjunct = cutAt < end;
                    np = beforeRelative(new int[] {np[0], cutAt});
                }
                if (np != null && np[1] < end && np[1] - 1 > np[0] && t.token(np[1] - 1).equals(",")
                        && OPEN_QUOTES.contains(t.token(np[1])) && ctx.quotes.closeQuote(cb - 1)) {
                    resumed = np[1]; // "“A,” said X, a spokesman for Y, “B.”": the quote resumes after the source
                    np = new int[] {np[0], np[1] - 1};
                } else if (np != null && np[1] < end && np[1] - 1 > np[0] && t.token(np[1] - 1).equals(",")
                        && (t.upos(np[1]) == UPos.VERB && lower(np[1]).endsWith("ing") || DependencyCues.RELATIVES.contains(lower(np[1])))) {
                    np = new int[] {np[0], np[1] - 1}; // "“…,” responded X, noting that ...": the participle is X's next attribution
                } else if (np == null || np[1] < end && !adjunct) {
                    return;
                }
                if (!ctx.quotes.closeQuote(cb - 1) && !canSpeak(np)) {
                    return; // "The group, considered a terrorist organisation, denied the attack": an object, not a speaker
                }
                src = np;
                cut = cb - 1;
                ce = i + 1;
            } else {
                return;
            }
            if (src == null) {
                return;
            }
            Found f = new Found("reporting-tail", lemma, CueLexicon.VERBS.get(lemma), cb, ce);
            f.srcFirst = src[0];
            f.srcEnd = src[1];
            int closeQuote = ctx.quotes.closeQuote(cut) ? cut
                    : cut + 1 < n && CLOSE_QUOTES.contains(t.token(cut + 1)) ? cut + 1
                    : cut - 1 >= 0 && ctx.quotes.closeQuote(cut - 1) ? cut - 1 : -1;
            int open = closeQuote >= 0 ? ctx.quotes.openingQuote(closeQuote) : -1;
            if (open >= 0 && !quoteEndsClause(first, open)) {
                f.content.add(new int[] {open, closeQuote + 1});
            } else {
                ctx.contents.addContentBefore(f, first, cut);
                if (open >= 0 && !f.content.isEmpty() && f.content.get(0)[1] < closeQuote + 1) {
                    f.content.get(0)[1] = closeQuote + 1; // the clause ends with its quotation's mark ("... justice"")
                }
            }
            if (f.content.isEmpty()) {
                return;
            }
            int resumedClose = resumed >= 0 ? ctx.quotes.closingQuote(resumed) : -1;
            if (resumedClose > 0) {
                f.content.add(new int[] {resumed, resumedClose + 1});
            } else {
                ctx.quotes.continueQuote(f, s);
            }
            add(f);
            return;
        }
    }

    /**
     * Whether the quotation opening at {@code open} only ends a clause that starts at {@code first} (guidelines 6: the
     * content is the whole clause said, "Untreated plague is "always fatal," the agency says"): a word of the clause
     * stands right before the mark, the quotation opens in lower case (a fragment: one opening with a capital is a
     * sentence of its own, "... in Syria “ISIL continues ...,” Lyons said"), and no colon or quote mark stands between
     * the clause's start and the quote.
     */
    private boolean quoteEndsClause(int first, int open) {
        if (open <= first || open + 1 >= n || !Character.isLetterOrDigit(t.token(open - 1).charAt(0))
                || !Character.isLowerCase(t.token(open + 1).charAt(0))) {
            return false;
        }
        for (int x = first; x < open; x++) {
            if (t.token(x).equals(":") || Quotes.isQuote(t.token(x))) {
                return false;
            }
        }
        return true;
    }
}
