package org.sightline.nlp.internal.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sightline.nlp.internal.conllu.UdSentence;
import org.sightline.nlp.internal.learn.Hashing;
import org.sightline.nlp.internal.learn.LongIntMap;

/**
 * Restricts the classes the greedy {@link PerceptronTagger} may choose for a word; the model and its
 * features are unchanged, the decoder takes the best-scoring class the word is allowed (docs/nlp.md, v5).
 * Two restrictions, either or both ({@link Mode}):
 * <ul>
 * <li><b>closed classes</b>: a word takes a closed-class UPOS ({@link #CLOSED_UPOS}) only if EWT train has
 * the word (lower-cased, {@link #normalise}d) with that UPOS: the list {@value #CLOSED_RESOURCE} beside
 * the models, derived by {@code org.sightline.nlp.tests.DeriveClosedWords} (so "Boeing" is never AUX,
 * "Xi" never PRON);</li>
 * <li><b>open classes</b>: a word WordNet knows as a form ({@link TagDictionary}, no guessing from
 * endings), unless it is capitalised after the sentence's first word (names stay free), takes an
 * open-class tag of {@value #OPEN_RESOURCE} only if its WordNet class has one of the bits listed for that
 * tag (so "opposes", only a verb -s form, is never NNS); a capitalised word WordNet does not know takes
 * none of the VERB tags listed there ("Boeing" is no VBG); words EWT train tags AUX (be, have, do and
 * their forms, which WordNet files under the wrong inflections) are left to the model.</li>
 * </ul>
 * Classes neither restriction names (PROPN, NUM, PUNCT, ...) stay allowed, so every word has one.
 * Immutable; one instance serves all threads.
 */
public final class TagConstraint {

    /** Which restrictions apply. */
    public enum Mode {
        NONE, CLOSED, OPEN, BOTH;

        boolean closed() {
            return this == CLOSED || this == BOTH;
        }

        boolean open() {
            return this == OPEN || this == BOTH;
        }

