package org.sightline.extract.claims.tests;

import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.NlpModels;

/**
 * Prints the tokens (index:word/UPOS/lemma>head/relation) and the claims with their rule ids for each argument, for
 * looking at how a sentence is read: {@code releng/scripts/bench.sh org.sightline.extract.claims.tests.ShowClaims "TEXT"...}.
 */
public final class ShowClaims {

    private ShowClaims() {
    }

    public static void main(String[] args) {
        for (String text : args) {
            AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < t.tokenCount(); i++) {
                sb.append(i).append(':').append(t.token(i)).append('/').append(t.pos(i)).append('/').append(t.lemma(i))
                        .append('>').append(t.head(i)).append('/').append(t.deprel(i).label()).append(' ');
            }
            System.out.println(sb.toString().strip());
            for (ClaimRecord c : ClaimFinder.find(t, ActorRecognizer.recognize(t))) {
                System.out.println("  <" + c.rule() + "> [" + (c.sourceSpan() == null ? "-" : c.sourceSpan().of(text)) + "] ["
                        + c.cueSpan().of(text) + "] [" + String.join(" … ", c.contentSpans().stream().map(s -> s.of(text)).toList())
                        + "] " + c.type());
            }
        }
    }
}
