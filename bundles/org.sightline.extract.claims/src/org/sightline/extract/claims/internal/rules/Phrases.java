package org.sightline.extract.claims.internal.rules;

import java.util.Locale;

import org.sightline.extract.actors.api.ActorMention;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * Noun phrases and sources: walking a noun phrase left or right, the source before a cue (with appositives
 * and asides), the sentence subject for participle and coordinated cues, and whether a span names someone
 * who can hold a stance.
 */
final class Phrases extends ContextView {

    Phrases(RuleContext ctx) {
        super(ctx);
    }

    boolean isNpToken(int p) {
        UPos pos = t.upos(p);
        String w = t.token(p);
        if (pos == UPos.PROPN || pos == UPos.NOUN || pos == UPos.NUM || pos == UPos.DET
                || pos == UPos.X || pos == UPos.SYM) {
            return !lower(p).equals("that") || pos == UPos.DET;
        }
        if (pos == UPos.ADJ || pos == UPos.ADV && modifierInPhraseAfter(p)
                || pos == UPos.VERB && "VBN".equals(t.xpos(p)) && t.deprel(p).is(DepRel.AMOD)) {
            // a past participle as adjective, JJ or VBN by the tagger, hung on the noun: "the retired/VBN general"
            // (not a present participle: "the following/VBG chart" stays out, as before)
            return true;
        }
        if (pos == UPos.PRON) {
            return SUBJECT_PRONOUNS.contains(lower(p)) || lower(p).equals("our") || lower(p).equals("its")
                    || lower(p).equals("their") || lower(p).equals("his") || lower(p).equals("her")
                    || lower(p).equals("others");
        }
        if (pos == UPos.PART) {
            return w.equals("'s") || w.equals("’s");
        }
        if (pos == UPos.PUNCT) {
            return w.equals("-") || w.equals("–") || w.equals(".") && p > 0 && t.tokenBegin(p) == t.tokenEnd(p - 1);
        }
        if (Character.isUpperCase(w.charAt(0)) && w.endsWith(".") && w.length() <= 6) {
            return true; // a title tagged as anything: "Capt./ADP"
        }
        // tagger slips on names: "Pyongyang/VERB"
        return Character.isUpperCase(w.charAt(0)) && pos != UPos.AUX && pos != UPos.ADV
                && pos != UPos.SCONJ && pos != UPos.CCONJ && pos != UPos.ADP;
    }

    /** Start of the noun phrase that ends at e (exclusive), walking left. */
    int npStartLeft(int first, int e) {
        int b = e;
        while (b - 1 >= first) {
            int p = b - 1;
            if (isNpToken(p) || (NP_ADP.contains(lower(p)) && b < e && p - 1 >= first && isNpToken(p - 1)
                    && !lower(b).equals("that"))) {
                b = p;
            } else if ((t.token(p).equals("”") || t.token(p).equals("\"")) && p - 2 >= first
                    && (t.token(p - 2).equals("“") || t.token(p - 2).equals("\""))) {
                b = p - 2; // nickname: Col. John “J.D.” Dorrian
            } else {
                break;
            }
        }
        // an NP starting with a preposition's object is not a source: "In Syria" stays out
        while (b < e && NP_ADP.contains(lower(b))) {
            b++;
        }
        return b;
    }

    /** The noun phrase that starts at b, walking right, stopping at the sentence end. */
    int[] npRight(int b, int limit) {
        int e = b;
        while (e < limit) {
            if (isNpToken(e) || NP_ADP.contains(lower(e)) || t.token(e).equals(",")) {
                e++;
            } else if (e > b && OPEN_QUOTES.contains(t.token(e)) && e + 2 < limit
                    && (CLOSE_QUOTES.contains(t.token(e + 2)) || e + 3 < limit && CLOSE_QUOTES.contains(t.token(e + 3)))) {
                e = CLOSE_QUOTES.contains(t.token(e + 2)) ? e + 3 : e + 4; // nickname: Col. John “J.D.” Dorrian
            } else {
                break;
            }
        }
        return e > b ? new int[] {b, e} : null;
    }

    /**
     * Whether a noun in span {@code src} is followed at once by a determiner: a noun with a relative clause without
     * "that" ("a claim the union [denied]"), which is no source of a reporting tail.
     */
    boolean objectRelative(int[] src) {
        for (int x = src[0]; x + 1 < src[1]; x++) {
            if (t.upos(x) == UPos.NOUN && t.upos(x + 1) == UPos.DET) {
                return true;
            }
        }
        return false;
    }

