package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.extract.claims.api.Span;

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

    String sourceKey(Found f) {
        int b = t.tokenBegin(f.srcFirst);
        int e = t.tokenEnd(f.srcEnd - 1);
        int comma = text.indexOf(',', b);
        if (comma >= 0 && comma < e) {
            e = comma;
        }
        String key = null;
        for (ActorMention m : ctx.actors.mentions()) {
            if (m.begin() >= b && m.end() <= e) {
                key = m.key();
            }
        }
        return key;
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
