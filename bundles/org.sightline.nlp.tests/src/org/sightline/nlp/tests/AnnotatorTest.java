package org.sightline.nlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.NlpModels;
import org.sightline.testing.SharedFiles;

class AnnotatorTest {

    @Test
    void offsetsPointIntoTheOriginalSampleText() throws IOException {
        String text = Files.readString(SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE));
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        assertTrue(t.tokenCount() > 900, "tokens: " + t.tokenCount());
        for (int i = 0; i < t.tokenCount(); i++) {
            assertEquals(text.substring(t.tokenBegin(i), t.tokenEnd(i)), t.token(i));
        }
        // every line is at least one sentence: headings and list items stand alone
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        assertTrue(t.sentenceCount() >= lines, t.sentenceCount() + " sentences for " + lines + " lines");
    }

    @Test
    void titlesAndInitialsDoNotEndSentencesAndPossessivesSplit() {
        String text = "Gen. Joseph L. Votel, commander of U.S. Central Command, said the Pentagon’s plan works. "
                + "It was approved.";
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        assertEquals(2, t.sentenceCount());
        assertEquals(0, t.sentenceBegin(0));
        boolean possessive = t.tokens().stream().anyMatch(k -> k.text().equals("’s") && k.pos().equals("PART"));
        assertTrue(possessive, "’s split off and tagged PART");
        assertTrue(t.tokens().stream().anyMatch(k -> k.text().equals("said") && k.lemma().equals("say")));
    }

    @Test
    void aTitleKeepsItsDotAndTheNameAfterItIsAProperNoun() {
        String text = "Rep. Ann Lee and Sgt. Maj. Bo Li met Sens. Cy Vance and Dot Ray. It was No. 4 on the list. He said no.";
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        assertEquals(3, t.sentenceCount(), "no break after a plural title; \"no.\" ends the last sentence");
        for (String title : new String[] {"Rep.", "Sgt.", "Maj.", "Sens.", "No."}) {
            assertTrue(t.tokens().stream().anyMatch(k -> k.text().equals(title)), title + " is one token");
        }
        assertTrue(t.tokens().stream().anyMatch(k -> k.text().equals("Rep.") && k.pos().equals("PROPN")), "Rep. is PROPN");
        assertTrue(t.tokens().stream().anyMatch(k -> k.text().equals("Ann") && k.pos().equals("PROPN")));
        assertEquals(".", t.token(t.sentenceEndToken(2) - 1), "the full stop after \"no\" is its own token");
    }

    @Test
    void aClosingQuoteAfterAWordStandsAlone() {
        // the tokenizer model kept "Ascom”" whole before a comma, leaving the quotation unclosed
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate("“We are delighted with Ascom”, adds Olivier Bosc.");
        assertTrue(t.tokens().stream().anyMatch(k -> k.text().equals("Ascom")), "Ascom without its quote");
        assertTrue(t.tokens().stream().anyMatch(k -> k.text().equals("”")), "the closing quote is a token");
        // a closing single quote after a letter is the apostrophe of a plural possessive and stays with its word
        AnnotatedText u = NlpModels.shared().newAnnotator().annotate("The soldiers’ families, the Marines’ own, said so.");
        assertTrue(u.tokens().stream().anyMatch(k -> k.text().equals("soldiers’")), u.tokens().toString());
    }

    @Test
    void doubledQuoteMarksAreOneToken() {
        // some publishers (and Penn Treebank text) write '' and `` for double quotes; the tokenizer model split "''We" in two
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate("''We will not back down,'' the governor said. ``Never.''");
        assertEquals(List.of("''", "We", "will", "not", "back", "down", ",", "''", "the", "governor", "said", ".", "``", "Never", ".", "''"),
                t.tokens().stream().map(k -> k.text()).toList());
        // a single straight quote stays one mark
        assertTrue(NlpModels.shared().newAnnotator().annotate("He called it 'fine'.").tokens().stream().anyMatch(k -> k.text().equals("'")));
    }

    @Test
    void aPartyAndStateTagKeepsItsDot() {
        // "(R-Ga.)": the tokenizer model split the dot off, which read as a full stop inside the source
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate("Rep. Ann Lee (R-Ga.) and Sen. Bo Li, D-N.Y., met. He left.");
        assertTrue(t.tokens().stream().anyMatch(k -> k.text().equals("R-Ga.")), t.tokens().toString());
        assertTrue(t.tokens().stream().anyMatch(k -> k.text().equals("D-N.Y.")), t.tokens().toString());
        assertEquals(2, t.sentenceCount());
    }

    @Test
    void missingModelNamesTheResource() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> NlpModels.load(name -> { throw new IOException("no such entry " + name); }));
        assertTrue(e.getMessage().contains(NlpModels.SENTENCE_MODEL), e.getMessage());
    }

    @Test
    void nullTextIsRejectedClearly() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> NlpModels.shared().newAnnotator().annotate(null));
        assertTrue(e.getMessage().contains("text"));
    }
}
