package org.sightline.extract.claims.internal.rules;

import java.util.Locale;
import java.util.Set;

import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.DependencyTree;
import org.sightline.nlp.api.UPos;

/**
 * Cue verbs read on the dependency parse, shared by the parse families and the surface verb-cue family:
 * a verb's source is its subject (or a passive's agent, or none), its content the complement the lexicon's
 * frames allow: a clause ("confirmed that ..."), an infinitive ("refused to ..."), a prepositional object
 * the cue takes ("asked about ..."), or a noun phrase ("denied the report"). The surface family asks it
 * whether a cue stands inside an outer cue's content ({@link #nestedInOuterCue}) and where a content stops
 * before the next attribution ({@link #cutBeforeNextAttribution}).
 */
final class DependencyCues extends ContextView {

    /** Pronouns that do not name a person or body (relative "which/that" of a thing, demonstratives). */
    private static final Set<String> NON_PERSONS = WORDS.get("non-persons");
    /** Pronouns that name a topic without saying anything of it ("talked about it"). */
    private static final Set<String> TOPIC_PRONOUNS = WORDS.get("topic-pronouns");
    /** Measures and ideas one can support or oppose (with DOCUMENTS and the noun cues: "the plan"). */
    private static final Set<String> PROPOSALS = WORDS.get("proposals");
    private static final Set<String> AIM_NOUNS = WORDS.get("aim-nouns");
    /** Adverbs by which the writer acts in writing ("hereby"): an agentless passive with one is the author's own act. */
    private static final Set<String> PERFORMATIVE_ADVERBS = WORDS.get("performative-adverbs");
    /** Speech verbs whose physical sense is as common: a noun-phrase content must name something said or proposed. */
    private static final Set<String> PHYSICAL_SENSES = WORDS.get("physical-senses");
    /** Cognition verbs whose noun phrase is content only when it names content ("understood the intent", not "understands text"). */
    private static final Set<String> CONTENT_COGNITION = WORDS.get("content-cognition");
    /** Demonstratives that stand for a proposition after a cognition verb ("realises this"). */
    private static final Set<String> PROPOSITION_PRONOUNS = WORDS.get("proposition-pronouns");
    private static final Set<String> FORECAST_VERBS = WORDS.get("forecast-verbs");
    /** Verbs that sell what their object names when it is goods ("offered products"), and the goods (round 17). */
    private static final Set<String> COMMERCE_VERBS = WORDS.get("commerce-verbs");
    private static final Set<String> GOODS = WORDS.get("goods");
    /** Verbs that fund what their object names when it is research ("the study was supported by"), and the works (round 17). */
    private static final Set<String> FUNDING_VERBS = WORDS.get("funding-verbs");
    private static final Set<String> FUNDED_WORKS = WORDS.get("funded-works");
    private static final Set<String> FORECAST_OUTCOMES = WORDS.get("forecast-outcomes");
    /** Words that open a clause of its own after a comma. */
    private static final Set<String> PARSE_CLAUSE_LINKS = WORDS.get("parse-clause-links");
    /** Words that open a clause the author adds after a comma (", as he deflected ...", ", though it was ..."). */
    private static final Set<String> ADDED_CLAUSE_LINKS = WORDS.get("added-clause-links");
    /** Spans of time a verb's object may name ("spent [weeks] trying to"): a participle on one is the verb's. */
    private static final Set<String> DURATION_NOUNS = WORDS.get("duration-nouns");
    /** Coordinating conjunctions that may join a clause of its own to a content, with or without a comma. */
    private static final Set<String> OWN_CLAUSE_JOINS = WORDS.get("own-clause-joins");
    /** Of those, the ones that set the next clause against the content or after it ("but", "so"), not beside it ("and"). */
    private static final Set<String> CLAUSE_CONTRASTS = WORDS.get("clause-contrasts");
    /** Subordinators that, after a noun-phrase content, open a clause of the cue verb's ("claimed victory as the House voted"). */
    private static final Set<String> PHRASE_CLAUSE_LINKS = WORDS.get("phrase-clause-links");
    /** Relative pronouns: a subject that stands for its antecedent. */
    static final Set<String> RELATIVES = WORDS.get("relatives");
    /** Determiners and pronouns that name nothing existing to hold a view ("no statement confirming"). */
    private static final Set<String> ABSENT_HOLDERS = WORDS.get("absent-holders");
    /** Quantifiers that stand for people as a subject ("some have called", "many believe"). */
    static final Set<String> GENERIC_HOLDERS = WORDS.get("generic-holders");
    /** Nouns that stand for whatever they refer back to ("these little ones"): no sign of a thing. */
    private static final Set<String> PRO_FORMS = WORDS.get("pro-form-nouns");
    /** Prepositions before a hearer: "pleaded with the board", "appealed to voters". */
    private static final Set<String> HEARER_CASES = WORDS.get("hearer-cases");
    /** Personal pronouns: as objects they are hearers or targets, not content. */
    static final Set<String> PERSONS = WORDS.get("persons");
    private static final Set<String> QUOTING_PASSIVES = WORDS.get("quoting-passives");
    static final Set<String> ADVERBIAL_WH = WORDS.get("adverbial-wh");

    /** Dashes that can set off a clause (a hyphen joins words instead). */
    private static final Set<String> CLAUSE_DASHES = Set.of("\u2014", "\u2013", "--");

    private final DependencyTree tree;

    DependencyCues(RuleContext ctx) {
        super(ctx);
        this.tree = ctx.t.tree();
    }

    /**
     * Where the content starts after a speech cue's hearer (guidelines 6: the recipient is no part of the content): the
     * cue's object or indirect object opens at {@code cs}, and right after it (past a comma) the cue's clause or
     * infinitive complement, or a quotation, begins: "told [the players] to stay calm", "told [the committee] he had
     * acted alone", "told [the panel], “...”" (a quotation only after a comma: "reiterated the position that settlements
     * "are ..."" is one noun phrase). -1 when nothing follows the object so ("told the story to ...").
     */
    int afterHearer(int i, int cs, int end) {
        int parsed = parsedHearer(i, cs, end);
        return parsed >= 0 ? parsed : hearerBeforeInfinitive(cs, end);
    }

    /**
     * Where the infinitive ("not" included) starts after a hearer at {@code cs}, a plain noun phrase naming someone (no
     * comma, no second phrase) or an object pronoun, or -1: the surface reading for when the parser hangs the hearer or
     * the infinitive elsewhere ("will invite [architects] to submit", "urged [the public] not to tolerate", "is urging
     * [the Department of Health] to accept").
     */
    private int hearerBeforeInfinitive(int cs, int end) {
        if (OBJECT_PRONOUNS.contains(lower(cs)) && infinitiveAt(cs + 1, end)) {
            return cs + 1; // "urged them to": not "urged her colleagues to", where "her" is a possessive
        }
        int[] np = ctx.phrases.npRight(cs, end);
        if (np == null) {
            return -1;
        }
        for (int y = np[0]; y < np[1]; y++) {
            if (t.token(y).equals(",") || y > np[0] && t.upos(y) == UPos.DET && t.upos(y - 1) != UPos.ADP && t.upos(y - 1) != UPos.CCONJ) {
                return -1; // "told reporters [the decision] to drop ... had been taken": a second phrase opens the clause
            }
        }
        // and the phrase names someone (Phrases.hearer): a plan or a decision before "to" is no hearer
        return infinitiveAt(np[1], end) && ctx.phrases.hearer(np[0], np[1]) ? np[1] : -1;
    }

