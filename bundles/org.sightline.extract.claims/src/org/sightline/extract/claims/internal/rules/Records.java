package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.actors.api.ActorRef;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.extract.claims.api.Span;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * Turns the found attributions (token indices) into claim records (character spans, the source's actor
 * key, targets), with type, modality and polarity from the {@link ClaimClassifier}.
 */
final class Records extends ContextView {

    private final ClaimClassifier classifier;

    Records(RuleContext ctx) {
        super(ctx);
        this.classifier = new ClaimClassifier(ctx.text, ctx.actors.mentions());
    }

    /** The claim records of an attribution: one, or one per list item after a colon. */
    List<ClaimRecord> of(Found f) {
        List<ClaimRecord> out = new ArrayList<>();
        if (f.srcFirst >= 0) {
            int e = ctx.contents.timeExpression(f.srcFirst, f.srcEnd);
            if (e > f.srcFirst && e + 1 < f.srcEnd && t.token(e).equals(",")) {
                f.srcFirst = e + 1; // "Last week, Smith said": a fronted time phrase is no part of the source (guidelines)
            } else if (e > f.srcFirst && e < f.srcEnd && (t.upos(e) == UPos.PROPN || t.upos(e) == UPos.DET)) {
                f.srcFirst = e; // the same with no comma: "Last week State Department official David Holmes revealed"
            }
            f.srcFirst = ctx.phrases.lastJoinedPhrase(f.srcFirst, f.srcEnd); // "[On Dec. 7] the agency declared"
        }
        int[] main = f.content.get(f.content.size() - 1);
        int mainSentence = t.sentenceOf(main[1] - 1);
        boolean list = t.token(main[1] - 1).equals(":") || (main[1] < n && t.token(main[1]).equals(":")
                && t.sentenceOf(main[1]) == mainSentence);
        List<int[]> items = list ? ctx.contents.listItems(mainSentence) : List.of();
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

    Span span(int first, int end) {
        return new Span(t.tokenBegin(first), t.tokenEnd(end - 1));
    }

    /**
     * The actor the source names: the last actor mention of the source's head phrase, which ends at the first comma
     * or at a relative clause ("[The group] that owns most of her music, Big Machine,": not "her"); when the head
     * phrase names none, the apposition after the comma up to a preposition ("The company that runs the AMAs, [Dick Clark
     * Productions]", not "Pankaj Pandey, Head of Research at [ICICI Securities]").
     */
    String sourceKey(Found f) {
        if (f.srcEnd - f.srcFirst == 1 && DependencyCues.RELATIVES.contains(lower(f.srcFirst)) && t.head(f.srcFirst) >= 0
                && t.deprel(t.head(f.srcFirst)) == DepRel.ACL_RELCL) {
            return antecedentKey(f.srcFirst);
        }
        int end = t.tokenEnd(f.srcEnd - 1);
        int headEnd = f.srcFirst;
        while (headEnd < f.srcEnd && !t.token(headEnd).equals(",")
                && !(headEnd > f.srcFirst && DependencyCues.RELATIVES.contains(t.token(headEnd).toLowerCase(Locale.ROOT)))) {
            headEnd++;
        }
        String key = headEnd > f.srcFirst && personOfPerson(f.srcFirst, headEnd) ? null
                : lastMention(t.tokenBegin(f.srcFirst), headEnd > f.srcFirst ? t.tokenEnd(headEnd - 1) : t.tokenBegin(f.srcFirst));
        int comma = headEnd;
        while (key == null && comma < f.srcEnd && !t.token(comma).equals(",")) {
            comma++; // past a relative clause to the apposition
        }
        if (key == null && comma + 1 < f.srcEnd) {
            int a = comma + 1;
            while (a < f.srcEnd && !t.token(a).equals(",") && t.upos(a) != UPos.ADP) {
                a++; // the apposition's own words, not an employer after "at" ("Head of Research at ICICI Securities")
            }
            key = lastMention(t.tokenBegin(comma + 1), a > comma + 1 ? t.tokenEnd(a - 1) : t.tokenBegin(comma + 1));
        }
        return key;
    }

    /**
     * The actor a relative pronoun source (the subject of a relative clause) stands for: the mention holding the noun
     * the clause hangs on
     * ("Assange, [who] denies" is Assange's claim). None when that noun is coordinated ("McDougal and Rigney, who": one
     * mention cannot stand for two) or names no actor ("a career officer who testified").
     */
    private String antecedentKey(int pronoun) {
        int noun = t.head(t.head(pronoun));
        if (noun < 0 || noun > pronoun || t.tree().hasChild(noun, DepRel.CONJ)) {
            return null;
        }
        for (ActorMention m : ctx.actors.mentions()) {
            if (m.begin() <= t.tokenBegin(noun) && m.end() >= t.tokenEnd(noun)) {
                return m.key();
            }
        }
        return null;
    }

    /**
     * Whether the head phrase {@code [b, e)} names someone by a person's possession ("President Trump's advisers",
     * "Morrison's lawyer", "some of Trump's defenders"): its last mention is a person followed by "'s", and what the
     * person has is no document that speaks for them ("Trump's tweet" is Trump's) and no mention of its own ("Austria's
     * interior minister"). A state's or body's people stay theirs ("China's health chiefs").
     */
    private boolean personOfPerson(int b, int e) {
        ActorMention last = lastMentionIn(t.tokenBegin(b), t.tokenEnd(e - 1));
        if (last == null || last.end() == t.tokenEnd(e - 1)) {
            return false;
        }
        int after = t.tokenAtOrAfter(last.end());
        ActorRef a = ctx.actors.actor(last.key());
        return a != null && a.kind() == ActorKind.PERSON && after >= 0 && after < e - 1
                && "POS".equals(t.xpos(after)) && !DOCUMENTS.contains(lower(e - 1));
    }

    private String lastMention(int b, int e) {
        ActorMention m = lastMentionIn(b, e);
        return m == null ? null : m.key();
    }

    /** The last actor mention inside characters {@code [b, e)}, or null. */
    private ActorMention lastMentionIn(int b, int e) {
        ActorMention last = null;
        for (ActorMention m : ctx.actors.mentions()) {
            if (m.begin() >= b && m.end() <= e) {
                last = m;
            }
        }
        return last;
    }

    private ClaimRecord record(Found f, Span source, String sourceKey, Span cue, List<Span> content) {
        ClaimClassifier.Decision d = classifier.classify(f.type, f.cueLemma, cue, pastCue(f), sourceKey, content);
        Set<String> targets = new LinkedHashSet<>();
        for (Span c : content) {
            for (ActorMention m : ctx.actors.mentions()) {
                if (m.begin() >= c.begin() && m.end() <= c.end() && !m.key().equals(sourceKey)) {
                    targets.add(m.key());
                }
            }
        }
        return new ClaimRecord(source, sourceKey, cue, content, d.type(), d.modality(), d.modality().confidence(), d.polarity(),
                List.copyOf(targets), f.rule);
    }

    /** Whether the cue's finite verb is in the past tense ("said", "had warned"): the classifier reads backshifted modals. */
    private boolean pastCue(Found f) {
        for (int x = f.cueFirst; x < f.cueEnd; x++) {
            if (t.upos(x).isVerbal()) {
                return t.xpos(x).equals("VBD");
            }
        }
        return false;
    }
}
