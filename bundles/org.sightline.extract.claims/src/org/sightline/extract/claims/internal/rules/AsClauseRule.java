package org.sightline.extract.claims.internal.rules;

import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * {@code as-clause}: a reporting clause opened by "as" that attributes the clause it modifies ("As the
 * minister put it, the talks are over", "The budget, as the minister explained, is balanced", "Prices will
 * rise, as the bank warned"): the source is the as-clause's subject (or a passive's agent: "as defined by the
 * agency"), the content the modified clause on both sides of the as-clause. Only a cue that reports a
 * clause (that-clause or quote frame) and has no complement of its own ("put it", "know it" at most), so a
 * temporal "as" with an object ("as she announced her resignation, ...") stays out. Runs before the surface
 * verb cues, so the outer attribution takes its content before a cue inside it does.
 */
final class AsClauseRule extends VerbFamily {

    /** Verbs that report only with "as" and "it" ("as Gaiman put it"): not lexicon cues on their own. */
    private static final Set<String> AS_PUT = WORDS.get("as-put");

    AsClauseRule(RuleContext ctx) {
        super(ctx, "as-clause");
    }

    @Override
    boolean candidate(int i) {
        int mark = tree.child(i, DepRel.MARK);
        return mark >= 0 && mark < i && lower(mark).equals("as") && t.deprel(i).is(DepRel.ADVCL) && t.head(i) >= 0;
    }

    @Override
    Found read(int i, int first, int end) {
        int mark = tree.child(i, DepRel.MARK);
        int obj = tree.object(i);
        Cue cue = ctx.parse.cueOf(i);
        boolean put = AS_PUT.contains(t.lemma(i)) && obj == i + 1 && lower(obj).equals("it");
        if (!put && (cue == null || !(cue.takes(Frame.THAT) || cue.takes(Frame.QUOTE))
                || obj >= 0 && !(obj == i + 1 && t.upos(obj) == UPos.PRON && lower(obj).equals("it")))) {
            return null; // "as she announced her resignation": a time, not a report
        }
        if (tree.hasChild(i, DepRel.CCOMP) || tree.hasChild(i, DepRel.XCOMP)) {
            return null;
        }
        if (ctx.parse.comparison(mark, first)) {
            return null; // "the same work as I have described", "as good as I remember": a comparison, not a report
        }
        int cueFirst = ctx.parse.groupStart(i, mark + 1);
        int cueEnd = obj == i + 1 ? obj + 1 : i + 1;
        // the parser sometimes hangs the main clause's subject on the as-clause ("The budget, as X explained, is
        // balanced"): only a subject after "as" is the as-clause's own
        int subject = -1;
        for (int c : tree.children(i)) {
            if (c > mark && c < i && t.deprel(c).is(DepRel.NSUBJ) && t.deprel(c) != DepRel.NSUBJ_PASS) {
                subject = c;
                break;
            }
        }
        int[] src;
        if (subject >= 0) {
            if (!ctx.parse.canSay(subject, put ? CueClass.SPEECH : cue.cueClass())) {
                return null;
            }
            src = ctx.parse.phrase(subject);
        } else {
            int agent = tree.agent(i);
            if (agent < 0 || put) {
                return null; // "as expected": no one named
            }
            // a named holder or document, not an event offered as evidence ("as demonstrated by his departure")
            if (!ctx.parse.canSay(agent, cue.cueClass() == CueClass.EVIDENCE ? CueClass.SPEECH : cue.cueClass())) {
                return null;
            }
            src = ctx.parse.agentPhrase(agent);
            cueEnd = Math.max(cueEnd, src[0]); // "as reported by": the preposition joins the cue
        }
        // the modified clause, without the as-clause and the commas around it
        int h = t.head(i);
        int clauseBegin = Math.max(first, Math.min(tree.subtreeBegin(h), tree.subtreeBegin(i)));
        int clauseEnd = Math.min(end, tree.subtreeEnd(h));
        int asEnd = tree.subtreeEnd(i);
        int asBegin = mark;
        if (mark >= first + 2 && lower(mark - 1).equals("far") && lower(mark - 2).equals("as")) {
            // the hedge "as far as I know" qualifies the whole sentence (the parser hangs it anywhere); "as far" is no content
            asBegin = mark - 2;
            clauseBegin = first;
            clauseEnd = end;
        }
        int[] before = trimmed(clauseBegin, asBegin);
        for (int x = asEnd; x < clauseEnd; x++) {
            if (t.token(x).equals("(")) {
                clauseEnd = x; // an aside in brackets is the author's
                break;
            }
        }
        int[] after = trimmed(asEnd, clauseEnd);
        if (before[0] >= before[1] && after[0] >= after[1]) {
            return null;
        }
        if (src[0] >= src[1] || !ctx.parse.free(src) || !ctx.parse.free(before) || !ctx.parse.free(after)) {
            return null;
        }
        Found f = sourceless("as-clause", put ? "put" : cue.lemma(), put ? ClaimType.STATEMENT : ClaimType.valueOf(cue.type()),
                cueFirst, cueEnd);
        if (f == null) {
            return null;
        }
        f.srcFirst = src[0];
        f.srcEnd = src[1];
        if (before[0] < before[1]) {
            f.content.add(before);
        }
        if (after[0] < after[1]) {
            f.content.add(after);
        }
        return f;
    }

    /** [b, e) without punctuation (other than quotes) and connectives at its edges. */
    private int[] trimmed(int b, int e) {
        while (b < e && (t.upos(b) == UPos.PUNCT && !Quotes.isQuote(t.token(b)) || CONNECTIVES.contains(lower(b)))) {
            b++;
        }
        while (e > b && t.upos(e - 1) == UPos.PUNCT && !Quotes.isQuote(t.token(e - 1))) {
            e--;
        }
        return new int[] {b, e};
    }
}
