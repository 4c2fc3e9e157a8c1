package org.sightline.extract.claims.internal.rules;

import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.nlp.api.UPos;

/**
 * {@code according-to}: "…, according to the release", and the other hearsay prepositions of rule-words
 * {@code source-prepositions} ("In the view of the committee, …"): the source up to the next comma, the
 * content the clause on both sides. Before the verb cues, so no cue inside its clause counts.
 */
final class AccordingToRule extends RuleFamily {

    AccordingToRule(RuleContext ctx) {
        super(ctx, "according-to", "viewpoint");
    }

    @Override
    public boolean readsQuestions() {
        return true;
    }

    /** Prepositions that name a source: "according to", "in the view of". */
    private static final Set<String> PHRASES = WORDS.get("source-prepositions");
    /** Words in the longest phrase. */
    private static final int MAX_WORDS = PHRASES.stream().mapToInt(p -> p.split(" ").length).max().orElse(2);
    /** The first words of the phrases: a token that is none of them starts no phrase, and no phrase is built. */
    private static final Set<String> FIRST_WORDS = PHRASES.stream().map(p -> p.split(" ")[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Source prepositions that are otherwise a manner ("wrote it in the words of a child"): a source only when set off,
     * after a comma or a connective and before a comma ("and, in the words of the prosecutor, “...”").
     */
    private static final Set<String> SET_OFF = WORDS.get("set-off-source-prepositions");

    /** Prepositions that give a viewpoint ("For some, the plan is dead"; guidelines 2). */
    private static final Set<String> VIEWPOINT = WORDS.get("viewpoint-prepositions");
    /** Words a viewpoint's holder may have: "For [many voters],", "for [some of us],". */
    private static final int MAX_VIEWPOINT_WORDS = 4;

    @Override
    public void apply(int s) {
        int end = t.sentenceEndToken(s);
        for (int i = t.sentenceFirstToken(s); i + 1 < end; i++) {
            if (used[i]) {
                continue;
            }
            String phrase = lower(i);
            if (VIEWPOINT.contains(phrase)) {
                viewpoint(s, i);
                continue;
            }
            if (!FIRST_WORDS.contains(phrase)) {
                continue;
            }
            for (int n = 2; n <= MAX_WORDS && i + n <= end; n++) {
                phrase += " " + lower(i + n - 1);
                if (PHRASES.contains(phrase)) {
                    accordingTo(s, i, i + n, phrase);
                    break;
                }
            }
        }
    }

    /**
     * A viewpoint preposition at {@code i} ("For some, the plan is dead", "That is, for many, too much"): set off
     * before or inside its clause by commas, with a quantifier for people as its object ("some", "many voters",
     * "most of us"); "for" is otherwise a purpose, a time or a beneficiary ("For now,", "For students, the fee is
     * lower"), so no other object counts. The content is the clause on both sides, to the clause's end.
     */
    private void viewpoint(int s, int i) {
        int first = clauseFirst(s);
        int end = trimEnd(s, t.sentenceEndToken(s));
        int ce = i + 1;
        int opener = first;
        while (opener < i && CONNECTIVES.contains(lower(opener))) {
            opener++; // "But for some, ..."
        }
        if (!(i == opener || i > first && t.token(i - 1).equals(",")) || ce >= end || !DependencyCues.GENERIC_HOLDERS.contains(lower(ce))) {
            return;
        }
        int se = ce + 1;
        while (se < end && se <= ce + MAX_VIEWPOINT_WORDS && !t.token(se).equals(",")) {
            se++;
        }
        if (se >= end || !t.token(se).equals(",") || !peopleQuantified(ce, se)) {
            return;
        }
        Found f = new Found("viewpoint", lower(i), ClaimType.ASSESSMENT, i, ce);
        f.srcFirst = ce;
        f.srcEnd = se;
        if (i > first) {
            ctx.contents.addContentBefore(f, first, i - 1);
        }
        int ee = ctx.contents.contentEnd(s, first, se, end);
        if (se + 1 < ee) {
            f.content.add(new int[] {se + 1, ee});
        }
        if (!f.content.isEmpty()) {
            add(f);
        }
    }

    /**
     * Whether [q, e), led by a quantifier, stands for people: the quantifier alone ("some"), with an "of" phrase ("most
     * of us") or with a holder noun after adjectives ("many young voters"); "for many years", "for some black satire on
     * Fallujah" count things.
     */
    private boolean peopleQuantified(int q, int e) {
        if (e == q + 1 || lower(q + 1).equals("of")) {
            return true;
        }
        for (int x = q + 1; x < e - 1; x++) {
            if (t.upos(x) != UPos.ADJ) {
                return false;
            }
        }
        return t.upos(e - 1) == UPos.NOUN && CueLexicon.SHARED.isHolderNoun(t.lemma(e - 1));
    }

    /** Whether the phrase at {@code i} opens its clause, after connectives, or follows a comma. */
    private boolean setOffBefore(int first, int i) {
        int x = i - 1;
        while (x >= first && CONNECTIVES.contains(lower(x))) {
            x--; // "..., and in the words of"
        }
        return x < first || t.token(x).equals(",");
    }

    /**
     * Whether the phrase at {@code i} follows a comma and a connective (", and according to police, ..."): it opens a
     * clause of its own, and the clause before is the author's, no content.
     */
    private boolean opensCoordinatedClause(int first, int i) {
        int x = i - 1;
        while (x > first && CONNECTIVES.contains(lower(x))) {
            x--;
        }
        return x < i - 1 && t.token(x).equals(",");
    }

    private void accordingTo(int s, int i, int ce, String phrase) {
        int first = clauseFirst(s);
        int end = trimEnd(s, t.sentenceEndToken(s));
        Found f = new Found("according-to", phrase, ClaimType.STATEMENT, i, ce);
        int se = ce;
        while (se < end && !t.token(se).equals(",")) {
            se++;
        }
        if (se == ce) {
            return;
        }
        if (!phrase.equals("according to") && !ctx.phrases.holder(new int[] {ce, se})) {
            return; // a view needs a holder: not "in the view of the harbour" ("according to" also takes records and estimates)
        }
        if (SET_OFF.contains(phrase) && !(se < end && setOffBefore(first, i))) {
            return;
        }
        f.srcFirst = ce;
        f.srcEnd = se;
        if (i > first && !opensCoordinatedClause(first, i)) {
            int cut = i;
            if (t.token(cut - 1).equals(",")) {
                cut--;
            }
            ctx.contents.addContentBefore(f, first, cut);
        }
        if (se < end) {
            f.content.add(new int[] {se + 1, end});
        }
        if (!f.content.isEmpty()) {
            add(f);
        }
    }
}
