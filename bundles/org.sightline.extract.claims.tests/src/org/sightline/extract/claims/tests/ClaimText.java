package org.sightline.extract.claims.tests;

import java.util.List;

import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.NlpModels;

/** The claims of a text written as text, for the pattern tests: "[source] [cue] [content … content]", "-" for no source. */
final class ClaimText {

    private ClaimText() {
    }

    /** The claims the default claim finder makes of {@code text}. */
    static List<ClaimRecord> find(String text) {
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        return ClaimFinder.find(t, ActorRecognizer.recognize(t));
    }

    /** All claims of {@code text}, each with its rule: "&lt;rule&gt; [source] [cue] [content … content]". */
    static List<String> withRules(String text) {
        return find(text).stream().map(c -> withRule(text, c)).toList();
    }

    /** All claims of {@code text} without their rules. */
    static List<String> plain(String text) {
        return find(text).stream().map(c -> plain(text, c)).toList();
    }

    static String withRule(String text, ClaimRecord c) {
        return "<" + c.rule() + "> " + plain(text, c);
    }

    static String plain(String text, ClaimRecord c) {
        return "[" + (c.sourceSpan() == null ? "-" : c.sourceSpan().of(text)) + "] [" + c.cueSpan().of(text) + "] ["
                + String.join(" … ", c.contentSpans().stream().map(s -> s.of(text)).toList()) + "]";
    }
}
