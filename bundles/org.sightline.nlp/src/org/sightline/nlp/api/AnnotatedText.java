package org.sightline.nlp.api;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * A text with its sentences and tokens: part of speech as Universal Dependencies UPOS ({@link #upos})
 * and Penn Treebank XPOS tags, lemmas in lower case, and a dependency tree per sentence (each token's
 * head and UD relation; {@link #tree()} for the helpers rules use). Tokens are UD words: clitics such as
 * "n't" and "'s" are tokens of their own. All offsets are UTF-16 indices into {@link #text()}, end
 * exclusive. Stored as parallel arrays because a long document has tens of thousands of tokens;
 * {@link #tokens()} and {@link #sentences()} give record views for convenience. Immutable.
 *
 * @since 0.1.0
 */
public final class AnnotatedText {

    /** One token as a record view; {@code head} is a token index or -1 for a sentence root. */
    public record Token(int index, int begin, int end, String text, String pos, String lemma, String xpos, int head,
            DepRel deprel) {
    }

    /** One sentence as a record view; {@code firstToken} inclusive, {@code endToken} exclusive. */
    public record Sentence(int index, int begin, int end, int firstToken, int endToken) {
    }

    private final String text;
    private final int[] sentBegin;
    private final int[] sentEnd;
    private final int[] sentFirstToken;
    private final int[] tokBegin;
    private final int[] tokEnd;
    private final int[] tokSentence;
    private final String[] tokText;
    private final String[] pos;
    private final UPos[] upos;
    private final String[] xpos;
    private final String[] lemma;
    private final int[] head;
    private final DepRel[] deprel;
    private volatile DependencyTree tree;

    /**
     * Arrays are taken over, not copied (the {@link Annotator} builds them for this object alone).
     * {@code sentFirstToken} has one entry per sentence; tokens are in text order. {@code head[t]} is the
     * token index of t's head, in the same sentence, or -1 for the root of its sentence.
     */
    public AnnotatedText(String text, int[] sentBegin, int[] sentEnd, int[] sentFirstToken, int[] tokBegin,
            int[] tokEnd, String[] tokText, String[] pos, String[] xpos, String[] lemma, int[] head, DepRel[] deprel) {
        this.text = Objects.requireNonNull(text, "text");
        int s = sentBegin.length;
        int n = tokBegin.length;
        if (sentEnd.length != s || sentFirstToken.length != s) {
            throw new IllegalArgumentException("sentence arrays differ in length");
        }
        if (tokEnd.length != n || tokText.length != n || pos.length != n || xpos.length != n || lemma.length != n
                || head.length != n || deprel.length != n) {
            throw new IllegalArgumentException("token arrays differ in length");
        }
        this.sentBegin = sentBegin;
        this.sentEnd = sentEnd;
        this.sentFirstToken = sentFirstToken;
        this.tokBegin = tokBegin;
        this.tokEnd = tokEnd;
        this.tokText = tokText;
        this.pos = pos;
        this.xpos = xpos;
        this.lemma = lemma;
        this.head = head;
        this.deprel = deprel;
        this.upos = new UPos[n];
        for (int t = 0; t < n; t++) {
            upos[t] = UPos.of(pos[t]);
        }
        this.tokSentence = new int[n];
        for (int i = 0; i < s; i++) {
            for (int t = sentFirstToken[i]; t < sentenceEndToken(i); t++) {
                tokSentence[t] = i;
            }
        }
        for (int t = 0; t < n; t++) {
            int h = head[t];
            if (h < -1 || h >= n || h == t || h >= 0 && tokSentence[h] != tokSentence[t]) {
                throw new IllegalArgumentException("token " + t + " has head " + h + " outside its sentence");
            }
        }
    }

    public String text() {
        return text;
    }

    public int sentenceCount() {
        return sentBegin.length;
    }

    public int sentenceBegin(int s) {
        return sentBegin[s];
    }

    public int sentenceEnd(int s) {
        return sentEnd[s];
    }

    public int sentenceFirstToken(int s) {
        return sentFirstToken[s];
    }

    /** Exclusive. */
    public int sentenceEndToken(int s) {
        return s + 1 < sentFirstToken.length ? sentFirstToken[s + 1] : tokBegin.length;
    }

    public int tokenCount() {
        return tokBegin.length;
    }

    public int tokenBegin(int t) {
        return tokBegin[t];
    }

    public int tokenEnd(int t) {
        return tokEnd[t];
    }

    public String token(int t) {
        return tokText[t];
    }

    /** UD UPOS tag as a string ("NOUN"); rules should compare {@link #upos(int)}. */
    public String pos(int t) {
        return pos[t];
    }

    /** UD UPOS tag. */
    public UPos upos(int t) {
        return upos[t];
    }

    /** Penn Treebank tag as in UD English EWT's XPOS column ("VBD", "NNP"). */
    public String xpos(int t) {
        return xpos[t];
    }

    /** Token index of the head of {@code t}, or -1 when t is the root of its sentence. */
    public int head(int t) {
        return head[t];
    }

    /** UD relation of {@code t} to its head ({@link DepRel#ROOT} for the root). */
    public DepRel deprel(int t) {
        return deprel[t];
    }

    /** The dependency trees of all sentences, with helpers for rules (built on first call). */
    public DependencyTree tree() {
        DependencyTree t = tree;
        if (t == null) {
            tree = t = new DependencyTree(this);
        }
        return t;
    }

    public String lemma(int t) {
        return lemma[t];
    }

    public int sentenceOf(int t) {
        return tokSentence[t];
    }

    /** Index of the first token whose end is after {@code offset}, or {@link #tokenCount()}. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokEnd[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public List<Token> tokens() {
        return new AbstractList<>() {
            @Override
            public Token get(int i) {
                return new Token(i, tokBegin[i], tokEnd[i], tokText[i], pos[i], lemma[i], xpos[i], head[i], deprel[i]);
            }

            @Override
            public int size() {
                return tokBegin.length;
            }
        };
    }

    public List<Sentence> sentences() {
        return new AbstractList<>() {
            @Override
            public Sentence get(int i) {
                return new Sentence(i, sentBegin[i], sentEnd[i], sentFirstToken[i], sentenceEndToken(i));
            }

            @Override
            public int size() {
                return sentBegin.length;
            }
        };
    }

    /** Number of word tokens (tokens with a letter or digit), the unit of the speed figures. */
    public int wordCount() {
        int words = 0;
        for (String t : tokText) {
            for (int i = 0; i < t.length(); i++) {
                if (Character.isLetterOrDigit(t.charAt(i))) {
                    words++;
                    break;
                }
            }
        }
        return words;
    }
}
