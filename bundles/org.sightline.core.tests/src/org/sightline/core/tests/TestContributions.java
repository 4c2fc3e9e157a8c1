package org.sightline.core.tests;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.Importer;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.Source;
import org.sightline.core.api.SourceResolver;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.Corpora;

/**
 * Small contributions of the kind a third party writes, used to test the pipeline's contract
 * (ordering, merging, failure handling) independently of the real NLP and extractors.
 */
final class TestContributions {

    private TestContributions() {
    }

    /** Reads any source as UTF-8 text; refuses sources whose name ends in .bin. */
    static final class TextImporter implements Importer {
        @Override
        public int score(Source source, byte[] head) {
            return source.name().endsWith(".bin") ? 0 : 10;
        }

        @Override
        public List<Document> read(Source source) throws ImportException, java.io.IOException {
            String text = new String(source.bytes(), StandardCharsets.UTF_8);
            if (text.isEmpty()) {
                throw new ImportException(source.name(), "is empty");
            }
            Document d = SightlineFactory.eINSTANCE.createDocument();
            d.setText(text);
            d.setTitle(text.lines().findFirst().orElse(""));
            d.setContentHash(Corpora.sha256Hex(text));
            return List.of(d);
        }
    }

    /** Finds "United States", "US" and "Pyongyang" as actors and "X said that Y." as claims. */
    static final class WordActors implements Extractor {
        private static final Pattern ACTOR = Pattern.compile("\\b(United States|US|Pyongyang|North Korea)\\b");

        @Override
        public void extract(ExtractionContext ctx) {
            Matcher m = ACTOR.matcher(ctx.text());
            while (m.find()) {
                boolean us = m.group(1).equals("United States") || m.group(1).equals("US");
                Actor a = ctx.actor(ActorKind.STATE, us ? "United States" : "North Korea");
                a.setCode(us ? "USA" : "PRK");
                if (!a.getName().equals(m.group(1)) && !a.getAliases().contains(m.group(1))) {
                    a.getAliases().add(m.group(1));
                }
                ctx.mention(a, m.start(), m.end());
            }
        }
    }

    static final class SaidClaims implements Extractor {
        private static final Pattern SAID = Pattern.compile("(United States|US|Pyongyang) (said) (that [^.]+)\\.");

        @Override
        public void extract(ExtractionContext ctx) {
            Matcher m = SAID.matcher(ctx.text());
            while (m.find()) {
                String name = m.group(1).equals("Pyongyang") ? "North Korea" : "United States";
                Claim c = ctx.claim();
                c.setSource(ctx.actor(ActorKind.STATE, name));
                c.setSourceText(m.group(1));
                c.setSourceSpan(Corpora.span(m.start(1), m.end(1)));
                c.setCue(m.group(2));
                c.setCueSpan(Corpora.span(m.start(2), m.end(2)));
                c.setContent(m.group(3));
                c.setContentSpan(Corpora.span(m.start(3), m.end(3)));
                c.setType(ClaimType.STATEMENT);
                c.setModality(Modality.ASSERTED);
                c.setConfidence(1.0);
            }
        }
    }

    /** Adds an actor and a claim, then throws when the text contains "boom". */
    static final class Exploding implements Extractor {
        @Override
        public void extract(ExtractionContext ctx) {
            Actor a = ctx.actor(ActorKind.GROUP, "bystanders");
            ctx.mention(a, 0, 1);
            ctx.claim().setContent("half-made");
            if (ctx.text().contains("boom")) {
                throw new IllegalStateException("boom in " + ctx.document().getTitle());
            }
        }
    }

    /**
     * Runs out of memory as a reader or an extractor does on an input too large for the heap: the JVM itself refuses
     * the array ("Requested array size exceeds VM limit", whatever the heap), so the error is real while nothing is
     * allocated and no other test is starved.
     */
    static long[] exhaustMemory() {
        return new long[Integer.MAX_VALUE];
    }

    /** Bids highest for sources named *.oom and *.bin, and runs out of memory reading them. */
    static final class ExhaustingImporter implements Importer {
        @Override
        public int score(Source source, byte[] head) {
            return source.name().endsWith(".oom") || source.name().endsWith(".bin") ? 100 : 0;
        }

        @Override
        public List<Document> read(Source source) {
            exhaustMemory();
            throw new AssertionError("the JVM allocated an array beyond its limit");
        }
    }

    /** Runs out of memory on texts containing "oom" after adding an actor, which must be taken back. */
    static final class ExhaustingExtractor implements Extractor {
        @Override
        public void extract(ExtractionContext ctx) {
            ctx.mention(ctx.actor(ActorKind.GROUP, "hoarders"), 0, 1);
            if (ctx.text().contains("oom")) {
                exhaustMemory();
            }
        }
    }

    /** Never returns on texts containing "hang", ignoring interrupts, like a broken plugin. */
    static final class Hanging implements Extractor {
        @Override
        public void extract(ExtractionContext ctx) {
            Actor a = ctx.actor(ActorKind.GROUP, "sleepers");
            ctx.mention(a, 0, 1);
            if (ctx.text().contains("hang")) {
                long spin = 0;
                while (spin >= 0) {
                    spin++;
                    Thread.onSpinWait();
                }
            }
        }
    }

    /** In-memory sources: name -> text; names starting with "missing" fail as a whole. */
    static SourceResolver memory(Map<String, String> texts) {
        return new SourceResolver() {
            @Override
            public boolean accepts(String input) {
                return true;
            }

            @Override
            public void resolve(String input, Sink sink) throws ImportException {
                if (input.startsWith("missing")) {
                    throw new ImportException(input, "no such file or folder");
                }
                String text = texts.get(input);
                sink.source(Source.of(input, text.getBytes(StandardCharsets.UTF_8)));
            }
        };
    }

    static SightlineRegistry.Builder standard() {
        return SightlineRegistry.builder()
                .importer("test.text", "org.sightline.core.tests", "Text", Map.of(), TextImporter::new)
                .extractor("test.actors", "org.sightline.core.tests", "Actors", Map.of("order", "200"), WordActors::new)
                .extractor("test.claims", "org.sightline.core.tests", "Claims", Map.of("order", "300"), SaidClaims::new);
    }
}
