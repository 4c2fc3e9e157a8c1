package org.sightline.nlp.internal.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.nlp.internal.SyntaxModels;
import org.sightline.nlp.internal.conllu.Conllu;
import org.sightline.nlp.internal.conllu.UdSentence;
import org.sightline.nlp.internal.learn.LinearModel;

/**
 * The parser's fast path (one-word and label features looked up once, two-pass table reads, inline
 * and dense weights, validity per kind of transition; docs/nlp.md, session 14) against the path the model was
 * trained with: at every transition of the dev slice the same scores, bit for bit, and the same choice;
 * a transition the fast path leaves unscored ({@link ArcEager#only}) is the one the scores choose, and where
 * it skips the LEFT classes (the stack top has its head) the other scores are the same.
 */
class FastParseTest {

    private static List<UdSentence> devSlice() throws IOException {
        InputStream in = FastParseTest.class.getResourceAsStream("/org/sightline/nlp/tests/data/en_ewt-ud-dev-first200.conllu");
        assertNotNull(in, "test resource data/en_ewt-ud-dev-first200.conllu missing");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Conllu.read(r, "en_ewt-ud-dev-first200.conllu");
        }
    }

    @Test
    void fastScoresEqualTheTrainedFeaturesAtEveryTransition() throws IOException {
        DependencyParser parser = SyntaxModels.parser();
        LinearModel model = parser.model();
        ArcEager system = parser.system();
        long[] labelSpans = ParserFeatures.labelKeys(system.labels);
        model.lookup(labelSpans, labelSpans.length);
        int transitions = 0;
        int forced = 0;
        int partials = 0;
        assertEquals(true, model.classOrdered(), "the parser's weights are in class order, so LEFT classes can be skipped");
        for (UdSentence u : devSlice()) {
            int n = u.size();
            ParserFeatures.Atoms a = DependencyParser.atoms(u.forms(), u.upos(), u.xpos(), n);
            long[] words = ParserFeatures.wordKeys(a, n);
            model.lookup(words, words.length);
            ArcEager.State s = new ArcEager.State(n);
            long[] keys = new long[ParserFeatures.MAX];
            long[] spans = new long[ParserFeatures.MAX];
            long[] scratch = new long[ParserFeatures.KEYED.length];
            float[] reference = new float[system.transitions()];
            float[] fast = new float[system.transitions()];
            float[] partial = new float[system.transitions()];
            while (!s.terminal()) {
                int k = ParserFeatures.extract(s, a, keys);
                model.score(keys, k, reference);
                assertEquals(k, ParserFeatures.extractSpans(s, a, words, labelSpans, spans));
                model.lookup(spans, ParserFeatures.KEYED, scratch);
                assertArrayEquals(keys, spans, "weight spans differ");
                model.add(spans, k, fast);
                for (int t = 0; t < fast.length; t++) {
                    assertEquals(Float.floatToRawIntBits(reference[t]), Float.floatToRawIntBits(fast[t]), "score " + t);
                }
                int best = parser.bestValidReference(s, reference);
                assertEquals(best, parser.bestValid(s, fast));
                // with the stack top's head set, the fast path skips the LEFT classes: the others sum the same
                int s0 = s.stack(0);
                if (s0 >= 0 && s.head[s0] >= 0 && s.front < s.n) {
                    int from = system.left(0);
                    int to = from + system.labels;
                    model.add(spans, k, partial, from, to);
                    for (int t = 0; t < fast.length; t++) {
                        if (t < from || t >= to) {
                            assertEquals(Float.floatToRawIntBits(reference[t]), Float.floatToRawIntBits(partial[t]), "partial score " + t);
                        } else {
                            assertEquals(false, system.valid(s, t), "skipped transition " + t + " is valid");
                        }
                    }
                    partials++;
                }
                // a transition the fast path does not score must be the one the scores choose
                int only = system.only(s);
                if (only >= 0) {
                    assertEquals(best, only, "the only valid transition");
                    forced++;
                }
                system.apply(s, best);
                transitions++;
            }
            int[] heads = new int[n];
            int[] rels = new int[n];
            int[] heads2 = new int[n];
            int[] rels2 = new int[n];
            parser.parse(u.forms(), u.upos(), u.xpos(), n, heads, rels);
            parser.parseReference(u.forms(), u.upos(), u.xpos(), n, heads2, rels2);
            assertArrayEquals(heads2, heads);
            assertArrayEquals(rels2, rels);
        }
        assertEquals(true, transitions > 7000, "transitions " + transitions);
        // both kinds occur: some transitions are forced, most are chosen
        assertEquals(true, forced > 0 && forced < transitions / 2, "forced " + forced + " of " + transitions);
        assertEquals(true, partials > 0, "no transition with the stack top's head set");
        System.out.println("FastParseTest: " + forced + " of " + transitions + " transitions without choice, "
                + partials + " scored without the LEFT classes");
    }
}
