package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.UPos;

/**
 * {@code learned-cue}: a token the hand rules left that the learned scorer ({@link LearnedCues}) rates a cue
 * at the threshold or above. A verb or a predicative adjective is read on the parse as {@code parse-verb}
 * reads a lexicon cue ({@link DependencyCues#read}: source = subject or agent, content = the complement), with
 * every frame open, since the scorer vouches for the token; a noun as {@code noun-cue} reads one
 * ({@link NounCueRule}). Adverbs have no reading here, so they are never scored. Candidates of a
 * sentence are scored first, then read outermost first, as {@code parse-verb} does.
 */
final class LearnedCueRule extends RuleFamily {

    /** The origin of the cue entry that stands for the scorer's judgement. */
    static final String ORIGIN = "learned";
    private static final Set<Frame> ALL_FRAMES = Set.of(Frame.values());

    private final LearnedCues model;
    private final double threshold;
    private CueFeatures features;
    private NounCueRule nouns;

    LearnedCueRule(RuleContext ctx) {
        super(ctx, "learned-cue");
        this.model = ctx.learned;
        this.threshold = ctx.threshold;
    }

    @Override
    public void apply(int s) {
        if (model == null) {
            return;
        }
        List<Integer> taken = new ArrayList<>();
        for (int i = t.sentenceFirstToken(s); i < t.sentenceEndToken(s); i++) {
            if (!used[i] && CueFeatures.candidate(t.upos(i))) {
                Found f = reading(i, s); // scored with the claim it would make: the events it was trained on
                if (f != null && model.probability(features.of(i, s, f)) >= threshold) {
                    taken.add(i);
                }
            }
        }
        taken.sort((a, b) -> Integer.compare(ctx.parse.depth(a), ctx.parse.depth(b)));
        for (int i : taken) {
            Found f = used[i] ? null : reading(i, s); // read again: an outer one taken first may have used its tokens
            if (f != null) {
                add(f);
            }
        }
    }

    /** The features of candidate {@code i} of sentence {@code s}, with those of its reading {@code f} (null: none). */
    String[] features(int i, int s, Found f) {
        init();
        return features.of(i, s, f);
    }

    private void init() {
        if (features == null) {
            features = ctx.cueFeatures();
            nouns = new NounCueRule(ctx);
        }
    }

    /** The claim {@code learned-cue} would make of token {@code i} in sentence {@code s}, or null (not added). */
    Found reading(int i, int s) {
        init();
        if (used[i] || !(t.upos(i) == UPos.VERB || t.upos(i) == UPos.ADJ || t.upos(i) == UPos.NOUN)) {
            return null;
        }
        Found f = read(i, s, clauseFirst(s), t.sentenceEndToken(s));
        if (f != null) {
            f.rule = "learned-cue";
        }
        return f;
    }

    private Found read(int i, int s, int first, int end) {
        Cue lexicon = features.lexiconEntry(i);
        String type = lexicon == null ? ClaimType.STATEMENT.name() : lexicon.type();
        if (t.upos(i) == UPos.NOUN) {
            return nouns.read(i, ClaimType.valueOf(type), s, first, trimEnd(s, end));
        }
        List<String> particles = lexicon == null ? List.of() : lexicon.particles();
        Cue cue = new Cue(t.lemma(i).toLowerCase(Locale.ROOT), t.upos(i) == UPos.VERB ? Cue.Kind.VERB : Cue.Kind.ADJECTIVE,
                lexicon == null ? CueClass.SPEECH : lexicon.cueClass(), type, ALL_FRAMES, particles, ORIGIN);
        return ctx.parse.read(i, cue, first, end);
    }
}
