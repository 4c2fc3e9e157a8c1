package org.sightline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.sightline.core.api.Contribution;
import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.FileSources;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.PipelineListener;
import org.sightline.core.api.RunResult;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.SourceResolver;
import org.sightline.core.registry.api.ExtensionRegistryReader;
import org.sightline.importer.web.api.Limits;
import org.sightline.importer.web.api.UrlSources;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.io.Corpora;

/**
 * The pipeline as {@code sightline analyze} builds it: the contributions the installed bundles declare in the Eclipse
 * extension registry, {@link UrlSources} and {@link FileSources}. Only the URL limits are shorter, so that a test of a
 * server that never answers ends in seconds.
 */
final class RealPipeline {

    /** Short network limits for the local test servers; sizes as in the product. */
    static final Limits QUICK_NETWORK = Limits.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

    private RealPipeline() {
    }

    /** The Sightline contributions of the running OSGi framework. */
    static SightlineRegistry registry() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        assertNotNull(registry, "no Eclipse extension registry: these tests need OSGi (run them with tycho-surefire)");
        return ExtensionRegistryReader.read(registry);
    }

    /** What one run gave: the corpus, the result, and the listener's lines as the CLI would print them. */
    record Run(Corpus corpus, RunResult result, List<String> errors, List<String> warnings) {

        /** The documents, in corpus order. */
        List<Document> documents() {
            return corpus.getDocuments();
        }

        /** The reason given for {@code input}; fails when that input did not fail. */
        String reasonFor(Object input) {
            String name = input.toString();
            return result.failures().stream().filter(f -> f.input().equals(name)).map(RunResult.Failure::reason).findFirst()
                    .orElseThrow(() -> new AssertionError("no failure reported for " + name + "; failures: " + errors));
        }

        /** Documents by input, for inputs that gave documents. */
        Map<String, List<Document>> documentsByInput() {
            return documents().stream().collect(Collectors.groupingBy(Document::getInput, java.util.LinkedHashMap::new, Collectors.toList()));
        }
    }

    /** Runs the real pipeline on {@code inputs} (paths or URLs) into a new corpus. */
    static Run run(Object... inputs) {
        return run(2, inputs);
    }

    static Run run(int threads, Object... inputs) {
        SightlineRegistry registry = registry();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        PipelineListener listener = new PipelineListener() {
            @Override
            public void inputFailed(String input, String reason) {
                errors.add(input + ": " + reason);
            }

            @Override
            public void contributionFailed(Contribution contribution, String input, String reason, Throwable error) {
                warnings.add(input + ": " + contribution.id() + " " + reason);
            }
        };
        Corpus corpus = Corpora.create("pipeline test");
        List<String> names = java.util.Arrays.stream(inputs).map(Object::toString).toList();
        RunResult result = pipeline(registry, threads).run(names, corpus, listener);
        return new Run(corpus, result, errors, warnings);
    }

    /** The pipeline over {@code registry} with the real sources, on {@code threads} threads. */
    static Pipeline pipeline(SightlineRegistry registry, int threads) {
        List<SourceResolver> resolvers = List.of(new UrlSources(QUICK_NETWORK), new FileSources());
        return new Pipeline(registry, resolvers).threads(threads);
    }

    /** What the registered exporter for {@code format} writes for {@code corpus} on standard output. */
    static byte[] export(String format, Corpus corpus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportTarget target = ExportTarget.stream(out)) {
            SightlineRegistry registry = registry();
            // As the CLI calls it: with the registry, so that per-document notes (languages) are written.
            registry.exporter(format).orElseThrow(() -> new AssertionError("no exporter for " + format)).create().export(corpus, target, registry);
            target.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