        /** The mode named {@code s} (any case); {@code where} names the input in the message. */
        public static Mode parse(String s, String where) {
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(s.strip())) {
                    return m;
                }
            }
            throw new IllegalArgumentException(where + ": unknown tag constraint '" + s + "' (known: none, closed, open, both)");
        }
    }

    /** System property that sets the mode of the shipped tagger, for A/B runs; {@link #DEFAULT} without it. */
    public static final String PROPERTY = "sightline.tagger.constraint";
    public static final Mode DEFAULT = Mode.BOTH;

    /** Closed-class words of EWT train, in the models folder (derived from EWT: CC BY-SA, its notice there). */
    public static final String CLOSED_RESOURCE = "ewt-closed-words.txt";
    /** The open-class tags WordNet restricts, beside this class. */
    public static final String OPEN_RESOURCE = "open-tag-rules.txt";
    public static final Set<String> CLOSED_UPOS = Set.of("AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART");

    private final Mode mode;
    private final String[] uposNames;
    private final String[] xposNames;
    private final int classes;
    private final int stride;
    /*
     * The masks of allowed classes, computed once for every value a word can show, so that a word costs two
     * lookups and an AND: per set of closed UPOS bits; per WordNet class (its bits the rules read,
     * compressed to an index by Integer.compress); for a capitalised word WordNet does not know.
     */
    private final long[] closedMasks;
    private final int ruleBits;
    private final long[] openMasks;
    private final long[] unknownCapitalMask;
    private final ClosedWords closedWords;
    private final int auxBit;
    private final TagDictionary wordnet;

    TagConstraint(Mode mode, String[] upos, String[] xpos, ClosedWords closedWords, Map<String, Integer> openRules,
            TagDictionary wordnet) {
        this.mode = mode;
        this.uposNames = upos;
        this.xposNames = xpos;
        this.classes = upos.length;
        this.stride = (classes + 63) >>> 6;
        this.closedWords = closedWords;
        this.auxBit = closedWords.bit("AUX");
        this.wordnet = wordnet;
        int[] closedNeed = new int[classes];
        int[] openNeed = new int[classes];
        int rules = 0;
        for (int c = 0; c < classes; c++) {
            closedNeed[c] = mode.closed() ? closedWords.bit(upos[c]) : 0;
            openNeed[c] = mode.open() ? openRules.getOrDefault(upos[c] + " " + xpos[c], 0) : 0;
            rules |= openNeed[c];
        }
        int read = rules;
        ruleBits = read;
        closedMasks = masks(1 << closedWords.upos.size(), (v, c) -> closedNeed[c] == 0 || (closedNeed[c] & v) != 0);
        openMasks = masks(1 << Integer.bitCount(rules),
                (v, c) -> openNeed[c] == 0 || (openNeed[c] & Integer.expand(v, read)) != 0);
        // a capitalised word WordNet does not know is a name, not a verb (EWT train has none as VERB)
        unknownCapitalMask = masks(1, (v, c) -> openNeed[c] == 0 || !upos[c].equals("VERB"));
    }

    private interface Allows {
        boolean test(int value, int c);
    }

    private long[] masks(int values, Allows allows) {
        long[] m = new long[values * stride];
        for (int v = 0; v < values; v++) {
            for (int c = 0; c < classes; c++) {
                if (allows.test(v, c)) {
                    m[v * stride + (c >>> 6)] |= 1L << c;
                }
            }
        }
        return m;
    }

    public Mode mode() {
        return mode;
    }

    /** The constraint for {@code tagger}'s classes with the shipped word lists. */
    public static TagConstraint shipped(Mode mode, PerceptronTagger tagger) {
        return shipped(mode, tagger, Shipped.openRules());
    }

    /** As {@link #shipped(Mode, PerceptronTagger)} with other open-class rules (evaluation of variants). */
    public static TagConstraint shipped(Mode mode, PerceptronTagger tagger, Map<String, Integer> openRules) {
        return build(mode, tagger, Shipped.closedWords(), openRules);
    }

    private static TagConstraint build(Mode mode, PerceptronTagger tagger, ClosedWords closed, Map<String, Integer> openRules) {
        String[] upos = new String[tagger.classes()];
        String[] xpos = new String[tagger.classes()];
        for (int c = 0; c < upos.length; c++) {
            upos[c] = tagger.upos(c);
            xpos[c] = tagger.xpos(c);
        }
        return new TagConstraint(mode, upos, xpos, closed, openRules, mode.open() ? TagDictionary.shipped() : null);
    }

    /**
     * The constraint for {@code tagger}'s classes with the closed-class words of {@code closed} instead of the
     * shipped list (jackknifing: a tagger trained on part of train meets words the rest of train has).
     */
    public static TagConstraint of(Mode mode, PerceptronTagger tagger, ClosedWords closed) {
        return build(mode, tagger, closed, Shipped.openRules());
    }

    /**
     * The closed-class UPOS tags {@code train} gives each word, keyed by its {@link #normalise}d form, both
     * sorted: the content of {@value #CLOSED_RESOURCE} (derived from EWT train by DeriveClosedWords).
     */
    public static SortedMap<String, SortedSet<String>> closedTags(List<UdSentence> train) {
        SortedMap<String, SortedSet<String>> words = new TreeMap<>();
        for (UdSentence s : train) {
            for (int i = 0; i < s.size(); i++) {
                if (CLOSED_UPOS.contains(s.upos()[i])) {
                    words.computeIfAbsent(normalise(s.forms()[i]), w -> new TreeSet<>()).add(s.upos()[i]);
                }
            }
        }
        return words;
    }

    /** The mode the system property {@value #PROPERTY} names, else {@link #DEFAULT}. */
    public static Mode configured() {
        String p = System.getProperty(PROPERTY);
        return p == null || p.isBlank() ? DEFAULT : Mode.parse(p, "system property " + PROPERTY);
    }

    /**
     * The lower-cased form the closed-class list is keyed by: typographic apostrophes as ASCII ones, so
     * "it’s" splits into "it|’s" and "’s" finds "'s".
     */
    public static String normalise(String word) {
        String l = word.toLowerCase(Locale.ROOT);
        return hasTypographicApostrophe(l) ? l.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'') : l;
    }

    private static boolean hasTypographicApostrophe(String w) {
        return w.indexOf('\u2019') >= 0 || w.indexOf('\u2018') >= 0 || w.indexOf('\u02bc') >= 0;
    }

    /** Bit masks of the classes each word may take: word i's at {@code [i * stride, (i + 1) * stride)}. */
    long[] allowed(TokenAtoms a) {
        long[] m = new long[a.size * stride];
        Arrays.fill(m, -1L);
        for (int i = 0; i < a.size; i++) {
            int off = i * stride;
            String w = a.words[i];
            int closedUpos = closedWords.upos(hasTypographicApostrophe(w) ? Hashing.hash(normalise(w)) : a.lower[i]);
            if (mode.closed()) {
                and(m, off, closedMasks, closedUpos * stride);
            }
            // EWT's auxiliaries (be, have, do, get and their forms) are free: WordNet files "are" and "was"
            // under the wrong inflections, so their VERB uses would be ruled out.
            if (mode.open() && (closedUpos & auxBit) == 0) {
                boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
                int have = wordnet.formClass(a.lower[i]);
                if (have != 0 && (i == 0 || !capital)) {
                    and(m, off, openMasks, Integer.compress(have, ruleBits) * stride);
                } else if (have == 0 && capital) {
                    and(m, off, unknownCapitalMask, 0);
                }
            }
        }
        return m;
    }

    private void and(long[] m, int off, long[] masks, int from) {
        for (int k = 0; k < stride; k++) {
            m[off + k] &= masks[from + k];
        }
    }

    /** Whether word {@code i} of {@code words} may take the class (upos, xpos); false for a class the tagger lacks. */
    public boolean allows(String[] words, int i, String upos, String xpos) {
        long[] m = allowed(new TokenAtoms(words, words.length));
        for (int c = 0; c < classes; c++) {
            if (upos.equals(uposNames[c]) && xpos.equals(xposNames[c])) {
                return (m[i * stride + (c >>> 6)] & 1L << c) != 0;
            }
        }
        return false;
    }

    /** The best-scoring class word {@code i} may take. */
    int argmax(float[] scores, long[] allowed, int i) {
        int off = i * stride;
        int best = -1;
        for (int c = 0; c < classes; c++) {
            if ((allowed[off + (c >>> 6)] & 1L << c) != 0 && (best < 0 || scores[c] > scores[best])) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Reads open-class rules: per line a UPOS, an XPOS and the {@link TagDictionary#NAMES} of the WordNet
     * bits any one of which allows the pair; {@code name} names the input in messages.
     */
    public static Map<String, Integer> readOpenRules(InputStream in, String name) throws IOException {
        Map<String, Integer> rules = new LinkedHashMap<>();
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\\s+", 3);
            if (p.length < 3) {
                throw new IOException(name + " line " + (k + 1) + ": expected UPOS XPOS and WordNet classes, got '" + line + "'");
            }
            if (rules.put(p[0] + " " + p[1], TagDictionary.parseClass(p[2], name, k + 1)) != null) {
                throw new IOException(name + " line " + (k + 1) + ": " + p[0] + " " + p[1] + " listed twice");
            }
        }
        return rules;
    }

    /**
     * The closed-class UPOS tags EWT train gives each word: per line a normalised word, a tab and its
     * closed UPOS tags separated by spaces.
     */
    public static final class ClosedWords {

        /** The closed UPOS tags, bit i for {@code upos.get(i)}. */
        private final List<String> upos = new ArrayList<>();
        private final LongIntMap words;

        private ClosedWords(LongIntMap words) {
            this.words = words;
        }

        public int size() {
            return words.size();
        }

        int bit(String tag) {
            int b = upos.indexOf(tag);
            return b < 0 ? 0 : 1 << b;
        }

        /** The closed UPOS bits of the word whose normalised form hashes to {@code hash}; 0 if none. */
        int upos(long hash) {
            return Math.max(0, words.get(hash));
        }

        /** The list of {@link TagConstraint#closedTags} without its file (jackknifing). */
        public static ClosedWords of(SortedMap<String, SortedSet<String>> closedTags) {
            ClosedWords cw = new ClosedWords(new LongIntMap(closedTags.size() + 1));
            cw.upos.addAll(List.copyOf(CLOSED_UPOS).stream().sorted().toList());
            closedTags.forEach((word, tags) -> {
                int bits = 0;
                for (String t : tags) {
                    bits |= cw.bit(t);
                }
                cw.words.getOrPut(Hashing.hash(word), bits);
            });
            return cw;
        }

        /** Reads the resource format; {@code name} names the input in messages. */
        public static ClosedWords read(InputStream in, String name) throws IOException {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            ClosedWords cw = new ClosedWords(new LongIntMap(lines.length));
            cw.upos.addAll(List.copyOf(CLOSED_UPOS).stream().sorted().toList());
            for (int k = 0; k < lines.length; k++) {
                String line = lines[k];
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IOException(name + " line " + (k + 1) + ": expected a word, a tab and UPOS tags, got '" + line + "'");
                }
                String word = line.substring(0, tab);
                if (!normalise(word).equals(word)) {
                    throw new IOException(name + " line " + (k + 1) + ": '" + word + "' is not lower-cased and normalised");
                }
                int bits = 0;
                for (String t : line.substring(tab + 1).strip().split(" +")) {
                    int b = cw.bit(t);
                    if (b == 0) {
                        throw new IOException(name + " line " + (k + 1) + ": '" + t + "' is no closed-class UPOS (known: "
                                + String.join(" ", cw.upos) + ")");
                    }
                    bits |= b;
                }
                if (cw.words.get(Hashing.hash(word)) >= 0) {
                    throw new IOException(name + " line " + (k + 1) + ": '" + word + "' listed twice");
                }
                cw.words.getOrPut(Hashing.hash(word), bits);
            }
            if (cw.words.size() == 0) {
                throw new IOException(name + ": no words");
            }
            return cw;
        }
    }

    /** The shipped lists, read once per process on first use. */
    private static final class Shipped {

        private static volatile ClosedWords closed;
        private static volatile Map<String, Integer> open;

        static ClosedWords closedWords() {
            ClosedWords c = closed;
            if (c == null) {
                closed = c = read("/org/sightline/nlp/internal/models/" + CLOSED_RESOURCE, ClosedWords::read);
            }
            return c;
        }

        static Map<String, Integer> openRules() {
            Map<String, Integer> o = open;
            if (o == null) {
                open = o = read(OPEN_RESOURCE, TagConstraint::readOpenRules);
            }
            return o;
        }

        interface Reader<T> {
            T read(InputStream in, String name) throws IOException;
        }

        private static <T> T read(String resource, Reader<T> reader) {
            try (InputStream in = TagConstraint.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("resource " + resource + " is missing from the org.sightline.nlp bundle");
                }
                return reader.read(in, resource);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the tagger's word list '" + resource + "': " + e.getMessage(), e);
            }
        }
    }
}
