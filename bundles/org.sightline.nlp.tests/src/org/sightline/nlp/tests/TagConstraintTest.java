package org.sightline.nlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sightline.nlp.internal.SyntaxModels;
import org.sightline.nlp.internal.conllu.Conllu;
import org.sightline.nlp.internal.tagger.PerceptronTagger;
import org.sightline.nlp.internal.tagger.TagConstraint;
import org.sightline.nlp.internal.tagger.TagConstraint.Mode;
import org.sightline.nlp.internal.tagger.TaggerTrainer;
import org.sightline.testing.SharedFiles;

/** The tagger's decoding constraint (docs/nlp.md, v5): its word lists, real words, bad input. */
class TagConstraintTest {

    private static final PerceptronTagger TAGGER = SyntaxModels.tagger(Mode.NONE);

    private static boolean allows(Mode mode, String sentence, int i, String upos, String xpos) {
        return TagConstraint.shipped(mode, TAGGER).allows(sentence.split(" "), i, upos, xpos);
    }

    @Test
    void shippedClosedWordsAreTheirDerivationFromEwtTrain() throws IOException {
        // skipped, with a line saying so, where the treebank (kept outside the repository) is absent
        Path train = SharedFiles.resolve(DeriveClosedWords.TRAIN);
        Path shipped = SharedFiles.repository("bundles/org.sightline.nlp").resolve(DeriveClosedWords.RESOURCE);
        assertEquals(Files.readString(shipped, StandardCharsets.UTF_8), DeriveClosedWords.derive(Conllu.read(train)),
                TagConstraint.CLOSED_RESOURCE + " differs from its derivation: rerun DeriveClosedWords (docs/nlp.md)");
    }

    @Test
    void closedClassesOnlyForWordsEwtGivesThem() {
        assertFalse(allows(Mode.CLOSED, "Boeing confirmed that its approach works", 0, "AUX", "VBG"));
        assertTrue(allows(Mode.CLOSED, "Boeing confirmed that its approach works", 0, "PROPN", "NNP"));
        assertFalse(allows(Mode.CLOSED, "Xi met the delegation", 0, "PRON", "PRP"));
        assertFalse(allows(Mode.CLOSED, "Beijing reacted with ire", 3, "PRON", "PRP"));
        assertFalse(allows(Mode.CLOSED, "a witness said", 1, "SCONJ", "IN"));
        String that = "officials said that the plan works";
        assertTrue(allows(Mode.CLOSED, that, 2, "SCONJ", "IN"));
        assertTrue(allows(Mode.CLOSED, that, 2, "DET", "DT"));
        assertTrue(allows(Mode.CLOSED, that, 2, "PRON", "WDT"));
        // typographic apostrophe: "’s" is looked up as "'s"
        assertTrue(allows(Mode.CLOSED, "it ’s over", 1, "AUX", "VBZ"));
        assertEquals("it's", TagConstraint.normalise("It’s"));
        // the closed restriction leaves open classes alone
        assertTrue(allows(Mode.CLOSED, "The senator opposes raising the age", 2, "NOUN", "NNS"));
    }

