package org.sightline.nlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.DependencyTree;
import org.sightline.nlp.api.NlpModels;
import org.sightline.nlp.api.UPos;

/** The dependency parse through the public API: trees, relations and the helpers rules use. */
class SyntaxTest {

    private static AnnotatedText annotate(String text) {
        return NlpModels.shared().newAnnotator().annotate(text);
    }

    /** The first token with this text. */
    private static int token(AnnotatedText t, String word) {
        for (int i = 0; i < t.tokenCount(); i++) {
            if (t.token(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token '" + word + "' in " + t.text());
    }

    private static String words(AnnotatedText t, int from, int to) {
        return t.text().substring(t.tokenBegin(from), t.tokenEnd(to - 1));
    }

    @Test
    void aStatementWhoseVerbTheTaggerReadAsAPluralNounIsParsedWithIt() {
        // "calls" after a noun is tagged NNS; the sentence then has no verb (docs/nlp.md, v6: the noun read as the verb)
        AnnotatedText t = annotate("The agreement calls for a withdrawal of foreign troops.");
        int calls = token(t, "calls");
        assertEquals(UPos.VERB, t.upos(calls));
        assertEquals("VBZ", t.xpos(calls));
        assertEquals("call", t.lemma(calls));
        assertEquals("agreement", t.token(t.tree().subject(calls)));
        // a sentence with a verb of its own keeps its nouns
        AnnotatedText u = annotate("The agreement ended the calls for a withdrawal.");
        assertEquals(UPos.NOUN, u.upos(token(u, "calls")));
    }

    @Test
    void aClauseWhoseVerbTheTaggerReadAsANounIsParsedWithIt() {
        // docs/nlp.md, v8: "views" and "points" after a singular subject, in a clause with no finite verb
        AnnotatedText t = annotate("Unlike the mayor, the new council views its budget as a promise to voters.");
        int views = token(t, "views");
        assertEquals(UPos.VERB, t.upos(views));
        assertEquals("VBZ", t.xpos(views));
        assertEquals("view", t.lemma(views));
        assertEquals("council", t.token(t.tree().subject(views)));
        AnnotatedText p = annotate("In a note to clients, the senior economist points out that wages have stalled.");
        int points = token(p, "points");
        assertEquals(UPos.VERB, p.upos(points));
        assertEquals("economist", p.token(p.tree().subject(points)));
        // near misses: a noun with a clause and then its predicate after it, the object of a verb before it, a fronted phrase
        AnnotatedText r = annotate("Some 300 rifles the army bought may have been lost.");
        assertEquals(UPos.NOUN, r.upos(token(r, "rifles")));
        AnnotatedText u = annotate("Use whatever spare parts you have to fix it.");
        assertEquals(UPos.NOUN, u.upos(token(u, "parts")));
        AnnotatedText m = annotate("On the two maps he drew rivers in blue.");
        assertEquals(UPos.NOUN, m.upos(token(m, "maps")));
        // and where the noun before could be the verb too ("wear" NN): neither is guessed
        AnnotatedText w = annotate("Many of the workers wear gloves to protect their hands.");
        assertEquals(UPos.NOUN, w.upos(token(w, "gloves")));
        AnnotatedText y = annotate("Since 2019 reports that the dam was leaking have reached the agency.");
        assertEquals(UPos.NOUN, y.upos(token(y, "reports")));
    }

    @Test
    void aVerbAfterAPluralSubjectWithAModifierAgreesWithTheHeadNoun() {
        // docs/nlp.md, v9: the word before "show" is singular ("river", "year"), the subject's head plural
        AnnotatedText t = annotate("Samples from the river show that the water is clean.");
        int show = token(t, "show");
        assertEquals(UPos.VERB, t.upos(show));
        assertEquals("VBP", t.xpos(show));
        assertEquals("Samples", t.token(t.tree().subject(show)));
        // a participle the tagger read as a past tense becomes the participle of the subject's phrase
        AnnotatedText m = annotate("Maps published last year show that the border moved.");
        int shows = token(m, "show");
        assertEquals(UPos.VERB, m.upos(shows));
        assertEquals("Maps", m.token(m.tree().subject(shows)));
        assertEquals("VBN", m.xpos(token(m, "published")));
        // near misses: the noun phrase goes on to a verb of its own (after a relative clause too); a past tense that is
        // no participle
        AnnotatedText r = annotate("Sales of the car model this year rose.");
        assertEquals(UPos.NOUN, r.upos(token(r, "model")));
        AnnotatedText l = annotate("Reports from the lab staff that we hired were wrong.");
        assertEquals(UPos.NOUN, l.upos(token(l, "staff")));
        AnnotatedText g = annotate("The guards said on Friday night that the doors were locked.");
        assertEquals(UPos.NOUN, g.upos(token(g, "night")));
        assertEquals("VBD", g.xpos(token(g, "said")));
    }

    @Test
    void aClauseWithoutThatReadAsAnObjectAndAConjunctIsTheVerbsComplement() {
        // docs/nlp.md, v10: the parser makes "loss" the object of "found" and "exceeded" its conjunct with no "and"
        AnnotatedText t = annotate("The researchers found loss of farm income by 2030 exceeded 5% of current levels.");
        int found = token(t, "found");
        int exceeded = token(t, "exceeded");
        assertEquals(found, t.head(exceeded));
        assertEquals(DepRel.CCOMP, t.deprel(exceeded));
        assertEquals("loss", t.token(t.tree().subject(exceeded)));
        // the same as an open complement, with an object of its own
        AnnotatedText d = annotate("The inspectors found damage to the bridge exceeded earlier estimates.");
        int exceeds = token(d, "exceeded");
        assertEquals(DepRel.CCOMP, d.deprel(exceeds));
        assertEquals("damage", d.token(d.tree().subject(exceeds)));
        // a finite verb with its own subject made the object of "noted" is its complement clause
        AnnotatedText o = annotate("The panel noted the NHS trust owns and runs two clinics.");
        int owns = token(o, "owns");
        assertEquals(token(o, "noted"), o.head(owns));
        assertEquals(DepRel.CCOMP, o.deprel(owns));
        // near misses: a real conjunct with "and"; a participle as the open complement ("found the door locked")
        AnnotatedText c = annotate("The scientists found a reduction in yields and published it.");
        int published = token(c, "published");
        assertEquals(DepRel.CONJ, c.deprel(published));
        assertEquals(DepRel.OBJ, c.deprel(token(c, "reduction")));
        AnnotatedText l = annotate("The guards found the door locked.");
        assertEquals(DepRel.XCOMP, l.deprel(token(l, "locked")));
        assertEquals(DepRel.OBJ, l.deprel(token(l, "door")));
    }

    @Test
    void everySentenceOfTheSampleIsOneTreeAndItsCuesGetSubjectAndComplement() throws IOException {
        Path sample = sample();
        AnnotatedText t = annotate(Files.readString(sample));
        DependencyTree tree = t.tree();
        for (int s = 0; s < t.sentenceCount(); s++) {
            int root = tree.root(s);
            for (int k = t.sentenceFirstToken(s); k < t.sentenceEndToken(s); k++) {
                assertTrue(tree.dominates(root, k), "token " + k + " hangs below the root of sentence " + s);
                assertEquals(k == root, t.deprel(k) == DepRel.ROOT);
            }
        }
        // "Officials stressed that the United States will continue to:"
        int stressed = token(t, "stressed");
        assertEquals("Officials", t.token(tree.subject(stressed)));
        assertEquals("continue", t.token(tree.complement(stressed)));
        assertEquals(DepRel.CCOMP, t.deprel(tree.complement(stressed)));
        // "Despite official reassurances, some analysts warn that reducing the Pentagon’s visible role could
        // increase the risk of miscalculation by North Korea."
        int warn = token(t, "warn");
        int analysts = tree.subject(warn);
        assertEquals("some analysts", words(t, tree.subtreeBegin(analysts), tree.subtreeEnd(analysts)));
        assertEquals("increase", t.token(tree.complement(warn)));
        // "Others warned that any perceived reduction in deterrence could undermine decades of stability ..."
        int warned = token(t, "warned");
        assertEquals("Others", t.token(tree.subject(warned)));
        int undermine = tree.complement(warned);
        assertEquals("undermine", t.token(undermine));
        assertEquals("any perceived reduction in deterrence",
                words(t, tree.subtreeBegin(tree.subject(undermine)), tree.subtreeEnd(tree.subject(undermine))));
    }

    @Test
    void aStatementTheTaggerReadAsANounPhraseIsParsedAgainWithItsPastTense() {
        // the tagger gives "resigned" and "arrested" VBN, the parser then a noun root with a reduced relative
        // (docs/nlp.md, v6): the VBD/VBN step retags and parses again
        AnnotatedText t = annotate("The minister resigned on Friday. Police arrested two men. The man arrested on Friday was released.");
        DependencyTree tree = t.tree();
        int resigned = token(t, "resigned");
        assertEquals("VBD", t.xpos(resigned));
        assertEquals(DepRel.ROOT, t.deprel(resigned));
        assertEquals("minister", t.token(tree.subject(resigned)));
        int arrested = token(t, "arrested");
        assertEquals("VBD", t.xpos(arrested));
        assertEquals("Police", t.token(tree.subject(arrested)));
        assertEquals("men", t.token(tree.object(arrested)));
        // a participle with an auxiliary stays one
        assertEquals("VBN", t.xpos(token(t, "released")));
    }

    @Test
    void passiveAgentAndNegation() {
        AnnotatedText t = annotate("The plan was approved by the ministry. “We will not back down,” the minister said.");
        DependencyTree tree = t.tree();
        int approved = token(t, "approved");
        assertTrue(tree.isPassive(approved));
        assertEquals("plan", t.token(tree.subject(approved)));
        assertEquals(DepRel.NSUBJ_PASS, t.deprel(tree.subject(approved)));
        assertEquals("ministry", t.token(tree.agent(approved)));
        int said = token(t, "said");
        assertFalse(tree.isPassive(said));
        assertEquals("minister", t.token(tree.subject(said)));
        assertEquals("the minister", words(t, tree.subtreeBegin(tree.subject(said)), tree.subtreeEnd(tree.subject(said))));
        assertEquals(UPos.VERB, t.upos(said));
        assertEquals("VBD", t.xpos(said));
    }

    @Test
    void sharedSubjectOfConjoinedVerbs() {
        AnnotatedText t = annotate("Officials stressed the alliance and warned of miscalculation.");
        DependencyTree tree = t.tree();
        int warned = token(t, "warned");
        assertEquals(DepRel.CONJ, t.deprel(warned));
        assertEquals("Officials", t.token(tree.subject(warned)));
        assertEquals("alliance", t.token(tree.object(token(t, "stressed"))));
    }

    @Test
    void childrenAreInTextOrderAndMatchTheirHeads() {
        AnnotatedText t = annotate("South Korea's defense ministry said it would maintain its own readiness.");
        DependencyTree tree = t.tree();
        int kids = 0;
        for (int k = 0; k < t.tokenCount(); k++) {
            int prev = -1;
            for (int c : tree.children(k)) {
                assertEquals(k, t.head(c));
                assertTrue(c > prev);
                prev = c;
                kids++;
            }
        }
        assertEquals(t.tokenCount() - t.sentenceCount(), kids, "every token but the roots is someone's child");
        int said = token(t, "said");
        assertEquals("ministry", t.token(tree.subject(said)));
        assertEquals("maintain", t.token(tree.complement(said)));
        assertTrue(tree.hasChild(token(t, "ministry"), DepRel.NMOD), "Korea's: nmod:poss counts as nmod");
    }

    @Test
    void relationAndTagNamesRoundTrip() {
        for (DepRel r : DepRel.values()) {
            assertEquals(r, DepRel.of(r.label()));
        }
        assertEquals(DepRel.NSUBJ, DepRel.NSUBJ_PASS.universal());
        assertEquals(DepRel.OBL, DepRel.of("obl:unknownsubtype"));
        assertEquals(DepRel.DEP, DepRel.of("nonsense"));
        assertEquals(UPos.PROPN, UPos.of("PROPN"));
        assertEquals(UPos.X, UPos.of("NN"));
    }

    private static Path sample() {
        return org.sightline.testing.SharedFiles.resolve(org.sightline.testing.SharedFiles.SAMPLE_ARTICLE);
    }
}
