package org.sightline.extract.claims.internal.rules;

import java.util.Locale;
import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * Rule family "raising" (id {@code raising}): verbs of appearance ("seem", "appear", "look", "sound"; the
 * lexicon's {@code isRaisingVerb}) with a complement. The guidelines make them sourceless: the judgement is
 * nobody's in particular, and the subject is a content piece beside the complement ("[The plan] appears
 * [consistent with ...]", "[This] seemed [improbable]"). The complement of "seem" and "appear" is a
 * to-infinitive or an adjective, and "look" takes an adjective when its subject is a thing ("[The results]
 * look [OK]"; a person's look, "looked surprised", is a description); any of the four takes a "like" phrase
 * ("seems [like a point in his favour]") or a "like" clause, whose "like" joins the cue ("looks like [it's
 * coming to an end]"); an expletive subject joins the cue too ("It sounds like", "It seems [that ...]"). Without
 * such a complement the verb is no cue ("appeared in court", "looked surprised", "is looking to expand"). Runs
 * before the surface rules, which would take the subject as a source.
 */
final class RaisingRule extends VerbFamily {

    RaisingRule(RuleContext ctx) {
        super(ctx, "raising");
    }

    @Override
    boolean candidate(int i) {
        return CueLexicon.SHARED.isRaisingVerb(t.lemma(i)) && !reported(i);
    }

    /**
     * Whether verb {@code i} stands in the complement of a cue verb ("Critics said the plan seems
     * unworkable"): only the outermost attribution is marked, and that one is the later rules'.
     */
    private boolean reported(int i) {
        for (int c = i, p = t.head(i); p >= 0; c = p, p = t.head(p)) {
            DepRel r = t.deprel(c);
            if ((r.is(DepRel.CCOMP) || r == DepRel.XCOMP || r.is(DepRel.PARATAXIS)) && t.upos(p) == UPos.VERB
                    && ctx.parse.cueOf(p) != null) {
                return true;
            }
        }
        return false;
    }

    /** The expletive "it" of verb {@code i}, however the parser labels it ("It would seem that"), or -1. */
    private int expletive(int i) {
        int expl = tree.child(i, DepRel.EXPL);
        int nsubj = tree.child(i, DepRel.NSUBJ);
        return expl >= 0 ? expl : nsubj >= 0 && t.lemma(nsubj).equalsIgnoreCase("it") ? nsubj : -1;
    }

    /** Appearance verbs whose bare adjective judges a thing ("The design looks better"). */
    private static final Set<String> ADJECTIVE_LOOKS = WORDS.get("adjective-looks");
    /** Subordinators of a condition: "if the fish look pale". */
    private static final Set<String> CONDITION_MARKS = WORDS.get("condition-marks");

    /** Adverbs that grade a likeness: "seems [more] like", "looks [almost] like". */
    private static final Set<String> DEGREE = WORDS.get("degree-adverbs");

    /**
     * Whether only degree adverbs stand between verb {@code i} and its "like" at {@code mark}: they grade the
     * likeness; another adverb ("looked around like a tourist") or phrase ("looks to me like") is another structure.
     */
    private boolean degreeOnly(int i, int mark) {
        for (int x = i + 1; x < mark; x++) {
            // a degree adverb, whatever the parse hangs it as ("more/obj like"), or a degree word it hangs as one
            if (!DEGREE.contains(lower(x)) || t.upos(x) != UPos.ADV && !t.deprel(x).is(DepRel.ADVMOD)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether finite verb {@code i} has a subject before it that names a thing, not a person: no personal pronoun
     * ("you look tired", "they sounded upset") and no person or body the actor rules found ("Smith looked
     * relaxed"). A person's look is a description of them; a thing's look is a judgement of it. A relative
     * describes its noun ("a speaker that sounds as good as", "which may sound a bit sexy"), and so does a bare
     * participle ("watching the minister looking smug"); a verb as subject is a misparse ("Hope you enjoyed it. looks fine").
     * A look in a condition is a hypothesis, no judgement ("If the fish look pale, ...").
     */
    private boolean thingSubject(int i) {
        int nsubj = tree.child(i, DepRel.NSUBJ);
        if (nsubj < 0 || nsubj > i || DependencyCues.PERSONS.contains(lower(nsubj)) || t.upos(nsubj) == UPos.VERB
                || t.deprel(i) == DepRel.ACL_RELCL || !(finite(i) || tree.hasChild(i, DepRel.AUX))) {
            return false;
        }
        for (int c : tree.children(i)) {
            if (t.deprel(c).is(DepRel.MARK) && CONDITION_MARKS.contains(lower(c))) {
                return false;
            }
        }
        return !ctx.phrases.actorOrPerson(ctx.parse.phrase(nsubj));
    }

    /**
     * Whether an adjective conjoined to verb {@code i} follows its adjective {@code c}: a second complement the parser
     * hung on the verb ("appears weaker and thus more vulnerable to ..."), not a predicate of its own.
     */
    private boolean secondAdjective(int i, int c) {
        for (int d : tree.children(i)) {
            if (d > c && t.deprel(d).is(DepRel.CONJ) && t.upos(d) == UPos.ADJ && !tree.hasChild(d, DepRel.NSUBJ)) {
                return true;
            }
        }
        return false;
    }

    @Override
    Found read(int i, int first, int end) {
        int relSubject = tree.child(i, DepRel.NSUBJ);
        if (t.deprel(i) == DepRel.ACL_RELCL && !(relSubject >= 0 && t.upos(relSubject) == UPos.PRON
                && DependencyCues.RELATIVES.contains(t.lemma(relSubject).toLowerCase(Locale.ROOT)))) {
            return null; // "what it looks like to you": a description, not a judgement ("which seems to" is one)
        }
        String lemma = t.lemma(i);
        int cueEnd = i + 1;
        int[] complement = null;
        for (Dependent d : laterDependents(i)) {
            int c = d.c();
            DepRel r = d.rel();
            int mark = d.mark();
            String marker = d.marker();
            // "seem" and "appear" take an infinitive (the lexicon's TO frame) or an adjective; "look" and "sound"
            // with a bare adjective judge a thing ("The results look OK", "the design looks better") but describe a
            // person or a voice ("looked surprised", "you sound tired"), which the annotators leave out
            boolean seem = CueLexicon.takes(lemma, Frame.TO);
            // an adjective the parser makes an object is the same complement ("the Party appears weaker [obj]")
            boolean adjective = (r == DepRel.XCOMP || r.is(DepRel.OBJ)) && mark < 0 && t.upos(c) == UPos.ADJ;
            if (seem && (r == DepRel.XCOMP && marker.equals("to") || adjective)
                    || adjective && ADJECTIVE_LOOKS.contains(lemma.toLowerCase(Locale.ROOT)) && thingSubject(i)) {
                complement = ctx.parse.runOn(i, c, tree.subtreeBegin(c)); // "seem to be real", "appears consistent with"
                int conj = adjective ? ctx.parse.beforeConjoinedPredicate(i, c) : -1;
                if (conj > c && !secondAdjective(i, c)) {
                    complement[1] = Math.min(complement[1], conj); // "The results look OK, but the stock was down"
                }
            } else if (r.is(DepRel.OBL) && marker.equals("like") && tree.subtreeBegin(c) > i && degreeOnly(i, mark)) {
                // "seems like a devastating irony", "seems more like ...": "like" and a degree word stay in the content
                complement = ctx.parse.runOn(i, c, i + 1);
            } else if ((r.is(DepRel.ADVCL) || r.is(DepRel.CCOMP)) && marker.equals("like") && mark == i + 1
                    && tree.subject(c) > mark) {
                cueEnd = mark + 1; // "looks like it's coming to an end": "like" joins the cue
                complement = ctx.parse.runOn(i, c, mark + 1);
            } else if (r.is(DepRel.CCOMP) && seem && marker.equals("that") && expletive(i) >= 0) {
                complement = ctx.parse.runOn(i, c, tree.subtreeBegin(c)); // "It seems that ..."
            }
            if (complement != null) {
                break;
            }
        }
        if (complement == null || complement[0] >= complement[1] || !ctx.parse.free(complement)) {
            return null;
        }
        int cueFirst = ctx.parse.groupStart(i, first);
        int[] subject = null;
        int expl = tree.child(i, DepRel.EXPL);
        int nsubj = tree.child(i, DepRel.NSUBJ);
        if (expl < 0 && (cueEnd > i + 1 || complement[0] < n && lower(complement[0]).equals("that"))) {
            expl = expletive(i); // "It sounds like ...", "It would seem that ...": the parser reads "it" as the subject
        }
        if (expl >= 0) {
            if (expl != cueFirst - 1 || used[expl]) {
                return null;
            }
            cueFirst = expl;
        } else if (nsubj >= 0 && nsubj < i) {
            // up to the verb group: the parser often hangs a long subject's first words elsewhere
            subject = ctx.parse.beforeFinalPunct(ctx.parse.phrase(nsubj)[0], cueFirst);
        } else if (nsubj < 0 && t.deprel(i).is(DepRel.ACL) && t.head(i) < i) {
            // "Subsequent treatment with steroids seemed to ...": the parser hung the verb on the last noun
            int top = t.head(i);
            while (t.head(top) >= 0 && t.head(top) < i && t.upos(t.head(top)).isNominal() && t.deprel(top).is(DepRel.NMOD)) {
                top = t.head(top);
            }
            subject = new int[] {tree.subtreeBegin(top), cueFirst};
        } else {
            return null;
        }
        if (subject != null && (subject[0] < first || subject[1] > cueFirst || subject[0] >= subject[1] || !ctx.parse.free(subject))) {
            return null;
        }
        Found f = sourceless("raising", lemma, ClaimType.ASSESSMENT, cueFirst, cueEnd); // an appearance is a judgement, whoever makes it
        if (f == null) {
            return null;
        }
        if (subject != null) {
            f.content.add(subject);
        }
        f.content.add(complement);
        return f;
    }
}
