package org.sightline.extract.claims.internal.rules;

import java.util.Locale;
import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * Rule family "passive-subject" (id {@code passive-subject}): an agentless passive cue whose subject is
 * content (guidelines: "passive cues keep their preposition; the passive subject is a further content
 * piece"; no source). Its forms:
 * <ul>
 * <li>a verb the lexicon lists as a passive cue with "to" ({@code isPassiveCue}) and a to-infinitive:
 * "[Europa] is thought [to harbor an ocean]", "[Among the hundreds trapped] were said [to be pupils]"; rulings too ("[Visitors]
 * are required [to register]", "[He] was allowed [to enter]", but not "the sauce is allowed to cool": round 16);</li>
 * <li>a verb and preposition the lexicon lists as a passive cue: "[He] is accused of [leaking]", "[Tyvak] is
 * best known for [being a smallsat maker]", "[Webb] was sentenced to [life]";</li>
 * <li>a verb whose curated entry takes a noun phrase, with its subject as that content: "[The virus] has been
 * reported in two counties", "[No details] were provided" (round 9);</li>
 * <li>a judgement verb with a label, subject and label its content: "[The bridge] is considered [one of the safest]"
 * (round 11).</li>
 * </ul>
 * A participle conjoined to a passive shares its subject: "[He] was convicted and sentenced to [life]".
 * Runs last, on the tokens all other rules left: the surface rules already take "is expected to" and the
 * parse rules the passives with an agent or a that-clause.
 */
final class PassiveSubjectRule extends VerbFamily {

    /** Words that open an added clause after a comma ({@code added-clause}): the passive subject's content ends there. */
    private static final Set<String> ADDED_CLAUSE = WORDS.get("added-clause");

    /**
     * Verbs whose agentless passive with a label reports a judgement held by no one named ("[The bridge] is considered [one
     * of the safest]"); a naming verb gives a name instead ("is called Plan B").
     */
    private static final Set<String> JUDGEMENT_LABELS = WORDS.get("judgement-labels");

    /** Ruling verbs whose passive with an infinitive rules only over a person or group ("the sauce is allowed to cool" lets). */
    private static final Set<String> PERMISSION_VERBS = WORDS.get("permission-verbs");

    /** Future modals: a request passive under one describes a procedure ("Callers will be asked to wait"), no request made. */
    private static final Set<String> PROCEDURE_MODALS = WORDS.get("procedure-modals");

    /**
     * Adverbs that make a passive participle a judgement of the author's, no request or advice given ("would be ill-advised
     * to", "you would be well advised to").
     */
    private static final Set<String> JUDGEMENT_ADVERBS = WORDS.get("judgement-adverbs");

    /** Passive cues whose "to" takes a noun phrase ("sentenced to [life]"); the others' "to" is an infinitive's. */
    private static final Set<String> TO_OBLIQUES = WORDS.get("to-obliques");

    PassiveSubjectRule(RuleContext ctx) {
        super(ctx, "passive-subject");
    }

    @Override
    boolean candidate(int i) {
        return (tree.isPassive(i) || sharedPassive(i) || reducedRelative(i)) && ctx.parse.agent(i) < 0;
    }

    /** A bare past participle right after the noun it modifies ("a deal announced at the start of the week"). */
    private boolean reducedRelative(int i) {
        int h = t.head(i);
        int x = i - 1;
        while (x > h && t.upos(x) == UPos.ADV) {
            x--; // "a deal quietly announced"
        }
        return t.deprel(i).is(DepRel.ACL) && t.xpos(i).equals("VBN") && h >= 0 && x == h && t.upos(h).isNominal()
                && !tree.hasChild(i, DepRel.AUX) && !tree.hasChild(i, DepRel.NSUBJ); // not "a claim [the union] denied"
    }

    /**
     * A past participle conjoined to a passive that shares its subject and auxiliary ("[He] was convicted and
     * sentenced to [life]"; the tagger often reads it as a past tense, VBD).
     */
    private boolean sharedPassive(int i) {
        int h = t.head(i);
        return t.deprel(i) == DepRel.CONJ && h >= 0 && h < i && (t.xpos(i).equals("VBN") || t.xpos(i).equals("VBD")) && tree.isPassive(h)
                && !tree.hasChild(i, DepRel.NSUBJ) && !tree.hasChild(i, DepRel.AUX);
    }

    @Override
    Found read(int i, int first, int end) {
        String lemma = t.lemma(i);
        if (reducedRelative(i) && !tree.isPassive(i)) {
            Cue cue = CueLexicon.verb(lemma);
            int noun = t.head(i);
            if (cue == null || !nounPhraseSubject(i, noun, cue)) {
                return null;
            }
            // "[a deal] announced", not "in a deal"
            return nounContent(lemma, cue, ctx.parse.beforeFinalPunct(ctx.parse.nounStart(noun), i), i, i + 1, first);
        }
        boolean shared = !tree.isPassive(i);
        int subject = shared ? tree.child(t.head(i), DepRel.NSUBJ) : ctx.parse.passiveSubject(i);
        if (subject < 0 || subject > i) {
            return null;
        }
        boolean inherited = shared || t.head(subject) != i; // the first conjunct's subject: its phrase alone is content
        int cueEnd = i + 1;
        int[] complement = null;
        ClaimType type = null;
        Cue cue = CueLexicon.verb(lemma);
        for (Dependent d : laterDependents(i)) {
            int c = d.c();
            DepRel r = d.rel();
            int mark = d.mark();
            String marker = d.marker();
            if ((r == DepRel.XCOMP || r.is(DepRel.ADVCL)) && marker.equals("to") && tree.subtreeBegin(c) == mark // advcl: a parser's slip
                    && CueLexicon.SHARED.isPassiveCue(lemma, "to")
                    && (!PERMISSION_VERBS.contains(lemma) || ctx.phrases.holder(ctx.parse.phrase(subject)))
                    && !(cue != null && cue.cueClass() == CueClass.SPEECH && auxiliaryIn(i, PROCEDURE_MODALS))
                    && !dependentBefore(i, DepRel.ADVMOD, JUDGEMENT_ADVERBS)
                    && (t.upos(c) == UPos.VERB || tree.hasChild(c, DepRel.COP))) {
                complement = clause(i, c, mark); // "is thought to harbor": "to" is the content's
                type = cue == null ? ClaimType.ASSESSMENT : ClaimType.valueOf(cue.type());
            } else if ((r.is(DepRel.OBL) || r.is(DepRel.ADVCL) && !marker.equals("to")) && mark > i && tree.subtreeBegin(c) == mark
                    && adverbsOnly(i + 1, mark) && CueLexicon.SHARED.isPassiveCue(lemma, marker)
                    && (!marker.equals("to") || TO_OBLIQUES.contains(lemma))) {
                cueEnd = mark + 1; // "is accused of": the preposition is the cue's
                complement = clause(i, c, mark + 1);
                type = cue == null ? ClaimType.ASSESSMENT : ClaimType.valueOf(cue.type());
            } else if ((r == DepRel.OBJ || r == DepRel.XCOMP) && marker.isEmpty() && !shared && JUDGEMENT_LABELS.contains(lemma)
                    && adverbsOnly(i + 1, tree.subtreeBegin(c)) && labelHead(c)) {
                complement = label(i, c); // "is considered [an effective treatment]"
                type = cue == null ? ClaimType.ASSESSMENT : ClaimType.valueOf(cue.type());
            }
            if (complement != null) {
                break;
            }
        }
        if (complement == null && !shared && cue != null && nounPhraseSubject(i, subject, cue)) {
            return subjectOnly(i, lemma, cue, subject, inherited, first); // "[The virus] has been reported in two counties"
        }
        if (complement == null || complement[0] >= complement[1] || complement[1] > end || !ctx.parse.free(complement)) {
            return null;
        }
        int cueFirst = ctx.parse.groupStart(i, first);
        // the shared subject alone, not the first conjunct between it and the cue
        int[] phrase = ctx.parse.phrase(subject);
        int[] subj = ctx.parse.beforeFinalPunct(phrase[0], inherited ? phrase[1] : cueFirst);
        if (subj[0] < first || subj[0] >= subj[1] || !ctx.parse.free(subj)) {
            return null;
        }
        Found f = sourceless("passive-subject", lemma, type, cueFirst, cueEnd);
        if (f == null) {
            return null;
        }
        f.content.add(subj);
        f.content.add(complement);
        return f;
    }

    /**
     * Whether passive cue {@code i} takes its subject as a noun-phrase content, as its active form would take the object
     * ("[No details] were provided", "[Key events] will be recounted"): a curated NP frame, a subject the active verb
     * could take (not a person, for a stance a proposal), and no clause or infinitive that would be the content instead.
     */
    private boolean nounPhraseSubject(int i, int subject, Cue cue) {
        UPos pos = t.upos(subject);
        if (!(pos == UPos.NOUN || pos == UPos.PROPN) || !ctx.parse.takesNounPhrase(cue, subject)
                || ctx.phrases.holder(new int[] {subject, subject + 1})) {
            return false; // "the officials were warned": a hearer, not content
        }
        for (int c : tree.children(i)) {
            DepRel r = t.deprel(c);
            if (r.is(DepRel.CCOMP) || r == DepRel.XCOMP || r.is(DepRel.ADVCL) && c > i) {
                return false;
            }
        }
        return true;
    }

    private Found subjectOnly(int i, String lemma, Cue cue, int subject, boolean inherited, int first) {
        int cueFirst = ctx.parse.groupStart(i, first);
        int[] phrase = ctx.parse.phrase(subject);
        int[] subj = ctx.parse.beforeFinalPunct(phrase[0], inherited ? phrase[1] : cueFirst);
        while (subj[0] < subj[1] && (t.upos(subj[0]) == UPos.CCONJ || t.upos(subj[0]) == UPos.SCONJ || t.upos(subj[0]) == UPos.ADP)) {
            subj[0]++; // "[and] those trials are offered", "[after] two cases were revealed": the word joins clauses
        }
        return nounContent(lemma, cue, subj, cueFirst, i + 1, first);
    }

    /** The sourceless attribution of cue [cueFirst, cueEnd) with noun phrase {@code np} as its one content piece, or null. */
    private Found nounContent(String lemma, Cue cue, int[] np, int cueFirst, int cueEnd, int first) {
        if (np[0] < first || np[0] >= np[1] || !ctx.parse.free(np)) {
            return null;
        }
        Found f = sourceless("passive-subject", lemma, ClaimType.valueOf(cue.type()), cueFirst, cueEnd);
        if (f != null) {
            f.content.add(np);
        }
        return f;
    }

    /**
     * The complement {@code c} of verb {@code v} from {@code begin}, with the verb's adjacent obliques the parser
     * hung on it ("sentenced to [life] [in federal prison]"), up to a comma that opens a clause the author adds
     * ("known for its effects on the lungs[, as it causes ...]", "to be very cold[, which translates to ...]").
     */
    private int[] clause(int v, int c, int begin) {
        int[] span = {begin, ctx.parse.phrase(c)[1]};
        for (int d : tree.children(v)) {
            if (d > c && t.deprel(d).is(DepRel.OBL) && tree.subtreeBegin(d) == span[1]) {
                span[1] = ctx.parse.phrase(d)[1];
            }
        }
        for (int x = begin + 1; x + 1 < span[1]; x++) {
            if (t.token(x).equals(",") && ADDED_CLAUSE.contains(t.token(x + 1).toLowerCase(Locale.ROOT))) {
                span[1] = x;
                break;
            }
        }
        return span;
    }

    /**
     * The label phrase {@code c} of a passive judgement verb, without the verb's own adjuncts and up to a comma or an
     * agent the parser hung inside it ("deemed [too costly] by some"); with a "to" phrase right after it that the parser hung
     * on verb {@code v} instead (an infinitive whose verb the tagger misread, "an effective way [to lower blood pressure]").
     */
    private int[] label(int v, int c) {
        int[] span = ctx.parse.phrase(c);
        for (int d : tree.children(v)) {
            int k = d > c && t.deprel(d).is(DepRel.OBL) && tree.subtreeBegin(d) == span[1] ? tree.child(d, DepRel.CASE) : -1;
            if (k == span[1] && lower(k).equals("to")) {
                span[1] = ctx.parse.phrase(d)[1];
            }
        }
        for (int x = span[0] + 1; x < span[1]; x++) {
            if (t.token(x).equals(",") || lower(x).equals("by")) {
                span[1] = x;
                break;
            }
        }
        return span;
    }

    /**
     * Whether {@code c}, right after a passive judgement verb, is its label: a noun phrase, a quantity or an adjective
     * ("is considered [one of the best]", "[some of the safest]", "was deemed [unsafe]"), not a clause ("is considered
     * [to be]" is read above).
     */
    private boolean labelHead(int c) {
        UPos pos = t.upos(c);
        return pos.isNominal() || pos == UPos.NUM || pos == UPos.ADJ || pos == UPos.DET;
    }

    /** Whether tokens [from, to) are adverbs only ("is best known for"). */
    private boolean adverbsOnly(int from, int to) {
        for (int x = from; x < to; x++) {
            if (t.upos(x) != UPos.ADV) {
                return false;
            }
        }
        return true;
    }
}
