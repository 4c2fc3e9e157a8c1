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
 * <li>{@code parse-passive}: passive verb with a that-clause or a by-agent ("it was reported that",
 * "was approved by"), its subject a second content piece, the agent (if any) the source;</li>
 * <li>{@code parse-adverb}: "reportedly", "allegedly": the clause they modify, sourceless;</li>
 * <li>{@code parse-parenthetical}: "The landers, he said, could deliver ...": both sides are the content.</li>
 * </ul>
 */
final class ParseCues {

    static final String VERB = "parse-verb";
    static final String PASSIVE = "parse-passive";
    static final String ADVERB = "parse-adverb";
    static final String PARENTHETICAL = "parse-parenthetical";
    /** Personal pronouns as objects are hearers or targets, not content. */
    /** Pronouns that do not name a person or body (relative "which/that" of a thing, demonstratives). */
    private static final Set<String> NON_PERSONS = Set.of("it", "which", "that", "this", "these", "those", "what", "there");
    /** Documents and records that speak for their authors ("the report says", "court filings claim"). */
    private static final Set<String> DOCUMENTS = Set.of("report", "study", "poll", "survey", "document", "paper", "article",
            "letter", "memo", "email", "tweet", "post", "filing", "lawsuit", "complaint", "ruling", "statement", "release",
            "book", "analysis", "research", "record", "transcript", "video", "footage", "message", "note", "website",
            "ad", "campaign", "petition", "indictment", "affidavit", "order", "bill", "law", "resolution", "draft", "plan");
    /** Measures and ideas one can support or oppose (with DOCUMENTS and the noun cues: "the plan", "the decision"). */
    private static final Set<String> PROPOSALS = Set.of("proposal", "idea", "measure", "policy", "move", "deal", "reform",
            "ban", "change", "legislation", "amendment", "candidacy", "nomination", "impeachment", "inquiry", "investigation",
            "sanction", "tariff", "strike", "treaty", "accord", "ceasefire", "truce", "initiative", "approach", "effort");
    /** Words that open a clause of its own after a comma. */
    private static final Set<String> CLAUSE_LINKS = Set.of("as", "while", "but", "though", "although", "whereas", "even",
            "and", "yet");
    private static final Set<String> RELATIVES = Set.of("which", "that", "who");
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
            if (!used[i] && t.upos(i) == UPos.VERB && cueOf(i) != null) {
                verbs.add(i);
            } else if (!used[i] && t.upos(i) == UPos.ADV) {
                adverb(i, first, accept);
            }
        }
        for (int i = first + 2; i < end; i++) {
            if (!used[i] && t.upos(i) == UPos.VERB) {
                parenthetical(i, first, end, accept);
            }
        }
        verbs.removeIf(v -> used[v]);
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

    /**
     * "parse-passive" for a label: "Settlements are widely seen as one of the hardest issues": the cue runs
     * to "as", the subject and the label are the content, the by-agent (if any) the source.
     */
    private Attribution.Found passiveLabel(int i, Cue cue, int first) {
        int as = asPhrase(i);
        int subject = tree.child(i, DepRel.NSUBJ);
        if (as < 0 || subject < 0 || subject > i || t.upos(subject) == UPos.PRON || tree.agent(i) >= 0) {
            return null;
        }
        int k = tree.subtreeBegin(as);
        if (k != i + 1) {
            return null;
        }
        int cb = groupStart(i, first);
        int[] subj = phrase(subject);
        int[] label = {k + 1, tree.subtreeEnd(as)};
        while (label[1] > label[0] && t.upos(label[1] - 1) == UPos.PUNCT) {
            label[1]--;
        }
        if (label[0] >= label[1] || subj[1] > cb || !free(subj) || !free(label) || !free(new int[] {cb, k + 1})) {
            return null;
        }
        Attribution.Found f = new Attribution.Found();
        f.rule = PASSIVE;
        f.cueLemma = cue.lemma();
        f.type = org.sightline.extract.claims.api.ClaimType.valueOf(cue.type());
        f.cueFirst = cb;
        f.cueEnd = k + 1;
        f.content.add(subj);
        f.content.add(label);
        return f;
    }

    /** First token of the verb group ending at verb {@code i}: auxiliaries, negation, adverbs ("will not immediately"). */
    int groupStart(int i, int first) {
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
        return cb;
    }

    /** The cue of verb {@code i}: with its particle where the lexicon has the phrasal verb ("pointed out"), else alone. */
    Cue cueOf(int i) {
        int prt = tree.child(i, DepRel.COMPOUND_PRT);
        if (prt > i) {
            Cue phrasal = CueLexicon.verb(t.lemma(i) + " " + t.token(prt).toLowerCase(java.util.Locale.ROOT));
            if (phrasal != null) {
                return phrasal;
            }
        }
        return CueLexicon.verb(t.lemma(i));
    }

    /**
     * "parse-adverb": a cue adverb ("reportedly", "allegedly") makes the clause it modifies a sourceless
     * attribution; the content is the clause without the adverb (two pieces when it stands inside).
     */
    private void adverb(int a, int first, Consumer<Attribution.Found> accept) {
        Cue cue = CueLexicon.SHARED.get(Cue.Kind.ADVERB, t.lemma(a).toLowerCase(java.util.Locale.ROOT));
        int h = t.head(a);
        if (cue == null || h < 0 || !t.deprel(a).is(DepRel.ADVMOD)) {
            return;
        }
        int[] clause = phrase(h);
        if (!free(clause) || clause[0] < first) {
            return;
        }
        Attribution.Found f = new Attribution.Found();
        f.rule = ADVERB;
        f.cueLemma = cue.lemma();
        f.type = org.sightline.extract.claims.api.ClaimType.valueOf(cue.type());
        f.cueFirst = a;
        f.cueEnd = a + 1;
        int before = a;
        while (before > clause[0] && t.upos(before - 1) == UPos.PUNCT) {
            before--;
        }
        int after = a + 1;
        while (after < clause[1] && t.upos(after) == UPos.PUNCT) {
            after++;
        }
        if (before > clause[0]) {
            f.content.add(new int[] {clause[0], before});
        }
        if (after < clause[1]) {
            f.content.add(new int[] {after, clause[1]});
        }
        if (!f.content.isEmpty()) {
            accept.accept(f);
        }
    }

    /**
     * "parse-parenthetical": a reporting clause set off by commas inside the sentence it reports ("The
     * larger landers, he said, could deliver tools", "Prices, officials said, will rise"): the source is the
     * short noun phrase before the verb, the content the sentence on both sides of the commas.
     */
    private void parenthetical(int i, int first, int end, Consumer<Attribution.Found> accept) {
        Cue cue = CueLexicon.verb(t.lemma(i));
        if (cue == null || cue.cueClass() != CueClass.SPEECH || !cue.takes(Frame.QUOTE)) {
            return;
        }
        int after = i + 1;
        while (after < end && after - i <= 4 && !t.token(after).equals(",") && tree.dominates(i, after)
                && t.upos(after) != UPos.VERB) {
            after++; // a time or place after the verb stays in the cue's clause ("officials said on Friday,")
        }
        if (after >= end || !t.token(after).equals(",")) {
            return;
        }
        int open = i - 1;
        while (open > first && i - open <= 6 && !t.token(open).equals(",")) {
            UPos p = t.upos(open);
            if (!(p == UPos.PRON || p == UPos.PROPN || p == UPos.NOUN || p == UPos.DET || p == UPos.ADJ || p == UPos.AUX
                    || p == UPos.ADV)) {
                return;
            }
            open--;
        }
        if (open <= first || open >= i - 1 || !t.token(open).equals(",")) {
            return;
        }
        int stop = end;
        while (stop > after + 1 && t.upos(stop - 1) == UPos.PUNCT && !Attribution.isQuote(t.token(stop - 1))) {
            stop--;
        }
        int srcFirst = open + 1;
        int cueFirst = i;
        while (cueFirst - 1 > srcFirst && (t.upos(cueFirst - 1) == UPos.AUX || t.upos(cueFirst - 1) == UPos.ADV)) {
            cueFirst--;
        }
        int[] before = {first, open};
        int[] rest = {after + 1, stop};
        if (rest[1] - rest[0] < 2 || !free(before) || !free(rest) || !free(new int[] {srcFirst, after})
                || Attribution.isQuote(t.token(first))) {
            return; // a quote split by its source is the surface rules' ("“A,” he said, “B.”")
        }
        Attribution.Found f = new Attribution.Found();
        f.rule = PARENTHETICAL;
        f.cueLemma = cue.lemma();
        f.type = org.sightline.extract.claims.api.ClaimType.valueOf(cue.type());
        f.srcFirst = srcFirst;
        f.srcEnd = cueFirst;
        f.cueFirst = cueFirst;
        f.cueEnd = i + 1;
        f.content.add(before);
        f.content.add(rest);
        accept.accept(f);
    }

    /**
     * Boundaries: a content ends before ", as/while/but/though ..." when that clause has a cue verb with a
     * subject of its own ("said it is committed to the formula, as the city's police deny accusations"):
     * the next clause is a second attribution, not part of the first one's content.
     */
    void cutBeforeNextAttribution(Attribution.Found f) {
        for (int[] piece : f.content) {
            for (int k = piece[0] + 2; k < piece[1] - 2; k++) {
                if (!t.token(k - 1).equals(",") || !CLAUSE_LINKS.contains(t.token(k).toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                boolean cut = false;
                for (int v = k + 1; v < piece[1] && !cut; v++) {
                    DepRel r = t.deprel(v);
                    if (t.upos(v) == UPos.VERB && cueOf(v) != null
                            && (r.is(DepRel.ADVCL) || r.is(DepRel.CONJ) || r.is(DepRel.PARATAXIS) || r == DepRel.ROOT)) {
                        int subject = tree.subject(v);
                        cut = subject > k && subject < v && !RELATIVES.contains(t.lemma(subject).toLowerCase(java.util.Locale.ROOT));
                    }
                }
                for (int q = piece[0]; q < k && cut; q++) {
                    cut = !Attribution.isQuote(t.token(q)); // a quotation is the speaker's words, whatever clauses it holds
                }
                if (cut) {
                    piece[1] = k - 1;
                    break;
                }
            }
        }
    }

    /**
     * Whether cue verb {@code i} stands inside the complement of an outer cue verb this rule would take
     * ("a poll shows that most voters oppose the plan"): the outer attribution comes first, the inner is
     * part of its content (guidelines: only the outermost counts).
     */
    boolean nestedInOuterCue(int i) {
        for (int c = i, p = t.head(i); p >= 0; c = p, p = t.head(p)) {
            DepRel r = t.deprel(c);
            if (!(r.is(DepRel.CCOMP) || r == DepRel.XCOMP || r.is(DepRel.CONJ) && t.head(c) != i)) {
                if (!r.is(DepRel.ADVCL) && !r.is(DepRel.ACL)) {
                    continue;
                }
                return false;
            }
            if (t.upos(p) == UPos.VERB && !used[p] && cueOf(p) != null) {
                Attribution.Found outer = read(p, t.sentenceFirstToken(t.sentenceOf(p)), t.sentenceEndToken(t.sentenceOf(p)));
                if (outer != null) {
                    for (int[] piece : outer.content) {
                        if (piece[0] <= i && i < piece[1]) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private Attribution.Found read(int i, int first, int end) {
        Cue cue = cueOf(i);
        if (cue == null) {
            return null;
        }
        String lemma = cue.lemma();
        DepRel rel = t.deprel(i);
        if (rel.is(DepRel.AMOD) || rel.is(DepRel.COMPOUND) || t.token(i).contains("-")) {
            return null; // "a disputed claim", "self-proclaimed": modifiers, not predications
        }
        boolean passive = tree.isPassive(i);
        if (passive) {
            Attribution.Found label = passiveLabel(i, cue, first);
            if (label != null) {
                return label;
            }
        }
        int[] content = complement(i, cue, passive);
        if (content == null) {
            return null;
        }
        Attribution.Found f = new Attribution.Found();
        f.cueLemma = lemma;
        f.type = org.sightline.extract.claims.api.ClaimType.valueOf(cue.type());
        int cb = groupStart(i, first);
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
        if (src[1] < cb && t.token(src[1]).equals(",") && t.text().substring(t.tokenBegin(src[0]), t.tokenEnd(src[1] - 1)).contains(",")) {
            src[1]++; // an appositive keeps its closing comma, as the guidelines' sources do ("X, a spokesman,")
        }
        if (src[0] >= src[1] || !disjoint(src, content) || src[0] < cb && src[1] > cb) {
            return null;
        }
        int speaker = subject;
        if (RELATIVES.contains(t.lemma(subject).toLowerCase(java.util.Locale.ROOT)) && rel.is(DepRel.ACL) && t.head(i) >= 0) {
            speaker = t.head(i); // "a blog post that said ...": the relative pronoun stands for "post"
        }
        if (!canSay(speaker, cue.cueClass())) {
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

    /** Whether noun {@code c} names something proposed or said: a document, a measure, a speech act. */
    private boolean proposal(int c) {
        String lemma = t.lemma(c).toLowerCase(java.util.Locale.ROOT);
        return t.upos(c) == UPos.NOUN && (DOCUMENTS.contains(lemma) || PROPOSALS.contains(lemma)
                || CueLexicon.SHARED.get(Cue.Kind.NOUN, lemma) != null);
    }

    /** The content the verb's frames allow, as [first, end), or null. */
    private int[] complement(int i, Cue cue, boolean passive) {
        int as = asPhrase(i);
        int obj = tree.object(i);
        if (as >= 0 && !passive && obj > i && obj < as) {
            // a label: "touted the plan as a step toward higher pay": object and label are the content
            int e = tree.subtreeEnd(as);
            for (int c : tree.children(i)) {
                if (c > as && t.upos(c) != UPos.PUNCT) {
                    e = Math.max(e, tree.subtreeEnd(c));
                }
            }
            return freeOrNull(new int[] {tree.subtreeBegin(obj), e});
        }
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
                if (obj > i && obj < c && cue.takes(Frame.OBJ_TO)) {
                    return freeOrNull(new int[] {tree.subtreeBegin(obj), phrase(c)[1]}); // "urged him to press": the guidelines keep the object
                }
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
            // a stance towards a proposal is an attitude ("opposes the bill"), towards a party or an activity
            // aid or alliance ("supports the SDF", "will support the exercise")
            if (r == DepRel.OBJ && cue.takes(Frame.NP) && cue.origin().contains("curated") && !PERSONS.contains(t.lemma(c))
                    && !(cue.cueClass() == CueClass.STANCE && !proposal(c))
                    && !(cue.takes(Frame.PREP) && !cue.takes(Frame.THAT) && !cue.takes(Frame.TO))) {
                return freeOrNull(phrase(c));
            }
        }
        return null;
    }

    /** The verb's "as" phrase ("seen as a threat"), or -1. */
    private int asPhrase(int i) {
        for (int c : tree.children(i)) {
            if (c > i && t.deprel(c).is(DepRel.OBL) || c > i && t.deprel(c).is(DepRel.ADVCL)) {
                int k = tree.child(c, DepRel.CASE, DepRel.MARK);
                if (k >= 0 && k < c && t.token(k).equalsIgnoreCase("as") && tree.subtreeBegin(c) == k) {
                    return c;
                }
            }
        }
        return -1;
    }

    private boolean marked(int c, String word) {
        int m = tree.child(c, DepRel.MARK);
        return m >= 0 && t.token(m).equalsIgnoreCase(word);
    }

    /**
     * The complement from {@code begin} to the end of the verb's last dependent after it: the parser
     * attaches a complement's own modifiers to the verb as often as to the complement ("appear [to have made
     * it] [even harder ...]").
     */
    int[] runOn(int verb, int c, int begin) {
        int e = tree.subtreeEnd(c);
        for (int d : tree.children(verb)) {
            boolean clause = t.deprel(d).is(DepRel.CONJ) || t.deprel(d).is(DepRel.PARATAXIS);
            if (d > c && t.upos(d) != UPos.PUNCT && (!clause || tree.subtreeBegin(d) == e)) { // a clause only when it runs on
                e = Math.max(e, tree.subtreeEnd(d));
            }
        }
        int[] span = {begin, e};
        while (span[1] > span[0] && t.upos(span[1] - 1) == UPos.PUNCT && !Attribution.isQuote(t.token(span[1] - 1))) {
            span[1]--;
        }
        return span;
    }

    /** The subtree of {@code c} without punctuation at its edges. */
    int[] phrase(int c) {
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

    boolean free(int[] span) {
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