    /** The source noun phrase ending right before the cue, with an appositive in commas, or null. */
    int[] sourceLeft(int first, int cb) {
        int chain = sourceChainStart(first, cb);
        if (chain >= 0) {
            return trimSource(chain, cb);
        }
        int e = cb;
        if (e - 3 >= first && t.token(e - 1).equals(",") && t.upos(e - 2) == UPos.ADV && t.token(e - 3).equals(",")) {
            e -= 3; // "Japan, meanwhile, reiterated"
        }
        int b = npStartLeft(first, e);
        if (b == e) {
            return null;
        }
        if (b > first && t.token(b - 1).equals(",")) {
            // appositive pair: "Gen. X, U.S. Central Command commander, released"; name first
            if (b == e - 1 || t.token(e - 1).equals(",")) {
                // a lone comma before the cue: the NP before belongs to the source
            }
        }
        if (t.token(e - 1).equals(",")) {
            int inner = npStartLeft(first, e - 1);
            if (inner < e - 1 && inner > first && t.token(inner - 1).equals(",")) {
                int name = npStartLeft(first, inner - 1);
                if (name < inner - 1 && (name == first || t.upos(name - 1) != UPos.ADP)) {
                    return trimSource(name, e);
                }
            }
            return null;
        }
        if (b > first && t.token(b - 1).equals(",") && looksLikeRole(b, e)) {
            int name = npStartLeft(first, b - 1);
            if (name < b - 1 && (name == first || t.token(name - 1).equals(",") && false
                    || t.upos(name - 1) != UPos.ADP) && endsWithName(b - 1)) {
                if (name == first || CLOSE_QUOTES.contains(t.token(name - 1)) || t.token(name - 1).equals(",")) {
                    return trimSource(name, e);
                }
            }
        }
        return trimSource(b, e);
    }

    /**
     * Start of a source noun phrase with appositives or a relative clause that ends right before the
     * cue ("Staff Sgt. Albert Connelly, an artillery crew chief in Abel Battery, 3rd Battalion, said",
     * "Cook, who spoke to reporters, said"), when it starts the clause; -1 if there is none.
     */
    int sourceChainStart(int first, int cb) {
        int x = cb - 1 > first && t.token(cb - 1).equals(",") ? cb - 1 : cb;
        int start = -1;
        int segments = 0;
        while (x > first && cb - x < 40) {
            int segStart = x;
            while (segStart > first && !t.token(segStart - 1).equals(",")) {
                segStart--;
            }
            String head = lower(segStart);
            boolean aside = head.equals("who") || head.equals("which")
                    || head.endsWith("ing") && t.upos(segStart) == UPos.VERB;
            if (aside) {
                // ", who leads the committee," / ", speaking on condition of anonymity,": part of the source
                if (segStart - 1 <= first) {
                    return -1;
                }
                x = segStart - 1;
                continue;
            }
            int b = npStartLeft(first, x);
            while (b - 1 > segStart && (NP_ADP.contains(lower(b - 1)) || lower(b - 1).equals("to"))) {
                int before = npStartLeft(first, b - 1); // a role with its object: "the former special envoy [to Ukraine]"
                if (before == b - 1) {
                    break;
                }
                b = before;
            }
            int lead = segStart;
            boolean afterQuote = false;
            while (lead < b && (CONNECTIVES.contains(lower(lead)) || OPEN_QUOTES.contains(t.token(lead))
                    || ctx.quotes.closeQuote(lead))) {
                afterQuote |= ctx.quotes.closeQuote(lead);
                lead++;
            }
            if (b == x || b != lead) {
                if (segments == 0) {
                    return -1;
                }
                break;
            }
            segments++;
            start = b;
            if (afterQuote) {
                break; // "“...,” Army Lt. Gen. X, commander of Y, said": the quote ends the source
            }
            if (segStart - 1 > first && t.token(segStart - 1).equals(",")) {
                x = segStart - 1;
            } else {
                break;
            }
        }
        if (segments == 0 || cb - start < 3) {
            return -1;
        }
        int clauseStart = first;
        while (clauseStart < start && (CONNECTIVES.contains(lower(clauseStart)) || t.token(clauseStart).equals(",")
                || OPEN_QUOTES.contains(t.token(clauseStart)))) {
            clauseStart++;
        }
        boolean startsClause = start == clauseStart || start > first && (ctx.quotes.closeQuote(start - 1)
                || t.token(start - 1).equals(",") && start - 2 >= first && ctx.quotes.closeQuote(start - 2));
        boolean hasName = false;
        for (int y = start; y < cb; y++) {
            hasName |= t.upos(y) == UPos.PROPN || t.upos(y) == UPos.NOUN || t.upos(y) == UPos.PRON;
        }
        return startsClause && hasName && (segments > 1 || x != cb) ? start : -1;
    }

