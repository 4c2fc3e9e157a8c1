package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.DependencyTree;
import org.sightline.nlp.api.UPos;

/**
 * The features of a candidate cue token for the learned cue scorer ({@link LearnedCues}), read from
 * Sightline's own annotation, the parse, the cue lexicon and what the hand rules found so far: lemma and tag,
 * the lexicon entry, the token's relation and its dependents' (with their case or mark word), quotes around
 * and below it, the kind of subject, negation, passive, and whether a hand rule took the token or a token
 * governing it. Names are short strings ({@code key=value}); the model knows only those seen in training.
 */
final class CueFeatures extends ContextView {

    private final DependencyTree tree;
    /** Tokens that are the cue of an attribution found so far. */
    private final boolean[] cueToken;

    CueFeatures(RuleContext ctx) {
        super(ctx);
        this.tree = ctx.t.tree();
        this.cueToken = new boolean[n];
        for (Found f : ctx.found) {
            for (int x = f.cueFirst; x < f.cueEnd; x++) {
                cueToken[x] = true;
            }
        }
    }

    /** Whether token {@code i} is a candidate: a verb, noun, adjective or adverb. */
    static boolean candidate(UPos pos) {
        return pos == UPos.VERB || pos == UPos.NOUN || pos == UPos.ADJ || pos == UPos.ADV;
    }

    /** The lexicon entry for the token's word class and lemma, or null. */
    Cue lexiconEntry(int i) {
        String lemma = t.lemma(i).toLowerCase(Locale.ROOT);
        return switch (t.upos(i)) {
            case VERB -> ctx.parse.cueOf(i);
            case NOUN -> CueLexicon.SHARED.get(Cue.Kind.NOUN, lemma);
            case ADJ -> CueLexicon.SHARED.get(Cue.Kind.ADJECTIVE, lemma);
            case ADV -> CueLexicon.SHARED.get(Cue.Kind.ADVERB, lemma);
            default -> null;
        };
    }

