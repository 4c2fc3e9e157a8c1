package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sightline.lexicon.api.Cue;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * Content bounds: where a content stops (a coordinated or participle cue, a fronted clause, a date), time,
 * place and manner phrases that stay out of it, content before a cut, and list items after a colon.
 */
final class Contents extends ContextView {

    Contents(RuleContext ctx) {
        super(ctx);
    }

    /** Where the content after the cue stops: a following participle cue or the end of a fronted clause. */
    int contentEnd(int s, int first, int cs, int sentenceEnd) {
        // "While officials said X, Y": X ends at the comma; "As we have made clear, X": X is the main clause
        int opener = first;
        while (opener < cs && (CONNECTIVES.contains(lower(opener)) || t.token(opener).equals(","))) {
            opener++; // "Furthermore, while this claim implies X, Y", "And once the man mentioned X, Y"
        }
        boolean subordinate = (SUBORDINATORS.contains(lower(opener)) || t.upos(opener) == UPos.SCONJ
                && t.deprel(opener).is(DepRel.MARK) && !lower(opener).equals("that"))
                && !(lower(opener).equals("as") && t.token(cs - 1).equals(","));
        sentenceEnd = closingBracket(first, cs, sentenceEnd);
        for (int x = cs + 1; x < sentenceEnd; x++) {
            if (used[x]) {
                return beforeLinks(cs, x); // another attribution's words, read before this one
            }
            if (t.token(x).equals(";") && !ctx.quotes.openAt(cs, x, true)
                    && (ctx.parse.clauseOfItsOwn(x + 1, sentenceEnd) || subjectAndFiniteVerb(x + 1, sentenceEnd))) {
                return x; // "says that X; Y did Z": the author's next clause follows; not a series ("to write posts; appear on ...")
            }
            if ((lower(x).equals("and") || lower(x).equals("but")) && x + 1 < sentenceEnd && (coordinatedCue(x + 1)
                    || lower(cs - 1).endsWith("ing") && lower(x + 1).endsWith("ing") && ctx.cues.cueVerb(x + 1) != null)) {
                // "..., and remain determined to": a new cue; "threatening them with tariffs and suggesting ...": a second participle
                return t.token(x - 1).equals(",") ? x - 1 : x;
            }
            if ((lower(x).equals("while") || lower(x).equals("whereas")) && t.token(x - 1).equals(",")
                    && clauseWithCue(x + 1, sentenceEnd)) {
                return x - 1; // "..., while Russia's defense ministry insisted that ...": a second attribution
            }
            if (PARTICIPLE_LINKS.contains(lower(x)) && t.token(x - 1).equals(",") && x + 1 < sentenceEnd
                    && lower(x + 1).endsWith("ing") && ctx.cues.cueVerb(x + 1) != null) {
                return x - 1; // ", while noting ..."
            }
            if (t.token(x).equals(",") && x + 2 < sentenceEnd && MONTHS.contains(lower(x + 1).replace(".", ""))
                    && dateTail(x + 1, sentenceEnd) && !lower(cs).equals("that")) {
                return x; // "announced the start of ..., Dec. 10.": the date of the act; after "that" the event's
            }
            if (t.token(x).equals(",")) {
                if (subordinate) {
                    return x;
                }
                int v = x + 1;
                while (v < sentenceEnd && v < x + 3 && t.upos(v) == UPos.ADV) {
                    v++; // ", publicly threatening": an adverb before the participle
                }
                if (v < sentenceEnd && lower(v).endsWith("ing") && ctx.cues.cueVerb(v) != null) {
                    return x;
                }
                if (x + 2 < sentenceEnd && lower(x + 1).equals("according") && lower(x + 2).equals("to")) {
                    return x;
                }
            }
        }
        return sentenceEnd;
    }

