package org.sightline.nlp.internal.parser;

import java.util.Arrays;
import java.util.List;

/**
 * Corrects the past tense (VBD) against the past participle (VBN) from the parse, after it: the tagger
 * reads the words left of a verb and two to its right, and on news it tags a past tense after a sentence-
 * initial subject as a participle ("Police arrested two men", "The minister resigned"); the parse has seen
 * the whole sentence (docs/nlp.md, v6). For words tagged VERB, on the parser's relations:
 * <ol>
 * <li>VBN with an {@code nsubj} child and no {@code aux}, {@code aux:pass} or {@code obl:agent} child: VBD (a
 * participle has no active subject of its own without an auxiliary);</li>
 * <li>VBD with an {@code aux:pass} child, or an {@code aux} child be or have: VBN ("has said");</li>
 * <li>then a {@code conj} with no subject and no auxiliary of its own takes the form of its head: VBN after
 * a VBD head becomes VBD ("devastated refineries and sent prices"), VBD after a perfect VBN (aux have or
 * be, no aux:pass) becomes VBN ("has expressed solidarity and said").</li>
 * </ol>
 * "been" (lemma be) is always a participle and stays, and so does a form ending in -en or -wn ("seen",
 * "shown"), which no past tense does; a verb with an agent ("followed by") is passive and stays VBN. Only XPOS
 * changes (both are VERB); the tree stays. One case needs the tree changed: the parser, reading the tagger's VBN, hangs the verb on the subject as a
 * reduced relative and makes the noun the root ("The minister resigned on Friday.": "minister" root,
 * "resigned" acl). {@link #fragmentVerb} finds such a statement (a noun root at the start with a bare
 * participle after it as {@code acl}, ending in a full stop); the caller retags it VBD and parses again
 * ({@code SentenceSyntax}), keeping the new parse only if the verb then has a subject. {@link #nounAsVerb} (v7) and
 * {@link #clauseVerbReadAsNoun} (v8, v9) find a verb the tagger read as a noun, for the same retag and re-parse.
 * Switch: the system property {@value #PROPERTY} ({@code on} or {@code off}, default {@link #DEFAULT_ON}).
 * Immutable; thread-safe.
 */
public final class VerbFormFromParse {

    /** System property that turns the step on or off for A/B runs. */
    public static final String PROPERTY = "sightline.parser.verbform";
    public static final boolean DEFAULT_ON = true;

    private static final int NSUBJ = 1;
    private static final int AUX = 2;
    private static final int AUX_PASS = 4;
    private static final int AUX_BE_HAVE = 8;
    private static final int SUBJ_ANY = 16;
    private static final int AGENT = 32;

    private final int nsubj;
    private final int nsubjPass;
    private final int aux;
    private final int auxPass;
    private final int conj;
    private final int acl;
    private final int cop;
    private final int mark;
    private final int agent;
    private final int obj;
    private final int cc;
    private final int ccomp;
    /** Label numbers of obliques ({@code obl}, {@code obl:*}) and of the relations inside a noun phrase. */
    private final boolean[] oblique;
    private final boolean[] nominal;
    private final boolean[] subjectRel;