    /**
     * The features of candidate token {@code i} in sentence {@code s}, with those of the claim {@code learned-cue}
     * would make of it ({@code reading}; null: none).
     */
    String[] of(int i, int s, Found reading) {
        List<String> f = new ArrayList<>(48);
        String lemma = t.lemma(i).toLowerCase(Locale.ROOT);
        UPos pos = t.upos(i);
        String p = pos.name();
        String rel = t.deprel(i).label();
        f.add("bias");
        f.add("w=" + lemma);
        f.add("p=" + p);
        f.add("wp=" + lemma + "|" + p);
        f.add("rel=" + p + "|" + rel);
        f.add("wrel=" + lemma + "|" + rel);
        f.add("x=" + t.xpos(i));
        Cue cue = lexiconEntry(i);
        String lex = cue == null ? "none" : cue.cueClass().name() + (cue.origin().contains("curated") ? "+c" : "");
        f.add("lex=" + lex);
        f.add("lexp=" + lex + "|" + p);
        if (cue != null) {
            f.add("type=" + cue.type());
            for (Frame fr : Frame.values()) { // in declaration order, not the set's (which varies from run to run)
                if (cue.takes(fr)) {
                    f.add("frame=" + fr.name());
                }
            }
        }
        int h = t.head(i);
        if (h >= 0) {
            f.add("head=" + t.upos(h).name() + "|" + rel);
            Cue hc = t.upos(h) == UPos.VERB ? ctx.parse.cueOf(h) : null;
            f.add("headlex=" + (hc == null ? "none" : hc.cueClass().name()) + "|" + rel);
        } else {
            f.add("head=root");
        }
        boolean object = false;
        for (int c : tree.children(i)) {
            DepRel r = t.deprel(c);
            String cr = r.label();
            if (r.is(DepRel.PUNCT) || r.is(DepRel.DET)) {
                continue;
            }
            object |= r.is(DepRel.OBJ);
            String word = "";
            if (r.is(DepRel.OBL) || r.is(DepRel.ADVCL) || r.is(DepRel.NMOD) || r.is(DepRel.CCOMP) || r.is(DepRel.XCOMP)
                    || r.is(DepRel.ACL)) {
                int k = tree.child(c, DepRel.CASE, DepRel.MARK);
                if (k >= 0) {
                    word = ":" + lower(k);
                }
            }
            String side = c < i ? "<" : ">";
            f.add("c=" + cr + word + side);
            f.add("lc=" + lex + "|" + cr + word);
            f.add("pc=" + p + "|" + cr + word);
            if (Quotes.isQuote(t.token(tree.subtreeBegin(c))) && c > i) {
                f.add("cq=" + cr);
            }
            if (r.is(DepRel.NSUBJ) || r.is(DepRel.CSUBJ)) {
                f.add("subj=" + subjectKind(c) + side);
                f.add("lsubj=" + lex + "|" + subjectKind(c));
            }
            if (r.is(DepRel.OBL_AGENT) || r.is(DepRel.OBL) && word.equals(":by")) {
                f.add("agent=" + subjectKind(c));
            }
            if (r.is(DepRel.OBJ)) {
                f.add("obj=" + subjectKind(c));
            }
        }
        if (tree.subject(i) < 0) {
            f.add("subj=none");
            f.add("lsubj=" + lex + "|none");
        }
        if (!object) {
            f.add("noobj|" + p);
        }
        if (tree.isNegated(i)) {
            f.add("neg");
        }
        if (pos == UPos.VERB && tree.isPassive(i)) {
            f.add("passive");
        }
        // quotes: inside one, right after one ("“…,” said"), right before one ("said: “…")
        int first = t.sentenceFirstToken(s);
        boolean inQuote = false;
        for (int x = first; x < i; x++) {
            String w = t.token(x);
            if (w.equals("“")) {
                inQuote = true;
            } else if (w.equals("”")) {
                inQuote = false;
            } else if (w.equals("\"")) {
                inQuote = !inQuote;
            }
        }
        if (inQuote) {
            f.add("inquote");
        }
        if (ctx.quotes.hasQuote(Math.max(first, i - 3), i)) {
            f.add("quote<");
        }
        if (ctx.quotes.hasQuote(i + 1, Math.min(t.sentenceEndToken(s), i + 3))) {
            f.add("quote>");
        }
        // what the hand rules took: the token, a governor (outermost only), a dependent
        if (used[i]) {
            f.add(cueToken[i] ? "used=cue" : "used=other");
        }
        for (int a = h, d = 1; a >= 0; a = t.head(a), d++) {
            if (cueToken[a]) {
                f.add("gov=cue" + (d == 1 ? "1" : "+"));
                break;
            }
            if (t.upos(a) == UPos.VERB && ctx.parse.cueOf(a) != null && !used[a]) {
                f.add("gov=lexfree");
            }
        }
        if (h >= 0 && used[h] && !cueToken[h]) {
            f.add("head=used");
        }
        if (reading == null) {
            f.add("reading=none");
        } else {
            int[] c = reading.content.get(0);
            String kind = Quotes.isQuote(t.token(c[0])) ? "quote" : lower(c[0]).equals("that") ? "that"
                    : lower(c[0]).equals("to") ? "to" : t.upos(c[0]).name();
            String src = reading.srcFirst < 0 ? "none" : "yes";
            f.add("rc=" + kind);
            f.add("rs=" + src);
            f.add("rcs=" + kind + "|" + src);
            f.add("lrc=" + lex + "|" + kind);
            f.add("wrc=" + lemma + "|" + kind);
            f.add("rlen=" + Math.min(4, (c[1] - c[0]) / 5));
            f.add("rpieces=" + reading.content.size());
        }
        return f.toArray(String[]::new);
    }

    /** A coarse kind of subject, object or agent: a pronoun by lemma, a name, an actor, a holder, a document, a noun. */
    private String subjectKind(int c) {
        String lemma = t.lemma(c).toLowerCase(Locale.ROOT);
        UPos pos = t.upos(c);
        if (pos == UPos.PRON) {
            return "pron:" + lemma;
        }
        int b = tree.subtreeBegin(c);
        int e = tree.subtreeEnd(c);
        if (!ctx.actors.mentionsIn(t.tokenBegin(b), t.tokenEnd(e - 1)).isEmpty() && (pos == UPos.PROPN || pos == UPos.NOUN)) {
            return "actor";
        }
        if (pos == UPos.PROPN) {
            return "propn";
        }
        if (CueLexicon.SHARED.isHolderNoun(lemma)) {
            return "holder";
        }
        if (DOCUMENTS.contains(lemma)) {
            return "document";
        }
        return pos.name().toLowerCase(Locale.ROOT);
    }
}
