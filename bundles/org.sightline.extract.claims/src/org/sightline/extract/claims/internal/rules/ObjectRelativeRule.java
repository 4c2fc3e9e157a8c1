package org.sightline.extract.claims.internal.rules;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * {@code object-relative}: a cue verb in a relative clause whose object is the noun the clause modifies: the
 * relative clause's subject is the source. Two forms:
 * <ul>
 * <li>with an "as" label: the relative pronoun and the label are the content ("a move [which] many analysts saw
 * as [a retreat]", "the bonus, [which] the investor blasted as [wrong]"); any cue verb, as in "seen as";</li>
 * <li>without: the modified noun phrase (with its relative word) is the content ("[the figure] the senator
 * cited", "[a payout that] the investor blasted"), where the cue takes that noun as a noun-phrase content in the active
 * ({@link DependencyCues#takesNounPhrase}).</li>
 * </ul>
 * Runs after the parse verbs, on what they left (a relative with a clause of its own is theirs).
 */
final class ObjectRelativeRule extends VerbFamily {

    ObjectRelativeRule(RuleContext ctx) {
        super(ctx, "object-relative");
    }

    @Override
    boolean candidate(int i) {
        int h = antecedent(i);
        return h >= 0 && h < i && t.upos(h).isNominal() && !tree.isPassive(i);
    }

    /**
     * The noun relative clause {@code i} modifies, or -1: its head, or, where a parser hangs the clause on the verb
     * ("based on Blue Moon, which the founder announced"/advcl:relcl on "based"), the noun before its relative word.
     */
    private int antecedent(int i) {
        if (t.deprel(i).is(DepRel.ACL)) {
            return t.head(i);
        }
        int r = tree.subtreeBegin(i);
        while (r < i && t.upos(r) == UPos.PUNCT) {
            r++;
        }
        if (t.deprel(i) != DepRel.ADVCL_RELCL || t.upos(r) != UPos.PRON || !DependencyCues.RELATIVES.contains(lower(r))) {
            return -1;
        }
        int x = r > 0 && t.token(r - 1).equals(",") ? r - 2 : r - 1;
        return x >= 0 ? x : -1;
    }

    @Override
    Found read(int i, int first, int end) {
        Cue cue = ctx.parse.cueOf(i);
        int subject = tree.child(i, DepRel.NSUBJ);
        int h = antecedent(i);
        int fronted = frontedRelative(i);
        if (fronted >= 0) {
            subject = h; // "which [the investor] blasted as wrong" read as a participle on the noun: the noun is its subject
            h = fronted;
        }
        int named = ctx.parse.namedLabel(i, cue);
        if (cue == null || subject < 0 || subject > i || subject < h || tree.hasChild(i, DepRel.CCOMP)
                || tree.hasChild(i, DepRel.XCOMP) && named < 0 || DependencyCues.RELATIVES.contains(lower(subject))
                || !ctx.parse.canSay(subject, cue.cueClass())) {
            return null;
        }
        // the relative word, if any, stands before the subject: the object "which", or "that" read as a mark
        int relative = fronted;
        for (int c : tree.children(i)) {
            if (c > h && c < subject && DependencyCues.RELATIVES.contains(lower(c))
                    && (t.deprel(c) == DepRel.OBJ || t.deprel(c).is(DepRel.MARK))) {
                relative = c;
            }
        }
        int obj = tree.object(i);
        if (obj >= 0 && obj != relative) {
            return null; // "the report the agency sent to Congress" has its own object: not about the noun
        }
        int[] src = ctx.parse.phraseBefore(subject, i); // not the cue hung on it (fronted)
        int cueFirst = ctx.parse.groupStart(i, src[1]);
        int as = ctx.parse.asPhrase(i);
        Found f;
        if (named > i && relative >= 0) {
            // "resistance [that] some have called [the “Belfastisation” of the city]": a label without "as"
            int[] label = ctx.parse.phrase(named);
            if (!ctx.parse.free(label) || !ctx.parse.free(new int[] {relative, relative + 1})) {
                return null;
            }
            f = sourceless("object-relative", cue.lemma(), ClaimType.valueOf(cue.type()), cueFirst, i + 1);
            if (f == null) {
                return null;
            }
            f.content.add(new int[] {relative, relative + 1});
            f.content.add(label);
        } else if (as > i && relative >= 0) {
            int[] label = {tree.subtreeBegin(as) + 1, ctx.parse.phrase(as)[1]};
            if (label[0] >= label[1] || !ctx.parse.free(label) || !ctx.parse.free(new int[] {relative, relative + 1})) {
                return null;
            }
            f = sourceless("object-relative", cue.lemma(), ClaimType.valueOf(cue.type()), cueFirst, tree.subtreeBegin(as) + 1);
            if (f == null || !ctx.parse.free(new int[] {i + 1, tree.subtreeBegin(as)})) {
                return null;
            }
            f.content.add(new int[] {relative, relative + 1});
            f.content.add(label);
        } else if (as < 0 && fronted < 0 && ctx.parse.takesNounPhrase(cue, h)) {
            // the noun phrase with its relative word ("[a payout that] the investor blasted"), without the
            // preposition that governs it ("less than [the figure]")
            int[] noun = {ctx.parse.nounStart(h), relative >= 0 ? relative + 1 : src[0]};
            noun = ctx.parse.beforeFinalPunct(noun[0], noun[1]);
            for (int x = noun[0]; x < noun[1]; x++) {
                if (t.upos(x) == UPos.VERB || t.upos(x) == UPos.AUX) {
                    return null; // the noun phrase must stand alone, not a clause the parser hung on it
                }
            }
            if (noun[0] < first || noun[0] >= noun[1] || !ctx.parse.free(noun)) {
                return null;
            }
            f = sourceless("object-relative", cue.lemma(), ClaimType.valueOf(cue.type()), cueFirst, i + 1);
            if (f == null) {
                return null;
            }
            f.content.add(noun);
        } else {
            return null;
        }
        if (!ctx.parse.free(src)) {
            return null;
        }
        f.srcFirst = src[0];
        f.srcEnd = src[1];
        return f;
    }

    /**
     * The relative pronoun right before the noun phrase that participle {@code i} (no subject of its own) modifies, or -1:
     * a parser reads the object relative "which the investor blasted as wrong" so, with "which" hung elsewhere.
     */
    private int frontedRelative(int i) {
        int h = t.head(i);
        int b = t.deprel(i) == DepRel.ACL && tree.child(i, DepRel.NSUBJ) < 0 ? ctx.parse.nounStart(h) - 1 : -1;
        return b >= 0 && t.upos(b) == UPos.PRON && DependencyCues.RELATIVES.contains(lower(b)) && t.head(b) != i
                && !tree.hasChild(i, DepRel.OBJ) ? b : -1;
    }
}
