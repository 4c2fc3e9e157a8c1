package org.sightline.nlp.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokenizer model applied to one whitespace-separated chunk ("said,", "Korea's", "(R-Ga.)"), with the
 * splits of recent chunks remembered. The model's features read the chunk alone, so a chunk always splits the same
 * way; news repeats its punctuated words ("said," above all), and each model call evaluates every character with
 * string features. Holds the stateful tokenizer: one instance per thread, as {@link org.sightline.nlp.api.Annotator}.
 */
public final class ChunkTokenizer {

    /** Chunks remembered; the least recently used is dropped beyond this (a few hundred KB). */
    static final int MEMO = 4096;

    private final TokenizerME model;
    private final Map<String, Span[]> memo = new LinkedHashMap<>(MEMO * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Span[]> eldest) {
            return size() > MEMO;
        }
    };

    public ChunkTokenizer(TokenizerME model) {
        this.model = model;
    }

    /** The token spans of {@code chunk}, relative to its start; the array is shared, not to be changed. */
    Span[] spans(String chunk) {
        Span[] spans = memo.get(chunk);
        if (spans == null) {
            spans = model.tokenizePos(chunk);
            memo.put(chunk, spans);
        }
        return spans;
    }
}