    /**
     * The clause hung on indirect object {@code o} as a relative that ends the object's phrase and opens with a subject of
     * its own, no relative word, or -1: with no complement of the cue's, it is what the hearer is told.
     */
    private int clauseOnHearer(int o) {
        for (int d : tree.children(o)) {
            int subj = tree.subject(d);
            if (d > o && t.deprel(d).is(DepRel.ACL) && subj >= 0 && tree.subtreeBegin(d) == tree.subtreeBegin(subj)
                    && tree.subtreeEnd(d) == tree.subtreeEnd(o) && !RELATIVES.contains(t.lemma(subj).toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        return -1;
    }

    /**
     * Whether clause {@code c} is a that-clause with a subject of its own that the parser hung as an adverbial ("admitted
     * to reporters [that he lied]"/advcl): a complement, unless a degree word before it makes it a result ("so quietly
     * that", where the parse's adverbial is right).
     */
    private boolean thatAdverbial(int c) {
        int b = tree.subtreeBegin(c);
        return t.deprel(c).is(DepRel.ADVCL) && marked(c, "that") && lower(b).equals("that") && tree.subject(c) > b
                && b > 0 && t.upos(b - 1) != UPos.ADV && t.upos(b - 1) != UPos.ADJ;
    }

    /** Whether a to-infinitive ("not" included) starts at x. */
    private boolean infinitiveAt(int x, int end) {
        int to = x < end && lower(x).equals("not") ? x + 1 : x;
        return to + 1 < end && lower(to).equals("to") && t.upos(to + 1) == UPos.VERB;
    }

    private int parsedHearer(int i, int cs, int end) {
        int o = tree.child(i, DepRel.IOBJ, DepRel.OBJ);
        if (o < 0 || tree.subtreeBegin(o) != cs) {
            return -1;
        }
        int comp = tree.complement(i);
        int told = comp < 0 && t.deprel(o) == DepRel.IOBJ ? clauseOnHearer(o) : -1;
        if (told >= 0) {
            comp = told; // "told the committee [he had acted alone]": a model hangs the clause on the hearer as a relative
        }
        int hearerEnd = told >= 0 ? tree.subtreeBegin(told) : tree.subtreeEnd(o);
        int next = hearerEnd;
        if (next < end && t.token(next).equals(",")) {
            next++;
        }
        if (next >= end) {
            return -1;
        }
        if (comp >= 0 && tree.subtreeBegin(comp) == next && lower(next).equals("to")) {
            return next; // an infinitive: whoever stands before it is told, urged or asked
        }
        int inf = tree.child(o, DepRel.ACL);
        if (inf > o && lower(tree.subtreeBegin(inf)).equals("to") && tree.subtreeEnd(inf) == tree.subtreeEnd(o)) {
            return tree.subtreeBegin(inf); // "urged residents to leave": the parser hangs the infinitive on the hearer
        }
        // a clause or a quotation after a plain noun phrase: "recommends all adults over 65 get ..." is one clause
        for (int x = cs; x < hearerEnd; x++) {
            UPos p = t.upos(x);
            if (p == UPos.ADP || p == UPos.NUM || p == UPos.VERB || p == UPos.AUX || p == UPos.PUNCT) {
                return -1;
            }
        }
        int opener = comp < 0 ? -1 : tree.child(comp, DepRel.MARK, DepRel.NSUBJ); // the clause opens with "that" or its subject
        if (opener >= 0 && tree.subtreeBegin(comp) == next && tree.subtreeBegin(opener) == next
                && t.upos(next) != UPos.ADV && t.upos(next) != UPos.ADP // "all adults [over 65 get ...]": a misread subject
                || t.token(next - 1).equals(",") && OPEN_QUOTES.contains(t.token(next)) && ctx.quotes.closingQuote(next) > next) {
            return next;
        }
        return -1;
    }

    /**
     * Boundaries: a content ends before ", as/while/but/though ..." when that clause has a cue verb with a
     * subject of its own ("said it is committed to the formula, as the city's police deny accusations"):
     * the next clause is a second attribution, not part of the first one's content.
     */
    void cutBeforeNextAttribution(Found f) {
        for (int[] piece : f.content) {
            int dash = clauseAfterDash(piece);
            if (dash >= 0 && piece[1] <= f.cueFirst) {
                piece[0] = dash + 1; // before a tail the clause next to it is the reported one: "X did Y — “I now recall,” he said"
                continue;
            }
            if (dash >= 0) {
                piece[1] = dash; // "... cut back on delivery — McClatchy is planning to ...": a sentence of its own after the dash
                continue;
            }
            int phraseEnd = piece[0] >= f.cueEnd ? phraseContentEnd(piece) : -1;
            if (phraseEnd >= 0) {
                piece[1] = phraseEnd;
                continue;
            }
            for (int k = piece[0] + 2; k < piece[1] - 2; k++) {
                boolean linked = t.token(k - 1).equals(",") && PARSE_CLAUSE_LINKS.contains(lower(k));
                if (!linked && !OWN_CLAUSE_JOINS.contains(lower(k))) {
                    continue;
                }
                boolean cut = linked && lower(k).equals("with") && absoluteCue(k + 1, piece[1])
                        || (linked || CLAUSE_CONTRASTS.contains(lower(k))) && speakerAgain(f, k + 1, piece[1])
                        || clauseAfterVerbPhrase(piece, k + 1)
                        || linked && piece[0] >= f.cueEnd && ADDED_CLAUSE_LINKS.contains(lower(k)) && clauseOfItsOwn(k + 1, piece[1]);
                for (int v = k + 1; v < piece[1] && !cut && linked; v++) {
                    DepRel r = t.deprel(v);
                    if (t.upos(v) == UPos.VERB && cueOf(v) != null && topicAt(v, cueOf(v)) // not "and they had talked twice"
                            && (r.is(DepRel.ADVCL) || r.is(DepRel.CONJ) || r.is(DepRel.PARATAXIS) || r == DepRel.ROOT)) {
                        int subject = tree.subject(v);
                        cut = subject > k && subject < v && !RELATIVES.contains(t.lemma(subject).toLowerCase(Locale.ROOT));
                    }
                }
                // a quotation is the speaker's words, whatever clauses it holds; one closed before the link is not ("it was
                // his “duty” to report ..., as he deflected ...")
                cut = cut && !ctx.quotes.openAt(piece[0], k, true);
                if (cut) {
                    piece[1] = t.token(k - 1).equals(",") ? k - 1 : k;
                    break;
                }
            }
        }
    }

    /**
     * Where a noun-phrase or infinitive content ends when the next words open what the phrase cannot hold (guidelines 6:
     * the content ends with the reported phrase), or -1: a finite verb with no subject after "and"/"but" is the source's
     * next predicate ("will deplore [that decision] and were repelled when ...", "wanted [to stay] but left"); after a
     * noun phrase, a subordinator with a clause of its own modifies the cue verb, not the noun ("claimed [victory] as the
     * House voted to ...", "share [a bit of my story] so you know ..."). Only a phrase with no verb of its own (past an
     * infinitive's) up to there: "said the order favoured banks and identified ..." may coordinate either verb.
     */
    private int phraseContentEnd(int[] piece) {
        boolean infinitive = lower(piece[0]).equals("to") && piece[0] + 1 < piece[1] && t.upos(piece[0] + 1) == UPos.VERB;
        // "that" read as a complementizer before a bare noun is the demonstrative ("deplore that decision and were ...")
        boolean demonstrative = lower(piece[0]).equals("that") && t.upos(piece[0] + 1) == UPos.NOUN;
        if (!Character.isLetterOrDigit(t.token(piece[0]).charAt(0)) // a quotation, or a dash the tagger made a symbol
                || !infinitive && !demonstrative && !ctx.phrases.isNpToken(piece[0])) {
            return -1;
        }
        for (int k = piece[0] + (infinitive ? 2 : 1); k < piece[1] - 1; k++) {
            if (t.upos(k) == UPos.VERB || t.upos(k) == UPos.AUX || Quotes.isQuote(t.token(k))) {
                return -1;
            }
            int before = k;
            while (before - 1 > piece[0] && t.upos(before - 1) == UPos.ADV) {
                before--; // "called for [more] even as the lights came up": the link's own adverb
            }
            if (before - 1 > piece[0] && (t.token(before - 1).equals(",") || CLAUSE_DASHES.contains(t.token(before - 1)))) {
                before--;
            }
            if (OWN_CLAUSE_JOINS.contains(lower(k))) {
                int v = k + 1;
                while (v < piece[1] && t.upos(v) == UPos.ADV) {
                    v++;
                }
                // a form that differs from the base form: "to buy the house and set up a fund" may go on the infinitive
                if (v < piece[1] && finite(v) && !lower(v).equals(t.lemma(v).toLowerCase(Locale.ROOT))) {
                    return before;
                }
            }
            boolean clause = ctx.contents.subjectAndFiniteVerb(k + 1, piece[1])
                    || k + 2 < piece[1] && t.deprel(k + 1).is(DepRel.EXPL) && finiteAt(k + 2); // "but there are things ..."
            if (!infinitive && PHRASE_CLAUSE_LINKS.contains(lower(k)) && clause
                    && !subjectPhrase(piece[0], k) && !"NN".equals(t.xpos(k + 1))) { // "his role as director was": a role
                return before;
            }
        }
        return -1;
    }

    /**
     * Whether the parse makes the phrase from {@code b} to {@code e} a subject: "said [his policy] as CEO was ...": the
     * subject of the reported clause, whose verb follows the link's words.
     */
    private boolean subjectPhrase(int b, int e) {
        for (int x = b; x < e; x++) {
            if ((t.head(x) < b || t.head(x) >= e) && t.upos(x) != UPos.PUNCT) {
                return t.deprel(x).is(DepRel.NSUBJ);
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code b} to {@code e} open with a finite clause of their own: the first word the parse hangs
     * outside them heads a clause whose subject (not a relative pronoun) stands among them, with a finite verb, auxiliary
     * or copula (", as [he deflected] the attacks", ", though [it was] out of print"; not ", as expected", ", though
     * costly", ", but not the talks").
     */
    boolean clauseOfItsOwn(int b, int e) {
        // the clause a link before the words marks, where the parse hangs a later phrase above it (", as [he deflected] the
        // attacks, including from the governor", the marked verb an advcl of "governor")
        int h = b > 0 && t.deprel(b - 1).is(DepRel.MARK) && t.head(b - 1) >= b && t.head(b - 1) < e ? t.head(b - 1) : -1;
        for (int x = b; x < e && h < 0; x++) {
            if (t.upos(x) != UPos.PUNCT && (t.head(x) < b || t.head(x) >= e)) {
                h = x;
            }
        }
        if (h < 0) {
            return false;
        }
        int subject = tree.child(h, DepRel.NSUBJ, DepRel.CSUBJ, DepRel.EXPL);
        if (subject < b || subject > h || RELATIVES.contains(lower(subject))) {
            return false;
        }
        if (finite(h)) {
            return true;
        }
        for (int c : tree.children(h)) {
            if (c > subject && c < h && (t.deprel(c).is(DepRel.AUX) || t.deprel(c) == DepRel.COP) && finite(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an absolute clause from {@code b} has its own speaker and cue: a noun phrase, then a cue participle
     * ("..., with Jordanian Foreign Minister Ayman Safadi warning of ...", "with some reports suggesting that"); the parser
     * seldom gives the participle its subject.
     */
    private boolean absoluteCue(int b, int e) {
        int v = b;
        while (v < e && ctx.phrases.isNpToken(v) && !cueParticiple(v)) {
            v++;
        }
        return v > b && v < e && cueParticiple(v);
    }

    /**
     * Whether the clause from {@code b} tells what the source itself did: the source's own pronoun ("I", "they", ...),
     * or "he" or "she" for a named person, then a finite verb ("He said it would be provided next year, but he gave no
     * details"): the author's narration, not the reported content.
     */
    private boolean speakerAgain(Found f, int b, int e) {
        if (f.srcFirst < 0 || b + 1 >= e || !SUBJECT_PRONOUNS.contains(lower(b)) || !finiteAt(b + 1)) {
            return false;
        }
        if (f.srcEnd - f.srcFirst == 1) {
            return lower(f.srcFirst).equals(lower(b)); // "I think it is mine but I forgot to log it": the source's own next act
        }
        return (lower(b).equals("he") || lower(b).equals("she"))
                && ctx.phrases.actorOrPerson(new int[] {f.srcFirst, f.srcEnd}) && t.upos(f.srcEnd - 1) == UPos.PROPN;
    }

    /** Whether token {@code x} is a finite verb or an auxiliary. */
    private boolean finiteAt(int x) {
        return t.upos(x) == UPos.AUX || finite(x);
    }

    /**
     * Whether a clause with a subject pronoun and a finite verb of its own starts at {@code b} after a conjunction in a
     * content that is a verb phrase with no subject (an infinitive or a gerund: "wants to leave early and she agrees",
     * "considered quitting, but it is not an option"; not a gerund that is the subject of a finite verb, "said meeting
     * him was routine, and he ..."): that clause is the author's, not part of the infinitive.
     */
    private boolean clauseAfterVerbPhrase(int[] piece, int b) {
        boolean verbPhrase = lower(piece[0]).equals("to") || "VBG".equals(t.xpos(piece[0])) && !ctx.cues.hasFiniteVerb(piece[0], b);
        return verbPhrase && b + 1 < piece[1] && SUBJECT_PRONOUNS.contains(lower(b)) && !lower(b).equals("who")
                && finiteAt(b + 1);
    }

    /** Whether token {@code v} is a cue verb's -ing form, however tagged (the tagger often reads "warning" as a noun). */
    private boolean cueParticiple(int v) {
        return lower(v).endsWith("ing") && CueLexicon.VERBS.containsKey(ctx.cues.verbLemma(v));
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
                Found outer = read(p, t.sentenceFirstToken(t.sentenceOf(p)), t.sentenceEndToken(t.sentenceOf(p)));
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

    /**
     * The first dash in {@code piece} that opens a clause with a subject of its own within a few words ("— McClatchy
     * is planning"), or -1; a quotation is left whole, an inserted phrase ("the vote — the third this year — will")
     * has no subject, a relative ("— which was approved —") stands for the noun before.
     */
    private int clauseAfterDash(int[] piece) {
        if (Quotes.isQuote(t.token(piece[0]))) {
            return -1;
        }
        for (int d = piece[0] + 1; d < piece[1] - 2; d++) {
            if (!CLAUSE_DASHES.contains(t.token(d)) || t.upos(d + 1) == UPos.CCONJ) {
                continue; // "— and in some cases, he is right": the reported clause goes on
            }
            for (int x = d + 1; x < Math.min(piece[1], d + 7); x++) {
                int h = t.head(x);
                if (t.deprel(x).is(DepRel.NSUBJ) && h > x && h < piece[1] && !RELATIVES.contains(t.lemma(x).toLowerCase(Locale.ROOT))
                        && tree.subtreeBegin(x) > d && (t.head(h) < d || t.head(h) >= piece[1])) {
                    return d; // the subject's verb heads the clause after the dash, not one inside it ("– not knowing what we'd find –")
                }
            }
        }
        return -1;
    }

    /**
     * The subject phrase of verb {@code i} when it holds a relative clause or participle and ends right before
     * {@code cb}, the cue's first token ("[A spokesperson who did not wish to be named] said"), else null: the
     * surface source reading would stop at the clause's last noun.
     */
    int[] clausalSubject(int i, int cb) {
        int[] src = subjectBefore(i, cb);
        if (src == null) {
            return null;
        }
        int subject = tree.subject(i);
        boolean clause = false;
        for (int x = src[0]; x < src[1]; x++) {
            int h = t.head(x);
            clause |= t.deprel(x).is(DepRel.ACL) && t.upos(x) == UPos.VERB
                    && (h == subject || t.deprel(h).is(DepRel.APPOS) && t.head(h) == subject); // not deep in a modifier
        }
        return clause ? src : null;
    }

    /**
     * The subject of verb {@code i}: the parse's, or a determiner it hangs on the verb before it ("[Some] argue that"): a
     * determiner modifies no verb, so it stands alone as a pronoun, the subject; -1 if none.
     */
    int subjectOf(int i) {
        int subject = tree.subject(i);
        if (subject < 0 && i >= 0 && t.upos(i).isVerbal()) {
            int det = tree.child(i, DepRel.DET);
            subject = det >= 0 && det < i ? det : -1;
        }
        return subject;
    }

    /**
     * The phrase of the subject of the verb a participle hangs on as an adverbial clause ("some of his defenders took to
     * social media, [claiming] that"), when that subject stands before the participle and can speak; else null.
     */
    int[] governorSubject(int i) {
        int v = t.head(i);
        boolean adverbial = t.deprel(i).is(DepRel.ADVCL);
        if (v >= 0 && v < i && t.deprel(i) == DepRel.ACL && (t.deprel(v) == DepRel.OBJ || t.deprel(v).is(DepRel.OBL))
                && tree.subject(i) < 0 && DURATION_NOUNS.contains(t.lemma(v).toLowerCase(Locale.ROOT))) {
            // a parser hangs the same participle on the verb's object when that is a span of time ("spent [weeks] trying
            // to"), which holds no view: the verb above governs it (a participle on any other noun is that noun's: "the
            // email ... inviting you", "a separate probe claiming")
            v = t.head(v);
            adverbial = true;
        }
        if (v < 0 || !adverbial || t.upos(v) != UPos.VERB) {
            return null;
        }
        int subject = tree.subject(v);
        if (subject < 0 || subject > i || !canSay(subject, CueClass.SPEECH)) {
            return null;
        }
        int[] src = phrase(subject);
        return src[1] <= i ? src : null;
    }

    /**
     * The phrase of verb {@code i}'s subject when it ends right before the cue group starting at {@code cb} (or before
     * the comma that closes its appositive, which it keeps), or null: no quotation and no clause with a subject of its
     * own inside it (the parse ran too far left).
     */
    int[] subjectBefore(int i, int cb) {
        int subject = subjectOf(i);
        if (subject < 0 || subject > i) {
            return null;
        }
        int[] src = phrase(subject);
        if (src[1] == cb - 1 && t.token(cb - 1).equals(")")) {
            src[1]++; // "the Ministry of Trade (MOTIE) has": the bracket closes the subject's own acronym
        }
        if (src[1] != cb && !(src[1] == cb - 1 && t.token(cb - 1).equals(","))) {
            return null;
        }
        for (int x = src[0]; x < src[1]; x++) {
            if (Quotes.isQuote(t.token(x))
                    || x != subject && t.deprel(x).is(DepRel.NSUBJ) && !RELATIVES.contains(t.lemma(x).toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        if (src[1] == cb - 1 && t.text().substring(t.tokenBegin(src[0]), t.tokenEnd(src[1] - 1)).contains(",")) {
            src[1]++; // an appositive keeps its closing comma, as in read()
        }
        return src;
    }

    /**
     * The predicate whose subject holds verb {@code i} as a relative clause or participle ("A spokesperson who did
     * not wish to be named said ...", "The doctors offering to run the clinic noted ...", "Groups opposing the bill
     * have filed suit"), or -1: the clause describes that predicate's subject, so its own content ends with the clause
     * (round 13: any predicate, not only a cue verb; the main verb is never the participle's content).
     */
    int subjectPredicateAbove(int i) {
        int own = tree.subject(i);
        boolean relative = own >= 0 && own < i && RELATIVES.contains(t.lemma(own).toLowerCase(Locale.ROOT));
        if (!t.deprel(i).is(DepRel.ACL) || !(relative || "VBG".equals(t.xpos(i)))) {
            return -1; // a bare past participle on the subject is more often the parser's misreading of the main verb
        }
        int c = t.head(i);
        for (int p = c >= 0 ? t.head(c) : -1; p >= 0; c = p, p = t.head(p)) {
            DepRel r = t.deprel(c);
            if (r.is(DepRel.NSUBJ)) {
                return p > i ? p : -1;
            }
            if (!(r.is(DepRel.NMOD) || r.is(DepRel.CONJ) || r.is(DepRel.APPOS) || r.is(DepRel.ACL) || r.is(DepRel.COMPOUND))) {
                return -1;
            }
        }
        return c >= 0 && t.upos(c).isNominal() ? predicateInClause(i) : -1;
    }

    /**
     * The predicate the parser hung inside clause {@code i} when it made the clause's noun the root of a sentence without
     * a verb root ("Those who believe the party is stuck [are deluding] themselves": "deluding" a conjunct of "stuck"):
     * a verb conjunct after {@code i} with no subject, coordinator or comma of its own, which no coordination has; or -1.
     */
    private int predicateInClause(int i) {
        for (int x = i + 1; x < tree.subtreeEnd(i); x++) {
            int b = tree.subtreeBegin(x);
            if (t.deprel(x).is(DepRel.CONJ) && t.upos(x).isVerbal() && tree.child(x, DepRel.NSUBJ, DepRel.CSUBJ) < 0
                    && !tree.hasChild(x, DepRel.CC)
                    && b > 0 && t.upos(b - 1) != UPos.PUNCT && t.upos(b - 1) != UPos.CCONJ) {
                return x;
            }
        }
        return -1;
    }

    Found read(int i, int first, int end) {
        return read(i, cueOf(i), first, end);
    }

    /**
     * The attribution of predicate {@code i} read as cue {@code cue} (the lexicon's entry, or the one the
     * learned scorer stands for, {@link LearnedCueRule}), or null.
     */
    Found read(int i, Cue cue, int first, int end) {
        if (cue == null) {
            return null;
        }
        String lemma = cue.lemma();
        DepRel rel = t.deprel(i);
        if (rel.is(DepRel.AMOD) || rel.is(DepRel.COMPOUND) || t.token(i).contains("-")) {
            return null; // "a disputed claim", "self-proclaimed": modifiers, not predications
        }
        if (discourseMarker(i) || titleCaseInside(i) || formula(i)) {
            return null;
        }
        boolean passive = tree.isPassive(i);
        if (passive) {
            int said = QUOTING_PASSIVES.contains(lemma) ? speechParticiple(i) : -1;
            if (said >= 0) {
                return quotedSaying(i, said, first); // never the label reading, which would make the speaker content
            }
            Found label = passiveLabel(i, cue, first);
            if (label != null) {
                return label;
            }
        }
        int[] content = complement(i, cue, passive);
        if (content == null) {
            return null;
        }
        Found f = new Found();
        f.cueLemma = lemma;
        f.type = ClaimType.valueOf(cue.type());
        int cb = groupStart(i, first);
        int ce = i + 1;
        while (ce < end && t.head(ce) == i && (t.deprel(ce).is(DepRel.COMPOUND_PRT) || ce == particle(i)) && !used[ce]) {
            ce++; // "stand by", "speak out"
        }
        if (content[0] == ce + 1 && reflexive(lower(ce)) && t.head(ce) == i && cue.particles().contains(lower(ce + 1))) {
            ce++; // "distanced [himself] from the plan": the reflexive joins the cue with the particle below
            content[0] = ce;
        }
        if (content[0] == ce && content[1] > ce + 1 && (CueLexicon.verb(lemma + " " + lower(ce)) != null
                || cue.takes(Frame.PREP) && cue.particles().contains(lower(ce)) && t.deprel(ce).is(DepRel.CASE))) {
            // "called for [an inquiry]": a lexicon entry of verb and preposition is one cue; "are talking about [the
            // plan]": the particle of a PREP frame that opens the content links it, as the surface rule reads it (guidelines 4)
            content[0] = ++ce;
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
            f.rule = "parse-passive";
            int agent = tree.agent(i);
            if (agent < 0 && !tree.hasChild(i, DepRel.CCOMP)) {
                return null; // "will be asked to identify themselves": the subject is a hearer; "is expected to" is the surface rule's
            }
            if (agent < 0 && authorsRemark(i)) {
                return null; // "It should be noted that ...": the author's own aside, no one else's claim
            }
            if (agent >= 0) {
                int[] src = agentPhrase(agent);
                if (!disjoint(src, content) || src[0] >= src[1]) {
                    return null;
                }
                f.srcFirst = src[0];
                f.srcEnd = src[1];
            }
            f.content.add(content);
            int subject = passiveSubject(i);
            if (subject >= 0 && t.upos(subject) != UPos.PRON) {
                int[] subj = phrase(subject);
                if (disjoint(subj, content) && free(subj) && subj[0] < subj[1]) {
                    f.content.add(0, subj); // "the talks are expected | to resume": both pieces
                }
            }
            return f;
        }
        int subject = tree.subject(i);
        if (subject < 0) {
            subject = controller(i, cue);
            if (subject >= 0 && t.lemma(subject).equalsIgnoreCase("it")) {
                return null; // "It can help identify triggers": a controlling verb's "it" is a thing ("it said" is a body's)
            }
        }
        int[] src;
        if (subject < 0 && (rel == DepRel.PARATAXIS || rel == DepRel.APPOS) && t.head(i) < i && t.upos(t.head(i)).isNominal()) {
            // "Pankaj Pandey, head of research at X, pointed out that": the parser hung the verb on the name
            int h = t.head(i);
            src = beforeFinalPunct(tree.subtreeBegin(h), tree.subtreeBegin(i));

            // the name's subtree may hold the sentence's final punctuation, which the parser hangs on the root
            if (src[0] < first || src[1] <= src[0] || beforeFinalPunct(i, tree.subtreeEnd(h))[1] > tree.subtreeEnd(i)) {
                return null;
            }
            subject = h;
        } else if (subject < 0 && rel == DepRel.ACL && "VBG".equals(t.xpos(i)) && t.head(i) < i && t.upos(t.head(i)).isNominal()
                && !tree.hasChild(i, DepRel.MARK) && !absent(t.head(i)) && tree.complement(i) >= 0) {
            // "protesters trying to flee", "an email inviting you to speak": an active participle on a noun says what the
            // noun does, when it reports a clause or infinitive (as a gerund clause must, gerundOfManner); not a gerund
            // after a preposition ("thanks for sharing")
            int h = t.head(i);
            int b = tree.subtreeBegin(h);
            while (b < h && t.head(b) == h && t.deprel(b).is(DepRel.CASE)) {
                b++; // "at [protesters]": the preposition is no part of the source
            }
            src = beforeFinalPunct(b, i);
            if (src[0] < first || src[1] <= src[0]) {
                return null;
            }
            subject = h;
        } else if (subject < 0 || tree.deprel(subject).is(DepRel.CSUBJ)) {
            return null;
        } else {
            src = phraseBefore(subject, i); // "The opposition called for": the predicate hung on its subject (controller)
        }
        if (src[1] < cb && t.token(src[1]).equals(",") && t.text().substring(t.tokenBegin(src[0]), t.tokenEnd(src[1] - 1)).contains(",")) {
            src[1]++; // an appositive keeps its closing comma, as the guidelines' sources do ("X, a spokesman,")
        }
        if (src[0] >= src[1] || !disjoint(src, content) || src[0] < cb && src[1] > cb) {
            return null;
        }
        int speaker = subject;
        if (RELATIVES.contains(t.lemma(subject).toLowerCase(Locale.ROOT)) && rel.is(DepRel.ACL) && t.head(i) >= 0) {
            speaker = t.head(i); // "a blog post that said ...": the relative pronoun stands for "post"
        }
        speaker = ctx.phrases.partitiveMember(speaker); // "a series of floods shows": the floods are what is offered
        boolean shows = EVIDENCE.contains(lemma) && t.upos(speaker) == UPos.NOUN && ctx.phrases.record(src);
        if (!(shows || canSay(speaker, cue.cueClass())) || adviceToReader(src, i)) {
            return null; // a subject that holds nothing of this class (a record shows what it holds, whatever the verb's
                         // class: "an estimate suggests"); advice to the reader ("you don't have to deny")
        }
        if (EVIDENCE.contains(lemma) && t.upos(speaker) == UPos.NOUN && !shows && !canSay(speaker, CueClass.SPEECH)) {
            return null; // "Today's incident proves that ...": an event the author offers as evidence; "the company confirmed" speaks
        }
        f.rule = "parse-verb";
        f.srcFirst = src[0];
        f.srcEnd = src[1];
        f.content.add(content);
        return f;
    }

    /**
     * The subject that controls verb {@code i} when it has none of its own: the subject of the verb it complements
     * ("[The mayor] began imposing fees") or whose purpose a speech verb states ("[Teachers] marched to call for
     * higher pay") or whose manner a gerund states ("[She] has spent months trying to reach them", round 14),
     * when that verb has no object that could control it instead ("persuaded them to call for"): an object that
     * cannot hold a view does not, when the purpose reports a clause ("[She] used the interview to say that ..."); or -1.
     */
    int controller(int i) {
        return controller(i, cueOf(i));
    }

    /** {@link #controller(int)} with the cue verb {@code i} is read as (null when it is none). */
    int controller(int i, Cue cue) {
        int missed = subjectOfMissedPredicate(i);
        if (missed >= 0) {
            return missed;
        }
        DepRel rel = t.deprel(i);
        int h = t.head(i);
        boolean purpose = rel.is(DepRel.ADVCL) && marked(i, "to") && cue != null && cue.cueClass() == CueClass.SPEECH;
        boolean gerund = gerundOfManner(i);
        if (h < 0 || h > i || t.upos(h) != UPos.VERB || !(rel == DepRel.XCOMP || purpose || gerund)) {
            return -1; // a purpose with a stance verb is an act's aim, not a stance: "deployed to support the operation"
        }
        if (gerund && ownSubjectBefore(h, i)) {
            return -1;
        }
        int obj = tree.object(h);
        int clause = tree.child(i, DepRel.CCOMP);
        if (obj >= 0 && !gerund && (!purpose || canSay(obj, CueClass.STANCE) || clause < 0 || WH.contains(lower(tree.subtreeBegin(clause))))) {
            // "persuaded [them] to call for": the object may be who speaks; "released a video to highlight its
            // phones" is an act's aim, "did a search to ascertain how long ..." a question; "shifted his account
            // to say [Sondland did]" a report
            return -1;
        }
        int s = tree.subject(h);
        if (s < 0) {
            s = controller(h); // a chain of such verbs: "[He] started hurling abuse at them, calling them traitors"
        }
        return s >= 0 && s < h ? s : -1;
    }

    /**
     * The subject of a sentence the parser left without a predicate (its root no verb) by reading the past tense after
     * the subject as a participle on it ("The union [continued] and raised concerns": "continued" an {@code acl} of
     * "union", tagged VBN or VBD), when verb {@code i} is that verb or a conjunct of it; or -1. No other finite verb may
     * stand in the sentence: then that one would be the predicate.
     */
    private int subjectOfMissedPredicate(int i) {
        int c = i;
        while (t.deprel(c).is(DepRel.CONJ) && t.head(c) >= 0 && t.head(c) < c) {
            c = t.head(c);
        }
        int n = t.head(c);
        int s = t.sentenceOf(i);
        if (!t.deprel(c).is(DepRel.ACL) || n != c - 1 || !t.upos(n).isNominal() || !lower(c).endsWith("ed")
                || t.upos(tree.root(s)).isVerbal()) {
            return -1;
        }
        for (int x = t.sentenceFirstToken(s); x < t.sentenceEndToken(s); x++) {
            int y = x;
            while (y != c && t.deprel(y).is(DepRel.CONJ) && t.head(y) >= 0) {
                y = t.head(y); // the verb's own conjuncts ("continued and raised") are its predicate too
            }
            if (finite(x) && y != c) {
                return -1;
            }
        }
        return n;
    }

    /**
     * Whether verb {@code i} is a gerund clause on the verb it follows, bare or after "by": what the subject does while
     * or by doing it ("[She] has spent months trying to reach them", "[He] won the seat by promising lower taxes", "[He]
     * rejected the attack, saying there were no targets"), with a clause or infinitive as its complement; its subject is
     * that verb's, an object does not control it ("spent [months] trying").
     */
    private boolean gerundOfManner(int i) {
        int m = tree.child(i, DepRel.MARK);
        return t.deprel(i).is(DepRel.ADVCL) && "VBG".equals(t.xpos(i)) && (m < 0 || lower(m).equals("by"))
                && !tree.hasChild(i, DepRel.AUX) // "charges, including conspiring": the parser's auxiliary is a preposition
                && tree.complement(i) >= 0; // a clause or infinitive: "led the fleet, commanding it from a carrier" is an act
    }

    /**
     * Whether verb {@code h}'s object or oblique that ends right before gerund {@code i} can hold a view: then it is the
     * gerund's own subject ("consisted of [them] suggesting a fund", "caught [someone] trying to"), not {@code h}'s subject.
     */
    private boolean ownSubjectBefore(int h, int i) {
        int start = tree.subtreeBegin(i);
        while (start < i && t.upos(start) == UPos.PUNCT) {
            start++;
        }
        for (int d : tree.children(h)) {
            DepRel r = t.deprel(d);
            if ((r == DepRel.OBJ || r.is(DepRel.OBL)) && tree.subtreeEnd(d) == start && canSay(d, CueClass.STANCE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether noun {@code n} is, or has as its determiner, a word that names nothing existing ("no statement", "anything"). */
    private boolean absent(int n) {
        int det = tree.child(n, DepRel.DET);
        return ABSENT_HOLDERS.contains(lower(n)) || det >= 0 && ABSENT_HOLDERS.contains(lower(det));
    }

    /** The cue of verb {@code i}: with its particle where the lexicon has the phrasal verb ("pointed out"), else alone. */
    Cue cueOf(int i) {
        int prt = particle(i);
        if (prt > i) {
            Cue phrasal = CueLexicon.verb(t.lemma(i) + " " + t.token(prt).toLowerCase(Locale.ROOT));
            if (phrasal != null) {
                return phrasal;
            }
        }
        return CueLexicon.verb(t.lemma(i));
    }

    /**
     * The particle of verb {@code i} ("pointed [out]"), or -1: a compound:prt child, or a particle-tagged word right after
     * the verb that the parser made an adverb ("have spoken [out] against": RP, advmod), or such an adverb that makes a
     * phrasal verb of the lexicon with the verb ("pushed [back] on": RB, advmod; round 14).
     */
    private int particle(int i) {
        int prt = tree.child(i, DepRel.COMPOUND_PRT);
        if (prt < 0 && i + 1 < t.tokenCount() && t.head(i + 1) == i && t.deprel(i + 1).is(DepRel.ADVMOD)
                && ("RP".equals(t.xpos(i + 1)) || CueLexicon.verb(t.lemma(i) + " " + lower(i + 1)) != null)) {
            prt = i + 1; // "pushed [back] on", "chimed [in] on": the tagger's adverb where the lexicon has the phrasal verb
        }
        return prt;
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

    /**
     * The subject of passive {@code i}: its own, or, for a conjunct with its own auxiliary and none, the first conjunct's
     * ("[A ban] has served its end and was ruled illegal by the court"); or -1.
     */
    int passiveSubject(int i) {
        int own = tree.child(i, DepRel.NSUBJ);
        if (own >= 0 || t.deprel(i) != DepRel.CONJ) {
            return own;
        }
        int h = t.head(i);
        return h >= 0 && t.upos(h) == UPos.VERB ? tree.child(h, DepRel.NSUBJ) : -1;
    }

    /**
     * Whether passive {@code i} is the author's remark: "it" as subject and a modal of obligation ("It should be noted that"),
     * or a performative adverb: the writer acts in writing it ("You are hereby notified that ...").
     */
    private boolean authorsRemark(int i) {
        for (int c : tree.children(i)) {
            if (t.deprel(c).is(DepRel.ADVMOD) && PERFORMATIVE_ADVERBS.contains(lower(c))) {
                return true;
            }
        }
        int subject = tree.child(i, DepRel.NSUBJ, DepRel.EXPL);
        if (subject < 0 || !lower(subject).equals("it")) {
            return false;
        }
        return auxiliaryIn(i, OBLIGATION_MODALS);
    }

    /**
     * Whether token {@code i} is capitalised inside its sentence, not in capitals throughout: a name ("Mophie's Charging
     * Pad"), as the surface reading of cue verbs holds too; headlines have their own family.
     */
    private boolean titleCaseInside(int i) {
        String w = t.token(i);
        return i > t.sentenceFirstToken(t.sentenceOf(i)) && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT));
    }

    /**
     * "parse-passive" for a label: "Settlements are widely seen as one of the hardest issues": the cue runs
     * to "as", the subject and the label are the content, the by-agent (if any) the source.
     */
    Found passiveLabel(int i, Cue cue, int first) {
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
        int[] label = beforeFinalPunct(k + 1, tree.subtreeEnd(as));
        if (label[0] >= label[1] || subj[1] > cb || !free(subj) || !free(label) || !free(new int[] {cb, k + 1})) {
            return null;
        }
        Found f = new Found("parse-passive", cue.lemma(), ClaimType.valueOf(cue.type()), cb, k + 1);
        f.content.add(subj);
        f.content.add(label);
        return f;
    }

    /**
     * "quoted-saying": a passive {@code i} of a verb that reports someone's words (rule-words quoting-passives) with speech
     * participle {@code p} under it ({@link #speechParticiple}: "[Senior officials] have been quoted in the press as saying [that ...]",
     * "[One officer] was quoted saying, [“...”]"): the passive's subject is who speaks, the cue runs from the passive's
     * auxiliaries to the participle, the content is the participle's, or a quotation fronted before the subject ("[“...,”]
     * the mayor was quoted as saying", the quotation the passive's clausal complement or, as the parser may read it, the
     * clause the passive is conjoined to); or null.
     */
    Found quotedSaying(int i, int p, int first) {
        int subject = passiveSubject(i);
        if (subject < 0 || subject > i || !canSay(subject, CueClass.SPEECH)) {
            return null;
        }
        int[] src = phrase(subject);
        int[] content = complement(p, cueOf(p), false);
        int fronted = tree.child(i, DepRel.CCOMP);
        int h = t.head(i);
        if (content == null && fronted >= 0 && fronted < subject) {
            content = freeUpToTakenClause(phrase(fronted));
        } else if (content == null && t.deprel(i).is(DepRel.CONJ) && h >= 0 && h < subject && src[0] > 0
                && Quotes.isQuote(t.token(src[0] - 1)) && Quotes.isQuote(t.token(tree.subtreeBegin(h)))) {
            content = freeUpToTakenClause(new int[] {tree.subtreeBegin(h), src[0]}); // the quotation the parser made the head
        }
        int cb = groupStart(i, first);
        if (content == null || content[0] >= content[1] || !disjoint(src, content) || src[1] > cb || !free(src)
                || !free(new int[] {cb, p + 1})) {
            return null;
        }
        Found f = new Found("quoted-saying", cueOf(p).lemma(), ClaimType.valueOf(cueOf(p).type()), cb, p + 1);
        f.srcFirst = src[0];
        f.srcEnd = src[1];
        f.content.add(content);
        return f;
    }

    /** The speech participle under passive {@code i}, bare or after "as" ("quoted [as saying]", "quoted [saying]"), or -1. */
    private int speechParticiple(int i) {
        for (int c : tree.children(i)) {
            Cue said = c > i && t.deprel(c).is(DepRel.ADVCL) && "VBG".equals(t.xpos(c)) ? cueOf(c) : null;
            if (said != null && said.cueClass() == CueClass.SPEECH && (!tree.hasChild(c, DepRel.MARK) || marked(c, "as"))) {
                return c;
            }
        }
        return -1;
    }

    int depth(int i) {
        int d = 0;
        for (int p = t.head(i); p >= 0; p = t.head(p)) {
            d++;
        }
        return d;
    }

    /**
     * Whether surface source {@code src} of cue verb {@code i} (or the object a speech cue addresses before "to": "press
     * the button to stop") is a thing that holds no view for a cue of this class: the word the parse hangs outside the
     * span (its head) is a common noun with a determiner or possessive, which {@link #canSay} refuses and no actor mention covers ("the boost feature on the processor guarantees", "the Black
     * Friday Apple deals promise", "The storm threatened"), while a name, a pronoun, a body ("the ministry"), a document
     * ("the report says") or a finding still speaks. Not judged: a bare or capitalised noun, most often a name the tagger
     * missed ("lisa promises", "Edmunds expects"); a pro-form ("these little ones"); a head the parse makes another verb's
     * object, where the surface span was cut wrong ("spent [the rest of his term] trying"); a faculty of a person for a
     * belief ("My mind thinks"). The parse's subject of the cue, when the span holds it, is the head.
     */
    boolean thing(int[] src, int i, CueClass cls) {
        int h = tree.subject(i);
        for (int x = src[0]; x < src[1] && (h < src[0] || h >= src[1]); x++) {
            if (t.upos(x) != UPos.PUNCT && (t.head(x) < src[0] || t.head(x) >= src[1])) {
                h = x; // no parse subject inside the span: the word the parse hangs outside it
            }
        }
        int owner = h < 0 ? -1 : tree.child(h, DepRel.NMOD_POSS);
        if (cls == CueClass.COGNITION && owner >= 0 && t.upos(owner) == UPos.PRON && !lower(owner).equals("its")) {
            return false; // "My mind thinks", "her gut tells her": a person's own faculty stands for the person
        }
        if (h < src[0] || h >= src[1] || t.upos(h) != UPos.NOUN || !Character.isLowerCase(t.token(h).charAt(0))
                || !tree.hasChild(h, DepRel.DET, DepRel.NMOD_POSS) || PRO_FORMS.contains(t.lemma(h).toLowerCase(Locale.ROOT))
                || t.head(h) >= 0 && t.head(h) != i && t.upos(t.head(h)) == UPos.VERB && !t.deprel(h).is(DepRel.NSUBJ)
                || canSay(h, cls) || ctx.phrases.record(src)) {
            return false;
        }
        for (ActorMention m : ctx.actors.mentions()) {
            if (m.begin() <= t.tokenBegin(h) && m.end() >= t.tokenEnd(h)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the subject (its head token) can be the source for a cue of this class: evidence verbs take
     * anything ("the video shows"); speech verbs people, bodies and documents ("the report says", "it said");
     * stance, cognition, perception and decree only people and bodies ("the rule requires", "the attack affirms",
     * "the grant will support" are no attributions).
     */
    boolean canSay(int head, CueClass cls) {
        if (cls == CueClass.EVIDENCE) {
            return true;
        }
        String lemma = t.lemma(head).toLowerCase(Locale.ROOT);
        UPos pos = t.upos(head);
        if (pos == UPos.PRON) {
            if (readerAddressed(lemma, cls)) {
                return false;
            }
            return !NON_PERSONS.contains(lemma) || cls == CueClass.SPEECH && lemma.equals("it");
        }
        if (pos == UPos.PROPN || CueLexicon.SHARED.isHolderNoun(lemma) || ctx.phrases.holder(new int[] {head, head + 1})) {
            return true;
        }
        if (GENERIC_HOLDERS.contains(lemma) && (t.deprel(head).is(DepRel.NSUBJ) || head == subjectOf(t.head(head)))) {
            return true; // "that some have called", "many believe": people, unnamed
        }
        return cls == CueClass.SPEECH && (DOCUMENTS.contains(lemma) || CueLexicon.SHARED.get(Cue.Kind.NOUN, lemma) != null
                || unknownName(head));
    }

    /**
     * Whether noun {@code x} is most likely a name the tagger read as a common noun: capitalised at the sentence start,
     * with no determiner or modifier of its own ("Boeing confirmed that", where WordNet does not know "Boeing").
     */
    private boolean unknownName(int x) {
        return x == t.sentenceFirstToken(t.sentenceOf(x)) && t.upos(x) == UPos.NOUN && Character.isUpperCase(t.token(x).charAt(0))
                && tree.children(x).length == 0;
    }

    /**
     * Whether word {@code c} after cognition cue {@code cue} is a demonstrative pronoun that stands for what is understood
     * or realised ("Clinton understood [this]", "realises [that]"; rule-words content-cognition, proposition-pronouns).
     */
    boolean proposition(Cue cue, int c) {
        return contentCognition(cue) && t.upos(c) == UPos.PRON && PROPOSITION_PRONOUNS.contains(lower(c));
    }

    /** Whether the cue is a cognition verb whose noun phrase must name content (rule-words content-cognition). */
    static boolean contentCognition(Cue cue) {
        return CONTENT_COGNITION.contains(cue.lemma());
    }

    /** Whether noun {@code c} names something proposed or said: a document, a measure, a speech act. */
    boolean proposal(int c) {
        String lemma = t.lemma(c).toLowerCase(Locale.ROOT);
        return t.upos(c) == UPos.NOUN && (DOCUMENTS.contains(lemma) || PROPOSALS.contains(lemma)
                || CueLexicon.SHARED.get(Cue.Kind.NOUN, lemma) != null && !AIM_NOUNS.contains(lemma));
    }

    /**
     * Whether "VERB object as label" is an attribution with this cue: a verb taking a noun phrase ("praised the plan
     * as a step"), an assessment ("touted the plan as a step"), a belief or perception ("regards them as allies") or
     * a labelling verb; not "adding him as chief strategy officer" or "reintroduced them as new features" (an
     * appointment, a use).
     */
    static boolean labels(Cue cue) {
        return cue.takes(Frame.NP) || cue.type().equals(ClaimType.ASSESSMENT.name()) || cue.cueClass() == CueClass.COGNITION
                || cue.cueClass() == CueClass.PERCEPTION || AS_LABELS.contains(cue.lemma());
    }

    /**
     * The label a naming verb gives its object without "as" ("considers the plan [unsafe]", "that some have called [the
     * “Belfastisation”]"): a nominal or adjectival xcomp after the verb, or -1.
     */
    int namedLabel(int i, Cue cue) {
        if (cue == null || !NAMING_LABELS.contains(cue.lemma())) {
            return -1;
        }
        int x = tree.child(i, DepRel.XCOMP);
        return x > i && (t.upos(x).isNominal() || t.upos(x) == UPos.ADJ) && !tree.hasChild(x, DepRel.MARK) ? x : -1;
    }

    /**
     * Whether object {@code obj} of cognition verb {@code i} is the subject of its to-infinitive {@code c} ("I believe
     * [national reconciliation to be the only path]", "they know [him to have lied]"): a belief about the object, whatever
     * frames WordNet lists for the verb (most cognition verbs have only a that-clause there). Only a state or a perfect
     * ("to be", "to have lied"): another infinitive there is most often a purpose the parser hung on the verb ("considered
     * the trip to save time").
     */
    boolean raisedObject(int i, Cue cue, int obj, int c) {
        return cue.cueClass() == CueClass.COGNITION && obj > i && obj < c && t.head(c) == i
                && (t.deprel(c) == DepRel.XCOMP || t.deprel(c).is(DepRel.ADVCL)) // the parser's adverbial: "knew the figures to have been altered"
                && marked(c, "to") && t.deprel(obj) == DepRel.OBJ && stateOrPerfect(c);
    }

    /** Whether infinitive {@code c} is "to be" or "to have" + participle: its own verb, copula or auxiliary. */
    private boolean stateOrPerfect(int c) {
        for (int x = tree.child(c, DepRel.MARK) + 1; x <= c; x++) {
            if (t.head(x) == c && (t.deprel(x).is(DepRel.COP) || t.deprel(x).is(DepRel.AUX)) || x == c) {
                String l = t.lemma(x).toLowerCase(Locale.ROOT);
                return l.equals("be") || l.equals("have") && x < c;
            }
        }
        return false;
    }

    /**
     * Whether clause {@code c} is a that- or wh-clause under a speech or cognition verb whose frames do not list one:
     * WordNet gives many speech verbs a noun-phrase frame only ("bemoans that ...", "they detail how ..."), and such a
     * clause the parser hangs on the verb is what was said or thought. Not "where" and "when", which open relatives and
     * adverbials the parser may hang there too ("did find this website, where they sell").
     */
    boolean markedClauseOfSpeech(Cue cue, int c) {
        if (cue.cueClass() != CueClass.SPEECH && cue.cueClass() != CueClass.COGNITION) {
            return false;
        }
        String first = lower(tree.subtreeBegin(c));
        return marked(c, "that") && first.equals("that") || WH.contains(first) && !ADVERBIAL_WH.contains(first);
    }

    /** The content the verb's frames allow, as [first, end), or null. */
    int[] complement(int i, Cue cue, boolean passive) {
        int as = asPhrase(i);
        int obj = tree.object(i);
        if (obj < 0 && as > i) {
            int expl = tree.child(i, DepRel.EXPL);
            obj = expl > i && expl < as ? expl : -1; // "sees it as a test": the parser reads "it" as an expletive
        }
        // a phrasal verb's object before its particle is a given topic, no content ("bring it up", "bring the letter up")
        boolean split = cue.words() > 1 && obj > i && particle(i) > obj;
        if (as >= 0 && !passive && obj > i && obj < as && labels(cue) && !split) {
            // a label: "touted the plan as a step toward higher pay": object and label are the content
            int e = tree.subtreeEnd(as);
            for (int c : tree.children(i)) {
                DepRel r = t.deprel(c);
                if (c > as && t.upos(c) != UPos.PUNCT && !r.is(DepRel.CONJ) && !r.is(DepRel.CC)) {
                    e = Math.max(e, tree.subtreeEnd(c)); // not a conjoined predicate: "... as X and accused him of Y" is a second attribution
                }
            }
            return freeOrNull(new int[] {tree.subtreeBegin(obj), e});
        }
        int small = namedLabel(i, cue);
        if (!passive && obj > i && small > obj) {
            return freeOrNull(new int[] {tree.subtreeBegin(obj), phrase(small)[1]}); // "considers [the plan unsafe]"
        }
        if (!passive && AS_LABELS.contains(cue.lemma())) {
            return null; // a label verb without its label: "view his profile", "regarded the visitors with suspicion"
        }
        for (int c : tree.children(i)) {
            if (used[c]) {
                continue;
            }
            DepRel r = thatAdverbial(c) ? DepRel.CCOMP : t.deprel(c);
            if (r.is(DepRel.CCOMP) && (cue.takes(Frame.THAT) || cue.takes(Frame.WH) || cue.takes(Frame.OBJ_THAT)
                    || cue.takes(Frame.CLAUSE) || cue.takes(Frame.QUOTE) && Quotes.isQuote(t.token(tree.subtreeBegin(c))))
                    && (cue.takes(Frame.WH) || !WH.contains(lower(phrase(c)[0]))) // "did find this website, where they sell": no question
                    && !objectWithItsState(c)
                    || r.is(DepRel.CCOMP) && markedClauseOfSpeech(cue, c)) {
                return freeUpToTakenClause(phrase(c));
            }
            boolean raised = raisedObject(i, cue, obj, c);
            if ((r == DepRel.XCOMP && (cue.takes(Frame.TO) || cue.takes(Frame.OBJ_TO)) || raised) && marked(c, "to")
                    || obliqueInfinitive(c) && (cue.takes(Frame.TO) || cue.takes(Frame.OBJ_TO))) {
                if (obj > i && obj < c && (cue.takes(Frame.OBJ_TO) || raised)) {
                    if (cue.cueClass() == CueClass.SPEECH && thing(phrase(obj), i, CueClass.SPEECH)) {
                        return null; // "press the button to stop": a speech cue's object before "to" is someone addressed
                    }
                    if (callForward(obj, c)) {
                        return null; // "prompted [calls for the minister to resign]": the noun's own call, no one addressed (round 17)
                    }
                    return freeOrNull(new int[] {tree.subtreeBegin(obj), phrase(c)[1]}); // "urged him to press": the guidelines keep the object
                }
                return freeOrNull(phrase(c));
            }
            if (r.is(DepRel.ADVCL) && c > i && cue.takes(Frame.OBJ_TO) && marked(c, "to") && hearerBetween(i, c)
                    && tree.subject(i) >= 0 && canSay(tree.subject(i), CueClass.STANCE)) { // a holder, not "the threat of tariffs"
                return freeOrNull(phrase(c)); // "pleaded with the administration to reconsider": the parser's purpose clause
            }
            if (r == DepRel.XCOMP && c > i && takesGerund(cue) && !tree.hasChild(c, DepRel.MARK)
                    && t.token(tree.subtreeBegin(c)).toLowerCase(Locale.ROOT).endsWith("ing")) {
                // a gerund as the object: "denied being unfair", "suggested pushing back"; a gerund with no object of its own
                // runs on over what the parse hung on the cue after it ("suggested pushing back [the date ...]" as parataxis)
                return freeOrNull(tree.hasChild(c, DepRel.OBJ) ? phrase(c) : runOn(i, c, phrase(c)[0]));
            }
        }
        if (passive) {
            return null;
        }
        int charge = objectPrep(i, cue, obj);
        if (charge >= 0) {
            // "accused him of lying", "charged the banker with fraud", "blamed them for the crisis": who and what for
            return freeOrNull(runOn(i, charge, tree.subtreeBegin(obj)));
        }
        boolean object = tree.hasChild(i, DepRel.OBJ);
        for (int c : tree.children(i)) {
            if (used[c] || c < i) {
                continue;
            }
            DepRel r = t.deprel(c);
            if (cue.takes(Frame.PREP) && (!object || cue.takes(Frame.OBJ_THAT) || cue.takes(Frame.OBJ_TO)
                    || tree.object(i) >= 0 && reflexive(lower(tree.object(i))))) { // "distanced himself from": the reflexive is no object of content
                // the phrase on the verb, or the one the parse hangs on the hearer after it ("told [reporters [about the plan]]")
                int p = r == DepRel.OBL ? c : -1;
                if (r.is(DepRel.IOBJ)) {
                    for (int m : tree.children(c)) {
                        if (m > c && !used[m] && t.deprel(m) == DepRel.NMOD) {
                            p = m;
                        }
                    }
                }
                int k = p >= 0 ? tree.child(p, DepRel.CASE) : -1;
                if (k >= 0 && cue.particles().contains(t.lemma(k)) && !(topicOnly(cue) && topicPronoun(lower(p))
                        && tree.subtreeEnd(p) == p + 1 && asPhrase(i) < 0)) {
                    return freeOrNull(phrase(p)); // "asked about the delay", "warned of"; not "talked about it" ("referred to it as" is a label)
                }
            }
            // a noun-phrase content only where the lexicon's curators vouch for the NP frame (WordNet's are
            // too broad: "magnified these protests") and not a person ("wanted us", "called him"): a hearer
            // a stance towards a proposal is an attitude ("opposes the bill"), towards a party or an activity
            // aid or alliance ("supports the SDF", "will support the exercise")
            if (r == DepRel.OBJ && (takesNounPhrase(cue, c) || shownByRecord(i, cue, c)) && !split
                    && !((inProgress(i) || habitual(i, cue) && !documentSubject(i)) && cue.type().equals("STATEMENT"))) {
                return freeOrNull(phrase(c));
            }
        }
        return null;
    }

    /**
     * Whether the cue takes noun {@code c} (an object, or a passive's subject) as its content: only where the
     * lexicon's curators vouch for the NP frame, not a personal pronoun, and for a stance or a perception only a
     * proposal or a speech act ("heard the reports", not "heard a bang": guidelines, "Noun-phrase content").
     */
    boolean takesNounPhrase(Cue cue, int c) {
        return vouchedNounPhrase(cue) && !PERSONS.contains(t.lemma(c))
                && !(namedContentOnly(cue) && !proposal(c) && !proposition(cue, c))
                && !(forecastOnly(cue) && !namesOutcome(phrase(c)[0], phrase(c)[1])) && !transaction(cue, c)
                && !(cue.takes(Frame.PREP) && !cue.takes(Frame.THAT) && !cue.takes(Frame.TO));
    }

    /**
     * Whether noun {@code c}, the object of evidence verb {@code i}, is what a record subject shows ("[a series of text
     * messages Volker provided] showed [conversations ...]", as the surface reading has "the footage shows soldiers
     * firing"); not a person ("the video shows him"), nor under a capitalised noun with no determiner, most often a name
     * ("Star Wars Jedi: Fallen Order finds a reason for", a game's title), unless it opens the sentence ("Court papers showed").
     */
    private boolean shownByRecord(int i, Cue cue, int c) {
        int h = tree.subject(i);
        return cue.cueClass() == CueClass.EVIDENCE && !PERSONS.contains(t.lemma(c)) && documentSubject(i) && !unknownName(h)
                && !(Character.isUpperCase(t.token(h).charAt(0)) && h != t.sentenceFirstToken(t.sentenceOf(h))
                        && !tree.hasChild(h, DepRel.DET, DepRel.NMOD_POSS));
    }

    /**
     * Whether the cue takes only a prepositional content, a topic ("talk about", "touch on", "weigh in on"): no clause,
     * quote, infinitive or noun-phrase frame. A lone pronoun is then no content ("we talked about it").
     */
    static boolean topicOnly(Cue cue) {
        return cue.takes(Frame.PREP) && !cue.takes(Frame.THAT) && !cue.takes(Frame.WH) && !cue.takes(Frame.QUOTE)
                && !cue.takes(Frame.NP) && !cue.takes(Frame.TO) && !cue.takes(Frame.GERUND) && !cue.takes(Frame.OBJ_THAT)
                && !cue.takes(Frame.OBJ_TO) && !cue.takes(Frame.OBJ_PREP);
    }

    /** Whether a word is a reflexive pronoun ("himself", "themselves"). */
    static boolean reflexive(String lower) {
        return lower.endsWith("self") || lower.endsWith("selves");
    }

    /** Whether a word is a pronoun that names a topic and nothing more ("it", "this"; {@link #topicOnly}). */
    static boolean topicPronoun(String lower) {
        return TOPIC_PRONOUNS.contains(lower);
    }

    /**
     * Whether the cue takes a noun phrase only when it names something said or proposed: a stance or a perception
     * ("opposes the bill", not "supports the rebels"; "heard the reports", not "heard a bang"), a speech verb with a
     * physical sense as common ("attacked the plan", not "attacked the village") and a cognition verb whose object is as
     * often a skill or a thing ("understood the intent", not "understands text"; a demonstrative counts: {@link #proposition}).
     */
    static boolean namedContentOnly(Cue cue) {
        return cue.cueClass() == CueClass.STANCE || cue.cueClass() == CueClass.PERCEPTION || PHYSICAL_SENSES.contains(cue.lemma())
                || contentCognition(cue);
    }

    /**
     * Whether object {@code obj} is a nominal cue with a prepositional phrase of its own before infinitive {@code c}
     * ("prompted [calls] for all salt to be iodised", "sparked demands for the minister to resign"): the infinitive
     * completes the noun's call ("calls for X to ..."), so the object is no hearer of the verb's.
     */
    private boolean callForward(int obj, int c) {
        if (t.upos(obj) != UPos.NOUN || CueLexicon.SHARED.get(Cue.Kind.NOUN, t.lemma(obj).toLowerCase(Locale.ROOT)) == null) {
            return false;
        }
        for (int d : tree.children(obj)) {
            if (d > obj && d < c && t.deprel(d).is(DepRel.NMOD)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether noun {@code c}, the cue's object (or its passive's subject), makes the cue a transaction, no content:
     * goods or a service sold by a commerce verb ("vendors offered [products]", "[free trials] are offered"; not "offered
     * a compromise", "offered her seat", "offered free repairs", nor goods with a possessive, the holder's own: "offered
     * his services") or research funded by a funding verb ("[The study] was
     * supported by the foundation"; not "[the plan] was supported by most senators"). Guidelines 2.1: "offering rewards",
     * "will support the exercise" are no content (rule-words commerce-verbs, goods, funding-verbs, funded-works).
     */
    boolean transaction(Cue cue, int c) {
        String lemma = t.lemma(c).toLowerCase(Locale.ROOT);
        return t.upos(c) == UPos.NOUN && (COMMERCE_VERBS.contains(cue.lemma()) && GOODS.contains(lemma)
                && !tree.hasChild(c, DepRel.NMOD_POSS) // "offered his services as a mediator": the holder's own, given
                || FUNDING_VERBS.contains(cue.lemma()) && FUNDED_WORKS.contains(lemma));
    }

    /**
     * {@link #transaction} for the noun phrase from {@code b} read on the surface: its head is the last noun of the
     * words that open it (determiners, adjectives, numbers, nouns; a possessive pronoun ends the walk with no head, as
     * the holder's own thing is given, not sold), before a preposition, a conjunction, a comma or a relative clause
     * ("products [new and old]", "the services [that]", "a true high-end experience [soon]").
     */
    boolean transactionPhrase(Cue cue, int b, int e) {
        int head = -1;
        for (int x = b; x < e; x++) {
            UPos pos = t.upos(x);
            if (pos == UPos.NOUN) {
                head = x;
            } else if (pos != UPos.DET && pos != UPos.ADJ && pos != UPos.NUM && !t.token(x).equals("-")) {
                break;
            }
        }
        return cue != null && head >= 0 && transaction(cue, head);
    }

    /**
     * Whether the cue expects or forecasts ("expect", "predict"; rule-words forecast-verbs): its noun-phrase content must
     * name a figure or an outcome ("were expecting $2.52 a share", not "expect a visitor"; {@link #namesOutcome}).
     */
    static boolean forecastOnly(Cue cue) {
        return FORECAST_VERBS.contains(cue.lemma());
    }

    /**
     * Whether the noun phrase from {@code b} (up to {@code e}, or where its words end) names a figure (a number or an
     * amount: "$2.52 a share", "3 percent") or an outcome ("much change", "a recession"; rule-words forecast-outcomes).
     */
    boolean namesOutcome(int b, int e) {
        for (int x = b; x < e && (ctx.phrases.isNpToken(x) || t.upos(x) == UPos.ADP); x++) {
            if (t.upos(x) == UPos.NUM || t.upos(x) == UPos.NOUN && FORECAST_OUTCOMES.contains(t.lemma(x).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether verb {@code i} is a progressive ("is offering rewards"): with a plain statement verb and a noun
     * phrase it reports a standing act, not content attributed ("is criticizing the plan", an accusation, still
     * attributes; guidelines, "Noun-phrase content").
     */
    boolean inProgress(int i) {
        if (!lower(i).endsWith("ing")) {
            return false;
        }
        for (int c : tree.children(i)) {
            if (c < i && t.deprel(c).is(DepRel.AUX) && t.lemma(c).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether speech cue {@code i} is a plain present with no auxiliary ("They offer cheap air tickets"): with a plain
     * statement verb and a noun phrase it reports a habitual activity, as the progressive does, unless a document holds it
     * ("the chart summarizes the figures": a record states in the present) or the speaker performs the act in saying it
     * ("We extend our deepest condolences", "I thank our allies"). A stance in the present is held now ("The senator
     * opposes the bill").
     */
    boolean habitual(int i, Cue cue) {
        if (cue == null || cue.cueClass() != CueClass.SPEECH || !("VBZ".equals(t.xpos(i)) || "VBP".equals(t.xpos(i)))) {
            return false;
        }
        int subject = tree.subject(i);
        if (subject < 0 || FIRST_PERSONS.contains(lower(subject)) || i > 0 && FIRST_PERSONS.contains(lower(i - 1))) {
            return false; // no subject of its own: a conjunct may be an infinitive ("want to congratulate ... and thank")
        }
        for (int c : tree.children(i)) {
            if (c < i && t.deprel(c).is(DepRel.AUX)) {
                return false;
            }
        }
        return true;
    }

    /** Whether verb {@code i}'s subject is a document or record ("the chart", "the report"). */
    private boolean documentSubject(int i) {
        int subject = tree.subject(i);
        return subject >= 0 && ctx.phrases.record(phrase(subject));
    }

    /**
     * Whether the cue takes a gerund clause: its GERUND frame, or an NP frame ("denied being unfair", "mentioned seeing
     * smoke"). WordNet's NP frames, too broad for nouns ("magnified these protests"), hold for an act named by a verb.
     */
    static boolean takesGerund(Cue cue) {
        return cue.takes(Frame.GERUND) || cue.takes(Frame.NP);
    }

    /** Whether the lexicon's curators vouch for the cue's NP frame (WordNet's alone are too broad: "magnified these protests"). */
    static boolean vouchedNounPhrase(Cue cue) {
        return cue.takes(Frame.NP) && curated(cue);
    }

    /**
     * Whether the cue comes from the curated lexicon, whose frames are vouched for (not only from WordNet), or
     * stands for the learned scorer's judgement, which vouches for the token itself.
     */
    private static boolean curated(Cue cue) {
        return cue.origin().contains("curated") || cue.origin().equals(LearnedCueRule.ORIGIN);
    }

    /**
     * The prepositional phrase after verb {@code i}'s object that carries the charge, when the cue's curated
     * OBJ_PREP frame takes an object and one of its particles ("accused [him] [of lying]", "charged [the banker] [with fraud]"), or -1. The object
     * may be a personal pronoun here: with the charge it is content, not a mere hearer.
     */
    int objectPrep(int i, Cue cue, int obj) {
        if (obj <= i || !cue.takes(Frame.OBJ_PREP) || !curated(cue)) {
            return -1;
        }
        for (int c : tree.children(i)) {
            DepRel r = t.deprel(c);
            if (c > obj && !used[c] && (r == DepRel.OBL || r.is(DepRel.ADVCL)) && opensWith(c, cue)) {
                return c;
            }
        }
        // parsers hang the same phrase on the object as often ("charged [the banker [with fraud]]"): its last such
        // modifier, so that "accused the head of the agency of lying" takes "of lying"
        int charge = -1;
        for (int c : tree.children(obj)) {
            if (c > obj && !used[c] && (t.deprel(c) == DepRel.NMOD || t.deprel(c).is(DepRel.ACL)) && opensWith(c, cue)) {
                charge = c;
            }
        }
        return charge;
    }

    /** Whether phrase {@code c} opens with a case or mark word that is one of the cue's particles ("[of] lying"). */
    private boolean opensWith(int c, Cue cue) {
        int k = tree.child(c, DepRel.CASE, DepRel.MARK);
        return k >= 0 && k == tree.subtreeBegin(c) && cue.particles().contains(t.lemma(k));
    }

    /**
     * First token of noun {@code h}'s phrase without the preposition that governs it: "less than [the figure]",
     * "in [a deal] backed by".
     */
    int nounStart(int h) {
        int b = tree.subtreeBegin(h);
        while (b < h && (t.upos(b) == UPos.ADP || t.upos(b) == UPos.SCONJ || t.upos(b) == UPos.PUNCT)) {
            b++;
        }
        return b;
    }

    /** Whether verb {@code i} has a hearer between it and {@code c}: an object, or "with"/"to" someone. */
    private boolean hearerBetween(int i, int c) {
        for (int d : tree.children(i)) {
            if (d > i && d < c && (t.deprel(d) == DepRel.OBJ || t.deprel(d).is(DepRel.OBL) && tree.child(d, DepRel.CASE) >= 0
                    && HEARER_CASES.contains(t.lemma(tree.child(d, DepRel.CASE))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the "as" at {@code mark} compares: the second "as" of "as good as" (not the hedge "as far as"), or an "as"
     * after "same" or "such" in the same phrase ("the same work as I have described"): the clause it opens reports nothing.
     */
    boolean comparison(int mark, int first) {
        if (mark >= first + 2 && lower(mark - 2).equals("as") && !lower(mark - 1).equals("far")) {
            return true;
        }
        for (int x = mark - 1; x >= Math.max(first, mark - 4) && t.upos(x) != UPos.PUNCT && t.upos(x) != UPos.VERB; x--) {
            if (COMPARISON_WORDS.contains(lower(x))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb's "as" phrase ("seen as a threat"), or -1; not a verb with a subject of its own ("the header everyone sees
     * as they scroll"; a noun the parser gave a subject is still a label) nor "as to" ("debate continues as to the
     * issues"): no label.
     */
    int asPhrase(int i) {
        for (int c : tree.children(i)) {
            if (c > i && t.deprel(c).is(DepRel.OBL) || c > i && t.deprel(c).is(DepRel.ADVCL)
                    && !(t.upos(c) == UPos.VERB && tree.subject(c) >= 0)) {
                int k = tree.child(c, DepRel.CASE, DepRel.MARK);
                if (k >= 0 && k < c && t.token(k).equalsIgnoreCase("as") && tree.subtreeBegin(c) == k
                        && !(k + 1 < n && lower(k + 1).equals("to"))) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * Whether dependent {@code c} is an infinitive the parse reads as an oblique: a bare verb right after its "to" tagged
     * as a preposition ("asked him [to/ADP resign/obl]").
     */
    private boolean obliqueInfinitive(int c) {
        int to = tree.child(c, DepRel.CASE);
        return t.deprel(c).is(DepRel.OBL) && to >= 0 && to == c - 1 && lower(to).equals("to") && t.xpos(c).equals("VB");
    }

    boolean marked(int c, String word) {
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
        while (span[1] > span[0] && t.upos(span[1] - 1) == UPos.PUNCT && !Quotes.isQuote(t.token(span[1] - 1))) {
            span[1]--;
        }
        return span;
    }

    /**
     * Where a noun-phrase content of verb {@code i} that starts at {@code from} ends before a predicate conjoined
     * to the verb ("admitted to [the flawed design] and launched a repair program", "confessed to [the crime] and
     * the jury took 15 minutes"): the conjunction before that predicate, or -1 if none follows.
     */
    int beforeConjoinedPredicate(int i, int from) {
        for (int c : tree.children(i)) {
            UPos pos = t.upos(c);
            if (c > from && t.deprel(c).is(DepRel.CONJ) && (pos == UPos.VERB || pos == UPos.AUX || tree.subject(c) >= 0)) {
                return conjunctionBefore(c, from);
            }
        }
        return -1;
    }

    /**
     * Where a content of cue verb {@code i} that starts at {@code from} ends before a second cue verb conjoined to it
     * ("The union rejected the offer [and vowed] to strike", "has refused to recognise the truce, [and hopes] to ..."):
     * that verb's attribution is one of its own, with the shared subject, not part of the first one's content. The
     * conjunction (or comma) before it, or -1 if no such verb follows.
     */
    int beforeConjoinedCue(int i, int from) {
        for (int c : tree.children(i)) {
            if (c > from && t.deprel(c).is(DepRel.CONJ) && t.upos(c) == UPos.VERB && cueOf(c) != null && topicAt(c, cueOf(c))
                    && (finite(c) || tree.hasChild(c, DepRel.AUX)) // a bare participle modifies a noun: ", now known as"
                    && !tree.hasChild(c, DepRel.NSUBJ, DepRel.CSUBJ) // a conjunct with a subject of its own is often a
                                                                      // clause of the content the parser misread
                    && !formula(c)) { // ", compared with a control group": a preposition, no cue
                return conjunctionBefore(c, from);
            }
        }
        return -1;
    }

    /**
     * Whether verb {@code c} with this cue can report: a cue that takes only a particle's topic ({@link #topicOnly}) needs
     * an oblique with one of its particles ("and they had talked about the deal", not "and they had talked twice").
     */
    private boolean topicAt(int c, Cue cue) {
        if (!topicOnly(cue)) {
            return true;
        }
        for (int o : tree.children(c)) {
            int k = t.deprel(o).is(DepRel.OBL) ? tree.child(o, DepRel.CASE) : -1;
            if (k >= 0 && cue.particles().contains(t.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** The conjunction or comma that opens conjunct {@code c} after {@code from}, or -1. */
    private int conjunctionBefore(int c, int from) {
        int b = tree.subtreeBegin(c);
        while (b > from && (t.upos(b - 1) == UPos.CCONJ || t.upos(b - 1) == UPos.PUNCT)) {
            b--;
        }
        for (int x = b; x < c; x++) {
            if (t.upos(x) == UPos.CCONJ || t.upos(x) == UPos.PUNCT) {
                b = x; // the cc is the conj's own child, inside its subtree
                break;
            }
        }
        return b > from ? b : -1;
    }

    /** [b, e) without the punctuation at its end (quotes included): a span cut before a verb or a comma. */
    int[] beforeFinalPunct(int b, int e) {
        while (e > b && t.upos(e - 1) == UPos.PUNCT) {
            e--;
        }
        return new int[] {b, e};
    }

    /**
     * Subject {@code h}'s phrase, ending before a dependent of it that holds cue token {@code i}: where the parser hung
     * the predicate on the subject (subjectOfMissedPredicate), the source stops where the predicate starts.
     */
    int[] phraseBefore(int h, int i) {
        int[] p = phrase(h);
        for (int c : tree.children(h)) {
            if (c > h && tree.subtreeBegin(c) <= i && i < tree.subtreeEnd(c)) {
                p[1] = beforeFinalPunct(p[0], tree.subtreeBegin(c))[1];
            }
        }
        return p;
    }

    /**
     * The "by" agent of passive {@code v}, or -1, however a parser hangs it: {@code obl:agent} or a plain {@code obl} with
     * "by" on the verb, or either on the label after it ("was ruled [unconstitutional by the court]").
     */
    int agent(int v) {
        int a = tree.agent(v);
        if (a < 0) {
            a = byOblique(v);
        }
        int label = tree.child(v, DepRel.XCOMP);
        if (a < 0 && label > v) {
            a = tree.agent(label) > label ? tree.agent(label) : byOblique(label);
        }
        return a;
    }

    /** The first later {@code obl} dependent of {@code c} opened by "by", or -1. */
    private int byOblique(int c) {
        for (int d : tree.children(c)) {
            int k = d > c && t.deprel(d) == DepRel.OBL ? tree.child(d, DepRel.CASE) : -1;
            if (k >= 0 && k == tree.subtreeBegin(d) && t.lemma(k).equals("by")) {
                return d;
            }
        }
        return -1;
    }

    /** A passive's agent without its "by" ("by the agency": "the agency"). */
    int[] agentPhrase(int agent) {
        int[] src = phrase(agent);
        if (src[0] < src[1] && t.lemma(src[0]).equals("by")) {
            src[0]++;
        }
        return src;
    }

    /**
     * The phrase of {@code c} up to a clause hung on it that "that" marks as a subordinator: a relative's "that" is its
     * subject or object, so such a clause is a complement the parser may hang on the wrong noun ("there were hints [in
     * the capital] that the budget would shrink").
     */
    int[] phraseBeforeThatClause(int c) {
        int[] p = phrase(c);
        for (int d : tree.children(c)) {
            int m = tree.child(d, DepRel.MARK);
            if (d > c && t.deprel(d).is(DepRel.ACL) && m >= 0 && t.upos(m) == UPos.SCONJ && lower(m).equals("that")
                    && tree.subject(d) >= 0) {
                p = beforeFinalPunct(p[0], Math.min(p[1], tree.subtreeBegin(d)));
            }
        }
        return p;
    }

    /**
     * Whether {@code x} modifies noun {@code noun} as a participle does ("a nagging feeling"): the tagger calls such a
     * word a noun or a verb as often as an adjective, and the parser hangs it as amod or compound.
     */
    boolean participleModifier(int x, int noun) {
        return t.head(x) == noun && (t.deprel(x).is(DepRel.AMOD) || t.deprel(x).is(DepRel.COMPOUND))
                && (t.upos(x) == UPos.NOUN || t.upos(x) == UPos.VERB) && lower(x).endsWith("ing");
    }

    /**
     * Whether verb-tagged {@code x} after cue {@code cue} is a participle modifying the hearer that follows it ("told
     * [cheering residents] that"): hung on the noun as amod or compound, or hung on the cue as an -ing complement with the
     * noun as its object where the cue has no gerund frame (a model's "told/xcomp cheering residents/obj").
     */
    boolean modifiesHearer(int x, int cue, Cue c) {
        int o = tree.object(x);
        return t.head(x) > x && participleModifier(x, t.head(x))
                || t.head(x) == cue && t.deprel(x) == DepRel.XCOMP && lower(x).endsWith("ing") && (c == null || !c.takes(Frame.GERUND))
                && o == x + 1 && !tree.hasChild(x, DepRel.MARK);
    }

    /**
     * Whether clause {@code c} is an object pronoun with its state, which the parser may read as a that-less clause
     * ("found [her] buried in a basket", "seen her use"): a pronoun in the object case is no clause's subject, however the
     * verb is tagged; a gerund keeps it ("remember [him stuttering]" is what is remembered).
     */
    boolean objectWithItsState(int c) {
        int subject = tree.subject(c);
        return subject >= 0 && subject < c && OBJECT_PRONOUNS.contains(lower(subject)) && !lower(c).endsWith("ing");
    }

    /** The subtree of {@code c} without punctuation at its edges. */
    int[] phrase(int c) {
        int b = tree.subtreeBegin(c);
        int e = tree.subtreeEnd(c);
        while (b < e && t.upos(b) == UPos.PUNCT && !Quotes.isQuote(t.token(b))) {
            b++;
        }
        while (e > b && t.upos(e - 1) == UPos.PUNCT && !Quotes.isQuote(t.token(e - 1))) {
            e--;
        }
        return new int[] {b, e};
    }

    /**
     * The clause {@code span}, or its part before ", which/who ..." when an earlier rule took that added clause
     * ("confirmed that regulators contacted it[, who will reportedly examine ...]": the hearsay adverb's); null
     * when another part is taken.
     */
    int[] freeUpToTakenClause(int[] span) {
        for (int x = span[0]; x < span[1]; x++) {
            if (used[x]) {
                boolean added = x > span[0] + 1 && t.token(x - 1).equals(",") && RELATIVES.contains(lower(x));
                for (int y = x; y < span[1] && added; y++) {
                    added = used[y];
                }
                return added ? freeOrNull(new int[] {span[0], x - 1}) : null;
            }
        }
        return freeOrNull(span);
    }

    int[] freeOrNull(int[] span) {
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

    static boolean disjoint(int[] a, int[] b) {
        return a[1] <= b[0] || b[1] <= a[0];
    }
}
