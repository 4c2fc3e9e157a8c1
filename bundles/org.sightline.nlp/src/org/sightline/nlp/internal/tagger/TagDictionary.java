package org.sightline.nlp.internal.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.sightline.nlp.internal.learn.Hashing;
import org.sightline.nlp.internal.learn.LongIntMap;

/**
 * A tag dictionary from outside the treebank: for a lower-cased word form, the WordNet 3.1 word
 * classes it can be (noun, verb, adjective, adverb), with the inflection the form shows (noun plural,
 * verb -s / -ed / -ing form, comparative, superlative), whether a noun lemma of it is a name, and
 * which part of speech its lemmas' tagged senses favour. Derived by
 * {@code org.sightline.nlp.tests.DeriveTagDictionary} into {@value #RESOURCE} (WordNet notice beside it,
 * docs/nlp.md). A class is a set of the bits below; 0 means the word is no WordNet form. The tagger's
 * features do not read it (features on it were tried and not adopted: docs/nlp.md, v4);
 * {@link TagConstraint} reads it to rule out open-class tags a word cannot take (v5).
 *
 * <p>The resource lists, after comment lines, a class line {@code = n ns v} and the words of that class,
 * one per line, for each class.
 */
public final class TagDictionary {

    public static final String RESOURCE = "wordnet-tags.txt";

    /** The bit names in the resource, bit i named {@code NAMES[i]}. */
    public static final String[] NAMES = {"n", "ns", "np", "v", "vz", "vd", "vg", "j", "jr", "js", "r", "rr", "*n", "*v",
            "*j", "*r"};
    public static final int NOUN = 1;
    public static final int NOUN_PLURAL = 1 << 1;
    /** A noun lemma of the form is a name: WordNet writes all its senses with a capital ("Europa", "Wells"). */
    public static final int PROPER = 1 << 2;
    public static final int VERB = 1 << 3;
    public static final int VERB_S = 1 << 4;
    public static final int VERB_ED = 1 << 5;
    public static final int VERB_ING = 1 << 6;
    public static final int ADJ = 1 << 7;
    public static final int ADJ_ER = 1 << 8;
    public static final int ADJ_EST = 1 << 9;
    public static final int ADV = 1 << 10;
    public static final int ADV_ER = 1 << 11;
    /** The part of speech whose senses of the form's lemmas WordNet's tagged corpus counted most. */
    public static final int TOP_NOUN = 1 << 12;
    public static final int TOP_VERB = 1 << 13;
    public static final int TOP_ADJ = 1 << 14;
    public static final int TOP_ADV = 1 << 15;
    /** Not a form itself: the class of its longest ending that is one ("astrobiologists" as "biologists"). */
    public static final int GUESSED = 1 << 16;

    /** Shortest ending that stands for an unknown word, and shortest rest before it. */
    private static final int MIN_ENDING = 5;
    private static final int MIN_REST = 2;

    private final LongIntMap classes;

    private TagDictionary(LongIntMap classes) {
        this.classes = classes;
    }

    /** The dictionary this bundle ships, read once per process on first use. */
    public static TagDictionary shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final TagDictionary INSTANCE = load();

        private static TagDictionary load() {
            try (InputStream in = TagDictionary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("resource " + RESOURCE + " is missing from the org.sightline.nlp bundle");
                }
                return read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the tag dictionary '" + RESOURCE + "': " + e.getMessage(), e);
            }
        }
    }

    /** Reads the resource format; {@code name} names the input in messages. */
    public static TagDictionary read(InputStream in, String name) throws IOException {
        // The words are ASCII: one Latin-1 string, hashed in place, no string per word.
        String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        LongIntMap map = new LongIntMap(text.length() / 8);
        int cls = -1;
        int line = 0;
        for (int at = 0; at < text.length();) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = text.length();
            }
            line++;
            if (end > at && text.charAt(at) == '=') {
                cls = parseClass(text.substring(at + 1, end), name, line);
            } else if (end > at && text.charAt(at) != '#') {
                if (cls < 0) {
                    throw new IOException(name + " line " + line + ": a word before the first class line");
                }
                long h = Hashing.hash(text, at, end);
                if (map.get(h) >= 0) {
                    throw new IOException(name + " line " + line + ": '" + text.substring(at, end) + "' listed twice");
                }
                map.getOrPut(h, cls);
            }
            at = end + 1;
        }
        if (map.size() == 0) {
            throw new IOException(name + ": no words");
        }
        return new TagDictionary(map);
    }

    static int parseClass(String s, String name, int line) throws IOException {
        int cls = 0;
        for (String bit : s.strip().split(" +")) {
            int b = List.of(NAMES).indexOf(bit);
            if (b < 0) {
                throw new IOException(name + " line " + line + ": unknown class '" + bit + "' (known: "
                        + String.join(" ", NAMES) + ")");
            }
            cls |= 1 << b;
        }
        return cls;
    }

    /** The class written as in the resource: bit names separated by spaces. */
    public static String format(int cls) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < NAMES.length; b++) {
            if ((cls & 1 << b) != 0) {
                sb.append(sb.isEmpty() ? "" : " ").append(NAMES[b]);
            }
        }
        return sb.toString();
    }

    public int size() {
        return classes.size();
    }

    /** The class of the lower-cased word form whose {@link Hashing#hash} is {@code hash}; 0 if it is no form (no guessing). */
    public int formClass(long hash) {
        return Math.max(0, classes.get(hash));
    }

    /**
     * The class of a lower-cased word whose {@link Hashing#hash} is {@code hash}; for a word of letters
     * that is no form, its longest known ending's class with {@link #GUESSED}; else 0.
     */
    public int classOf(String lower, long hash) {
        int c = classes.get(hash);
        if (c >= 0) {
            return c;
        }
        int len = lower.length();
        if (len < MIN_ENDING + MIN_REST || !Character.isLetter(lower.charAt(0))) {
            return 0;
        }
        for (int k = MIN_REST; k <= len - MIN_ENDING; k++) {
            c = classes.get(Hashing.hash(lower, k, len));
            if (c >= 0) {
                return c | GUESSED;
            }
        }
        return 0;
    }
}
