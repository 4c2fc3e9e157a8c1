package org.sightline.nlp.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Universal Dependencies relations (UD v2): the 37 universal ones and the English subtypes of UD English
 * EWT (e.g. {@code nsubj:pass}, {@code acl:relcl}, {@code compound:prt}). {@link #universal()} drops the
 * subtype ({@code NSUBJ_PASS.universal() == NSUBJ}). Rules compare relations with this enum, not with
 * strings.
 *
 * @since 0.2.0
 */
public enum DepRel {
    ACL("acl"), ADVCL("advcl"), ADVMOD("advmod"), AMOD("amod"), APPOS("appos"), AUX("aux"), CASE("case"),
    CC("cc"), CCOMP("ccomp"), CLF("clf"), COMPOUND("compound"), CONJ("conj"), COP("cop"), CSUBJ("csubj"),
    DEP("dep"), DET("det"), DISCOURSE("discourse"), DISLOCATED("dislocated"), EXPL("expl"), FIXED("fixed"),
    FLAT("flat"), GOESWITH("goeswith"), IOBJ("iobj"), LIST("list"), MARK("mark"), NMOD("nmod"), NSUBJ("nsubj"),
    NUMMOD("nummod"), OBJ("obj"), OBL("obl"), ORPHAN("orphan"), PARATAXIS("parataxis"), PUNCT("punct"),
    REPARANDUM("reparandum"), ROOT("root"), VOCATIVE("vocative"), XCOMP("xcomp"),
    // English subtypes (UD English EWT 2.15, plus earlier releases' names)
    ACL_RELCL("acl:relcl"), ADVCL_RELCL("advcl:relcl"), AUX_PASS("aux:pass"), CC_PRECONJ("cc:preconj"),
    COMPOUND_PRT("compound:prt"), CSUBJ_OUTER("csubj:outer"), CSUBJ_PASS("csubj:pass"), DET_PREDET("det:predet"),
    FLAT_FOREIGN("flat:foreign"), NMOD_DESC("nmod:desc"), NMOD_NPMOD("nmod:npmod"), NMOD_POSS("nmod:poss"),
    NMOD_TMOD("nmod:tmod"), NMOD_UNMARKED("nmod:unmarked"), NSUBJ_OUTER("nsubj:outer"), NSUBJ_PASS("nsubj:pass"),
    OBL_AGENT("obl:agent"), OBL_NPMOD("obl:npmod"), OBL_TMOD("obl:tmod"), OBL_UNMARKED("obl:unmarked");

    private static final Map<String, DepRel> BY_LABEL = new HashMap<>();

    static {
        for (DepRel r : values()) {
            BY_LABEL.put(r.label, r);
        }
    }

    private final String label;

    DepRel(String label) {
        this.label = label;
    }

    /** The label as written in CoNLL-U ("nsubj:pass"). */
    public String label() {
        return label;
    }

    /** The universal relation without its subtype: NSUBJ for NSUBJ_PASS; itself for a universal one. */
    public DepRel universal() {
        int colon = label.indexOf(':');
        return colon < 0 ? this : BY_LABEL.get(label.substring(0, colon));
    }

    /** True when this is {@code r} or a subtype of it ({@code NSUBJ_PASS.is(NSUBJ)}). */
    public boolean is(DepRel r) {
        return this == r || universal() == r;
    }

    /**
     * The relation written as in CoNLL-U; an unknown subtype falls back to its universal relation, an
     * unknown relation to {@link #DEP} (UD's "unspecified dependency").
     */
    public static DepRel of(String label) {
        if (label == null) {
            return DEP;
        }
        String l = label.toLowerCase(Locale.ROOT);
        DepRel r = BY_LABEL.get(l);
        if (r == null) {
            int colon = l.indexOf(':');
            r = colon < 0 ? null : BY_LABEL.get(l.substring(0, colon));
        }
        return r == null ? DEP : r;
    }

    @Override
    public String toString() {
        return label;
    }
}