    int[] trimSource(int b, int e) {
        while (b < e && (CONNECTIVES.contains(lower(b)) || t.token(b).equals(",") || OPEN_QUOTES.contains(t.token(b))
                || CLOSE_QUOTES.contains(t.token(b)))) {
            b++;
        }
        if (b >= e) {
            return null;
        }
        if (e - b == 2 && t.upos(b) == UPos.DET && t.upos(b + 1) == UPos.ADJ) {
            return new int[] {b, e}; // "The secretary/ADJ": a tagger slip on a role noun
        }
        if (e - b > 1 && SUBJECT_PRONOUNS.contains(lower(e - 1)) && !lower(e - 1).equals("who")
                && !t.token(e - 2).equals(",")) {
            b = e - 1; // "At this point we remain": the pronoun, not the adverbial before it
        }
        for (int x = b; x < e; x++) {
            UPos pos = t.upos(x);
            if (pos == UPos.NOUN || pos == UPos.PROPN || pos == UPos.PRON || pos == UPos.NUM
                    || Character.isUpperCase(t.token(x).charAt(0)) && pos != UPos.DET) {
                return new int[] {b, e};
            }
        }
        return null;
    }

    /**
     * Start of the last of two noun phrases standing side by side in source span [b, e) with no comma or link between:
     * an article right after a noun, name or number opens it ("[Last week] the ministry said", "[Responding to the
     * report] the company denied", "[On Dec. 7] the agency declared"), when only noun-phrase words follow it; else b.
     * Not a noun with a relative clause ("the man the police arrested"): a verb follows there.
     */
    int lastJoinedPhrase(int b, int e) {
        for (int x = e - 2; x > b; x--) {
            UPos before = t.upos(x - 1);
            if (ARTICLES.contains(lower(x)) && (before == UPos.NOUN || before == UPos.PROPN || before == UPos.NUM)) {
                for (int y = x; y < e; y++) {
                    if (!isNpToken(y) || t.upos(y) == UPos.PRON) {
                        return b;
                    }
                }
                return x;
            }
        }
        return b;
    }

    boolean endsWithName(int end) {
        return Character.isUpperCase(t.token(end - 1).charAt(0));
    }

