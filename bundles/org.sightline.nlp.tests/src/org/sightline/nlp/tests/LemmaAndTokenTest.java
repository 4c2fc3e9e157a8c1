package org.sightline.nlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.NlpModels;
import org.sightline.nlp.internal.RuleLemmatizer;

/** Rule lemmas and the tokenizer shortcut for plain words. */
class LemmaAndTokenTest {

    @Test
    void verbLemmasByRule() {
        String[][] cases = {{"said", "say"}, {"stated", "state"}, {"visited", "visit"}, {"committed", "commit"},
            {"argued", "argue"}, {"decided", "decide"}, {"answered", "answer"}, {"controlled", "control"},
            {"called", "call"}, {"used", "use"}, {"focused", "focus"}, {"agreed", "agree"}, {"needed", "need"},
            {"making", "make"}, {"bringing", "bring"}, {"applies", "apply"}, {"died", "die"}, {"remains", "remain"},
            {"is", "be"}, {"has", "have"}, {"would", "would"}, {"signalled", "signal"}, {"totalled", "total"},
            {"equalled", "equal"}, {"recalled", "recall"}, {"installed", "install"}, {"stalled", "stall"},
            {"appalled", "appall"}, {"admitted", "admit"}, {"planned", "plan"}, {"slammed", "slam"}};
        for (String[] c : cases) {
            assertEquals(c[1], RuleLemmatizer.lemma(c[0], "VERB"), c[0]);
        }
    }

    @Test
    void nounLemmasByRule() {
        assertEquals("country", RuleLemmatizer.lemma("countries", "NOUN"));
        assertEquals("official", RuleLemmatizer.lemma("officials", "NOUN"));
        assertEquals("news", RuleLemmatizer.lemma("news", "NOUN"));
        assertEquals("crisis", RuleLemmatizer.lemma("crises", "NOUN"));
        assertEquals("sls", RuleLemmatizer.lemma("SLS", "NOUN"));
        assertEquals("we", RuleLemmatizer.lemma("us", "PRON"));
    }

    @Test
    void cliticsAreWordsOfTheirOwnAsInUniversalDependencies() {
        String text = "I don't think we can't go, but it's what I'm saying: they’ve said Korea’s army won't. Let's see.";
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        List<String> words = t.tokens().stream().map(AnnotatedText.Token::text).toList();
        assertEquals(List.of("I", "do", "n't", "think", "we", "ca", "n't", "go", ",", "but", "it", "'s", "what", "I", "'m",
                "saying", ":", "they", "’ve", "said", "Korea", "’s", "army", "wo", "n't", ".", "Let", "'s", "see", "."), words);
        for (int i = 0; i < t.tokenCount(); i++) {
            assertEquals(text.substring(t.tokenBegin(i), t.tokenEnd(i)), t.token(i));
        }
        assertEquals("not", t.lemma(2));
        assertEquals("can", t.lemma(5));
        assertEquals("will", t.lemma(23));
        assertEquals("be", t.lemma(11));
    }

    @Test
    void camelCaseStillGoesThroughTheModel() {
        // the UD-EWT model splits camel case ("AirPods"), so such words are not taken whole
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate("Officials cannot confirm AirPods sales, he said.");
        List<String> words = t.tokens().stream().map(AnnotatedText.Token::text).toList();
        assertEquals(List.of("Officials", "can", "not", "confirm", "Air", "Pods", "sales", ",", "he", "said", "."), words);
        assertEquals("official", t.lemma(0));
        assertEquals("say", t.lemma(9));
    }

    @Test
    void aClosingQuoteAfterAQuestionMarkIsATokenOfItsOwn() {
        // the tokenizer model glued "?”" into one token: the quotation then had no closing quote
        String text = "“Who pays for the bridge?” the mayor asked. “Nobody knows…” she said.";
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        List<String> words = t.tokens().stream().map(AnnotatedText.Token::text).toList();
        assertEquals(List.of("“", "Who", "pays", "for", "the", "bridge", "?", "”", "the", "mayor", "asked", ".", "“",
                "Nobody", "knows", "…", "”", "she", "said", "."), words);
        for (int i = 0; i < t.tokenCount(); i++) {
            assertEquals(text.substring(t.tokenBegin(i), t.tokenEnd(i)), t.token(i));
        }
    }
}