    /** For a parser whose relation numbers index {@code labels}. */
    public VerbFormFromParse(String[] labels) {
        List<String> l = Arrays.asList(labels);
        nsubj = l.indexOf("nsubj");
        nsubjPass = l.indexOf("nsubj:pass");
        aux = l.indexOf("aux");
        auxPass = l.indexOf("aux:pass");
        conj = l.indexOf("conj");
        acl = l.indexOf("acl");
        cop = l.indexOf("cop");
        mark = l.indexOf("mark");
        agent = l.indexOf("obl:agent");
        obj = l.indexOf("obj");
        cc = l.indexOf("cc");
        ccomp = l.indexOf("ccomp");
        oblique = new boolean[labels.length];
        nominal = new boolean[labels.length];
        subjectRel = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            oblique[i] = labels[i].equals("obl") || labels[i].startsWith("obl:");
            nominal[i] = java.util.Set.of("nmod", "conj", "compound", "appos", "flat").contains(labels[i]);
            subjectRel[i] = labels[i].startsWith("nsubj") || labels[i].startsWith("csubj") || labels[i].equals("expl");
        }
        if (nsubj < 0 || aux < 0 || auxPass < 0 || conj < 0 || acl < 0 || cop < 0 || mark < 0 || agent < 0) {
            throw new IllegalArgumentException("parser labels lack nsubj, aux, aux:pass, conj, acl, cop, mark or obl:agent: " + l);
        }
    }

    /** Whether the system property {@value #PROPERTY} turns the step on (else {@link #DEFAULT_ON}). */
    public static boolean configured() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) {
            return DEFAULT_ON;
        }
        return switch (p.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("system property " + PROPERTY + ": expected on or off, got '" + p + "'");
        };
    }

    /**
     * The participle of a statement the parser read as a noun phrase with a reduced relative: the sentence
     * ends in a full stop, its root is a noun (NOUN, PROPN) with no copula or subject, every word before the
     * verb belongs to the noun's phrase, and the verb, tagged VBN, hangs on it as {@code acl} with no
     * auxiliary, subject, marker or agent ("generated by the revocation") of its own. -1 if none.
     */
    public int fragmentVerb(int n, String[] words, String[] upos, String[] xpos, String[] lemma, int[] heads, int[] rels) {
        if (n < 3 || !words[n - 1].equals(".")) {
            return -1;
        }
        for (int v = 1; v < n; v++) {
            int r = heads[v];
            if (!(xpos[v].equals("VBN") && upos[v].equals("VERB") && rels[v] == acl && r >= 0 && r < v && heads[r] < 0
                    && (upos[r].equals("NOUN") || upos[r].equals("PROPN")) && !lemma[v].equals("be") && mayBePast(words[v]))) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                int rel = rels[k];
                if (heads[k] == r && (rel == cop || rel == nsubj || rel == nsubjPass)
                        || heads[k] == v && (rel == aux || rel == auxPass || rel == nsubj || rel == nsubjPass || rel == mark || rel == agent)) {
                    return -1;
                }
            }
            // every word before the verb is the noun's or hangs on it (not on the verb)
            for (int k = 0; k < v; k++) {
                int a = k;
                while (a != r && a >= 0 && a != v) {
                    a = heads[a];
                }
                if (a != r) {
                    return -1;
                }
            }
            return v;
        }
        return -1;
    }

    /**
     * The plural noun that is the verb of a statement the tagger left without one: the sentence ends in a full stop,
     * has five words or more and no VERB or AUX, its root is a lower-case NNS ending in "s" after the words of its
     * subject, all of which hang on it, and something follows it ("The agreement calls for a withdrawal.", "The plan
     * calls for new taxes."; the tagger reads "calls" after a noun as a plural noun). -1 if none.
     */
    public int nounAsVerb(int n, String[] words, String[] upos, String[] xpos, int[] heads) {
        if (n < 5 || !words[n - 1].equals(".")) {
            return -1;
        }
        int root = -1;
        for (int k = 0; k < n; k++) {
            if (upos[k].equals("VERB") || upos[k].equals("AUX")) {
                return -1;
            }
            if (heads[k] < 0) {
                root = k;
            }
        }
        if (root < 1 || root + 2 >= n || !xpos[root].equals("NNS") || !words[root].endsWith("s")
                || !words[root].equals(words[root].toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        for (int k = 0; k < root; k++) {
            if (heads[k] != root && (heads[k] < 0 || heads[k] > root)) {
                return -1; // a word before it hangs elsewhere: not a subject and its verb
            }
        }
        return root;
    }

    /**
     * A verb the tagger read as a noun or adjective in a clause that has no finite verb (docs/nlp.md, v8): the word,
     * lower case and not the clause's first, is a singular noun (a present-tense verb after a plural subject:
     * "experts highlight the risk"), a plural noun ending in "s" (the third person after a singular one: "the analyst
     * points out that"), or a noun or adjective ending in "-ed" (a past tense: "the witness testified that"); the word
     * before it ends the subject (a noun, a personal pronoun or a number, agreeing in number) and could not be the verb
     * itself by the same test ("protesters wear masks to shield": "wear" NN); the word after it is what
     * a verb takes and a noun seldom does ("that", a particle, a determiner, a possessive or personal pronoun, an opening
     * quote, "to" before a verb). The clause, from its start (the sentence's start, a comma, colon, semicolon, dash,
     * bracket, a subordinator or a relative word) to the word, has no finite verb and does not open with a preposition
     * (a fronted phrase, not a subject: "On the next two pictures he took"). Two readings of the first parse rule it
     * out, both where the word is a noun with a clause after it: the parse makes the word the object or oblique of a
     * verb to its left that is not a participle ("you'll use whatever Force powers you have", "without worrying about
     * deal emails") or makes its noun phrase the subject of a finite predicate to its right ("the best deals we've seen
     * are available", "guns the US sent may have been smuggled"). Returns the word's index and the verb
     * tag to try (VBZ, VBP or VBD) at {@code out[0]}; -1 if none. The caller asks the tag constraint whether the word
     * may take that tag, parses again and keeps the parse only if the word then has a subject ({@link #finite}).
     * v9: where the word before does not agree, agreement is taken from the plural head of a subject with a modifier
     * ({@link #modifiedHead}: "studies by the university show that", "maps published last year show that"); its index
     * goes to {@code subject[0]} (else -1), and the re-parse must make it the word's subject with the modifier inside
     * its phrase ({@link #hasSubjectWithModifier}).
     */
    public int clauseVerbReadAsNoun(int n, String[] words, String[] upos, String[] xpos, int[] heads, int[] rels, String[] out,
            int[] subject) {
        for (int s = 1; s + 1 < n; s++) {
            if (!takesWhatAVerbTakes(n, words, xpos, s + 1)) {
                continue;
            }
            String tag = verbFormOf(words[s], xpos[s], xpos[s - 1], words[s - 1]);
            // cheap tests first (this runs on every word): v9 below needs a noun after a noun
            if (tag == null && !((xpos[s].equals("NN") || xpos[s].equals("NNS")) && endsNounPhrase(xpos[s - 1]))
                    || s >= 2 && verbFormOf(words[s - 1], xpos[s - 1], xpos[s - 2], words[s - 2]) != null) {
                continue; // the noun before could be the verb as well ("protesters wear masks to"): left alone
            }
            int k = s - 1;
            while (k >= 0 && !opensClause(words[k], upos[k], xpos[k])) {
                k--;
            }
            int head = -1;
            int participle = -1;
            if (tag == null) {
                // v9: agreement with the subject's head before its modifier ("studies by the university show that")
                // plural heads only: after a singular one ("a series of floods shows") the claim rules would take the
                // partitive for a holder (docs/nlp.md, v9), so that half is left for now
                head = modifiedHead(k + 1, s, upos, xpos);
                if (head >= 0 && (xpos[head].equals("NNS") || xpos[head].equals("NNPS"))) {
                    tag = verbFormOf(words[s], xpos[s], xpos[head], words[head]);
                    participle = upos[head + 1].equals("VERB") ? head + 1 : -1;
                } else {
                    head = -1;
                }
            }
            if (tag == null) {
                continue;
            }
            boolean finite = false;
            for (int j = k + 1; j < s; j++) {
                // the participle after the head may be tagged as a past tense ("figures released on Monday")
                finite |= j != participle && finiteTag(upos[j], xpos[j]);
            }
            // v9: the first parse may hang the word on the participle after the subject's head ("figures released on
            // Monday show"), or, before "that", make the subject's phrase the subject of the clause after it ("officials in
            // the capital report that the roads are closed"); the re-parse must then give the head as subject
            boolean modified = head >= 0;
            if (!finite && !upos[k + 1].equals("ADP")
                    && !(objectOnTheLeft(s, upos, xpos, heads, rels) && !(modified && heads[s] == participle))
                    && !(subjectOfWordOnTheRight(n, s, upos, xpos, heads, rels)
                            && !(modified && words[s + 1].equalsIgnoreCase("that")))) {
                out[0] = tag;
                subject[0] = head;
                return s;
            }
        }
        return -1;
    }

    /**
     * The head noun of a subject with a modifier after it, for {@link #clauseVerbReadAsNoun} (v9): from the clause's
     * first word {@code c}, a noun phrase (determiners, adjectives, numbers, nouns) ending in a common or proper noun,
     * then, before word {@code s}, a prepositional phrase ("by the university") or a participle ("taken last week",
     * "released on Monday": VBN or VBD) with no determiner or pronoun right after it. -1 if none, or if the modifier is
     * empty.
     */
    private static int modifiedHead(int c, int s, String[] upos, String[] xpos) {
        int j = c;
        while (j < s && inNounPhrase(xpos[j])) {
            j++;
        }
        int h = j - 1;
        if (h < c || j + 1 >= s || !(xpos[h].startsWith("NN"))) {
            return -1;
        }
        boolean preposition = upos[j].equals("ADP") && xpos[j].equals("IN");
        // a participle with an object after it is a finite verb ("chiefs hired a firm to"), not the subject's modifier
        boolean participle = upos[j].equals("VERB") && (xpos[j].equals("VBN") || xpos[j].equals("VBD"))
                && !(xpos[j + 1].equals("DT") || xpos[j + 1].startsWith("PRP"));
        return preposition || participle ? h : -1;
    }

    /** Whether a word of this tag may be part of a noun phrase before its head (or be its head). */
    private static boolean inNounPhrase(String x) {
        return x.startsWith("NN") || x.equals("DT") || x.equals("PRP$") || x.startsWith("JJ") || x.equals("CD") || x.equals("POS");
    }

    /** Whether a word of this tag ends a noun phrase (the word before a verb read as a noun). */
    private static boolean endsNounPhrase(String x) {
        return x.startsWith("NN") || x.equals("CD");
    }

    /** Whether the parse makes word {@code s} the object or an oblique of a verb to its left other than a participle. */
    private boolean objectOnTheLeft(int s, String[] upos, String[] xpos, int[] heads, int[] rels) {
        int h = heads[s];
        return h >= 0 && h < s && upos[h].equals("VERB") && !xpos[h].equals("VBN") && (rels[s] == obj || oblique[rels[s]]);
    }

    /**
     * Whether the parse makes the noun phrase of word {@code s} (it, or the noun it hangs on by a nominal relation) the
     * subject of a finite predicate to its right (a finite verb, or a word with a finite auxiliary or copula).
     */
    private boolean subjectOfWordOnTheRight(int n, int s, String[] upos, String[] xpos, int[] heads, int[] rels) {
        int k = s;
        while (heads[k] >= 0 && nominal[rels[k]]) {
            k = heads[k];
        }
        int h = heads[k];
        return h > s && (rels[k] == nsubj || rels[k] == nsubjPass) && finitePredicate(n, h, upos, xpos, heads, rels);
    }

    /** Whether word {@code p} has a dependent whose relation number passes {@code rel}. */
    private static boolean hasChild(int n, int p, int[] rels, java.util.function.IntPredicate rel, int[] heads) {
        for (int c = 0; c < n; c++) {
            if (heads[c] == p && rel.test(rels[c])) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code p} is a finite verb or has a finite auxiliary or copula. */
    private boolean finitePredicate(int n, int p, String[] upos, String[] xpos, int[] heads, int[] rels) {
        if (finiteTag(upos[p], xpos[p])) {
            return true;
        }
        for (int c = 0; c < n; c++) {
            if (heads[c] == p && (rels[c] == aux || rels[c] == auxPass || rels[c] == cop) && finiteTag(upos[c], xpos[c])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the parse, after word {@code s} was read as a verb, leaves a finite predicate to its right (not a conjunct
     * with its conjunction, which shares its head's subject, nor the word's own complement clause with its marker,
     * whose subject is that clause's business: "show that hiring slowed", "hiring" read as an auxiliary) without a
     * subject: the word was the subject's noun and that predicate its verb ("Some 300 rifles the army bought may have
     * been lost.").
     */
    public boolean leavesAPredicateWithoutSubject(int n, int s, String[] upos, String[] xpos, int[] heads, int[] rels) {
        for (int p = s + 1; p < n; p++) {
            if (rels[p] == conj && hasChild(n, p, rels, r -> r == cc, heads)
                    || heads[p] == s && rels[p] == ccomp && hasChild(n, p, rels, r -> r == mark, heads)
                    || upos[p].equals("AUX") && (rels[p] == aux || rels[p] == auxPass || rels[p] == cop)
                    || !finitePredicate(n, p, upos, xpos, heads, rels)) {
                continue;
            }
            if (!hasChild(n, p, rels, r -> subjectRel[r], heads)) {
                return true;
            }
        }
        return false;
    }

    /** The verb tag a noun- or adjective-tagged word would take after {@code before}, or null. */
    private static String verbFormOf(String word, String tag, String before, String beforeWord) {
        // cheap tests first: this runs on every word of every sentence
        boolean nn = tag.equals("NN");
        boolean nns = tag.equals("NNS");
        if (!nn && !nns && !tag.equals("JJ") || word.length() < 3 || !lowerCase(word)) {
            return null;
        }
        boolean plural = before.equals("NNS") || before.equals("NNPS")
                || before.equals("PRP") && PLURAL_PRONOUNS.contains(beforeWord.toLowerCase(java.util.Locale.ROOT));
        boolean singular = before.equals("NN") || before.equals("NNP") || before.equals("CD")
                || before.equals("PRP") && SINGULAR_PRONOUNS.contains(beforeWord.toLowerCase(java.util.Locale.ROOT));
        if (word.endsWith("ed") && (plural || singular)) {
            return "VBD";
        }
        if (nns && word.endsWith("s") && !word.endsWith("ss") && singular) {
            return "VBZ";
        }
        if (nn && plural) {
            return "VBP";
        }
        return null;
    }

    private static boolean lowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> PLURAL_PRONOUNS = java.util.Set.of("we", "they", "you", "i");
    private static final java.util.Set<String> SINGULAR_PRONOUNS = java.util.Set.of("he", "she", "it");

    /** Whether word {@code t} is what follows a verb and seldom a noun (see {@link #clauseVerbReadAsNoun}). */
    private static boolean takesWhatAVerbTakes(int n, String[] words, String[] xpos, int t) {
        String x = xpos[t];
        return words[t].equalsIgnoreCase("that") || x.equals("RP") || x.equals("DT") || x.equals("PRP$") || x.equals("PRP")
                || x.equals("``") || x.equals("TO") && t + 1 < n && xpos[t + 1].equals("VB");
    }

    /**
     * Whether a word starts a new clause for {@link #clauseVerbReadAsNoun}: punctuation that parts clauses, a
     * subordinator, a relative word. Not quotes: a quoted word inside a noun phrase ("the 'official' values that ...").
     */
    private static boolean opensClause(String word, String upos, String xpos) {
        return xpos.equals(",") || xpos.equals(":") || xpos.equals("-LRB-") || xpos.equals("-RRB-") || upos.equals("SCONJ")
                || xpos.equals("WDT") || xpos.equals("WP") || word.equals(";");
    }

    private static boolean finiteTag(String upos, String xpos) {
        return (upos.equals("VERB") || upos.equals("AUX"))
                && (xpos.equals("VBZ") || xpos.equals("VBP") || xpos.equals("VBD") || xpos.equals("MD"));
    }

    /** No English past tense ends in -en or -wn: "seen", "written", "shown" stay participles. */
    private static boolean mayBePast(String word) {
        return !(word.endsWith("en") || word.endsWith("wn"));
    }

    /** Whether verb {@code v} has an {@code nsubj} and no auxiliary in this parse (a finite past tense). */
    public boolean finite(int n, int v, int[] heads, int[] rels) {
        boolean subject = false;
        for (int k = 0; k < n; k++) {
            if (heads[k] == v) {
                subject |= rels[k] == nsubj;
                if (rels[k] == aux || rels[k] == auxPass) {
                    return false;
                }
            }
        }
        return subject;
    }

    /**
     * Whether word {@code subject}, left of verb {@code v}, is its {@code nsubj} in this parse with every word between
     * them inside its phrase (v9: the head noun keeps its modifier, which gives the verb no second subject), and the verb
     * is no subject itself (the noun it was, with its relative clause, before the predicate: "reports from the lab staff
     * that we hired were wrong").
     */
    public boolean hasSubjectWithModifier(int n, int v, int subject, int[] heads, int[] rels) {
        if (subject < 0 || subject >= v || heads[subject] != v || rels[subject] != nsubj || heads[v] >= 0 && subjectRel[rels[v]]) {
            return false;
        }
        for (int k = subject + 1; k < v; k++) {
            int a = k;
            for (int steps = 0; a >= 0 && a != subject && steps < n; steps++) {
                a = heads[a];
            }
            if (a != subject) {
                return false;
            }
        }
        return true;
    }

    /** Retags {@code xpos[0..n)} in place from the parse ({@code heads}: index or -1, {@code rels}: label numbers). */
    public void apply(int n, String[] words, String[] upos, String[] xpos, String[] lemma, int[] heads, int[] rels) {
        int[] has = null;
        for (int i = 0; i < n && has == null; i++) {
            if (upos[i].equals("VERB") && (xpos[i].equals("VBN") || xpos[i].equals("VBD"))) {
                has = new int[n];
            }
        }
        if (has == null) {
            return;
        }
        for (int k = 0; k < n; k++) {
            int h = heads[k];
            if (h < 0) {
                continue;
            }
            int r = rels[k];
            if (r == nsubj) {
                has[h] |= NSUBJ | SUBJ_ANY;
            } else if (r == nsubjPass) {
                has[h] |= SUBJ_ANY;
            } else if (r == auxPass) {
                has[h] |= AUX_PASS;
            } else if (r == agent) {
                has[h] |= AGENT;
            } else if (r == aux) {
                has[h] |= AUX | (lemma[k].equals("be") || lemma[k].equals("have") ? AUX_BE_HAVE : 0);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!upos[i].equals("VERB") || lemma[i].equals("be")) {
                continue;
            }
            if (xpos[i].equals("VBN") && (has[i] & NSUBJ) != 0 && (has[i] & (AUX | AUX_PASS | AGENT)) == 0 && mayBePast(words[i])) {
                xpos[i] = "VBD";
            } else if (xpos[i].equals("VBD") && (has[i] & (AUX_PASS | AUX_BE_HAVE)) != 0) {
                xpos[i] = "VBN";
            }
        }
        // in UD a conjunct hangs on the first one, to its left: its form is final by now
        for (int i = 0; i < n; i++) {
            int h = heads[i];
            if (h < 0 || rels[i] != conj || !upos[i].equals("VERB") || lemma[i].equals("be")
                    || (has[i] & (SUBJ_ANY | AUX | AUX_PASS)) != 0) {
                continue;
            }
            if (xpos[i].equals("VBN") && xpos[h].equals("VBD") && (has[i] & AGENT) == 0 && mayBePast(words[i])) {
                xpos[i] = "VBD";
            } else if (xpos[i].equals("VBD") && xpos[h].equals("VBN") && (has[h] & AUX_BE_HAVE) != 0 && (has[h] & AUX_PASS) == 0) {
                xpos[i] = "VBN";
            }
        }
    }
}
