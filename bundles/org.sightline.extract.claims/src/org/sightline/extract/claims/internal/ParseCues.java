package org.sightline.extract.claims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.DependencyTree;
import org.sightline.nlp.api.UPos;

/**
 * Rule family "parse": cue verbs the surface rules left, read on the dependency parse. The source is
 * the verb's subject (or a passive's agent, or none), the content its complement: a clause ("confirmed
 * that ..."), an infinitive ("refused to ..."), a prepositional object the cue takes ("asked about ...")
 * or a noun phrase ("denied the report", "a poll shows record support"), each gated by the frames the
 * lexicon gives the verb. Runs after the surface rules on the tokens they left (the shared consumption
 * mask), and takes the verbs of a sentence outermost first (by depth in the tree), so a cue inside an
 * attribution's content is never taken before the attribution that contains it.
 * <ul>
 * <li>{@code parse-verb}: active verb with subject and complement;</li>
 * <li>{@code parse-passive}: passive verb with a clausal or infinitival complement ("is said to",
 * "was reported that"), its subject a second content piece, the by-agent (if any) the source;</li>
 * </ul>
 */
final class ParseCues {

    static final String VERB = "parse-verb";
    static final String PASSIVE = "parse-passive";
    /** Personal pronouns as objects are hearers or targets, not content. */
    /** Pronouns that do not name a person or body (relative "which/that" of a thing, demonstratives). */
    private static final Set<String> NON_PERSONS = Set.of("it", "which", "that", "this", "these", "those", "what", "there");
    /** Documents and records that speak for their authors ("the report says", "court filings claim"). */
    private static final Set<String> DOCUMENTS = Set.of("report", "study", "poll", "survey", "document", "paper", "article",
            "letter", "memo", "email", "tweet", "post", "filing", "lawsuit", "complaint", "ruling", "statement", "release",
            "book", "analysis", "research", "record", "transcript", "video", "footage", "message", "note", "website",
            "ad", "campaign", "petition", "indictment", "affidavit", "order", "bill", "law", "resolution", "draft", "plan");
    private static final Set<String> PERSONS = Set.of("i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them");

    private final AnnotatedText t;
    private final DependencyTree tree;
    private final boolean[] used;
    private final Predicate<int[]> holder;

    /** @param used the consumption mask; @param holder whether a token span can hold a stance (a person or body) */
    ParseCues(AnnotatedText t, boolean[] used, Predicate<int[]> holder) {
        this.t = t;
        this.tree = t.tree();
        this.used = used;
        this.holder = holder;
    }

    /** The attributions of sentence {@code s}, outermost first; each is marked used before the next is read. */
    void sentence(int s, Consumer<Attribution.Found> accept) {
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        List<Integer> verbs = new ArrayList<>();
        for (int i = first; i < end; i++) {
            if (!used[i] && t.upos(i) == UPos.VERB && CueLexicon.VERBS.containsKey(t.lemma(i))) {
                verbs.add(i);
            }
        }
        verbs.sort((a, b) -> Integer.compare(depth(a), depth(b)));
        for (int i : verbs) {
            if (used[i]) {
                continue;
            }
            Attribution.Found f = read(i, first, end);
            if (f != null) {
                accept.accept(f);
            }
        }
    }

    private int depth(int i) {
        int d = 0;
        for (int p = t.head(i); p >= 0; p = t.head(p)) {
            d++;
        }
        return d;
    }