    @Test
    void openClassesOnlyAsWordNetKnowsTheWord() {
        String opposes = "The senator opposes raising the age";
        assertFalse(allows(Mode.OPEN, opposes, 2, "NOUN", "NNS"), "opposes is only a verb -s form");
        assertTrue(allows(Mode.OPEN, opposes, 2, "VERB", "VBZ"));
        assertFalse(allows(Mode.OPEN, "the police deny accusations", 2, "ADJ", "JJ"));
        assertTrue(allows(Mode.OPEN, "the police deny accusations", 2, "VERB", "VBP"));
        // what WordNet allows both ways stays the model's choice
        assertTrue(allows(Mode.OPEN, "The group supports expanding it", 2, "NOUN", "NNS"));
        assertTrue(allows(Mode.OPEN, "The group supports expanding it", 2, "VERB", "VBZ"));
        assertTrue(allows(Mode.OPEN, "The mayor proposed raising the tax", 2, "VERB", "VBD"));
        assertTrue(allows(Mode.OPEN, "The mayor proposed raising the tax", 2, "VERB", "VBN"));
        // gerunds as nouns, participles as adjectives, auxiliaries as verbs
        assertTrue(allows(Mode.OPEN, "the funding ended", 1, "NOUN", "NN"));
        assertTrue(allows(Mode.OPEN, "officials were concerned", 2, "ADJ", "JJ"));
        assertTrue(allows(Mode.OPEN, "there are reasons", 1, "VERB", "VBP"));
        // a capitalised word after the first is free (a name); an unknown capitalised word is no verb
        assertTrue(allows(Mode.OPEN, "The Opposes band", 1, "NOUN", "NNS"));
        assertFalse(allows(Mode.OPEN, "Beachbody reported a loss", 0, "VERB", "VBD"));
        assertTrue(allows(Mode.OPEN, "Beachbody reported a loss", 0, "PROPN", "NNP"));
        assertTrue(allows(Mode.OPEN, "they beachbodied", 1, "VERB", "VBD"));
        // closed classes are the other restriction's
        assertTrue(allows(Mode.OPEN, "Boeing confirmed it", 0, "AUX", "VBG"));
        assertFalse(allows(Mode.BOTH, "Boeing confirmed it", 0, "AUX", "VBG"));
        assertFalse(allows(Mode.BOTH, "Boeing confirmed it", 0, "VERB", "VBG"));
    }

    @Test
    void theTaggerTakesTheBestAllowedClass() {
        PerceptronTagger both = TAGGER.constrained(Mode.BOTH);
        assertEquals(Mode.BOTH, both.constraint());
        String[] words = "The senator opposes raising the retirement age .".split(" ");
        assertEquals("VBZ", TaggerTrainer.tag(both, words)[1][2]);
        assertEquals(Mode.NONE, TAGGER.constraint());
    }

    @Test
    void badInputIsNamed() {
        IOException e = assertThrows(IOException.class, () -> TagConstraint.ClosedWords.read(stream("# c\nthe\tDET\nthe\tDET\n"), "c.txt"));
        assertEquals("c.txt line 3: 'the' listed twice", e.getMessage());
        e = assertThrows(IOException.class, () -> TagConstraint.ClosedWords.read(stream("the\tNOUN\n"), "c.txt"));
        assertEquals("c.txt line 1: 'NOUN' is no closed-class UPOS (known: ADP AUX CCONJ DET PART PRON SCONJ)", e.getMessage());
        e = assertThrows(IOException.class, () -> TagConstraint.ClosedWords.read(stream("The\tDET\n"), "c.txt"));
        assertEquals("c.txt line 1: 'The' is not lower-cased and normalised", e.getMessage());
        e = assertThrows(IOException.class, () -> TagConstraint.ClosedWords.read(stream("the DET\n"), "c.txt"));
        assertEquals("c.txt line 1: expected a word, a tab and UPOS tags, got 'the DET'", e.getMessage());
        e = assertThrows(IOException.class, () -> TagConstraint.readOpenRules(stream("NOUN NN n\nVERB VB q\n"), "r.txt"));
        assertEquals("r.txt line 2: unknown class 'q' (known: n ns np v vz vd vg j jr js r rr *n *v *j *r)", e.getMessage());
        e = assertThrows(IOException.class, () -> TagConstraint.readOpenRules(stream("NOUN NN\n"), "r.txt"));
        assertEquals("r.txt line 1: expected UPOS XPOS and WordNet classes, got 'NOUN NN'", e.getMessage());
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> Mode.parse("all", "--constraint"));
        assertEquals("--constraint: unknown tag constraint 'all' (known: none, closed, open, both)", m.getMessage());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
