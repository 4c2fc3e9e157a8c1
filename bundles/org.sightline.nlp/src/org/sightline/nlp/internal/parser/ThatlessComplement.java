package org.sightline.nlp.internal.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A complement clause without "that" that the parser read as the verb's object plus a conjunct (docs/nlp.md, v10): in
 * "The scientists found reduction of crop yields exceeded 10%", the parser makes "reduction" the object of "found" and
 * "exceeded" a conjunct of "found", with no "and" or comma between them (or its open complement, {@code xcomp}, as in
 * "found damage exceeded the estimates"). When a verb that takes such a clause (the list {@value #RESOURCE}) has an
 * object noun phrase followed, with no coordinator, comma or other finite verb between, by a finite verb that hangs on
 * it as {@code conj}, {@code xcomp}, {@code obj} or an unmarked {@code advcl} with no subject of its own (other than as
 * {@code conj}, a past tense only with an object of its own: "found the door locked" is a participle; the relation a
 * parser picks for this misreading varies between trainings, v11), that verb becomes the verb's
 * {@code ccomp} and the object its {@code nsubj} ({@code nsubj:pass} if the clause is passive: "found the mass could
 * be reduced"). And a finite verb with a subject of its own that the parser made the
 * object of such a verb ("Reporters observed the exhibit identifies Halston") becomes its {@code ccomp}: in UD a clause is
 * never an {@code obj}. Relabelling of one or two arcs: no re-parse, no tags change.
 * "The scientists found a reduction in yields and published it." keeps its conjunct (it has "and"). Immutable;
 * thread-safe.
 */
public final class ThatlessComplement {

    /** System property that turns the repair on or off for A/B runs ({@code on} or {@code off}, default on). */
    public static final String PROPERTY = "sightline.parser.thatless";

    /** The verbs (lemmas) that take a complement clause without "that", a resource beside this class. */
    public static final String RESOURCE = "bridge-verbs.txt";

    private static final Set<String> BRIDGE_VERBS = read();
    /** Object pronouns cannot be a clause's subject ("remembered her, even remembered her dog"). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them");

    private final int obj;
    private final int conj;
    private final int cc;
    private final int ccomp;
    private final int xcomp;
    private final int nsubj;
    private final int nsubjPass;
    private final int auxPass;
    private final int aux;
    private final int advcl;
    private final int mark;
    private final boolean[] subjectRel;

    /** For a parser whose relation numbers index {@code labels}. */
    public ThatlessComplement(String[] labels) {
        List<String> l = Arrays.asList(labels);
        obj = ParseSteps.relation(l, "obj");
        conj = ParseSteps.relation(l, "conj");
        cc = ParseSteps.relation(l, "cc");
        ccomp = ParseSteps.relation(l, "ccomp");
        xcomp = ParseSteps.relation(l, "xcomp");
        nsubj = ParseSteps.relation(l, "nsubj");
        nsubjPass = ParseSteps.relation(l, "nsubj:pass");
        auxPass = ParseSteps.relation(l, "aux:pass");
        aux = ParseSteps.relation(l, "aux");
        advcl = ParseSteps.relation(l, "advcl");
        mark = ParseSteps.relation(l, "mark");
        subjectRel = ParseSteps.subjects(labels);
    }

    /**
     * Re-reads, in place, each object, conjunct or open complement that is a that-less complement clause as described
     * above; returns how many. The cheap tests come first (relation and tags), then the list look-up of the head's lemma.
     */
    public int apply(int n, String[] words, String[] upos, String[] xpos, String[] lemma, int[] heads, int[] rels) {
        int changed = 0;
        for (int c = 0; c < n; c++) {
            int v = heads[c];
            if (rels[c] == obj && v >= 0 && v < c && upos[c].equals("VERB") && upos[v].equals("VERB") && BRIDGE_VERBS.contains(lemma[v])
                    && finiteClause(n, c, xpos, heads, rels)) {
                // a finite verb with a subject of its own is a clause, never an object ("observed the exhibit identifies");
                // only under the listed verbs: elsewhere it is mostly a noun the tagger read as a verb ("drove European stocks")
                rels[c] = ccomp;
                changed++;
                continue;
            }
            // the same clause, hung on the verb by another parse as its object (with no subject of its own) or as an
            // adverbial clause with no subordinator: relations differ between parsers, the structure is the same
            if (rels[c] != conj && rels[c] != xcomp && rels[c] != obj && rels[c] != advcl || v < 0 || v >= c
                    || !upos[c].equals("VERB") || !upos[v].equals("VERB") || !BRIDGE_VERBS.contains(lemma[v])
                    || lemma[v].equals(lemma[c])) {
                continue;
            }
            int o = -1;
            boolean modal = false;
            boolean ownObject = false;
            boolean passive = false;
            boolean blocked = false;
            for (int k = 0; k < n && !blocked; k++) {
                if (heads[k] == v && rels[k] == obj && k > v && k < c) {
                    o = k;
                } else if (heads[k] == c) {
                    blocked = subjectRel[rels[k]] || rels[k] == cc || rels[k] == mark;
                    modal |= rels[k] == aux && k < c && xpos[k].equals("MD");
                    ownObject |= rels[k] == obj;
                    passive |= rels[k] == auxPass;
                }
            }
            // other than as a conjunct ("found the door locked") a past tense may be the participle the tagger misread:
            // only one with an object of its own ("found damage exceeded the estimates") is taken for a clause
            boolean finite = modal || finiteTag(xpos[c]) && (rels[c] == conj || !xpos[c].equals("VBD") || ownObject);
            if (blocked || o < 0 || !finite || !upos[o].equals("NOUN") && !upos[o].equals("PROPN")
                    && !(upos[o].equals("PRON") && !OBJECT_PRONOUNS.contains(words[o].toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            // nothing between the verb and the conjunct coordinates or closes the object's clause
            for (int k = v + 1; k < c && !blocked; k++) {
                blocked = upos[k].equals("CCONJ") || upos[k].equals("PUNCT") || upos[k].equals("SCONJ") || upos[k].equals("VERB")
                        && finiteTag(xpos[k]) || upos[k].equals("AUX") && heads[k] != c
                        // an adverbial clause after a comparative is the comparison's ("feel the pinch worse than they do")
                        || rels[c] == advcl && (xpos[k].equals("JJR") || xpos[k].equals("RBR"));
            }
            if (blocked) {
                continue;
            }
            rels[c] = ccomp;
            heads[o] = c;
            rels[o] = passive ? nsubjPass : nsubj;
            changed++;
        }
        return changed;
    }

    /** Whether the system property {@value #PROPERTY} leaves the repair on (the default). */
    public static boolean configured() {
        return ParseSteps.switchedOn(PROPERTY, true);
    }

    /** Whether verb {@code c} is finite (its tag or a modal) and has a subject of its own. */
    private boolean finiteClause(int n, int c, String[] xpos, int[] heads, int[] rels) {
        boolean subject = false;
        boolean finite = finiteTag(xpos[c]);
        for (int k = 0; k < n; k++) {
            if (heads[k] == c) {
                subject |= rels[k] == nsubj;
                finite |= rels[k] == aux && k < c && xpos[k].equals("MD");
            }
        }
        return subject && finite;
    }

    private static boolean finiteTag(String xpos) {
        return xpos.equals("VBD") || xpos.equals("VBZ") || xpos.equals("VBP");
    }

    private static Set<String> read() {
        Set<String> verbs = new HashSet<>();
        try (InputStream in = ThatlessComplement.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + ThatlessComplement.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    verbs.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(verbs);
    }
}