    boolean looksLikeRole(int b, int e) {
        for (int x = b; x < Math.min(e, b + 4); x++) {
            if (t.upos(x) == UPos.NOUN && Character.isLowerCase(t.token(x).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    boolean actorOrPerson(int[] src) {
        int b = t.tokenBegin(src[0]);
        int e = t.tokenEnd(src[1] - 1);
        for (ActorMention m : ctx.actors.mentions()) {
            if (m.begin() >= b && m.end() <= e) {
                return true;
            }
        }
        for (int x = src[0]; x < src[1]; x++) {
            String w = lower(x);
            if (w.equals("he") || w.equals("she") || w.equals("we") || w.equals("i") || w.equals("they")
                    || w.equals("who")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun after the "of" of record partitive {@code h} on the parse ("a series of [floods]", "a batch of [tests]"):
     * what the phrase groups, which speaks or shows as it would alone (as {@link #record} reads it); else {@code h}.
     */
    int partitiveMember(int h) {
        if (h < 0 || !RECORD_PARTITIVES.contains(t.lemma(h).toLowerCase(Locale.ROOT))) {
            return h;
        }
        for (int c : t.tree().children(h)) {
            int k = t.tree().child(c, DepRel.CASE);
            if (c > h && t.deprel(c) == DepRel.NMOD && k >= 0 && lower(k).equals("of")) {
                return c;
            }
        }
        return h;
    }

    /**
     * Whether a source is a record that shows what it holds: its head (the last word before a preposition, a
     * comma or a relative clause: "A scan of his chest", "the data we've been collecting", "the numbers that we
     * collated"; past a partitive's "of": "a series of text messages") a document or a finding ("the video",
     * "blood tests", "studies", "our testing").
     */
    boolean record(int[] src) {
        int head = -1;
        for (int x = src[0]; x < src[1] && !t.token(x).equals(","); x++) {
            UPos pos = t.upos(x);
            if (pos == UPos.ADP) {
                if (head >= 0 && lower(x).equals("of") && RECORD_PARTITIVES.contains(lower(head))) {
                    continue; // "a series of text messages": the records are what follows
                }
                break;
            }
            if (head >= 0 && t.upos(head) == UPos.NOUN && (pos == UPos.PRON || pos == UPos.PROPN || pos == UPos.VERB
                    || pos == UPos.AUX)) {
                break; // a relative clause on the head ("the data we collected", "the messages Volker provided")
            }
            if (head >= 0 && relativeClauseAt(x, src[0])) {
                break; // one the parse marks, however it opens ("a series of photos [the ranger provided]")
            }
            if (pos != UPos.DET && pos != UPos.PUNCT) {
                head = x;
            }
        }
        if (head < 0) {
            return false;
        }
        String lemma = t.lemma(head).toLowerCase(Locale.ROOT);
        return DOCUMENTS.contains(lemma) || FINDINGS.contains(lemma);
    }

    /** Whether a relative clause on a word in [from, x) opens at token {@code x} on the parse. */
    private boolean relativeClauseAt(int x, int from) {
        for (int c = x; c >= 0 && t.tree().subtreeBegin(c) == x; c = t.head(c)) { // the phrases that open at x
            if (t.deprel(c).is(DepRel.ACL) && t.head(c) >= from && t.head(c) < x) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a source can hold a stance: an actor, a pronoun, a name, or a noun phrase whose head names a
     * person or group ("the group", "critics").
     */
    boolean holder(int[] src) {
        if (actorOrPerson(src)) {
            return true;
        }
        int head = -1;
        for (int x = src[0]; x < src[1] && !t.token(x).equals(","); x++) {
            UPos pos = t.upos(x);
            if (pos == UPos.PROPN || pos == UPos.PRON && !lower(x).equals("it") && !GENERIC_PRONOUNS.contains(lower(x))) {
                return true;
            }
            if (pos == UPos.NOUN || pos == UPos.VERB && nominal(x)) { // a subject or object the tagger read as a verb
                head = x;
            }
        }
        return head >= 0 && CueLexicon.SHARED.isHolderNoun(t.lemma(head));
    }

    /** Whether [b, e) names a hearer: "told [Starner] that", "told [media this month] that", not "reported [earnings] that". */
    boolean hearer(int b, int e) {
        UPos p = t.upos(b);
        return p == UPos.PRON || p == UPos.PROPN || RECIPIENTS.contains(lower(b)) || MEDIA_NOUNS.contains(lower(b))
                || holder(new int[] {b, e});
    }

    /** First token of the actor mention ending at token p, or -1. */
    int actorStartEndingAt(int p) {
        int e = t.tokenEnd(p);
        for (ActorMention m : ctx.actors.mentions()) {
            if (m.end() == e) {
                return t.tokenAtOrAfter(m.begin());
            }
        }
        return -1;
    }

    /** The subject at the start of the sentence, for participle cues (", stating that ..."). */
    int[] subjectOfSentence(int s, int limit) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found g = found.get(k);
            if (g.srcFirst >= 0 && t.sentenceOf(g.cueFirst) == s) {
                return new int[] {g.srcFirst, g.srcEnd};
            }
        }
        int first = clauseFirst(s);
        int b = first;
        while (b < limit && (CONNECTIVES.contains(lower(b)) || t.token(b).equals(","))) {
            b++;
        }
        int e = b;
        while (e < limit && isNpToken(e)) {
            e++;
        }
        return e > b ? new int[] {b, e} : null;
    }

    /** The source of the previous attribution in this sentence, for a coordinated cue. */
    int[] sharedSource(int s) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found g = found.get(k);
            if (t.sentenceOf(g.cueFirst) == s && g.srcFirst >= 0) {
                return new int[] {g.srcFirst, g.srcEnd};
            }
        }
        // "Votel ... met with employees and provided an overview of": the subject of the first verb
        int first = clauseFirst(s);
        for (int v = first; v < t.sentenceEndToken(s); v++) {
            if (t.upos(v) == UPos.VERB || t.upos(v) == UPos.AUX) {
                int vb = v;
                while (vb - 1 > first && t.upos(vb - 1) == UPos.ADV) {
                    vb--;
                }
                int[] src = vb > first ? sourceLeft(first, vb) : null;
                return src != null && actorOrPerson(src) ? src : null;
            }
        }
        return null;
    }
}
