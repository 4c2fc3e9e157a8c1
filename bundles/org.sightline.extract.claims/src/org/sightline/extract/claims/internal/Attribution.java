package org.sightline.extract.claims.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sightline.core.api.CalendarWords;
import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.extract.claims.api.ClaimType;
import org.sightline.extract.claims.api.Modality;
import org.sightline.extract.claims.api.Polarity;
import org.sightline.extract.claims.api.Span;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.Lemmas;

/**
 * The attribution rules, sentence by sentence. Token indices throughout; spans are converted to
 * character offsets at the end. Conventions follow PARC 3.0 as described in attribution-dev/README.
 */
public final class Attribution {

    private static final Set<String> CONNECTIVES = Set.of("and", "but", "also", "again", "however", "meanwhile",
            "so", "yet", "still", "moreover", "furthermore", "first", "second", "third", "finally", "then");
    private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "as", "because", "since",
            "if", "when", "whereas", "despite");
    private static final Set<String> NP_ADP = Set.of("of", "for", "in", "at", "with", "on", "and", "&");
    private static final Set<String> OPEN_QUOTES = Set.of("“", "\"", "‘");
    private static final Set<String> CLOSE_QUOTES = Set.of("”", "\"", "’");
    private static final Set<String> MEDIA_NOUNS = Set.of("statement", "release", "interview", "speech", "letter",
            "tweet", "post", "briefing", "conference", "remarks", "report", "communique", "address", "message");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "we", "they", "i", "it", "you", "who");
    private static final Set<String> NEGATIVE = Set.of("not", "no", "never", "threat", "threaten", "risk", "undermine",
            "weaken", "weakness", "miscalculation", "condemn", "attack", "attacks", "terrorist", "retreat", "abandonment",
            "escalate", "strained", "provocation", "provocations", "pressured", "embolden", "reduced", "reduction",
            "barbaric", "cowardly", "killed", "death", "loss", "violence", "concern", "concerns", "disregard",
            "contempt", "deny", "reject", "brutal", "senseless", "horrific", "tensions", "conflict", "war");
    private static final Set<String> POSITIVE = Set.of("support", "commitment", "committed", "strengthen", "welcome",
            "stability", "cooperation", "progress", "continue", "maintain", "uphold", "partnership", "success",
            "congratulate", "thank", "appreciate", "security", "peace", "diplomacy", "dialogue", "protect", "improve",
            "enhance", "empower", "closely", "readiness", "intact", "transparency", "oversight", "realistic",
            "grateful", "delighted", "excited", "value", "liberate", "liberated", "defeat", "help", "assist", "provide");

    private final AnnotatedText t;
    private final String text;
    private final ActorResult actors;
    private final int n;
    private final boolean[] used; // tokens inside an attribution already found (no nesting)
    private final List<Found> found = new ArrayList<>();
    private final ParseCues parse;

    /** A found attribution in token indices; contents are [first, end) pairs. */
    static final class Found {
        int srcFirst = -1;
        int srcEnd = -1;
        int cueFirst;
        int cueEnd;
        final List<int[]> content = new ArrayList<>();
        ClaimType type;
        String cueLemma;
        /** Id of the rule that found it (docs/extraction.md). */
        String rule;
    }

    public Attribution(AnnotatedText text, ActorResult actors) {
        this.t = text;
        this.text = text.text();
        this.actors = actors;
        this.n = text.tokenCount();
        this.used = new boolean[n];
        this.parse = new ParseCues(text, used, this::holder);
    }

    public List<ClaimRecord> run() {
        // reporting tails first ("“...,” Cook said."): the quote is their content, not a place for cues
        for (int s = 0; s < t.sentenceCount(); s++) {
            reportingTail(s);
        }
        // "..., according to the release": the whole clause is its content, so no cue inside it counts
        for (int s = 0; s < t.sentenceCount(); s++) {
            for (int i = t.sentenceFirstToken(s); i + 1 < t.sentenceEndToken(s); i++) {
                if (!used[i] && lower(i).equals("according") && lower(i + 1).equals("to")) {
                    accordingTo(s, i);
                }
            }
        }
        // "seem", "appear": sourceless (RaisingCues), before the surface rules would take the subject as a source
        family(new RaisingCues(t, used, parse));
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (!question(s)) {
                sentence(s);
            }
        }
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (!question(s)) {
                nominalCues(s);
            }
        }
        // cue verbs in structures the surface rules do not read, on the dependency parse (ParseCues)
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (!question(s)) {
                parse.sentence(s, f -> {
                    found.add(f);
                    mark(f);
                });
            }
        }
        // agentless passives whose subject is content ("is accused of", "is thought to"), last (PassiveSubjectCues)
        family(new PassiveSubjectCues(t, used, parse));
        found.sort((a, b) -> Integer.compare(a.cueFirst, b.cueFirst));
        List<ClaimRecord> out = new ArrayList<>();
        for (Found f : found) {
            out.addAll(toRecords(f));
        }
        return out;
    }

    /** Runs a rule family of its own class on every sentence but questions; what it finds is consumed. */
    private void family(VerbFamily rules) {
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (!question(s)) {
                rules.sentence(s, f -> {
                    found.add(f);
                    mark(f);
                });
            }
        }
    }

    // ---- cue detection ------------------------------------------------------------------------------

    /** The token's lemma as a verb, whatever its tag (the tagger mislabels some verbs). */
    private String verbLemma(int i) {
        String pos = t.pos(i);
        return pos.equals("VERB") || pos.equals("AUX") ? t.lemma(i) : Lemmas.verb(t.token(i));
    }

    private String lower(int i) {
        return t.token(i).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Lemma of a cue verb at token i, or null. */
    private String cueVerb(int i) {
        String w = lower(i);
        if (i > 0 && t.tokenBegin(i) == t.tokenEnd(i - 1) && t.token(i - 1).endsWith("-")) {
            return null; // "self-proclaimed", "so-called": part of a compound word
        }
        String lemma = verbLemma(i);
        if (!CueLexicon.VERBS.containsKey(lemma)) {
            return null;
        }
        if (lemma.equals("make") && !(i + 1 < n && lower(i + 1).equals("clear"))) {
            return null;
        }
        if (lemma.equals("call") && !(i + 1 < n && CueLexicon.particles("call").contains(lower(i + 1)))
                && !labelling(i)) {
            return null;
        }
        if ((lemma.equals("design") || lemma.equals("mean")) && !(i + 1 < n && lower(i + 1).equals("to"))) {
            return null; // only the purpose passive "is designed to" attributes
        }
        if (lemma.equals("know") && (i >= 2 && lower(i - 2).equals("as") && t.pos(i - 1).equals("PRON")
                || i + 1 < n && (lower(i + 1).equals("as") || lower(i + 1).equals("by")) || i > 0 && lower(i - 1).equals("also"))) {
            return null; // "As you know,", "also known as": labels and asides
        }
        String pos = t.pos(i);
        if (i > 0 && !pos.equals("VERB") && (lower(i - 1).equals("i") || lower(i - 1).equals("we"))) {
            return lemma; // "I welcome", "We hope for": tagger slips after first-person subjects
        }
        if (i > 0 && i + 1 < n && (w.endsWith("s") || w.endsWith("ed")) && (t.pos(i - 1).equals("NOUN")
                || t.pos(i - 1).equals("PROPN")) && (lower(i + 1).equals("to") || lower(i + 1).equals("that")
                || w.endsWith("s") && POSSESSIVES.contains(lower(i + 1)))
                && !t.pos(i).equals("VERB") && !Character.isUpperCase(t.token(i).charAt(0))) {
            return lemma; // "The group plans to"
        }
        if (Character.isUpperCase(t.token(i).charAt(0)) && i > t.sentenceFirstToken(t.sentenceOf(i))) {
            return null;
        }
        if (pos.equals("VERB")) {
            return lemma;
        }
        boolean next = i + 1 < n && t.sentenceOf(i + 1) == t.sentenceOf(i)
                && (lower(i + 1).equals("that") || lower(i + 1).equals(",") || OPEN_QUOTES.contains(t.token(i + 1))
                || lower(i + 1).equals("."));
        if ((pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("AUX")) && next
                && (w.endsWith("ed") || w.endsWith("s") || w.equals("said") || w.equals("told"))
                && !(lower(i + 1).equals(".") && i > 0 && !t.pos(i - 1).equals("PROPN") && !t.pos(i - 1).equals("PRON"))) {
            return lemma;
        }
        return null;
    }

    /**
     * "call" + object + label is an evaluation ("calling the reports “fabricated”", "called the attack a
     * cowardly act"); "called a meeting", "called the police" are not.
     */
    private boolean labelling(int i) {
        int s = t.sentenceOf(i);
        int x = i + 1;
        int limit = Math.min(t.sentenceEndToken(s), i + 7);
        while (x < limit && (t.pos(x).equals("DET") && x == i + 1 || t.pos(x).equals("ADJ") || t.pos(x).equals("NOUN")
                || t.pos(x).equals("PROPN") || t.pos(x).equals("PRON") && !lower(x).equals("that"))) {
            x++;
        }
        return x > i + 1 && x < limit && (OPEN_QUOTES.contains(t.token(x)) || lower(x).equals("a")
                || lower(x).equals("an")) && !lower(x - 1).equals("a") && !lower(x - 1).equals("an");
    }

    /** "..., Cook said today." / "“...,” said the release.": content before, source and cue at the end. */
    private void reportingTail(int s) {
        int first = t.sentenceFirstToken(s);
        int end = trimEnd(s, t.sentenceEndToken(s));
        for (int i = end - 1; i > first; i--) {
            String lemma = cueVerb(i);
            if (lemma == null || used[i] || !CueLexicon.reporting(lemma)) {
                continue;
            }
            int ce = extendCueRight(lemma, i, i + 1, end, false);
            int tail = ce;
            while (tail < end && tail < ce + 4) {
                int time = timeExpression(tail, end);
                if (time > tail) {
                    tail = time; // "..., a spokeswoman said on Friday."
                } else if (t.pos(tail).equals("ADV") || t.pos(tail).equals("NOUN")
                        || t.pos(tail).equals("PROPN") && !Character.isUpperCase(t.token(tail).charAt(0))
                        || lower(tail).equals("reporters")) {
                    tail++;
                } else {
                    break;
                }
            }
            int[] src;
            int cut;
            int resumed = -1;
            int cb = i;
            while (cb - 1 > first && (t.pos(cb - 1).equals("AUX") || t.pos(cb - 1).equals("ADV"))) {
                cb--;
            }
            if (tail >= end) {
                int b = sourceChainStart(first, cb);
                if (b < 0) {
                    b = npStartLeft(first, cb);
                }
                if (b == cb || b <= first || !(t.token(b - 1).equals(",") || closeQuote(b - 1))) {
                    return;
                }
                src = trimSource(b, cb);
                cut = b - 1;
            } else if (cb > first && (closeQuote(cb - 1) || t.token(cb - 1).equals(",") && hasVerb(first, cb - 1))) {
                int[] np = npRight(ce, end);
                if (np != null && np[1] < end && np[1] - 1 > np[0] && t.token(np[1] - 1).equals(",")
                        && OPEN_QUOTES.contains(t.token(np[1])) && closeQuote(cb - 1)) {
                    resumed = np[1]; // "“A,” said X, a spokesman for Y, “B.”": the quote resumes after the source
                    np = new int[] {np[0], np[1] - 1};
                } else if (np == null || np[1] < end) {
                    return;
                }
                src = np;
                cut = cb - 1;
                ce = i + 1;
            } else {
                return;
            }
            if (src == null) {
                return;
            }
            Found f = new Found();
            f.rule = "reporting-tail";
            f.cueLemma = lemma;
            f.type = CueLexicon.VERBS.get(lemma);
            f.cueFirst = cb;
            f.cueEnd = ce;
            f.srcFirst = src[0];
            f.srcEnd = src[1];
            int closeQuote = closeQuote(cut) ? cut
                    : cut + 1 < n && CLOSE_QUOTES.contains(t.token(cut + 1)) ? cut + 1
                    : cut - 1 >= 0 && closeQuote(cut - 1) ? cut - 1 : -1;
            int open = closeQuote >= 0 ? openingQuote(closeQuote) : -1;
            if (open >= 0) {
                f.content.add(new int[] {open, closeQuote + 1});
            } else {
                addContentBefore(f, first, cut);
            }
            if (f.content.isEmpty()) {
                return;
            }
            int resumedClose = resumed >= 0 ? closingQuote(resumed) : -1;
            if (resumedClose > 0) {
                f.content.add(new int[] {resumed, resumedClose + 1});
            } else {
                continueQuote(f, s);
            }
            found.add(f);
            mark(f);
            return;
        }
    }

    /** A closing quote, also a mistyped opening one right after the quoted clause's comma (“..., “ Cook said). */
    static boolean isQuote(String token) {
        return OPEN_QUOTES.contains(token) || CLOSE_QUOTES.contains(token);
    }

    private boolean closeQuote(int x) {
        String w = t.token(x);
        return CLOSE_QUOTES.contains(w) || w.equals("“") && x > 0 && t.token(x - 1).equals(",")
                && x + 1 < n && t.tokenBegin(x + 1) > t.tokenEnd(x);
    }

    /** The opening quote matching the closing one at token close, searching back up to 12 sentences. */
    private int openingQuote(int close) {
        String c = t.token(close).equals("“") ? "”" : t.token(close);
        int s = t.sentenceOf(close);
        int limit = t.sentenceFirstToken(Math.max(0, s - 12));
        for (int x = close - 1; x >= limit; x--) {
            String w = t.token(x);
            if (w.equals("“") || w.equals("\"") && c.equals("\"") || w.equals("‘") && c.equals("’")) {
                return x;
            }
            if (w.equals("”") && c.equals("”")) {
                return -1;
            }
        }
        return -1;
    }

    private void sentence(int s) {
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        for (int i = first; i < end; i++) {
            if (used[i]) {
                continue;
            }
            if (lower(i).equals("according") && i + 1 < end && lower(i + 1).equals("to")) {
                accordingTo(s, i);
                continue;
            }
            if (i <= first + 1 && lower(i).equals("to") && i + 2 < end && CueLexicon.VERBS.containsKey(verbLemma(i + 1))
                    && t.token(i + 2).equals(":")) {
                toClarify(s, i); // "To clarify: ...": sourceless, the colon in the cue
                continue;
            }
            String lemma = cueVerb(i);
            boolean adjective = false;
            if (lemma == null && CueLexicon.ADJECTIVES.containsKey(lower(i)) && i > first
                    && (t.lemma(i - 1).equals("be") || t.lemma(i - 1).equals("remain") || t.lemma(i - 1).equals("make"))) {
                lemma = lower(i);
                adjective = true;
            }
            if (lemma == null) {
                continue;
            }
            if (!adjective && parse.nestedInOuterCue(i)) {
                continue; // the outer cue (ParseCues) takes this clause as its content
            }
            Found f = verbCue(s, i, lemma, adjective);
            if (f != null) {
                parse.cutBeforeNextAttribution(f);
                found.add(f);
                mark(f);
                markListItems(f);
                if (f.content.isEmpty()) {
                    found.remove(found.size() - 1);
                } else {
                    int last = f.content.get(f.content.size() - 1)[1];
                    i = Math.max(i, Math.min(last, end) - 1);
                }
            }
        }
    }

    private void toClarify(int s, int i) {
        int sentenceEnd = trimEnd(s, t.sentenceEndToken(s));
        Found f = new Found();
        f.rule = "to-clarify";
        f.cueLemma = verbLemma(i + 1);
        f.type = CueLexicon.VERBS.get(f.cueLemma);
        f.cueFirst = i;
        f.cueEnd = i + 3;
        if (i + 3 < sentenceEnd) {
            f.content.add(new int[] {i + 3, sentenceEnd});
            found.add(f);
            mark(f);
        }
    }

    private static final Set<String> POSSESSIVES = Set.of("our", "their", "his", "her", "its", "my", "your");

    /**
     * Nominal cues: "Daesh's contempt for human life", "our steadfast commitment to empower", "a
     * disregard for", "allegations that ...", "the U.S. commitment to support". The possessor is the
     * source; determiner and adjectives join the cue; the linking preposition joins the cue unless an
     * infinitive follows ("commitment | to empower").
     */
    private void nominalCues(int s) {
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        int sentenceEnd = trimEnd(s, end);
        for (int i = first; i < sentenceEnd; i++) {
            if (used[i]) {
                continue;
            }
            String w = lower(i);
            int label = i + 1; // "self-proclaimed" may come as one token or as "self" "-" "proclaimed"
            while (label < sentenceEnd && t.tokenBegin(label) == t.tokenEnd(label - 1) && label < i + 3) {
                label++;
            }
            if (CueLexicon.SELF_LABELS.contains(text.substring(t.tokenBegin(i), t.tokenEnd(label - 1))
                    .toLowerCase(Locale.ROOT))) {
                int e = label;
                while (e < sentenceEnd && !used[e] && (t.pos(e).equals("ADJ") || t.pos(e).equals("NOUN")
                        || t.pos(e).equals("PROPN"))) {
                    e++;
                }
                if (e > label) {
                    Found f = new Found();
                    f.rule = "self-label";
                    f.cueLemma = w;
                    f.type = ClaimType.STATEMENT;
                    f.cueFirst = i;
                    f.cueEnd = label;
                    f.content.add(new int[] {label, e});
                    found.add(f);
                    mark(f);
                }
                continue;
            }
            String nl = t.lemma(i);
            ClaimType type = CueLexicon.NOUNS.get(nl);
            if (type == null || !t.pos(i).equals("NOUN")) {
                continue;
            }
            int ce = i + 1;
            if (ce + 2 < sentenceEnd && t.lemma(ce).equals("go") && lower(ce + 1).equals("out")) {
                ce += 2; // "condolences go out to"
            }
            if (ce >= sentenceEnd || used[ce] || !CueLexicon.NOUN_LINKS.contains(lower(ce))) {
                continue;
            }
            boolean that = lower(ce).equals("that");
            int cb = i;
            while (cb - 1 >= first && !used[cb - 1] && (t.pos(cb - 1).equals("ADJ") || t.pos(cb - 1).equals("ADV"))
                    && Character.isLowerCase(t.token(cb - 1).charAt(0))) {
                cb--;
            }
            int[] src = null;
            int p = cb - 1;
            if (p >= first && !used[p]) {
                if (t.pos(p).equals("PRON") && POSSESSIVES.contains(lower(p))) {
                    src = new int[] {p, p + 1};
                } else if (lower(p).equals("'s")) {
                    int b = npStartLeft(first, p);
                    if (b < p) {
                        src = new int[] {b, p + 1};
                    }
                } else if (t.pos(p).equals("PROPN") && actorStartEndingAt(p) >= 0) {
                    src = new int[] {actorStartEndingAt(p), p + 1}; // "the enduring U.S. commitment to"
                } else if (QUANTIFIERS.contains(lower(p))) {
                    continue; // "takes all reports of violations seriously": generic, nobody's claim
                } else if (t.pos(p).equals("DET") && !lower(p).equals("that")) {
                    cb = p; // "a disregard for", "the utter disregard"
                }
            }
            if (src == null && !(CueLexicon.SOURCELESS_NOUNS.contains(nl) && (that || !nl.equals("claim")
                    && !nl.equals("belief") && !nl.equals("hope") && !nl.equals("concern")))) {
                continue;
            }
            if (src == null && (type == ClaimType.COMMITMENT || nl.equals("condolence") || nl.equals("wish"))) {
                continue;
            }
            boolean infinitive = lower(ce).equals("to") && ce + 1 < sentenceEnd && t.pos(ce + 1).equals("VERB");
            if (!that && !infinitive) {
                ce++;
            }
            int cs = ce;
            int stop = contentEnd(s, first, cs, sentenceEnd);
            for (int x = cs + 1; x < stop; x++) {
                if (t.token(x).equals(",") && x + 1 < stop && (lower(x + 1).equals("which") || lower(x + 1).equals("who"))) {
                    stop = x; // a relative clause after the object is the author's addition
                    break;
                }
            }
            if (that && clauseStart(first, cb)) {
                stop = subjectClauseEnd(cs, stop); // "Fears that the truce could collapse grew": up to "grew"
            }
            if (stop <= cs) {
                continue;
            }
            Found f = new Found();
            f.rule = "noun-cue";
            f.cueLemma = w;
            f.type = type;
            f.cueFirst = cb;
            f.cueEnd = ce;
            if (src != null) {
                f.srcFirst = src[0];
                f.srcEnd = src[1];
            }
            f.content.add(new int[] {cs, stop});
            found.add(f);
            mark(f);
            i = stop - 1;
        }
    }

    /** Whether only connectives, commas or a determiner stand between the sentence start and token b. */
    private boolean clauseStart(int first, int b) {
        for (int x = first; x < b; x++) {
            if (!(CONNECTIVES.contains(lower(x)) || t.token(x).equals(",") || t.pos(x).equals("DET"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * End of a that-clause standing in the subject ("Allegations that the vote was rigged have fueled
     * protests"): the clause's own verb group, then the next finite verb is the sentence predicate.
     */
    private static final Set<String> CLAUSE_LINKS = Set.of("and", "or", "that", "which", "who", ",");

    private int subjectClauseEnd(int cs, int stop) {
        boolean verbSeen = false;
        boolean groupEnded = false;
        for (int x = cs + 1; x < stop; x++) {
            boolean verb = t.pos(x).equals("VERB") || t.pos(x).equals("AUX");
            if (verb && groupEnded && !lower(x).endsWith("ing") && !lower(x - 1).equals("to")
                    && !CLAUSE_LINKS.contains(lower(x - 1))) {
                return x;
            }
            if (verb) {
                verbSeen = true;
                if (t.pos(x).equals("VERB")) {
                    groupEnded = true; // "could collapse | grew"
                }
            } else if (verbSeen && !t.pos(x).equals("ADV") && !t.pos(x).equals("PART")) {
                groupEnded = true;
            }
        }
        return stop;
    }

    private static final Set<String> QUANTIFIERS = Set.of("all", "any", "no", "such", "some", "many", "these", "those");

    /** First token of the actor mention ending at token p, or -1. */
    private int actorStartEndingAt(int p) {
        int e = t.tokenEnd(p);
        for (ActorMention m : actors.mentions()) {
            if (m.end() == e) {
                return t.tokenAtOrAfter(m.begin());
            }
        }
        return -1;
    }

    /** Lines listed after a content ending in a colon are that attribution's content, not new cues. */
    private void markListItems(Found f) {
        if (f.content.isEmpty()) {
            return;
        }
        int[] main = f.content.get(f.content.size() - 1);
        int last = main[1] - 1;
        boolean colon = t.token(last).equals(":") || main[1] < n && t.token(main[1]).equals(":");
        if (!colon) {
            return;
        }
        for (int[] item : listItems(t.sentenceOf(last))) {
            for (int x = item[0]; x < item[1]; x++) {
                used[x] = true;
            }
        }
    }

    private void mark(Found f) {
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

    private Found verbCue(int s, int i, String lemma, boolean adjective) {
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        Found f = new Found();
        f.rule = adjective ? "adjective-cue" : "verb-cue";
        f.cueLemma = lemma;
        f.type = adjective ? CueLexicon.ADJECTIVES.get(lemma) : CueLexicon.VERBS.get(lemma);
        if (lemma.equals("call") && labelling(i)) {
            f.type = ClaimType.ASSESSMENT; // a label the source gives, not an appeal
        }
        // left: auxiliaries, negation, adverbs, "continue to", "quick to", "remains"
        int cb = i;
        while (cb - 1 >= first) {
            int p = cb - 1;
            String pos = t.pos(p);
            String w = lower(p);
            boolean toNext = lower(cb).equals("to");
            boolean auxAsVerb = pos.equals("VERB") && (t.lemma(p).equals("have") || t.lemma(p).equals("be")
                    || t.lemma(p).equals("do")) && p + 1 < n && (t.pos(p + 1).equals("VERB") || t.pos(p + 1).equals("ADV"));
            if (pos.equals("AUX") || auxAsVerb || w.equals("not") || w.equals("n't") || (pos.equals("PART") && w.equals("to"))
                    || (pos.equals("ADV") && !w.equals("that") && Character.isLowerCase(t.token(p).charAt(0)))
                    || ((pos.equals("VERB") && ASPECT.contains(t.lemma(p)) || pos.equals("ADJ")) && toNext)
                    || t.lemma(p).equals("remain") || (adjective && (t.lemma(p).equals("make") || pos.equals("ADV")))) {
                cb = p;
            } else {
                break;
            }
        }
        if (cb < i && lower(cb).equals("to")) {
            return null; // "to say" inside a larger verb group we did not recognise
        }
        for (int x = cb; x < i; x++) {
            if (lower(x).equals("able") || lower(x).equals("unable")) {
                return null; // "will be able to ask questions": an ability, not an attribution
            }
        }
        if (cb == i && i > first && lower(i - 1).equals("to")) {
            return null; // infinitive: "... to reassure allies" after a non-cue verb
        }
        if (cb - 2 >= first && lower(cb - 1).equals("who") && t.token(cb - 2).equals(",") && relativeBeforeCue(i, end)) {
            return null; // "An official, who briefed journalists ..., said": the relative belongs to the source
        }
        int ce = i + 1;
        ce = extendCueRight(lemma, i, ce, end, adjective);
        if (!adjective && WISH.contains(lemma) && ce + 1 < end && lower(ce).equals("to") && cueVerb(ce + 1) != null
                && !WISH.contains(cueVerb(ce + 1))) {
            // "I want to congratulate": the wish to perform a speech act is one cue, the act's type
            lemma = cueVerb(ce + 1);
            i = ce + 1;
            f.cueLemma = lemma;
            f.type = CueLexicon.VERBS.get(lemma);
            ce = extendCueRight(lemma, i, i + 1, end, false);
        }
        ce = mannerPhrase(ce, end);
        if (!adjective && ce > i + 1 && CueLexicon.particles(lemma).contains(lower(i + 1))) {
            org.sightline.lexicon.api.Cue phrasal = CueLexicon.verb(lemma + " " + lower(i + 1));
            if (phrasal != null) {
                f.type = ClaimType.valueOf(phrasal.type()); // "call for": a demand, "call" alone a label
            }
        }
        if (ce < end && t.token(ce).equals(":")) {
            ce++; // a colon introducing the content belongs to the cue
        }
        f.cueFirst = cb;
        f.cueEnd = ce;
        // passive with agent: "attacks also claimed by Da'esh": source after "by", content before the cue
        if (!adjective && lower(i).endsWith("ed") && ce + 1 < end && lower(ce).equals("by") && i > first
                && AGENT_PASSIVE.contains(lemma) && !t.pos(i - 1).equals("PRON")) {
            int[] agent = npRight(ce + 1, trimEnd(s, end));
            int subjectEnd = cb - 1 > first && t.token(cb - 1).equals(",") ? cb - 1 : cb; // "attacks, also claimed by"
            int subject = npStartLeft(first, subjectEnd);
            if (agent != null && subject < subjectEnd) {
                int ae = agent[0];
                while (ae < agent[1] && !t.token(ae).equals(",")) {
                    ae++;
                }
                f.rule = "passive-agent";
                f.cueEnd = ce + 1;
                f.srcFirst = agent[0];
                f.srcEnd = ae;
                f.content.add(trimmedContent(subject, subjectEnd));
                return f;
            }
        }
        // passive without agent: "is intended to", "it is believed that"; reduced relative: "talks aimed at"
        boolean beforeComplement = ce < end && (lower(ce).equals("to") || lower(ce).equals("that"))
                || ce > i + 1 && lower(ce - 1).equals("at");
        boolean reduced = !adjective && lower(i).endsWith("ed") && cb == i && i > first
                && (t.pos(i - 1).equals("NOUN") || t.pos(i - 1).equals("PROPN")) && beforeComplement
                && SOURCELESS_PASSIVE.contains(lemma);
        boolean passive = reduced || !adjective && lower(i).endsWith("ed") && cb < i && beLemma(cb, i)
                && (ce >= end || !lower(ce).equals("by"));
        if (passive && !(SOURCELESS_PASSIVE.contains(lemma) && beforeComplement)) {
            return null; // "have been concluded", "has been assessed": events, not attributions
        }
        // participle after comma: ", stating that", ", arguing that", "while noting"
        boolean participle = lower(i).endsWith("ing") && cb > first && (t.token(cb - 1).equals(",")
                || PARTICIPLE_LINKS.contains(lower(cb - 1)));
        if (reduced) {
            f.rule = "reduced-relative";
        } else if (passive) {
            f.rule = "passive";
        } else if (participle) {
            f.rule = "participle";
        }
        int[] src = null;
        if (participle) {
            src = subjectOfSentence(s, cb - 1);
        } else if (!passive) {
            src = sourceLeft(first, cb);
        }
        if (src != null && EVIDENCE.contains(lemma) && !actorOrPerson(src)) {
            return null; // "This attack only underscores ...": evidence, not attribution
        }
        if (!adjective && !passive && stanceLike(lemma)) {
            if (!(src != null && holder(src))) {
                return null; // "this assistance will support", "immediately allow": no one holds the stance
            }
            for (int x = cb; x <= i; x++) {
                String w = lower(x);
                if (w.equals("will") || w.equals("would") || w.equals("shall") || w.equals("'ll")
                        || x == i && w.endsWith("ing") && beLemma(cb, i)) {
                    return null; // "will support", "is supporting": an act the author reports, not a stance
                }
            }
        }
        if (src == null && !passive && !participle && cb > first && (lower(cb - 1).equals("and")
                || lower(cb - 1).equals("but"))) {
            src = sharedSource(s); // "we recognize ..., and remain determined to": same source
        }
        if (src != null) {
            f.srcFirst = src[0];
            f.srcEnd = src[1];
        }
        boolean before = src != null && src[0] > first && (t.token(src[0] - 1).equals(",")
                || CLOSE_QUOTES.contains(t.token(src[0] - 1)));
        int afterStart = ce;
        while (afterStart < end) {
            int time = timeExpression(afterStart, end);
            int place = placePhrase(afterStart, end);
            if (time > afterStart) {
                afterStart = time; // "announced today", "said on Tuesday": when, not what
            } else if (afterStart + 3 < end && lower(afterStart).equals("on") && lower(afterStart + 1).equals("condition")
                    && lower(afterStart + 3).equals("anonymity")) {
                afterStart += 4; // "said on condition of anonymity that ..."
            } else if (place > afterStart) {
                afterStart = place; // "announced at the Manama Dialogue, the United States will"
            } else if (t.token(afterStart).equals(",") || (t.pos(afterStart).equals("ADV")
                    && Character.isLowerCase(t.token(afterStart).charAt(0)) && !lower(afterStart).equals("that")
                    && !WH.contains(lower(afterStart)))) {
                afterStart++;
            } else {
                break;
            }
        }
        if (afterStart < end && t.token(afterStart).equals(":")) {
            afterStart++;
            f.cueEnd = afterStart; // "released the following statement today:"
        }
        int sentenceEnd = trimEnd(s, end);
        boolean nothingAfter = afterStart >= sentenceEnd;
        if (nothingAfter && t.token(f.cueEnd - 1).equals(":") && s + 1 < t.sentenceCount()) {
            // the content follows the colon in the next paragraph: a quote, or the next sentence
            int nf = t.sentenceFirstToken(s + 1);
            int close = OPEN_QUOTES.contains(t.token(nf)) ? closingQuote(nf) : -1;
            if (close > 0) {
                f.content.add(new int[] {nf, close + 1});
                return f;
            }
        }
        if (src == null && !passive && !participle) {
            // inverted: "..., said Cook." / "..., said the release."
            if (cb > first && t.token(cb - 1).equals(",") && !nothingAfter && CueLexicon.reporting(lemma)) {
                int[] np = npRight(afterStart, sentenceEnd);
                if (np != null && np[1] >= sentenceEnd) {
                    f.rule = "inverted-source";
                    f.srcFirst = np[0];
                    f.srcEnd = np[1];
                    addContentBefore(f, first, cb - 1);
                    return f.content.isEmpty() ? null : continueQuote(f, s);
                }
            }
            if (cb == first || !(t.pos(cb - 1).equals("PUNCT"))) {
                return null;
            }
        }
        if (before && (nothingAfter || CLOSE_QUOTES.contains(t.token(src[0] - 1)))) {
            int cut = src[0] - 1; // the comma (or closing quote) before the source
            addContentBefore(f, first, cut);
            return f.content.isEmpty() ? null : continueQuote(f, s);
        }
        if (before && ce < end && t.token(ce).equals(",")) {
            // "In Syria, the press secretary said, Syrian forces continue ...": both sides
            addContentBefore(f, first, src[0] - 1);
        }
        if (nothingAfter) {
            return f.content.isEmpty() ? null : f;
        }
        int cs = afterStart;
        if (CueLexicon.recipient(lemma)) {
            boolean that = false;
            for (int x = cs; x < Math.min(sentenceEnd, cs + 6); x++) {
                if (lower(x).equals("that")) {
                    cs = x;
                    that = true;
                    break;
                }
                if (t.pos(x).equals("VERB") || t.pos(x).equals("AUX")) {
                    break;
                }
            }
            if (!that && lemma.equals("tell") && cs + 1 < sentenceEnd && RECIPIENTS.contains(lower(cs))) {
                cs++; // "told reporters the schedule was ...": the hearers are no part of the content
            }
        }
        if (lower(cs).endsWith("ing") && cueVerb(cs) != null) {
            return null; // "responded cautiously, stating that ...": the participle is the cue
        }
        if (!adjective && !passive && !complementFits(lemma, i, f.cueEnd, cs, sentenceEnd)) {
            return null; // the cue's frames do not take what follows ("sent a letter", "saw the attack")
        }

        int stop = reduced ? reducedEnd(cs, sentenceEnd) : contentEnd(s, first, cs, sentenceEnd);
        if (OPEN_QUOTES.contains(t.token(cs)) && !t.token(cs).equals("’")) {
            int close = closingQuote(cs);
            if (close > 0) {
                f.content.add(new int[] {cs, close + 1});
                return f;
            }
        }
        if (stop > cs) {
            f.content.add(new int[] {cs, stop});
            if (passive && !reduced && lower(ce).equals("to")) {
                // "The exercise is intended to ...": the subject is the first content span (PARC)
                int subject = npStartLeft(first, cb);
                if (subject < cb && !(cb - subject == 1 && t.pos(subject).equals("PRON"))) {
                    f.content.add(0, trimmedContent(subject, cb));
                }
            }
        }
        return f;
    }

    /**
     * Whether what follows the cue is a complement the cue's lexicon frames take: "that"/a that-less clause
     * (THAT), a wh-word (WH, or THAT), a quote or colon (QUOTE, or THAT), "to" + verb (TO), a noun phrase
     * (NP), a noun phrase + "that"/"to" (OBJ_THAT/OBJ_TO); a cue that took its particle ("called for",
     * "warned of") takes the phrase after it (PREP).
     */
    private boolean complementFits(String lemma, int i, int cueEnd, int cs, int end) {
        org.sightline.lexicon.api.Cue cue = CueLexicon.verb(lemma);
        if (cue == null) {
            return false;
        }
        if (cueEnd > i + 1 && cue.particles().contains(lower(cueEnd - 1)) && cue.takes(Frame.PREP)) {
            return true;
        }
        if (cueEnd > i + 1 && !cue.particles().contains(lower(cueEnd - 1))) {
            return true; // an extended cue ("express our deepest condolences to", "said in a statement:")
        }
        if (cs >= end) {
            return false;
        }
        boolean clause = cue.takes(Frame.THAT) || cue.takes(Frame.OBJ_THAT);
        String w = lower(cs);
        if (w.equals("that")) {
            return clause;
        }
        if (WH.contains(w) || w.equals("if")) {
            return cue.takes(Frame.WH) || clause;
        }
        if (OPEN_QUOTES.contains(t.token(cs)) || t.token(cs).equals(":") || t.token(cs - 1).equals(":")) {
            return cue.takes(Frame.QUOTE) || clause;
        }
        if (w.equals("to")) {
            return cs + 1 < end && (t.pos(cs + 1).equals("VERB") || t.pos(cs + 1).equals("AUX")) && cue.takes(Frame.TO);
        }
        if (t.pos(cs).equals("VERB") && lower(cs).endsWith("ing")) {
            return cue.takes(Frame.NP) || cue.takes(Frame.TO); // "denied using chemical weapons"
        }
        if (!isNpToken(cs)) {
            return false;
        }
        int x = cs;
        while (x < end && (isNpToken(x) || NP_ADP.contains(lower(x)) && x + 1 < end && isNpToken(x + 1))) {
            x++; // the subject of a that-less clause may carry a phrase: "all forces in Iraq should"
        }
        if (x < end && (t.pos(x).equals("AUX") || t.pos(x).equals("VERB") && !lower(x).endsWith("ing")
                || t.pos(x).equals("ADV") && x + 1 < end && (t.pos(x + 1).equals("VERB") || t.pos(x + 1).equals("AUX")))) {
            return cue.takes(Frame.THAT) || cue.takes(Frame.NP); // "said the strike killed", "denied Russia had"
        }
        if (x < end && lower(x).equals("to") && x + 1 < end && t.pos(x + 1).equals("VERB")) {
            return cue.takes(Frame.OBJ_TO) || cue.takes(Frame.NP);
        }
        return cue.takes(Frame.NP);
    }

    /** Stance and decree verbs: "support", "allow", "try": they need a holder, not a thing, as subject. */
    private static boolean stanceLike(String lemma) {
        org.sightline.lexicon.api.Cue c = CueLexicon.verb(lemma);
        return c != null && (c.cueClass() == CueClass.STANCE || c.cueClass() == CueClass.DECREE);
    }

    /**
     * Whether a source can hold a stance: an actor, a pronoun, a name, or a noun phrase whose head names a
     * person or group ("the group", "critics").
     */
    private boolean holder(int[] src) {
        if (actorOrPerson(src)) {
            return true;
        }
        int head = -1;
        for (int x = src[0]; x < src[1] && !t.token(x).equals(","); x++) {
            String pos = t.pos(x);
            if (pos.equals("PROPN") || pos.equals("PRON") && !lower(x).equals("it")) {
                return true;
            }
            if (pos.equals("NOUN")) {
                head = x;
            }
        }
        return head >= 0 && CueLexicon.SHARED.isHolderNoun(t.lemma(head));
    }

    /** Whether tokens [b, e) hold a verb: the reported clause before an inverted "..., said X." */
    private boolean hasVerb(int b, int e) {
        for (int x = b; x < e; x++) {
            if (t.pos(x).equals("VERB") || t.pos(x).equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the relative clause around token i closes with a comma followed by the main (cue) verb. */
    private boolean relativeBeforeCue(int i, int end) {
        for (int x = i + 1; x + 1 < end; x++) {
            if (t.token(x).equals(",")) {
                int v = x + 1;
                while (v + 1 < end && (t.pos(v).equals("ADV") || t.pos(v).equals("AUX"))) {
                    v++;
                }
                return cueVerb(v) != null;
            }
        }
        return false;
    }

    /** Verbs that join a following "to" + cue into one verb group ("continue to urge", "decided to deny"). */
    private static final Set<String> ASPECT = Set.of("continue", "want", "wish", "like", "begin", "start", "decide",
            "seek", "try", "refuse", "hope", "need", "have", "use", "go", "plan", "intend", "vow", "pledge", "promise",
            "remain", "choose", "agree", "fail", "move", "rush", "hasten", "appear", "seem");

    /** Verbs of wanting that merge with a following speech-act verb ("want to congratulate"). */
    private static final Set<String> WISH = Set.of("want", "wish", "hope", "like");
    /** Passives that attribute without naming the source when a complement follows ("is expected to"). */
    private static final Set<String> SOURCELESS_PASSIVE = Set.of("intend", "design", "aim", "expect", "recommend",
            "believe", "report", "say", "think", "allege", "claim", "plan", "mean", "suppose", "estimate",
            "consider", "understand", "predict", "fear", "hope", "rumor", "rumour", "assume", "know", "project");
    /** Passives whose "by" agent is the source ("attacks claimed by Da'esh"). */
    private static final Set<String> AGENT_PASSIVE = Set.of("claim", "report", "announce", "confirm", "deny",
            "condemn", "criticize", "criticise", "reject", "welcome", "praise", "dispute", "allege", "predict",
            "propose", "recommend", "say", "state", "describe", "quote", "cite", "accuse", "blame", "urge", "warn");
    /** Hearers of "told" that stand before a that-less clause ("told reporters the talks ..."). */
    private static final Set<String> RECIPIENTS = Set.of("reporters", "journalists", "lawmakers", "parliament",
            "him", "her", "them", "us", "me", "congress", "delegates", "supporters", "students", "troops");
    /** Words opening a reported question or wh-clause: content, not manner ("wondered why ..."). */
    private static final Set<String> WH = Set.of("why", "how", "when", "where", "whether", "what", "who", "which");
    private static final Set<String> PARTICIPLE_LINKS = Set.of("while", "before", "after", "by", "when");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow");
    /** Months and their abbreviations ("sept" too), from the one calendar list; this step handles English. */
    private static final Set<String> MONTHS = CalendarWords.monthWords("en");

    private boolean beLemma(int from, int to) {
        for (int x = from; x < to; x++) {
            if (t.lemma(x).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** End (exclusive) of a time expression starting at x ("today", "on Tuesday", "last week"), or x. */
    private int timeExpression(int x, int end) {
        if (x >= end) {
            return x;
        }
        String w = lower(x);
        if (x + 1 < end && lower(x + 1).equals("'s")) {
            return x; // "condemns today's attack": part of the content
        }
        if (WEEKDAYS.contains(w)) {
            return x + 1;
        }
        if ((w.equals("on") || w.equals("this") || w.equals("last") || w.equals("earlier") || w.equals("late"))
                && x + 1 < end && (WEEKDAYS.contains(lower(x + 1)) || Set.of("week", "month", "year", "morning",
                "afternoon", "evening", "weekend").contains(lower(x + 1)))) {
            return x + 2;
        }
        return x;
    }

    /**
     * End of a place or occasion phrase between the cue and a clausal content ("said in Baghdad that",
     * "announced at the Manama Dialogue the United States will ..."), or x when there is none.
     */
    private int placePhrase(int x, int end) {
        if (x + 2 >= end || !(lower(x).equals("at") || lower(x).equals("in") || lower(x).equals("during"))) {
            return x;
        }
        int e = x + 1;
        while (e < end && e < x + 7 && (isNpToken(e) || lower(e).equals("of")) && !lower(e).equals("that")) {
            e++;
        }
        if (e == x + 1 || e >= end) {
            return x;
        }
        if (lower(e).equals("that")) {
            return e;
        }
        // a that-less clause, maybe after a comma: a subject (determiner, name, pronoun) with a finite verb soon after
        int c = t.token(e).equals(",") && e + 1 < end ? e + 1 : e;
        if (t.pos(c).equals("DET") && !lower(c).equals("that") || t.pos(c).equals("PROPN")
                || SUBJECT_PRONOUNS.contains(lower(c)) && !lower(c).equals("who")) {
            for (int v = c + 1; v < Math.min(end, c + 6); v++) {
                if (t.pos(v).equals("AUX") || t.pos(v).equals("VERB") && !lower(v).endsWith("ing")) {
                    return e;
                }
            }
        }
        return x;
    }

    /** "condemns in the strongest (possible) terms": the manner phrase joins the cue. */
    private int mannerPhrase(int ce, int end) {
        if (ce + 2 < end && lower(ce).equals("in") && (lower(ce + 1).equals("the") || lower(ce + 1).equals("no"))) {
            for (int y = ce + 2; y < Math.min(end, ce + 5); y++) {
                if (lower(y).equals("terms")) {
                    return y + 1;
                }
            }
        }
        return ce;
    }

    /** The source of the previous attribution in this sentence, for a coordinated cue. */
    private int[] sharedSource(int s) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found g = found.get(k);
            if (t.sentenceOf(g.cueFirst) == s && g.srcFirst >= 0) {
                return new int[] {g.srcFirst, g.srcEnd};
            }
        }
        // "Votel ... met with employees and provided an overview of": the subject of the first verb
        int first = t.sentenceFirstToken(s);
        for (int v = first; v < t.sentenceEndToken(s); v++) {
            if (t.pos(v).equals("VERB") || t.pos(v).equals("AUX")) {
                int vb = v;
                while (vb - 1 > first && t.pos(vb - 1).equals("ADV")) {
                    vb--;
                }
                int[] src = vb > first ? sourceLeft(first, vb) : null;
                return src != null && actorOrPerson(src) ? src : null;
            }
        }
        return null;
    }

    /** A content span without leading connectives, commas or quotes not closed inside it. */
    private int[] trimmedContent(int b, int e) {
        while (b < e && (CONNECTIVES.contains(lower(b)) || t.token(b).equals(","))) {
            b++;
        }
        while (e > b && t.token(e - 1).equals(",")) {
            e--;
        }
        return new int[] {b, e};
    }

    /** Content of a reduced relative ("talks aimed at ending the crisis have ..."): up to the next predicate. */
    private int reducedEnd(int cs, int sentenceEnd) {
        for (int x = cs + 1; x < sentenceEnd; x++) {
            if (t.token(x).equals(",") || t.token(x).equals(";") || t.pos(x).equals("AUX")
                    || t.pos(x).equals("VERB") && (t.pos(x - 1).equals("NOUN") || t.pos(x - 1).equals("PROPN"))
                    && !lower(x).endsWith("ing")) {
                return x;
            }
        }
        return sentenceEnd;
    }

    private boolean question(int s) {
        int e = t.sentenceEndToken(s);
        return e > t.sentenceFirstToken(s) && t.token(e - 1).equals("?");
    }

    private int extendCueRight(String lemma, int i, int ce, int end, boolean adjective) {
        Set<String> particles = CueLexicon.particles(lemma);
        if (adjective) {
            if (ce < end && (lower(ce).equals("to") || lower(ce).equals("in") && ce + 3 < end
                    && (lower(ce + 1).equals("support") || lower(ce + 2).equals("commitment")))) {
                if (lower(ce).equals("in")) {
                    int x = ce + 1;
                    while (x < end && !lower(x).equals("of") && !lower(x).equals("to") && x < ce + 4) {
                        x++;
                    }
                    return x < end && (lower(x).equals("of") || lower(x).equals("to")) ? x + 1 : ce;
                }
                return lemma.equals("committed") ? ce + 1 : ce;
            }
            if (lower(i).equals("absolute") && ce < end && t.token(ce).equals(":")) {
                return ce + 1;
            }
            return ce;
        }
        if (ce < end && particles.contains(lower(ce))) {
            ce++;
        }
        if (lemma.equals("make") && ce < end && lower(ce).equals("clear")) {
            ce++;
        }
        // "express our deepest condolences to", "reiterated its commitment to", "offered his condolences to"
        int x = ce;
        if (x < end && (t.pos(x).equals("PRON") && !SUBJECT_PRONOUNS.contains(lower(x)) || lower(x).equals("the")
                || lower(x).equals("a") || lower(x).equals("an"))) {
            int y = x + 1;
            while (y < end && (t.pos(y).equals("ADJ") || t.pos(y).equals("ADV")) && y < x + 4) {
                y++;
            }
            if (y < end && CueLexicon.EXPRESSIVE_NOUNS.contains(lower(y))) {
                ce = y + 1;
                boolean infinitive = ce + 1 < end && lower(ce).equals("to") && t.pos(ce + 1).equals("VERB");
                if (!infinitive && ce < end && (lower(ce).equals("to") || lower(ce).equals("for") || lower(ce).equals("of")
                        || lower(ce).equals("in"))) { // "condolences to [the families]", "commitment [to support]"
                    ce++;
                } else if (ce + 1 < end && lower(ce).equals("go") && lower(ce + 1).equals("out")) {
                    ce += 2;
                }
            } else if (y + 1 < end && (lemma.equals("release") || lemma.equals("provide"))
                    && lower(y).equals("following") && MEDIA_NOUNS.contains(lower(y + 1))) {
                ce = y + 2;
            } else if (y < end && lemma.equals("provide") && lower(y).equals("overview") && y + 1 < end
                    && lower(y + 1).equals("of")) {
                ce = y + 2;
            }
        }
        // directly attached medium: "said in a statement", "said in a Nov. 24 statement"
        if (ce + 1 < end && lower(ce).equals("in")) {
            for (int y = ce + 1; y < Math.min(end, ce + 6); y++) {
                if (MEDIA_NOUNS.contains(lower(y))) {
                    ce = y + 1;
                    break;
                }
                if (t.pos(y).equals("VERB") || t.token(y).equals(",")) {
                    break;
                }
            }
        }
        if (ce > 0 && MEDIA_NOUNS.contains(lower(ce - 1)) && ce < end && lower(ce).equals("on")) {
            for (int y = ce + 1; y < Math.min(end, ce + 8); y++) {
                if (t.token(y).equals(":")) {
                    return y + 1;
                }
            }
        }
        if (ce < end && t.token(ce).equals(":") && (lemma.equals("provide") || lemma.equals("release")
                || lemma.equals("clarify"))) {
            ce++;
        }
        return ce;
    }

    /** Last token index (exclusive) of a sentence without its closing period. */
    private int trimEnd(int s, int end) {
        int e = end;
        while (e > t.sentenceFirstToken(s) && (t.token(e - 1).equals(".") || t.token(e - 1).equals("!")
                || t.token(e - 1).equals("?") || t.token(e - 1).equals(";"))) {
            e--;
        }
        return e;
    }

    /** Whether a coordinated clause starting at x begins with its own cue ("and urged him", "and we hope"). */
    private boolean coordinatedCue(int x) {
        int v = x;
        if (SUBJECT_PRONOUNS.contains(lower(v)) && v + 1 < n) {
            v++;
        }
        while (v + 1 < n && (t.pos(v).equals("ADV") || t.pos(v).equals("AUX")) && t.sentenceOf(v) == t.sentenceOf(x)) {
            v++;
        }
        if (t.lemma(v).equals("remain") && v + 1 < n && CueLexicon.ADJECTIVES.containsKey(lower(v + 1))) {
            return true;
        }
        String lemma = cueVerb(v);
        return lemma != null && t.pos(v).equals("VERB") && !CueLexicon.weak(lemma) && !lower(v).endsWith("ing");
    }

    /** A clause at x made of a short subject noun phrase and a cue verb ("Russia's ministry insisted"). */
    private boolean clauseWithCue(int x, int end) {
        int v = x;
        while (v < end && v < x + 7 && isNpToken(v)) {
            v++;
        }
        while (v < end && (t.pos(v).equals("ADV") || t.pos(v).equals("AUX"))) {
            v++;
        }
        return v > x && v < end && cueVerb(v) != null && t.pos(v).equals("VERB");
    }

    /** "Dec. 10" / "Nov. 6, 2016" / "May 4" up to the sentence end. */
    private boolean dateTail(int x, int sentenceEnd) {
        int y = x + 1;
        if (y < sentenceEnd && t.token(y).equals(".")) {
            y++;
        }
        if (y >= sentenceEnd || !Character.isDigit(t.token(y).charAt(0))) {
            return false;
        }
        y++;
        if (y + 1 < sentenceEnd && t.token(y).equals(",") && Character.isDigit(t.token(y + 1).charAt(0))) {
            y += 2;
        }
        return y >= sentenceEnd;
    }

    /** Where the content after the cue stops: a following participle cue or the end of a fronted clause. */
    private int contentEnd(int s, int first, int cs, int sentenceEnd) {
        // "While officials said X, Y": X ends at the comma; "As we have made clear, X": X is the main clause
        boolean subordinate = SUBORDINATORS.contains(lower(first)) && !(lower(first).equals("as")
                && t.token(cs - 1).equals(","));
        for (int x = cs + 1; x < sentenceEnd; x++) {
            if ((lower(x).equals("and") || lower(x).equals("but")) && x + 1 < sentenceEnd && coordinatedCue(x + 1)) {
                return t.token(x - 1).equals(",") ? x - 1 : x; // "..., and remain determined to": a new cue
            }
            if ((lower(x).equals("while") || lower(x).equals("whereas")) && t.token(x - 1).equals(",")
                    && clauseWithCue(x + 1, sentenceEnd)) {
                return x - 1; // "..., while Russia's defense ministry insisted that ...": a second attribution
            }
            if (PARTICIPLE_LINKS.contains(lower(x)) && t.token(x - 1).equals(",") && x + 1 < sentenceEnd
                    && lower(x + 1).endsWith("ing") && cueVerb(x + 1) != null) {
                return x - 1; // ", while noting ..."
            }
            if (t.token(x).equals(",") && x + 2 < sentenceEnd && MONTHS.contains(lower(x + 1).replace(".", ""))
                    && dateTail(x + 1, sentenceEnd) && !lower(cs).equals("that")) {
                return x; // "announced the start of ..., Dec. 10.": the date of the act; after "that" the event's
            }
            if (t.token(x).equals(",")) {
                if (subordinate) {
                    return x;
                }
                if (x + 1 < sentenceEnd && lower(x + 1).endsWith("ing") && cueVerb(x + 1) != null) {
                    return x;
                }
                if (x + 2 < sentenceEnd && lower(x + 1).equals("according") && lower(x + 2).equals("to")) {
                    return x;
                }
            }
        }
        return sentenceEnd;
    }

    /** The source noun phrase ending right before the cue, with an appositive in commas, or null. */
    private int[] sourceLeft(int first, int cb) {
        int chain = sourceChainStart(first, cb);
        if (chain >= 0) {
            return trimSource(chain, cb);
        }
        int e = cb;
        if (e - 3 >= first && t.token(e - 1).equals(",") && t.pos(e - 2).equals("ADV") && t.token(e - 3).equals(",")) {
            e -= 3; // "Japan, meanwhile, reiterated"
        }
        int b = npStartLeft(first, e);
        if (b == e) {
            return null;
        }
        if (b > first && t.token(b - 1).equals(",")) {
            // appositive pair: "Gen. X, U.S. Central Command commander, released"; name first
            if (b == e - 1 || t.token(e - 1).equals(",")) {
                // a lone comma before the cue: the NP before belongs to the source
            }
        }
        if (t.token(e - 1).equals(",")) {
            int inner = npStartLeft(first, e - 1);
            if (inner < e - 1 && inner > first && t.token(inner - 1).equals(",")) {
                int name = npStartLeft(first, inner - 1);
                if (name < inner - 1 && (name == first || !t.pos(name - 1).equals("ADP"))) {
                    return trimSource(name, e);
                }
            }
            return null;
        }
        if (b > first && t.token(b - 1).equals(",") && looksLikeRole(b, e)) {
            int name = npStartLeft(first, b - 1);
            if (name < b - 1 && (name == first || t.token(name - 1).equals(",") && false
                    || !t.pos(name - 1).equals("ADP")) && endsWithName(b - 1)) {
                if (name == first || CLOSE_QUOTES.contains(t.token(name - 1)) || t.token(name - 1).equals(",")) {
                    return trimSource(name, e);
                }
            }
        }
        return trimSource(b, e);
    }

    private static final Set<String> EVIDENCE = Set.of("underscore", "underline", "highlight", "show", "signal",
            "indicate", "demonstrate", "reveal", "suggest", "confirm", "mark");

    private boolean actorOrPerson(int[] src) {
        int b = t.tokenBegin(src[0]);
        int e = t.tokenEnd(src[1] - 1);
        for (ActorMention m : actors.mentions()) {
            if (m.begin() >= b && m.end() <= e) {
                return true;
            }
        }
        for (int x = src[0]; x < src[1]; x++) {
            String w = lower(x);
            if (w.equals("he") || w.equals("she") || w.equals("we") || w.equals("i") || w.equals("they")
                    || w.equals("who")) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithName(int end) {
        return Character.isUpperCase(t.token(end - 1).charAt(0));
    }

    private boolean looksLikeRole(int b, int e) {
        for (int x = b; x < Math.min(e, b + 4); x++) {
            if (t.pos(x).equals("NOUN") && Character.isLowerCase(t.token(x).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private int[] trimSource(int b, int e) {
        while (b < e && (CONNECTIVES.contains(lower(b)) || t.token(b).equals(",") || OPEN_QUOTES.contains(t.token(b))
                || CLOSE_QUOTES.contains(t.token(b)) || WEEKDAYS.contains(lower(b)) && b + 1 < e
                && t.token(b + 1).equals(","))) {
            b++;
        }
        if (b >= e) {
            return null;
        }
        if (e - b == 2 && t.pos(b).equals("DET") && t.pos(b + 1).equals("ADJ")) {
            return new int[] {b, e}; // "The secretary/ADJ": a tagger slip on a role noun
        }
        if (e - b > 1 && SUBJECT_PRONOUNS.contains(lower(e - 1)) && !lower(e - 1).equals("who")
                && !t.token(e - 2).equals(",")) {
            b = e - 1; // "At this point we remain": the pronoun, not the adverbial before it
        }
        for (int x = b; x < e; x++) {
            String pos = t.pos(x);
            if (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON") || pos.equals("NUM")
                    || Character.isUpperCase(t.token(x).charAt(0)) && !pos.equals("DET")) {
                return new int[] {b, e};
            }
        }
        return null;
    }

    /** Start of the noun phrase that ends at e (exclusive), walking left. */
    private int npStartLeft(int first, int e) {
        int b = e;
        while (b - 1 >= first) {
            int p = b - 1;
            if (isNpToken(p) || (NP_ADP.contains(lower(p)) && b < e && p - 1 >= first && isNpToken(p - 1)
                    && !lower(b).equals("that"))) {
                b = p;
            } else if ((t.token(p).equals("”") || t.token(p).equals("\"")) && p - 2 >= first
                    && (t.token(p - 2).equals("“") || t.token(p - 2).equals("\""))) {
                b = p - 2; // nickname: Col. John “J.D.” Dorrian
            } else {
                break;
            }
        }
        // an NP starting with a preposition's object is not a source: "In Syria" stays out
        while (b < e && NP_ADP.contains(lower(b))) {
            b++;
        }
        return b;
    }

    private boolean isNpToken(int p) {
        String pos = t.pos(p);
        String w = t.token(p);
        if (pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("NUM") || pos.equals("DET")
                || pos.equals("X") || pos.equals("SYM")) {
            return !lower(p).equals("that") || pos.equals("DET");
        }
        if (pos.equals("ADJ")) {
            return true;
        }
        if (pos.equals("PRON")) {
            return SUBJECT_PRONOUNS.contains(lower(p)) || lower(p).equals("our") || lower(p).equals("its")
                    || lower(p).equals("their") || lower(p).equals("his") || lower(p).equals("her")
                    || lower(p).equals("others");
        }
        if (pos.equals("PART")) {
            return w.equals("'s") || w.equals("’s");
        }
        if (pos.equals("PUNCT")) {
            return w.equals("-") || w.equals("–") || w.equals(".") && p > 0 && t.tokenBegin(p) == t.tokenEnd(p - 1);
        }
        if (Character.isUpperCase(w.charAt(0)) && w.endsWith(".") && w.length() <= 6) {
            return true; // a title tagged as anything: "Capt./ADP"
        }
        // tagger slips on names: "Pyongyang/VERB"
        return Character.isUpperCase(w.charAt(0)) && !pos.equals("AUX") && !pos.equals("ADV")
                && !pos.equals("SCONJ") && !pos.equals("CCONJ") && !pos.equals("ADP");
    }

    /** The noun phrase that starts at b, walking right, stopping at the sentence end. */
    private int[] npRight(int b, int limit) {
        int e = b;
        while (e < limit) {
            if (isNpToken(e) || NP_ADP.contains(lower(e)) || t.token(e).equals(",")) {
                e++;
            } else if (e > b && OPEN_QUOTES.contains(t.token(e)) && e + 2 < limit
                    && (CLOSE_QUOTES.contains(t.token(e + 2)) || e + 3 < limit && CLOSE_QUOTES.contains(t.token(e + 3)))) {
                e = CLOSE_QUOTES.contains(t.token(e + 2)) ? e + 3 : e + 4; // nickname: Col. John “J.D.” Dorrian
            } else {
                break;
            }
        }
        return e > b ? new int[] {b, e} : null;
    }

    /**
     * Start of a source noun phrase with appositives or a relative clause that ends right before the
     * cue ("Staff Sgt. Albert Connelly, an artillery crew chief in Abel Battery, 3rd Battalion, said",
     * "Cook, who spoke to reporters, said"), when it starts the clause; -1 if there is none.
     */
    private int sourceChainStart(int first, int cb) {
        int x = cb - 1 > first && t.token(cb - 1).equals(",") ? cb - 1 : cb;
        int start = -1;
        int segments = 0;
        while (x > first && cb - x < 40) {
            int segStart = x;
            while (segStart > first && !t.token(segStart - 1).equals(",")) {
                segStart--;
            }
            String head = lower(segStart);
            boolean aside = head.equals("who") || head.equals("which")
                    || head.endsWith("ing") && t.pos(segStart).equals("VERB");
            if (aside) {
                // ", who leads the committee," / ", speaking on condition of anonymity,": part of the source
                if (segStart - 1 <= first) {
                    return -1;
                }
                x = segStart - 1;
                continue;
            }
            int b = npStartLeft(first, x);
            int lead = segStart;
            boolean afterQuote = false;
            while (lead < b && (CONNECTIVES.contains(lower(lead)) || OPEN_QUOTES.contains(t.token(lead))
                    || closeQuote(lead))) {
                afterQuote |= closeQuote(lead);
                lead++;
            }
            if (b == x || b != lead) {
                if (segments == 0) {
                    return -1;
                }
                break;
            }
            segments++;
            start = b;
            if (afterQuote) {
                break; // "“...,” Army Lt. Gen. X, commander of Y, said": the quote ends the source
            }
            if (segStart - 1 > first && t.token(segStart - 1).equals(",")) {
                x = segStart - 1;
            } else {
                break;
            }
        }
        if (segments == 0 || cb - start < 3) {
            return -1;
        }
        int clauseStart = first;
        while (clauseStart < start && (CONNECTIVES.contains(lower(clauseStart)) || t.token(clauseStart).equals(",")
                || OPEN_QUOTES.contains(t.token(clauseStart)))) {
            clauseStart++;
        }
        boolean startsClause = start == clauseStart || start > first && (closeQuote(start - 1)
                || t.token(start - 1).equals(",") && start - 2 >= first && closeQuote(start - 2));
        boolean hasName = false;
        for (int y = start; y < cb; y++) {
            hasName |= t.pos(y).equals("PROPN") || t.pos(y).equals("NOUN") || t.pos(y).equals("PRON");
        }
        return startsClause && hasName && (segments > 1 || x != cb) ? start : -1;
    }

    /** The subject at the start of the sentence, for participle cues (", stating that ..."). */
    private int[] subjectOfSentence(int s, int limit) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found g = found.get(k);
            if (g.srcFirst >= 0 && t.sentenceOf(g.cueFirst) == s) {
                return new int[] {g.srcFirst, g.srcEnd};
            }
        }
        int first = t.sentenceFirstToken(s);
        int b = first;
        while (b < limit && (CONNECTIVES.contains(lower(b)) || t.token(b).equals(","))) {
            b++;
        }
        int e = b;
        while (e < limit && isNpToken(e)) {
            e++;
        }
        return e > b ? new int[] {b, e} : null;
    }

    private void addContentBefore(Found f, int first, int cut) {
        int b = first;
        while (b < cut && (CONNECTIVES.contains(lower(b)) || t.token(b).equals(","))) {
            b++;
        }
        int e = cut;
        if (e > b && CLOSE_QUOTES.contains(t.token(e - 1)) && e - 2 >= b && t.token(e - 2).equals(",")) {
            // “...,” Cook said: keep quotes and the comma inside them
        } else if (e < t.tokenCount() && CLOSE_QUOTES.contains(t.token(e)) && t.token(e - 1).equals(",")) {
            e = e + 1;
        }
        if (e > b) {
            f.content.add(0, new int[] {b, e});
        }
    }

    /** A quote resumed in the next sentence of the paragraph ("“A,” Cook said. “B.”") joins the content. */
    private Found continueQuote(Found f, int s) {
        int[] main = f.content.get(0);
        if (!OPEN_QUOTES.contains(t.token(main[0]))) {
            return f;
        }
        int end = t.sentenceEndToken(s);
        if (f.cueEnd < end - 1 && t.token(f.cueEnd).equals(",") && f.cueEnd + 1 < end
                && OPEN_QUOTES.contains(t.token(f.cueEnd + 1))) {
            int close = closingQuote(f.cueEnd + 1);
            if (close > 0) {
                f.content.add(new int[] {f.cueEnd + 1, close + 1});
                return f;
            }
        }
        int next = s + 1;
        if (next < t.sentenceCount() && sameLine(t.sentenceEnd(s), t.sentenceBegin(next))) {
            int nf = t.sentenceFirstToken(next);
            if (OPEN_QUOTES.contains(t.token(nf))) {
                int close = closingQuote(nf);
                if (close > 0 && !containsCue(nf, close)) {
                    f.content.add(new int[] {nf, close + 1});
                }
            }
        }
        return f;
    }

    private boolean containsCue(int b, int e) {
        for (int x = b; x < e; x++) {
            if (cueVerb(x) != null && x + 1 < n && (CLOSE_QUOTES.contains(t.token(x - 1)) || t.token(x - 2).equals(","))) {
                return true;
            }
        }
        return false;
    }

    private boolean sameLine(int a, int b) {
        return text.substring(a, b).indexOf('\n') < 0;
    }

    /** Token index of the quote that closes the one opened at token open, within 12 sentences, or -1. */
    private int closingQuote(int open) {
        String o = t.token(open);
        int limit = t.sentenceCount() > t.sentenceOf(open) + 12 ? t.sentenceEndToken(t.sentenceOf(open) + 12) : n;
        for (int x = open + 1; x < limit; x++) {
            String w = t.token(x);
            if (o.equals("“") && w.equals("”") || o.equals("\"") && w.equals("\"") || o.equals("‘") && w.equals("’")) {
                return x;
            }
            if (o.equals("“") && w.equals("“")) {
                return -1;
            }
        }
        return -1;
    }

    private void accordingTo(int s, int i) {
        int first = t.sentenceFirstToken(s);
        int end = trimEnd(s, t.sentenceEndToken(s));
        Found f = new Found();
        f.rule = "according-to";
        f.cueLemma = "according to";
        f.type = ClaimType.STATEMENT;
        f.cueFirst = i;
        f.cueEnd = i + 2;
        int se = i + 2;
        while (se < end && !t.token(se).equals(",")) {
            se++;
        }
        if (se == i + 2) {
            return;
        }
        f.srcFirst = i + 2;
        f.srcEnd = se;
        if (i > first) {
            int cut = i;
            if (t.token(cut - 1).equals(",")) {
                cut--;
            }
            addContentBefore(f, first, cut);
        }
        if (se < end) {
            f.content.add(new int[] {se + 1, end});
        }
        if (!f.content.isEmpty()) {
            found.add(f);
            mark(f);
        }
    }

    // ---- records --------------------------------------------------------------------------------------

    private List<ClaimRecord> toRecords(Found f) {
        List<ClaimRecord> out = new ArrayList<>();
        int[] main = f.content.get(f.content.size() - 1);
        int mainSentence = t.sentenceOf(main[1] - 1);
        boolean list = t.token(main[1] - 1).equals(":") || (main[1] < n && t.token(main[1]).equals(":")
                && t.sentenceOf(main[1]) == mainSentence);
        List<int[]> items = list ? listItems(mainSentence) : List.of();
        Span cue = span(f.cueFirst, f.cueEnd);
        Span source = f.srcFirst >= 0 ? span(f.srcFirst, f.srcEnd) : null;
        String sourceKey = source == null ? null : sourceKey(f);
        if (items.isEmpty()) {
            List<Span> spans = new ArrayList<>();
            for (int[] c : f.content) {
                Span sp = span(c[0], c[1]);
                if (sp.of(text).endsWith(":") && sp.end() - sp.begin() > 1) {
                    sp = new Span(sp.begin(), sp.end() - 1);
                }
                spans.add(sp);
            }
            out.add(record(f, source, sourceKey, cue, spans));
        } else {
            Span intro = span(main[0], main[1]);
            if (intro.of(text).endsWith(":")) {
                intro = new Span(intro.begin(), intro.end() - 1);
            }
            for (int[] item : items) {
                List<Span> spans = new ArrayList<>();
                spans.add(span(item[0], item[1]));
                if (intro.end() > intro.begin() && !intro.of(text).equalsIgnoreCase("that")) {
                    spans.add(intro);
                }
                out.add(record(f, source, sourceKey, cue, spans));
            }
        }
        return out;
    }

    /** The whole-line items following the sentence that ends in a colon. */
    private List<int[]> listItems(int mainSentence) {
        List<int[]> items = new ArrayList<>();
        for (int s = mainSentence + 1; s < t.sentenceCount(); s++) {
            int b = t.sentenceFirstToken(s);
            int e = t.sentenceEndToken(s);
            String last = t.token(e - 1);
            if (e - b > 40 || !isWholeLine(s) || last.equals(".") && (s > mainSentence + 1
                    && !t.token(t.sentenceEndToken(mainSentence + 1) - 1).equals(".") || e - b > 25)
                    || CONNECTIVES.contains(lower(b))) {
                break;
            }
            int ib = b;
            while (ib < e && (t.token(ib).equals("-") || t.token(ib).equals("•") || t.token(ib).equals("*"))) {
                ib++;
            }
            int ie = trimEnd(s, e);
            if (ie > ib) {
                items.add(new int[] {ib, ie});
            }
            if (last.equals(".")) {
                break;
            }
        }
        return items;
    }

    private boolean isWholeLine(int s) {
        int b = t.sentenceBegin(s);
        int e = t.sentenceEnd(s);
        int lineStart = text.lastIndexOf('\n', b - 1) + 1;
        int lineEnd = text.indexOf('\n', e);
        return text.substring(lineStart, b).isBlank() && text.substring(e, lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }

    private Span span(int first, int end) {
        return new Span(t.tokenBegin(first), t.tokenEnd(end - 1));
    }

    private String sourceKey(Found f) {
        int b = t.tokenBegin(f.srcFirst);
        int e = t.tokenEnd(f.srcEnd - 1);
        int comma = text.indexOf(',', b);
        if (comma >= 0 && comma < e) {
            e = comma;
        }
        String key = null;
        for (ActorMention m : actors.mentions()) {
            if (m.begin() >= b && m.end() <= e) {
                key = m.key();
            }
        }
        return key;
    }

    private ClaimRecord record(Found f, Span source, String sourceKey, Span cue, List<Span> content) {
        String cueText = cue.of(text).toLowerCase(Locale.ROOT);
        StringBuilder all = new StringBuilder();
        for (Span c : content) {
            all.append(' ').append(c.of(text).toLowerCase(Locale.ROOT));
        }
        String body = all.toString();
        Modality modality = modality(f, cueText, body);
        ClaimType type = type(f, cueText, body, sourceKey, content);
        Polarity polarity = polarity(type, cueText + " " + body);
        Set<String> targets = new LinkedHashSet<>();
        for (Span c : content) {
            for (ActorMention m : actors.mentions()) {
                if (m.begin() >= c.begin() && m.end() <= c.end() && !m.key().equals(sourceKey)) {
                    targets.add(m.key());
                }
            }
        }
        return new ClaimRecord(source, sourceKey, cue, content, type, modality, modality.confidence(), polarity,
                List.copyOf(targets), f.rule);
    }

    private static boolean has(String body, String word) {
        return (" " + body.replaceAll("[^a-z' ]", " ") + " ").contains(" " + word + " ");
    }

    private Modality modality(Found f, String cue, String body) {
        if (f.type == ClaimType.DEMAND || has(body, "must") || has(body, "should") || has(cue, "call")
                || has(cue, "urge") || has(cue, "demand") || has(body, "ought")) {
            return Modality.OBLIGATION;
        }
        if (has(body, "unlikely") || has(cue, "doubt")) {
            return Modality.UNLIKELY;
        }
        if (has(body, "may") || has(body, "might") || has(body, "could") || has(body, "possibly")
                || has(body, "perhaps") || f.cueLemma.equals("suggest")) {
            return Modality.POSSIBLE;
        }
        if (has(body, "would") || has(body, "likely") || has(body, "probably") || f.cueLemma.equals("expect")
                || f.cueLemma.equals("believe") || f.cueLemma.equals("think") || f.cueLemma.equals("anticipate")) {
            return Modality.PROBABLE;
        }
        if (has(body, "will") || has(body, "won't") || has(body, "shall") || has(body, "certainly")
                || has(body, "will+not")) {
            return Modality.CERTAIN;
        }
        return Modality.ASSERTED;
    }

    private ClaimType type(Found f, String cue, String body, String sourceKey, List<Span> content) {
        ClaimType base = f.type == null ? ClaimType.STATEMENT : f.type;
        boolean future = has(body, "will") || has(body, "would") || has(body, "shall");
        boolean possible = has(body, "may") || has(body, "might") || has(body, "could");
        boolean selfSubject = selfSubject(content.get(content.size() - 1), sourceKey)
                || selfSubject(content.get(0), sourceKey);
        if (cue.contains("commitment") || cue.contains("committed") || cue.contains("pledge")) {
            return ClaimType.COMMITMENT;
        }
        if (base == ClaimType.STATEMENT || base == ClaimType.ANNOUNCEMENT || base == ClaimType.COMMITMENT
                || base == ClaimType.ASSESSMENT) {
            if (future && selfSubject && !possible) {
                return ClaimType.COMMITMENT;
            }
            if ((future || possible) && base != ClaimType.ANNOUNCEMENT && base != ClaimType.COMMITMENT) {
                return ClaimType.PREDICTION;
            }
        }
        if (cue.contains("condolence") || cue.contains("thank") || cue.contains("congratulat")) {
            return ClaimType.STATEMENT;
        }
        return base;
    }

    /** Whether the content's subject is the source itself or its whole ("officials ... the United States will"). */
    private boolean selfSubject(Span content, String sourceKey) {
        String c = content.of(text).toLowerCase(Locale.ROOT);
        if (c.startsWith("that ")) {
            c = c.substring(5);
        }
        if (c.startsWith("it ") || c.startsWith("we ") || c.startsWith("i ") || c.startsWith("they ")
                || c.startsWith("to ")) {
            return true;
        }
        if (sourceKey == null) {
            return false;
        }
        for (ActorMention m : actors.mentions()) {
            if (m.begin() >= content.begin() && m.begin() <= content.begin() + 10 && m.end() <= content.end()) {
                return sourceKey.equals(m.key()) || sourceKey.startsWith(m.key() + ".");
            }
        }
        return false;
    }

    private static Polarity polarity(ClaimType type, String s) {
        int score = 0;
        boolean negated = false;
        for (String w : s.replaceAll("[^a-z' ]", " ").split(" +")) {
            if (w.equals("not") || w.equals("no") || w.equals("never") || w.equals("n't")) {
                negated = true;
            } else if (NEGATIVE.contains(w)) {
                score += negated ? 1 : -1;
                negated = false;
            } else if (POSITIVE.contains(w)) {
                score += negated ? -1 : 1;
                negated = false;
            }
        }
        if (type == ClaimType.WARNING || type == ClaimType.ACCUSATION || type == ClaimType.DENIAL) {
            score -= 1;
        }
        if (type == ClaimType.COMMITMENT || type == ClaimType.REASSURANCE) {
            score += 1;
        }
        return score > 0 ? Polarity.POSITIVE : score < 0 ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }
}
