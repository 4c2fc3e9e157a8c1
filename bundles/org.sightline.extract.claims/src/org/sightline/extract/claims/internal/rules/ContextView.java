package org.sightline.extract.claims.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sightline.core.api.CalendarWords;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.WordLists;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.DependencyTree;
import org.sightline.nlp.api.UPos;

/**
 * What every rule family and helper reads: the document's annotations, the consumption mask and the
 * attributions found (all from the {@link RuleContext}), the token helpers they share and the rules' word
 * lists. Tags are compared as {@link org.sightline.nlp.api.UPos} values, never as strings.
 */
abstract class ContextView {

    /** The rules' function words ({@code rule-words.tsv} beside this class; cue words are the lexicon's). */
    static final WordLists WORDS = WordLists.load(ContextView.class, "rule-words.tsv");
    static final Set<String> CONNECTIVES = WORDS.get("connectives");
    static final Set<String> SUBORDINATORS = WORDS.get("subordinators");
    static final Set<String> NP_ADP = WORDS.get("np-adp");
    static final Set<String> MEDIA_NOUNS = WORDS.get("media-nouns");
    static final Set<String> SUBJECT_PRONOUNS = WORDS.get("subject-pronouns");
    static final Set<String> ARTICLES = WORDS.get("articles");
    static final Set<String> POSSESSIVES = WORDS.get("possessives");
    static final Set<String> OBJECT_PRONOUNS = WORDS.get("object-pronouns");
    static final Set<String> CLAUSE_LINKS = WORDS.get("clause-links");
    static final Set<String> QUANTIFIERS = WORDS.get("quantifiers");
    static final Set<String> ASPECT = WORDS.get("aspect");
    static final Set<String> WISH = WORDS.get("wish");
    static final Set<String> AS_LABELS = WORDS.get("as-labels");
    static final Set<String> NAMING_LABELS = WORDS.get("naming-labels");
    static final Set<String> HEADLINE_LABELS = WORDS.get("headline-labels");
    static final Set<String> COLLECTIVE_NOUNS = WORDS.get("collective-nouns");
    static final Set<String> ASKED_LINKS = WORDS.get("asked-links");
    static final Set<String> TAG_DASHES = WORDS.get("tag-dashes");
    static final Set<String> TURN_LABELS = WORDS.get("turn-labels");
    static final Set<String> SECTION_LABELS = WORDS.get("section-labels");
    static final Set<String> DISCOURSE_VERBS = WORDS.get("discourse-verbs");
    /** The {@code discourse-phrases} ("not to mention"), each split into its words once. */
    static final List<String[]> DISCOURSE_PHRASES = WORDS.get("discourse-phrases").stream().map(p -> p.split(" ")).toList();
    static final Set<String> PREPOSITION_PARTICIPLES = WORDS.get("preposition-participles");
    static final Set<String> COURTESY_VERBS = WORDS.get("courtesy-verbs");
    static final Set<String> NECESSITY_VERBS = WORDS.get("necessity-verbs");
    static final Set<String> SKILL_VERBS = WORDS.get("skill-verbs");
    static final Set<String> CONDITIONAL_WANTS = WORDS.get("conditional-wants");
    static final Set<String> WANT_MODALS = WORDS.get("want-modals");
    /** First-person subjects: a present speech verb with one performs the act ("We extend our condolences"). */
    static final Set<String> FIRST_PERSONS = WORDS.get("first-persons");
    /** Modals of obligation: "it should be noted", "it must be said" are the author's remarks. */
    static final Set<String> OBLIGATION_MODALS = WORDS.get("obligation-modals");
    static final Set<String> OBLIGATION_VERBS = WORDS.get("obligation-verbs");
    static final Set<String> COMPARISON_WORDS = WORDS.get("comparison-words");
    static final Set<String> GENERIC_PRONOUNS = WORDS.get("generic-pronouns");
    static final Set<String> SOURCELESS_PASSIVE = WORDS.get("sourceless-passive");
    static final Set<String> AGENT_PASSIVE = WORDS.get("agent-passive");
    static final Set<String> RECIPIENTS = WORDS.get("recipients");
    static final Set<String> CUE_OUTSIDE_ADVERBS = WORDS.get("cue-outside-adverbs");
    static final Set<String> OCCASION_PREPOSITIONS = WORDS.get("occasion-prepositions");
    static final Set<String> WH = WORDS.get("wh");
    static final Set<String> PARTICIPLE_LINKS = WORDS.get("participle-links");
    static final Set<String> WEEKDAYS = WORDS.get("weekdays");
    static final Set<String> TIME_NOUNS = WORDS.get("time-nouns");
    static final Set<String> EVIDENCE = WORDS.get("evidence");
    /** Documents and records that speak for their authors ("the report says", "court filings claim"). */
    static final Set<String> DOCUMENTS = WORDS.get("documents");
    static final Set<String> FINDINGS = WORDS.get("findings");
    /** Nouns that count or group the records after their "of" ("a series of text messages"). */
    static final Set<String> RECORD_PARTITIVES = WORDS.get("record-partitives");
    /** Quotation marks; '' is the straight double quote of some publishers and of Penn Treebank text, `` its opening form. */
    static final Set<String> OPEN_QUOTES = Set.of("“", "\"", "‘", "``", "''");
    static final Set<String> CLOSE_QUOTES = Set.of("”", "\"", "’", "''");
    /** Months and their abbreviations ("sept" too), from the one calendar list; this step handles English. */
    static final Set<String> MONTHS = CalendarWords.monthWords("en");

