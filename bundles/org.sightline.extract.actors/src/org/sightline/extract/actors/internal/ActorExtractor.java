package org.sightline.extract.actors.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;
import org.sightline.core.api.Registered;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorRef;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.actors.api.BundledGazetteers;
import org.sightline.extract.actors.api.Gazetteer;
import org.sightline.extract.actors.api.TsvGazetteer;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.nlp.api.AnnotatedText;

/**
 * Pipeline step 200: actors and their mentions, from the NLP step's {@link AnnotatedText} and the
 * gazetteers contributed to the registry (or the bundled ones when none is). Puts the
 * {@link ActorResult} into the context for the claim step.
 */
public final class ActorExtractor implements Extractor {

    private SightlineRegistry gazetteersOf;
    private List<Gazetteer> gazetteers;
    private List<String> brokenGazetteers = List.of();

    /** Gazetteer contributions that could not be read, with the reason; they are left out. */
    public List<String> brokenGazetteers() {
        return brokenGazetteers;
    }

    /** Reads the gazetteers and builds their index before the first document (see {@link Extractor#prepare}). */
    @Override
    public void prepare(SightlineRegistry registry) {
        try {
            ActorRecognizer.prepare(gazetteers(registry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void extract(ExtractionContext context) throws IOException {
        AnnotatedText text = context.get(AnnotatedText.class)
                .orElseThrow(() -> new IllegalStateException("no NLP annotations: the org.sightline.nlp step must run first"));
        List<Gazetteer> dictionaries = gazetteers(context.registry());
        for (String broken : brokenGazetteers) {
            context.warn("gazetteer left out: " + broken);
        }
        ActorResult result = ActorRecognizer.recognize(text, dictionaries, context.document().getPublisher(),
                context.document().getAuthor());
        context.put(ActorResult.class, result);

        Map<String, Actor> byKey = new HashMap<>();
        for (ActorRef ref : result.actors()) {
            Actor a = context.actor(ActorKind.valueOf(ref.kind().name()), ref.name());
            if (a.getCode() == null) {
                a.setCode(ref.code());
            }
            if (a.getRole() == null) {
                a.setRole(ref.role());
            }
            for (String alias : ref.aliases()) {
                if (!alias.equalsIgnoreCase(a.getName()) && !a.getAliases().contains(alias)) {
                    a.getAliases().add(alias);
                }
            }
            byKey.put(ref.key(), a);
        }
        for (ActorRef ref : result.actors()) {
            Actor whole = ref.partOfKey() == null ? null : byKey.get(ref.partOfKey());
            Actor part = byKey.get(ref.key());
            if (whole != null && whole != part && part.getPartOf() == null) {
                part.setPartOf(whole);
            }
        }
        for (ActorMention m : result.mentions()) {
            Actor a = byKey.get(m.key());
            if (a != null) {
                context.mention(a, m.begin(), m.end());
            }
        }
    }

    /** The registry's gazetteers, highest priority first (ties by id), read once per registry. */
    private List<Gazetteer> gazetteers(SightlineRegistry registry) throws IOException {
        if (registry == gazetteersOf && gazetteers != null) {
            return gazetteers;
        }
        List<Registered<Object>> contributed = new ArrayList<>(registry.gazetteers());
        contributed.sort(Comparator.comparingInt((Registered<Object> r) -> -r.intAttribute("priority", 0)).thenComparing(Registered::id));
        List<Gazetteer> list = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Registered<Object> r : contributed) {
            try {
                list.add(toGazetteer(r));
            } catch (IOException | RuntimeException | LinkageError e) {
                // One broken dictionary must not stop actor extraction: the others still apply.
                broken.add(r.id() + " (" + r.contribution().bundle() + "): " + e.getMessage());
            }
        }
        brokenGazetteers = List.copyOf(broken);
        gazetteersOf = registry;
        gazetteers = list.isEmpty() ? BundledGazetteers.defaults() : List.copyOf(list);
        return gazetteers;
    }

    private static Gazetteer toGazetteer(Registered<Object> r) throws IOException {
        Object o = r.create();
        if (o instanceof Gazetteer g) {
            return g;
        }
        if (o instanceof URL url) {
            try (InputStream in = url.openStream()) {
                return TsvGazetteer.read(r.id(), in, url.toString());
            }
        }
        throw new IllegalStateException("gazetteer " + r.id() + " of " + r.contribution().bundle() + " is neither a Gazetteer nor a file: " + o);
    }
}