    private Attribution.Found read(int i, int first, int end) {
        String lemma = t.lemma(i);
        Cue cue = CueLexicon.verb(lemma);
        if (cue == null) {
            return null;
        }
        DepRel rel = t.deprel(i);
        if (rel.is(DepRel.AMOD) || rel.is(DepRel.COMPOUND) || t.token(i).contains("-")) {
            return null; // "a disputed claim", "self-proclaimed": modifiers, not predications
        }
        boolean passive = tree.isPassive(i);
        int[] content = complement(i, cue, passive);
        if (content == null) {
            return null;
        }
        Attribution.Found f = new Attribution.Found();
        f.cueLemma = lemma;
        f.type = CueLexicon.VERBS.get(lemma);
        // the verb group: auxiliaries, negation and adverbs right before the verb ("will not immediately confirm")
        int cb = i;
        for (int p = i - 1; p >= first && t.head(p) == i && !used[p]; p--) {
            DepRel r = t.deprel(p);
            if (r.is(DepRel.AUX) || r.is(DepRel.ADVMOD) && t.upos(p) != UPos.SCONJ && Character.isLowerCase(t.token(p).charAt(0))
                    || t.upos(p) == UPos.PART && !t.token(p).equalsIgnoreCase("to")) {
                cb = p;
            } else {
                break;
            }
        }
        int ce = i + 1;
        while (ce < end && t.head(ce) == i && t.deprel(ce).is(DepRel.COMPOUND_PRT) && !used[ce]) {
            ce++; // "stand by", "speak out"
        }
        if (content[0] < ce && content[1] > cb) {
            return null;
        }
        for (int x = cb; x < ce; x++) {
            if (used[x]) {
                return null;
            }
        }
        f.cueFirst = cb;
        f.cueEnd = ce;
        if (passive) {
            f.rule = PASSIVE;
            int agent = tree.agent(i);
            if (agent < 0 && !tree.hasChild(i, DepRel.CCOMP)) {
                return null; // "will be asked to identify themselves": the subject is a hearer; "is expected to" is the surface rule's
            }
            if (agent >= 0) {
                int[] src = phrase(agent);
                if (src[0] < src[1] && t.lemma(src[0]).equals("by")) {
                    src[0]++;
                }
                if (!disjoint(src, content) || src[0] >= src[1]) {
                    return null;
                }
                f.srcFirst = src[0];
                f.srcEnd = src[1];
            }
            f.content.add(content);
            int subject = tree.child(i, DepRel.NSUBJ);
            if (subject >= 0 && t.upos(subject) != UPos.PRON) {
                int[] subj = phrase(subject);
                if (disjoint(subj, content) && free(subj) && subj[0] < subj[1]) {
                    f.content.add(0, subj); // "the talks are expected | to resume": both pieces
                }
            }
            return f;
        }
        int subject = tree.subject(i);
        int[] src;
        if (subject < 0 && (rel == DepRel.PARATAXIS || rel == DepRel.APPOS) && t.head(i) < i && t.upos(t.head(i)).isNominal()) {
            // "Pankaj Pandey, head of research at X, pointed out that": the parser hung the verb on the name
            int h = t.head(i);
            src = new int[] {tree.subtreeBegin(h), tree.subtreeBegin(i)};
            while (src[1] > src[0] && t.upos(src[1] - 1) == UPos.PUNCT) {
                src[1]--;
            }
            if (src[0] < first || src[1] <= src[0] || tree.subtreeEnd(h) > tree.subtreeEnd(i)) {
                return null;
            }
            subject = h;
        } else if (subject < 0 || tree.deprel(subject).is(DepRel.CSUBJ)) {
            return null;
        } else {
            src = phrase(subject);
        }
        if (src[0] >= src[1] || !disjoint(src, content) || src[0] < cb && src[1] > cb) {
            return null;
        }
        if (!canSay(subject, cue.cueClass())) {
            return null;
        }
        f.rule = VERB;
        f.srcFirst = src[0];
        f.srcEnd = src[1];
        f.content.add(content);
        return f;
    }

    /**
     * Whether the subject (its head token) can be the source for a cue of this class: evidence verbs take
     * anything ("the video shows"); speech verbs people, bodies and documents ("the report says", "it said");
     * stance, cognition, perception and decree only people and bodies ("the rule requires", "the attack affirms",
     * "the grant will support" are no attributions).
     */
    private boolean canSay(int head, CueClass cls) {
        if (cls == CueClass.EVIDENCE) {
            return true;
        }
        String lemma = t.lemma(head).toLowerCase(java.util.Locale.ROOT);
        UPos pos = t.upos(head);
        if (pos == UPos.PRON) {
            return !NON_PERSONS.contains(lemma) || cls == CueClass.SPEECH && lemma.equals("it");
        }
        if (pos == UPos.PROPN || CueLexicon.SHARED.isHolderNoun(lemma) || holder.test(new int[] {head, head + 1})) {
            return true;
        }
        return cls == CueClass.SPEECH && (DOCUMENTS.contains(lemma) || CueLexicon.SHARED.get(Cue.Kind.NOUN, lemma) != null);
    }

