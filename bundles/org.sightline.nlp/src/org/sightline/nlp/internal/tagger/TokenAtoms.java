package org.sightline.nlp.internal.tagger;

import java.util.Locale;

import org.sightline.nlp.internal.learn.Hashing;

/**
 * The hashed atoms of a sentence's words that tagger and parser features are built from, computed once
 * per word: lower-cased form, exact form, suffixes of 1-4 and prefixes of 1-3 characters, and the word's
 * shape (letters, digits and other characters by class, repeats collapsed: "Xx", "d.d", "x'x").
 */
public final class TokenAtoms {

    public final int size;
    /** The words themselves (read by {@link TagConstraint}). */
    public final String[] words;
    public final long[] lower;
    public final long[] form;
    public final long[] suffix1;
    public final long[] suffix2;
    public final long[] suffix3;
    public final long[] suffix4;
    public final long[] prefix1;
    public final long[] prefix2;
    public final long[] prefix3;
    public final long[] shape;

    public TokenAtoms(String[] words, int n) {
        size = n;
        this.words = words;
        lower = new long[n];
        form = new long[n];
        suffix1 = new long[n];
        suffix2 = new long[n];
        suffix3 = new long[n];
        suffix4 = new long[n];
        prefix1 = new long[n];
        prefix2 = new long[n];
        prefix3 = new long[n];
        shape = new long[n];
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < n; i++) {
            String w = words[i];
            String l = w.toLowerCase(Locale.ROOT);
            int len = l.length();
            lower[i] = Hashing.hash(l);
            form[i] = Hashing.hash(w);
            suffix1[i] = Hashing.hash(l, Math.max(0, len - 1), len);
            suffix2[i] = len < 2 ? 0 : Hashing.hash(l, len - 2, len);
            suffix3[i] = len < 3 ? 0 : Hashing.hash(l, len - 3, len);
            suffix4[i] = len < 4 ? 0 : Hashing.hash(l, len - 4, len);
            prefix1[i] = Hashing.hash(l, 0, Math.min(1, len));
            prefix2[i] = len < 2 ? 0 : Hashing.hash(l, 0, 2);
            prefix3[i] = len < 3 ? 0 : Hashing.hash(l, 0, 3);
            shape[i] = Hashing.hash(shape(w, sb));
        }
    }

    static CharSequence shape(String w, StringBuilder sb) {
        sb.setLength(0);
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                sb.append(k);
                last = k;
            }
        }
        if (w.length() > 6) {
            sb.append('+'); // long words apart from short ones of the same shape
        }
        return sb;
    }
}
