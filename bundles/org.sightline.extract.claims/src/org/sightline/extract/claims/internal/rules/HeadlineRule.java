package org.sightline.extract.claims.internal.rules;

import java.util.Locale;

import org.sightline.core.api.Headings;
import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.Lemmas;

/**
 * {@code headline}: a title-case headline line with a speech or evidence verb ("Obama Says Democrats Must Unite",
 * "Video Shows Dramatic Rescue of Kidnapped Girl", "Police Identify Man Found Dead"), or a speaker's colon ("Pence:
 * We Will Not Back Down"): the words before are the source, the words after the content. Read on the surface: the
 * tagger, trained on running text, reads capitalised verbs as names. A verb that is also a noun cue ("Talks",
 * "Claims", "Calls") is left alone: in a headline it is as often the noun.
 */
final class HeadlineRule extends RuleFamily {

    /** The share of a headline's words (two letters or more) that start with a capital. */
    private static final double TITLE_CASE = 0.7;
    /** Words a headline's speaker may have ("Secretary of State Pompeo"). */
    private static final int MAX_SOURCE = 5;

    HeadlineRule(RuleContext ctx) {
        super(ctx, "headline");
    }

    @Override
    public void apply(int s) {
        int first = clauseFirst(s);
        int end = t.sentenceEndToken(s);
        if (end - first < 3 || !headline(first, end)) {
            return;
        }
        if (Quotes.isQuote(t.token(first))) {
            int close = ctx.quotes.closingQuote(first);
            if (close > first && close + 2 < end) {
                first = close + 1; // "'We Got Her!' Video Shows ...": the quoted words head the line, the speaker follows
            }
        }
        for (int x = first + 1; x < end - 1 && x - first <= MAX_SOURCE; x++) {
            if (used[x]) {
                return;
            }
            boolean colon = t.token(x).equals(":");
            Cue cue = colon || !agrees(x) ? null : cue(x);
            if (colon || cue != null) {
                int contentFirst = x + 1;
                if (end - contentFirst < (colon ? 3 : 2) || (colon && !speaker(first, x))) {
                    return;
                }
                Found f = new Found("headline", colon ? ":" : cue.lemma(), colon ? ClaimType.STATEMENT : ClaimType.valueOf(cue.type()),
                        x, x + 1);
                int src = first;
                while (src < x - 1 && HEADLINE_LABELS.contains(lower(src))) {
                    src++; // "Updated Police Identify ...": page furniture before the speaker
                }
                f.srcFirst = src;
                f.srcEnd = x;
                f.content.add(new int[] {contentFirst, end});
                add(f);
                return;
            }
        }
    }

    /**
     * Whether the sentence [first, end) ends a line in the form of a heading, in title case (the sentence detector
     * may split a headline after a quoted exclamation: "'We Got Her!' Video Shows ...").
     */
    private boolean headline(int first, int end) {
        int words = 0;
        int capitals = 0;
        for (int x = first; x < end; x++) {
            String w = t.token(x);
            if (w.length() >= 2 && Character.isLetter(w.charAt(0))) {
                words++;
                capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        if (words < 3 || capitals < TITLE_CASE * words) {
            return false; // checked first: running text fails here, before the line is looked up
        }
        int e = t.tokenEnd(end - 1);
        int b = text.lastIndexOf('\n', Math.max(0, t.tokenBegin(first) - 1)) + 1;
        return (e == text.length() || text.charAt(e) == '\n' || text.charAt(e) == '\r') && Headings.isHeading(text.substring(b, e));
    }

    /** The cue of a capitalised speech or evidence verb at {@code x} ("Says", "Shows", "Warn"), or null. */
    private Cue cue(int x) {
        String w = t.token(x);
        if (!Character.isUpperCase(w.charAt(0)) || w.length() < 3 || t.tokenBegin(x) == t.tokenEnd(x - 1)) {
            return null; // not part of a compound word: "Nano-Satellite"
        }
        String lemma = Lemmas.verb(w);
        Cue cue = lemma == null ? null : CueLexicon.verb(lemma);
        if (cue == null || !(cue.cueClass() == CueClass.SPEECH || cue.cueClass() == CueClass.EVIDENCE)
                || !(cue.takes(Frame.THAT) || cue.takes(Frame.QUOTE) || cue.takes(Frame.NP))
                || CueLexicon.SHARED.get(Cue.Kind.NOUN, lemma) != null || w.toLowerCase(Locale.ROOT).endsWith("ed")
                || w.toLowerCase(Locale.ROOT).endsWith("ing")) {
            return null; // a present-tense headline verb; "Talks", "Claims" may be nouns, "Updated" an adjective
        }
        return cue;
    }

    /**
     * Whether the words before a headline's colon name a speaker ("Pence:"): an actor the document names, not a
     * section label ("Profile:") or a list's heading ("Path A:").
     */
    private boolean speaker(int first, int colon) {
        if (colon - first > 3) {
            return false;
        }
        String name = text.substring(t.tokenBegin(first), t.tokenEnd(colon - 1));
        for (ActorMention m : ctx.actors.mentions()) {
            if (m.text().equals(name) || m.text().endsWith(" " + name)) {
                return true; // "Pence:" over a story naming "Vice President Mike Pence" (headings name no actors of their own)
            }
        }
        return false;
    }

    /**
     * Whether the headline verb at {@code x} agrees with a speaker before it: "Obama Says", "Video Shows"; a plain form
     * only after a plural or a group ("Police Identify", "Officials Warn"), not "Amazon Echo Buds".
     */
    private boolean agrees(int x) {
        String w = lower(x);
        if (w.endsWith("s")) {
            return true;
        }
        String before = lower(x - 1);
        return before.endsWith("s") || COLLECTIVE_NOUNS.contains(before);
    }
}
