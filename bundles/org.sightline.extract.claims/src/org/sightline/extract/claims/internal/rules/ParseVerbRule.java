package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.sightline.nlp.api.UPos;

/**
 * Cue verbs the surface families left, on the dependency parse ({@link DependencyCues#read}):
 * {@code parse-verb} (active verb, source = its subject, content = its complement by the lexicon's frames)
 * and {@code parse-passive} (a passive with a that-clause or a by-agent; "are widely seen as" labels). The
 * {@code quoted-saying} ("was quoted as saying that": {@link DependencyCues#quotedSaying}). The
 * verbs of a sentence are taken outermost first (by depth in the tree), so a cue inside an attribution's
 * content is never taken before the attribution that contains it.
 */
final class ParseVerbRule extends RuleFamily {

    ParseVerbRule(RuleContext ctx) {
        super(ctx, "parse-verb", "parse-passive", "quoted-saying");
    }

    @Override
    public void apply(int s) {
        int first = clauseFirst(s);
        int end = t.sentenceEndToken(s);
        List<Integer> verbs = new ArrayList<>();
        for (int i = first; i < end; i++) {
            if (!used[i] && t.upos(i) == UPos.VERB && ctx.parse.cueOf(i) != null) {
                verbs.add(i);
            }
        }
        verbs.sort((a, b) -> Integer.compare(ctx.parse.depth(a), ctx.parse.depth(b)));
        for (int i : verbs) {
            if (used[i]) {
                continue;
            }
            Found f = ctx.parse.read(i, first, end);
            if (f != null) {
                ctx.contents.endAtRelativeClause(f);
                add(f);
            }
        }
    }
}