    /**
     * Whether the words from {@code x} are a subject noun phrase (with a possessive or a prepositional phrase) and then,
     * past adverbs, a finite verb or auxiliary ("Ford's attitude toward religion was ...", "the minister later resigned"):
     * a clause read on the tokens where the parse of a long sentence fails; not "appear on their podcasts".
     */
    boolean subjectAndFiniteVerb(int x, int end) {
        int v = x;
        while (v < end && v < x + 8 && (ctx.phrases.isNpToken(v) || t.upos(v) == UPos.ADP || t.upos(v) == UPos.ADV
                || t.upos(v) == UPos.PART && lower(v).endsWith("s"))) {
            v++;
        }
        // a past participle straight after its subject, with no auxiliary, is the past tense the tagger misread ("the
        // minister later resigned" tagged VBN)
        return v > x && v < end && ctx.phrases.isNpToken(x) && (t.upos(v) == UPos.AUX || t.upos(v) == UPos.VERB)
                && (finite(v) || "VBN".equals(t.xpos(v)));
    }

    /** End {@code e} moved back over the words that only link to what follows: ", with", ", in which", "that". */
    private int beforeLinks(int cs, int e) {
        while (e > cs + 1) {
            UPos p = t.upos(e - 1);
            if (p == UPos.ADP || p == UPos.SCONJ || p == UPos.CCONJ || p == UPos.PUNCT && !Quotes.isQuote(t.token(e - 1))
                    || DependencyCues.RELATIVES.contains(lower(e - 1))) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    /**
     * The closing bracket of a parenthesis open at {@code cs} ("(the company would not disclose the number but called it
     * “immaterial”) and Gannett ..."): an aside's content ends with the aside. Else {@code end}.
     */
    private int closingBracket(int first, int cs, int end) {
        int depth = 0;
        for (int x = first; x < cs; x++) {
            depth += t.token(x).equals("(") ? 1 : t.token(x).equals(")") && depth > 0 ? -1 : 0;
        }
        for (int x = cs; x < end && depth > 0; x++) {
            depth += t.token(x).equals("(") ? 1 : t.token(x).equals(")") ? -1 : 0;
            if (depth == 0) {
                return x;
            }
        }
        return end;
    }

    /** Whether a coordinated clause starting at x begins with its own cue ("and urged him", "and we hope"). */
    boolean coordinatedCue(int x) {
        int v = x;
        if (SUBJECT_PRONOUNS.contains(lower(v)) && v + 1 < n) {
            v++;
        }
        while (v + 1 < n && (t.upos(v) == UPos.ADV || t.upos(v) == UPos.AUX) && t.sentenceOf(v) == t.sentenceOf(x)) {
            v++;
        }
        if (t.lemma(v).equals("remain") && v + 1 < n && CueLexicon.ADJECTIVES.containsKey(lower(v + 1))) {
            return true;
        }
        String lemma = ctx.cues.cueVerb(v);
        if (lemma == null || t.upos(v) != UPos.VERB || lower(v).endsWith("ing")) {
            return false;
        }
        // a weak cue ("added") only before what it reports: "and added that ...", "and added, “...”"
        return !CueLexicon.weak(lemma) || v + 1 < n && (lower(v + 1).equals("that") || OPEN_QUOTES.contains(t.token(v + 1))
                || t.token(v + 1).equals(",") && v + 2 < n && OPEN_QUOTES.contains(t.token(v + 2)));
    }

    /** A clause at x made of a short subject noun phrase and a cue verb ("Russia's ministry insisted"). */
    boolean clauseWithCue(int x, int end) {
        int v = x;
        while (v < end && v < x + 7 && ctx.phrases.isNpToken(v)) {
            v++;
        }
        while (v < end && (t.upos(v) == UPos.ADV || t.upos(v) == UPos.AUX)) {
            v++;
        }
        if (!(v > x && v < end && ctx.cues.cueVerb(v) != null && t.upos(v) == UPos.VERB)) {
            return false;
        }
        // a verb that takes only a particle's topic reports only with its particle: "they had talked about it", not
        // "they had talked twice before" (round 14)
        Cue cue = CueLexicon.verb(ctx.cues.cueVerb(v));
        return cue == null || !DependencyCues.topicOnly(cue) || v + 1 < end && cue.particles().contains(lower(v + 1));
    }

    /** "Dec. 10" / "Nov. 6, 2016" / "May 4" up to the sentence end. */
    boolean dateTail(int x, int sentenceEnd) {
        int y = x + 1;
        if (y < sentenceEnd && t.token(y).equals(".")) {
            y++;
        }
        if (y >= sentenceEnd || !Character.isDigit(t.token(y).charAt(0))) {
            return false;
        }
        y++;
        if (y + 1 < sentenceEnd && t.token(y).equals(",") && Character.isDigit(t.token(y + 1).charAt(0))) {
            y += 2;
        }
        return y >= sentenceEnd;
    }

    /** End (exclusive) of a time expression starting at x ("today", "on Tuesday", "last week"), or x. */
    int timeExpression(int x, int end) {
        if (x >= end) {
            return x;
        }
        String w = lower(x);
        if (x + 1 < end && lower(x + 1).equals("'s")) {
            return x; // "condemns today's attack": part of the content
        }
        if (WEEKDAYS.contains(w)) {
            return x + 1;
        }
        if ((w.equals("on") || w.equals("this") || w.equals("last") || w.equals("earlier") || w.equals("late"))
                && x + 1 < end && (WEEKDAYS.contains(lower(x + 1)) || TIME_NOUNS.contains(lower(x + 1)))) {
            return x + 2;
        }
        return x;
    }

    /**
     * Whether tokens [b, e) before a source are only the time or occasion of the speaking, segments between commas
     * without a verb: a lone adverb ("Later,"), a time expression ("On Monday,"), or a preposition's phrase with a
     * time word or a medium ("in remarks at the party headquarters", "In a speech to parliament"). "Later, in remarks
     * at X, Esper said, “...”" does not report "Later, in remarks"; "In Syria, the secretary said, forces ..." keeps its
     * place phrase as content, as it tells where the reported fact holds. Connectives before it are skipped ("But later").
     */
    boolean occasionOfSpeaking(int b, int e) {
        while (b < e && CONNECTIVES.contains(lower(b))) {
            b++;
        }
        int seg = b;
        for (int x = b; x <= e; x++) {
            if (x < e && !t.token(x).equals(",")) {
                continue;
            }
            if (x > seg && !occasionSegment(seg, x)) {
                return false;
            }
            seg = x + 1;
        }
        return e > b;
    }

    private boolean occasionSegment(int b, int e) {
        for (int x = b; x < e; x++) {
            if (t.upos(x) == UPos.VERB || t.upos(x) == UPos.AUX) {
                return false;
            }
        }
        if (e == b + 1 && t.upos(b) == UPos.ADV || timeExpression(b, e) == e) {
            return true;
        }
        if (t.upos(b) != UPos.ADP) {
            return false;
        }
        for (int x = b + 1; x < e; x++) {
            String w = lower(x);
            if (MEDIA_NOUNS.contains(w) || TIME_NOUNS.contains(w) || WEEKDAYS.contains(w) || MONTHS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence's full stop at the end of a content piece stays out of it (guidelines 6): the sentence detector ends a
     * sentence after a closing bracket, so "(The family denies any involvement.)" left it in. A stop inside a
     * quotation ends before the closing mark and stays. A quote mark that opens the next paragraph is no part of the
     * piece either (the sentence detector can hang it on the sentence before: "... version of events.¶"Her ...").
     */
    void trimFullStops(Found f) {
        for (int[] c : f.content) {
            if (c[1] - c[0] > 1 && Quotes.isQuote(t.token(c[1] - 1)) && !sameLine(t.tokenEnd(c[1] - 2), t.tokenBegin(c[1] - 1))) {
                c[1]--;
            }
            if (c[1] - c[0] > 1 && t.token(c[1] - 1).equals(".")) {
                c[1]--;
            }
        }
    }

    /**
     * The source's edges that name no holder (guidelines 5): a relative pronoun is the source of its own clause alone
     * ("a career officer [who] testified", "Assange, [who] denies"; linking it to the antecedent is the actor link's
     * job), and a time or occasion of the speaking after the name stays out ("[Esper] on Wednesday said", "[Menear] in
     * the company's news release"). A place or an "of" phrase stays ("the commander of forces in the region"), and so does
     * the time of a participle or a relative clause inside the source.
     */
    void trimSource(Found f) {
        if (f.srcFirst < 0 || f.srcEnd - f.srcFirst < 2) {
            return;
        }
        int last = f.srcEnd - 1;
        if (t.upos(last) == UPos.PRON && DependencyCues.RELATIVES.contains(lower(last)) && last < f.cueFirst) {
            f.srcFirst = last;
            return;
        }
        for (int x = f.srcFirst + 1; x < f.srcEnd; x++) {
            if (t.upos(x) == UPos.VERB || t.upos(x) == UPos.AUX) {
                return; // the time of a verb inside the source: "data released by the ministry [in August]"
            }
            if (timeExpression(x, f.srcEnd) == f.srcEnd || OCCASION_PREPOSITIONS.contains(lower(x)) && occasionSegment(x, f.srcEnd)
                    && occasionWord(f.srcEnd - 1)) { // its head names the occasion: not "those well-versed in the video space"
                f.srcEnd = t.token(x - 1).equals(",") ? x - 1 : x;
                return;
            }
        }
    }

    /** Whether token x names a medium or a time ("release", "Tuesday"; "November 19" by its month). */
    private boolean occasionWord(int x) {
        String w = lower(t.upos(x) == UPos.NUM && x > 0 ? x - 1 : x).replace(".", "");
        return MEDIA_NOUNS.contains(w) || TIME_NOUNS.contains(w) || WEEKDAYS.contains(w) || MONTHS.contains(w);
    }

    /**
     * End of a place or occasion phrase between the cue and a clausal content ("said in Baghdad that",
     * "announced at the Manama Dialogue the United States will ..."), or x when there is none.
     */
    int placePhrase(int x, int end) {
        if (x + 2 >= end || !(lower(x).equals("at") || lower(x).equals("in") || lower(x).equals("during"))) {
            return x;
        }
        int e = x + 1;
        while (e < end && e < x + 7 && (ctx.phrases.isNpToken(e) || lower(e).equals("of")) && !lower(e).equals("that")) {
            e++;
        }
        if (e == x + 1 || e >= end) {
            return x;
        }
        if (lower(e).equals("that")) {
            return e;
        }
        // a that-less clause, maybe after a comma: a subject (determiner, name, pronoun) with a finite verb soon after
        int c = t.token(e).equals(",") && e + 1 < end ? e + 1 : e;
        if (t.upos(c) == UPos.DET && !lower(c).equals("that") || t.upos(c) == UPos.PROPN
                || SUBJECT_PRONOUNS.contains(lower(c)) && !lower(c).equals("who")) {
            for (int v = c + 1; v < Math.min(end, c + 6); v++) {
                if (t.upos(v) == UPos.AUX || t.upos(v) == UPos.VERB && !lower(v).endsWith("ing")) {
                    return e;
                }
            }
        }
        return x;
    }

    /** A content span without leading connectives, commas or quotes not closed inside it. */
    int[] trimmedContent(int b, int e) {
        while (b < e && (CONNECTIVES.contains(lower(b)) || t.token(b).equals(","))) {
            b++;
        }
        while (e > b && t.token(e - 1).equals(",")) {
            e--;
        }
        return new int[] {b, e};
    }

    /** Content of a reduced relative ("talks aimed at ending the crisis have ..."): up to the next predicate. */
    int reducedEnd(int cs, int sentenceEnd) {
        for (int x = cs + 1; x < sentenceEnd; x++) {
            if (t.token(x).equals(",") || t.token(x).equals(";") || t.upos(x) == UPos.AUX && !inInfinitive(x, cs)
                    || t.upos(x) == UPos.VERB && (t.upos(x - 1) == UPos.NOUN || t.upos(x - 1) == UPos.PROPN)
                    && !lower(x).endsWith("ing")) {
                return x;
            }
        }
        return sentenceEnd;
    }

    /** Whether auxiliary {@code x} belongs to an infinitive begun after {@code cs}: "designed to [be] easily attached". */
    private boolean inInfinitive(int x, int cs) {
        int p = x - 1;
        while (p > cs && (t.upos(p) == UPos.ADV || t.upos(p) == UPos.AUX)) {
            p--;
        }
        return p >= cs && lower(p).equals("to") && t.upos(p) == UPos.PART;
    }

    void addContentBefore(Found f, int first, int cut) {
        int b = first;
        while (b < cut && (CONNECTIVES.contains(lower(b)) || t.token(b).equals(","))) {
            b++;
        }
        int e = cut;
        if (e > b && CLOSE_QUOTES.contains(t.token(e - 1)) && e - 2 >= b && t.token(e - 2).equals(",")) {
            // “...,” Cook said: keep quotes and the comma inside them
        } else if (e > b && e < t.tokenCount() && CLOSE_QUOTES.contains(t.token(e)) && t.token(e - 1).equals(",")) {
            // (e > b: a cut at the document's first token, a straight opening quote, has nothing before it)
            e = e + 1;
        }
        if (e > b) {
            f.content.add(0, new int[] {b, e});
        }
    }

    /**
     * Whether tokens [b, e) hold something a source can have said before its tail ("..., he said."): a quotation mark or
     * a finite verb. A fronted adverbial ("Once again,", "After that,") or a list of figures holds neither.
     */
    boolean clauseOrQuote(int b, int e) {
        for (int x = b; x < e; x++) {
            if (OPEN_QUOTES.contains(t.token(x)) || CLOSE_QUOTES.contains(t.token(x)) || finite(x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether only connectives, commas or a determiner stand between the sentence start and token b. */
    boolean clauseStart(int first, int b) {
        for (int x = first; x < b; x++) {
            if (!(CONNECTIVES.contains(lower(x)) || t.token(x).equals(",") || t.upos(x) == UPos.DET)) {
                return false;
            }
        }
        return true;
    }

    /**
     * End of a that-clause standing in the subject ("Allegations that the vote was rigged have fueled
     * protests"): the clause's own verb group, then the next finite verb is the sentence predicate.
     */
    int subjectClauseEnd(int cs, int stop) {
        boolean verbSeen = false;
        boolean groupEnded = false;
        for (int x = cs + 1; x < stop; x++) {
            boolean verb = t.upos(x) == UPos.VERB || t.upos(x) == UPos.AUX;
            if (verb && groupEnded && !lower(x).endsWith("ing") && !lower(x - 1).equals("to")
                    && !CLAUSE_LINKS.contains(lower(x - 1))) {
                return x;
            }
            if (verb) {
                verbSeen = true;
                if (t.upos(x) == UPos.VERB) {
                    groupEnded = true; // "could collapse | grew"
                }
            } else if (verbSeen && t.upos(x) != UPos.ADV && t.upos(x) != UPos.PART) {
                groupEnded = true;
            }
        }
        return stop;
    }

    /** Finite verb tags: the main clause's predicate after a relative clause. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * A cue inside a non-restrictive relative clause ("The minister, who said the talks had failed, left for ...")
     * says nothing past the clause: its last content piece ends at the comma that closes the relative, where the main
     * clause's finite verb follows (the parse often hangs that verb on the content as a conjunct). A comma inside a
     * closing quote stays with the quote ("as his “blood brother,” had adopted him").
     */
    void endAtRelativeClause(Found f) {
        if (f.srcFirst < 0 || f.content.isEmpty()) {
            return;
        }
        int r = f.srcEnd - 1;
        boolean relative = r >= 1 && t.token(r - 1).equals(",") && (lower(r).equals("who") || lower(r).equals("which"));
        if (!relative && !insideInsert(f)) {
            return;
        }
        int[] last = f.content.get(f.content.size() - 1);
        // "who said the talks had failed, left for ...": the tagger reads "left" as a participle, and the parse then
        // makes the antecedent noun the root; a participle counts as the main verb only then (not "the talks, held in May,")
        int root = t.tree().root(t.sentenceOf(r));
        boolean antecedentRoot = relative && root >= f.srcFirst && root < r;
        for (int x = last[0] + 1; x < last[1]; x++) {
            if (!t.token(x).equals(",")) {
                continue;
            }
            int e = x;
            int v = x + 1;
            if (v < last[1] && CLOSE_QUOTES.contains(t.token(v))) {
                e = ++v;
            }
            while (v < last[1] && t.upos(v) == UPos.ADV) {
                v++;
            }
            if (v < last[1] && (FINITE.contains(t.xpos(v)) || "VBN".equals(t.xpos(v)) && antecedentRoot)) {
                last[1] = e;
                return;
            }
        }
    }

    /**
     * Whether the cue of {@code f} stands in an insert between the sentence's subject and its predicate, or opens it ("A
     * group of physicians, alarmed that the agency is denying vaccines to detainees, is urging ...", "The nurses, worried
     * that ..., are urging ..."): as in a non-restrictive relative, its content ends with the insert.
     */
    private boolean insideInsert(Found f) {
        int[] subject = subjectBeforeInsert(t.sentenceOf(f.cueFirst), f.cueFirst);
        return subject != null && (f.srcFirst > subject[1] || f.cueFirst == subject[1] + 1); // "..., worried that X, is urging"
    }

    /**
     * The sentence's subject noun phrase when an insert opened by a participle or adjective follows its comma and runs,
     * with no comma of its own, up to token {@code limit} ("[A group of physicians], alarmed that ... custody"), else null.
     */
    int[] subjectBeforeInsert(int s, int limit) {
        int b = t.sentenceFirstToken(s);
        while (b < limit && CONNECTIVES.contains(lower(b))) {
            b++;
        }
        int comma = b;
        while (comma < limit && (ctx.phrases.isNpToken(comma)
                || comma > b && NP_ADP.contains(lower(comma)) && ctx.phrases.isNpToken(comma - 1))) {
            comma++; // "A group of physicians"
        }
        if (comma == b || comma >= limit || !t.token(comma).equals(",")) {
            return null;
        }
        String opener = t.xpos(comma + 1); // the tagger reads many such participles as past tense ("alarmed": VBD)
        if (!(opener.equals("VBN") || opener.equals("VBD") || opener.equals("VBG") || opener.equals("JJ"))) {
            return null;
        }
        for (int x = comma + 1; x < limit; x++) {
            if (t.token(x).equals(",")) {
                return null;
            }
        }
        return new int[] {b, comma};
    }

    /** Lines listed after a content ending in a colon are that attribution's content, not new cues. */
    void markListItems(Found f) {
        if (f.content.isEmpty()) {
            return;
        }
        int[] main = f.content.get(f.content.size() - 1);
        int last = main[1] - 1;
        boolean colon = t.token(last).equals(":") || main[1] < n && t.token(main[1]).equals(":");
        if (!colon) {
            return;
        }
        for (int[] item : listItems(t.sentenceOf(last))) {
            for (int x = item[0]; x < item[1]; x++) {
                used[x] = true;
            }
        }
    }

    /** The whole-line items following the sentence that ends in a colon. */
    List<int[]> listItems(int mainSentence) {
        List<int[]> items = new ArrayList<>();
        for (int s = mainSentence + 1; s < t.sentenceCount(); s++) {
            int b = t.sentenceFirstToken(s);
            int e = t.sentenceEndToken(s);
            String last = t.token(e - 1);
            if (e - b > 40 || !isWholeLine(s) || last.equals(".") && (s > mainSentence + 1
                    && !t.token(t.sentenceEndToken(mainSentence + 1) - 1).equals(".") || e - b > 25)
                    || CONNECTIVES.contains(lower(b))) {
                break;
            }
            int ib = b;
            while (ib < e && (t.token(ib).equals("-") || t.token(ib).equals("•") || t.token(ib).equals("*"))) {
                ib++;
            }
            int ie = trimEnd(s, e);
            if (ie > ib) {
                items.add(new int[] {ib, ie});
            }
            if (last.equals(".")) {
                break;
            }
        }
        return items;
    }

    boolean isWholeLine(int s) {
        int b = t.sentenceBegin(s);
        int e = t.sentenceEnd(s);
        int lineStart = text.lastIndexOf('\n', b - 1) + 1;
        int lineEnd = text.indexOf('\n', e);
        return text.substring(lineStart, b).isBlank() && text.substring(e, lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }
}