    final RuleContext ctx;
    final AnnotatedText t;
    final String text;
    final int n;
    final boolean[] used;
    final List<Found> found;

    ContextView(RuleContext ctx) {
        this.ctx = ctx;
        this.t = ctx.t;
        this.text = ctx.text;
        this.n = ctx.n;
        this.used = ctx.used;
        this.found = ctx.found;
    }

    /** Whether token {@code x} is a finite verb or auxiliary: past or present tense, or a modal (XPOS VBD, VBZ, VBP, MD). */
    boolean finite(int x) {
        String xp = t.xpos(x);
        return xp.equals("VBD") || xp.equals("VBZ") || xp.equals("VBP") || xp.equals("MD");
    }

    /**
     * Whether adverb {@code x} grades an adjective after it that modifies a noun ("[third]-quarter earnings", which the
     * tagger reads as an adverb as often as an adjective): it belongs to that noun phrase, no manner or time of the cue;
     * not a time or a degree of a noun or a number ("earlier this year", "as many as 200"), nor of a predicate adjective.
     * Likewise an adverb the parse hangs on the noun after it as its adjective ({@code amod}: "Early reports").
     */
    boolean modifierInPhraseAfter(int x) {
        int h = t.head(x);
        return h > x && (t.upos(h) == UPos.ADJ && t.deprel(h).is(DepRel.AMOD) && t.deprel(x).is(DepRel.ADVMOD)
                || t.upos(h).isNominal() && t.deprel(x).is(DepRel.AMOD));
    }

    /**
     * Whether token {@code x} works as a noun: tagged as one, or the parse's subject or object whatever its tag (the tagger
     * reads a plural noun as a verb at times: "[Volunteers] eager to rebuild the school arrived").
     */
    boolean nominal(int x) {
        return t.upos(x).isNominal() || t.deprel(x).is(DepRel.NSUBJ) || t.deprel(x) == DepRel.OBJ;
    }

    /** Token {@code i} in lower case, typographic apostrophes as ASCII ones (computed once per document). */
    String lower(int i) {
        return ctx.lower[i];
    }

    /**
     * Whether {@code word} (lower case) is a "you" that addresses the reader, who holds no stance, belief or perception
     * of a cue of class {@code cls} ("you need to know", "so you know if ..."); speech is still someone's.
     */
    static boolean readerAddressed(String word, CueClass cls) {
        return GENERIC_PRONOUNS.contains(word) && (cls == CueClass.STANCE || cls == CueClass.COGNITION || cls == CueClass.PERCEPTION);
    }

    /**
     * Whether the cue on word {@code i} with source {@code src} is advice to the reader (guidelines 8): a generic "you"
     * under a modal or verb of obligation in the cue's verb group ("you have to be willing to", "you should be worried
     * about", "you don't have to deny yourself"): what the reader ought to do, say or feel, which no one holds. Without
     * the obligation the generic "you" of a speech or adjective cue still holds ("you're terrified to say yes").
     */
    boolean adviceToReader(int[] src, int i) {
        if (src == null || src[1] - src[0] != 1 || !GENERIC_PRONOUNS.contains(lower(src[0]))) {
            return false;
        }
        for (int x = src[1]; x < i; x++) {
            String w = lower(x);
            if (OBLIGATION_MODALS.contains(w) || OBLIGATION_VERBS.contains(w) && lower(x + 1).equals("to")) {
                return true;
            }
            UPos p = t.upos(x);
            if (p != UPos.AUX && p != UPos.PART && p != UPos.ADV && p != UPos.VERB && !w.equals("to")) {
                return false; // only the verb group between "you" and the cue
            }
        }
        return false;
    }