    /** The content the verb's frames allow, as [first, end), or null. */
    private int[] complement(int i, Cue cue, boolean passive) {
        for (int c : tree.children(i)) {
            if (used[c]) {
                continue;
            }
            DepRel r = t.deprel(c);
            if (r.is(DepRel.CCOMP) && (cue.takes(Frame.THAT) || cue.takes(Frame.WH) || cue.takes(Frame.OBJ_THAT)
                    || cue.takes(Frame.CLAUSE) || cue.takes(Frame.QUOTE) && Attribution.isQuote(t.token(tree.subtreeBegin(c))))) {
                return freeOrNull(phrase(c));
            }
            if (r == DepRel.XCOMP && (cue.takes(Frame.TO) || cue.takes(Frame.OBJ_TO)) && marked(c, "to")) {
                return freeOrNull(phrase(c));
            }
            if (r == DepRel.XCOMP && c > i && cue.takes(Frame.NP) && cue.origin().contains("curated") && !tree.hasChild(c, DepRel.MARK)
                    && t.token(tree.subtreeBegin(c)).toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
                return freeOrNull(phrase(c)); // a gerund as the object: "denied being unfair", "considered leaving"
            }
        }
        if (passive) {
            return null;
        }
        boolean object = tree.hasChild(i, DepRel.OBJ);
        for (int c : tree.children(i)) {
            if (used[c] || c < i) {
                continue;
            }
            DepRel r = t.deprel(c);
            if (r == DepRel.OBL && cue.takes(Frame.PREP) && (!object || cue.takes(Frame.OBJ_THAT) || cue.takes(Frame.OBJ_TO))) {
                int k = tree.child(c, DepRel.CASE);
                if (k >= 0 && cue.particles().contains(t.lemma(k))) {
                    return freeOrNull(phrase(c)); // "asked about the delay", "warned of"
                }
            }
            // a noun-phrase content only where the lexicon's curators vouch for the NP frame (WordNet's are
            // too broad: "magnified these protests") and not a person ("wanted us", "called him"): a hearer
            // a stance towards a party ("supports the SDF") is aid or alliance, towards a proposal an attitude
            if (r == DepRel.OBJ && cue.takes(Frame.NP) && cue.origin().contains("curated") && !PERSONS.contains(t.lemma(c))
                    && !(cue.cueClass() == CueClass.STANCE && (t.upos(c) == UPos.PROPN || holder.test(new int[] {c, c + 1})))
                    && !(cue.takes(Frame.PREP) && !cue.takes(Frame.THAT) && !cue.takes(Frame.TO))) {
                return freeOrNull(phrase(c));
            }
        }
        return null;
    }

    private boolean marked(int c, String word) {
        int m = tree.child(c, DepRel.MARK);
        return m >= 0 && t.token(m).equalsIgnoreCase(word);
    }

    /** The subtree of {@code c} without punctuation at its edges. */
    private int[] phrase(int c) {
        int b = tree.subtreeBegin(c);
        int e = tree.subtreeEnd(c);
        while (b < e && t.upos(b) == UPos.PUNCT && !Attribution.isQuote(t.token(b))) {
            b++;
        }
        while (e > b && t.upos(e - 1) == UPos.PUNCT && !Attribution.isQuote(t.token(e - 1))) {
            e--;
        }
        return new int[] {b, e};
    }

    private int[] freeOrNull(int[] span) {
        return span[0] < span[1] && free(span) ? span : null;
    }

    private boolean free(int[] span) {
        for (int x = span[0]; x < span[1]; x++) {
            if (used[x]) {
                return false;
            }
        }
        return true;
    }

    private static boolean disjoint(int[] a, int[] b) {
        return a[1] <= b[0] || b[1] <= a[0];
    }
}
