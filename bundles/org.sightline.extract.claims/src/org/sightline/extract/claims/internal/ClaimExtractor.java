package org.sightline.extract.claims.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;
import org.sightline.extract.actors.api.ActorRef;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.extract.claims.api.Span;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Modality;
import org.sightline.model.Polarity;
import org.sightline.model.io.Corpora;
import org.sightline.nlp.api.AnnotatedText;

/**
 * Pipeline step 300: attributed claims (source, cue, content, type, modality, polarity, targets)
 * from the NLP annotations and the actor step's {@link ActorResult}. Actors are looked up in the
 * context by kind and name, so the claim points at the very actor the actor step created.
 */
public final class ClaimExtractor implements Extractor {

    @Override
    public void extract(ExtractionContext context) {
        AnnotatedText text = context.get(AnnotatedText.class)
                .orElseThrow(() -> new IllegalStateException("no NLP annotations: the org.sightline.nlp step must run first"));
        ActorResult actors = context.get(ActorResult.class)
                .orElseThrow(() -> new IllegalStateException("no actors: the org.sightline.extract.actors step must run first"));
        String s = context.text();
        for (ClaimRecord r : ClaimFinder.find(text, actors)) {
            if (context.isCancelled()) {
                return;
            }
            Claim c = context.claim();
            if (r.sourceSpan() != null) {
                c.setSourceSpan(Corpora.span(r.sourceSpan().begin(), r.sourceSpan().end()));
                c.setSourceText(r.sourceSpan().of(s));
            }
            c.setSource(actor(context, actors, r.sourceKey()));
            c.setCueSpan(Corpora.span(r.cueSpan().begin(), r.cueSpan().end()));
            c.setCue(r.cueSpan().of(s));
            // content pieces in text order: the first is the content span, the others its parts
            List<Span> pieces = new ArrayList<>(r.contentSpans());
            pieces.sort(Comparator.comparingInt(Span::begin));
            c.setContentSpan(Corpora.span(pieces.get(0).begin(), pieces.get(0).end()));
            for (Span part : pieces.subList(1, pieces.size())) {
                c.getContentParts().add(Corpora.span(part.begin(), part.end()));
            }
            c.setContent(Corpora.contentText(c));
            c.setRule(r.rule());
            c.setType(ClaimType.valueOf(r.type().name()));
            c.setModality(Modality.valueOf(r.modality().name()));
            c.setConfidence(r.confidence());
            c.setPolarity(Polarity.valueOf(r.polarity().name()));
            for (String key : r.targetKeys()) {
                Actor t = actor(context, actors, key);
                if (t != null && !c.getTargets().contains(t)) {
                    c.getTargets().add(t);
                }
            }
        }
    }

    private static Actor actor(ExtractionContext context, ActorResult actors, String key) {
        ActorRef ref = key == null ? null : actors.actor(key);
        return ref == null ? null : context.actor(ActorKind.valueOf(ref.kind().name()), ref.name());
    }
}