    /**
     * Whether verb {@code i} is a discourse marker set off by commas, "You see, ..." or "..., you know, ...": it
     * addresses the reader and attributes nothing.
     */
    boolean discourseMarker(int i) {
        int s = t.sentenceOf(i);
        int first = t.sentenceFirstToken(s);
        if (i <= first || !lower(i - 1).equals("you") || !DISCOURSE_VERBS.contains(t.lemma(i).toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean before = i - 1 == first || t.token(i - 2).equals(",") || CONNECTIVES.contains(lower(i - 2)) && i - 2 == first;
        boolean after = i + 1 >= t.sentenceEndToken(s) || t.token(i + 1).equals(",") || t.token(i + 1).equals(".");
        return before && after;
    }

    /**
     * Whether cue word {@code i} stands in a formula that attributes nothing (round 10, read on EWT text): a
     * preposition spelled as a participle ("questions regarding the plan"); a set phrase built on a speech verb ("not to
     * mention ...", "needless to say"); a request to the reader ("Please advise if ..."); a hearer's knowing that the
     * speaker brings about ("let your friends know that ...": the speaker informs, the hearer holds nothing yet); or a
     * courtesy ("I would appreciate it", "Any suggestions would be appreciated"); or a counterfactual ("if he had known",
     * "Should he have known?": what the holder did not know or say); or a need before a passive infinitive ("the form needs
     * to be signed": a necessity, nobody's stance); or a skill ("knows exactly how to fix it"); or a liking without
     * "would" ("They love to climb": a taste, not the want of "I'd love to").
     */
    boolean formula(int i) {
        String w = lower(i);
        if (PREPOSITION_PARTICIPLES.contains(w) || setPhrase(i) || counterfactual(i)) {
            return true;
        }
        if (NECESSITY_VERBS.contains(t.lemma(i).toLowerCase(Locale.ROOT)) && i + 3 < n && lower(i + 1).equals("to")
                && t.lemma(i + 2).equalsIgnoreCase("be") && "VBN".equals(t.xpos(i + 3))) {
            return true;
        }
        if (SKILL_VERBS.contains(t.lemma(i).toLowerCase(Locale.ROOT))) {
            int x = i + 1;
            while (x < n && t.upos(x) == UPos.ADV && !lower(x).equals("how")) {
                x++; // "knows exactly how to"
            }
            if (x + 1 < n && lower(x).equals("how") && lower(x + 1).equals("to")) {
                return true;
            }
        }
        int p = i - 1;
        while (p >= 0 && (t.upos(p) == UPos.ADV || t.upos(p) == UPos.AUX || t.upos(p) == UPos.PART) && !lower(p).equals("please")) {
            p--;
        }
        if (p >= 0 && lower(p).equals("please") && t.sentenceOf(p) == t.sentenceOf(i)) {
            return true;
        }
        String lemma = t.lemma(i).toLowerCase(Locale.ROOT);
        Cue cue = CueLexicon.verb(lemma);
        int h = t.head(i);
        if (cue != null && (cue.cueClass() == CueClass.COGNITION || cue.cueClass() == CueClass.PERCEPTION) && h >= 0 && h < i
                && t.lemma(h).equalsIgnoreCase("let")) {
            return true;
        }
        if (CONDITIONAL_WANTS.contains(lemma) && !auxiliaryIn(i, WANT_MODALS)) {
            return true; // "They love to climb", "We liked getting the seats": a habit or a taste, no want
        }
        if (COURTESY_VERBS.contains(lemma)) {
            DependencyTree tree = t.tree();
            int obj = tree.object(i);
            return tree.isPassive(i) && tree.agent(i) < 0 || obj > i && t.upos(obj) == UPos.PRON;
        }
        return false;
    }

    /** Whether verb {@code i} has one of {@code words} among its auxiliaries before it ("I'd love to", "It should be noted"). */
    final boolean auxiliaryIn(int i, Set<String> words) {
        return dependentBefore(i, DepRel.AUX, words);
    }

    /** Whether word {@code i} has a dependent of relation {@code rel} before it that is one of {@code words} ("ill-advised"). */
    final boolean dependentBefore(int i, DepRel rel, Set<String> words) {
        for (int c : t.tree().children(i)) {
            if (c < i && t.deprel(c).is(rel) && words.contains(lower(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether verb {@code i} is a counterfactual: a past perfect in an "if" clause ("if he had known what was coming") or a
     * perfect after a modal of obligation ("he should have known"): the author's hypothesis or reproach, no one's claim.
     */
    private boolean counterfactual(int i) {
        if (!"VBN".equals(t.xpos(i))) {
            return false;
        }
        boolean pastPerfect = false;
        boolean perfect = false;
        boolean condition = false;
        boolean obligation = false;
        for (int c : t.tree().children(i)) {
            if (c > i) {
                break;
            }
            String a = lower(c);
            if (t.deprel(c).is(DepRel.AUX)) {
                pastPerfect |= a.equals("had") || a.equals("'d");
                perfect |= t.lemma(c).equalsIgnoreCase("have");
                obligation |= OBLIGATION_MODALS.contains(a);
            }
            condition |= t.deprel(c).is(DepRel.MARK) && a.equals("if");
        }
        return pastPerfect && condition || obligation && perfect;
    }

    /** Whether token {@code i} is a word of one of the {@code discourse-phrases} ("not to mention"), matched in place. */
    private boolean setPhrase(int i) {
        for (String[] words : DISCOURSE_PHRASES) {
            for (int k = 0; k < words.length; k++) {
                if (!words[k].equals(lower(i)) || i - k < 0 || i - k + words.length > n) {
                    continue;
                }
                boolean all = true;
                for (int m = 0; m < words.length && all; m++) {
                    all = words[m].equals(lower(i - k + m));
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Dashes that end a dateline ("--" may come as two tokens). */
    private static final Set<String> DATELINE_DASHES = Set.of("--", "-", "\u2014", "\u2013", "\u2015");

    /**
     * First token of a sentence's own words: after a leading dateline ("WASHINGTON --", "SEOUL, South Korea
     * (Reuters) —"), which names where the story was filed and belongs to no source or content.
     */
    int clauseFirst(int s) {
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        if (!upperCaseWord(t.token(first))) {
            return first;
        }
        boolean inParentheses = false;
        for (int x = first + 1; x < end - 1 && x <= first + 10; x++) {
            String w = t.token(x);
            if (DATELINE_DASHES.contains(w)) {
                int after = w.equals("-") && t.token(x + 1).equals("-") ? x + 2 : x + 1;
                return after < end - 1 ? after : first;
            }
            if (w.equals("(")) {
                inParentheses = true;
            } else if (w.equals(")")) {
                inParentheses = false;
            } else if (!(w.equals(",") || w.equals(".") || inParentheses || Character.isUpperCase(w.charAt(0)))) {
                return first; // a lower-case word: the sentence has begun, no dateline
            }
        }
        return first;
    }

    /** A word in capitals, as datelines write the place: "WASHINGTON", "D.C.", "PORT-AU-PRINCE". */
    private static boolean upperCaseWord(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '-' && c != '\'') {
                return false;
            }
        }
        return letters >= 2;
    }

    /** Last token index (exclusive) of a sentence without its closing period. */
    int trimEnd(int s, int end) {
        int e = end;
        while (e > t.sentenceFirstToken(s) && (t.token(e - 1).equals(".") || t.token(e - 1).equals("!")
                || t.token(e - 1).equals("?") || t.token(e - 1).equals(";"))) {
            e--;
        }
        return e;
    }

    boolean sameLine(int a, int b) {
        int nl = text.indexOf('\n', a);
        return nl < 0 || nl >= b;
    }

    /** The first token after the line (paragraph) of token x, or n. */
    int lineEndToken(int x) {
        int nl = text.indexOf('\n', t.tokenEnd(x));
        int e = x + 1;
        while (e < n && (nl < 0 || t.tokenBegin(e) < nl)) {
            e++;
        }
        return e;
    }

    /**
     * Records an attribution, its cue trimmed to the verb group ({@link #trimCue}) and its source to the holder
     * ({@link Contents#trimSource}), its contents without a full stop ({@link Contents#trimFullStops}), and marks its
     * tokens used.
     */
    void add(Found f) {
        trimCue(f);
        ctx.contents.trimSource(f);
        ctx.contents.trimFullStops(f);
        found.add(f);
        mark(f);
    }

    /**
     * The edges every family's cue leaves out (guidelines 4): a leading time, sequence or focus adverb ("[also] said",
     * "[later] told", "[still] believes"; a manner adverb stays: "sharply criticised"), and a colon after a verb
     * ("said[:] “...”"; the colon is the cue only where there is no verb, as in a speaker line).
     */
    void trimCue(Found f) {
        while (f.cueEnd - f.cueFirst > 1 && t.upos(f.cueFirst) == UPos.ADV && CUE_OUTSIDE_ADVERBS.contains(lower(f.cueFirst))) {
            f.cueFirst++;
        }
        if (f.cueEnd - f.cueFirst > 1 && t.token(f.cueEnd - 1).equals(":")) {
            f.cueEnd--;
        }
    }

    void mark(Found f) {
        for (int x = f.cueFirst; x < f.cueEnd; x++) {
            used[x] = true;
        }
        if (f.srcFirst >= 0) {
            for (int x = f.srcFirst; x < f.srcEnd; x++) {
                used[x] = true;
            }
        }
        for (int[] c : f.content) {
            for (int x = c[0]; x < c[1]; x++) {
                used[x] = true;
            }
        }
    }
}
