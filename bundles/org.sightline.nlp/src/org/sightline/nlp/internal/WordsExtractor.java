package org.sightline.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.DepRel;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Pipeline step 110, for every language: sentences and words from ICU's rule-based (and, for CJK,
 * dictionary-based) boundaries, with no tags, where no language-specific NLP step ran before it (the
 * OpenNLP step declares English only). Later steps that handle every language, the gazetteer
 * actors, then find their names in any text. Part of speech is "X" (other), the lemma the lower-case word,
 * and there is no dependency parse (every head -1).
 */
public final class WordsExtractor implements Extractor {

    /** The part-of-speech tag of every token here: Universal Dependencies' "other". */
    static final String NO_TAG = "X";
    /** No language-specific tag: CoNLL-U's empty field. */
    static final String NO_XPOS = "_";

    @Override
    public void extract(ExtractionContext context) {
        if (context.get(AnnotatedText.class).isPresent()) {
            return; // a language-specific step already annotated this document
        }
        context.put(AnnotatedText.class, annotate(context.text(), context.document().getLanguage()));
    }

    /** Sentences and words of {@code text} by the boundary rules of {@code language} (null: the root rules). */
    public static AnnotatedText annotate(String text, String language) {
        ULocale locale = language == null ? ULocale.ROOT : new ULocale(language);
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        BreakIterator words = BreakIterator.getWordInstance(locale);
        List<int[]> sent = new ArrayList<>();
        List<Integer> firstToken = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>();
        int lineStart = 0;
        int len = text.length();
        while (lineStart < len) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = len;
            }
            // A line break ends a sentence, as in the English Segmenter: news lines are paragraphs, headings or items.
            String line = text.substring(lineStart, lineEnd);
            sentences.setText(line);
            int sb = sentences.first();
            for (int se = sentences.next(); se != BreakIterator.DONE; sb = se, se = sentences.next()) {
                int b = lineStart + sb;
                int e = lineStart + se;
                while (b < e && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (b >= e) {
                    continue;
                }
                int before = tokens.size();
                words.setText(text.substring(b, e));
                int wb = words.first();
                for (int we = words.next(); we != BreakIterator.DONE; wb = we, we = words.next()) {
                    if (!text.substring(b + wb, b + we).isBlank()) {
                        tokens.add(new int[] {b + wb, b + we});
                    }
                }
                if (tokens.size() > before) {
                    sent.add(new int[] {b, e});
                    firstToken.add(before);
                }
            }
            lineStart = lineEnd + 1;
        }
        int s = sent.size();
        int n = tokens.size();
        int[] sentBegin = new int[s];
        int[] sentEnd = new int[s];
        int[] sentFirst = new int[s];
        for (int i = 0; i < s; i++) {
            sentBegin[i] = sent.get(i)[0];
            sentEnd[i] = sent.get(i)[1];
            sentFirst[i] = firstToken.get(i);
        }
        int[] tokBegin = new int[n];
        int[] tokEnd = new int[n];
        String[] tokText = new String[n];
        String[] pos = new String[n];
        String[] xpos = new String[n];
        String[] lemma = new String[n];
        int[] head = new int[n];
        DepRel[] deprel = new DepRel[n];
        for (int i = 0; i < n; i++) {
            tokBegin[i] = tokens.get(i)[0];
            tokEnd[i] = tokens.get(i)[1];
            tokText[i] = text.substring(tokBegin[i], tokEnd[i]);
            pos[i] = NO_TAG;
            xpos[i] = NO_XPOS;
            lemma[i] = tokText[i].toLowerCase(Locale.ROOT);
            head[i] = -1; // no parse: every word stands alone, with UD's "unspecified" relation
            deprel[i] = DepRel.DEP;
        }
        return new AnnotatedText(text, sentBegin, sentEnd, sentFirst, tokBegin, tokEnd, tokText, pos, xpos, lemma, head, deprel);
    }
}
