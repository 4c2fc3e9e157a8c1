package org.sightline.ui.analysis.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sightline.core.api.FileSources;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.PipelineListener;
import org.sightline.core.api.RunResult;
import org.sightline.core.api.SightlineInfo;
import org.sightline.core.registry.api.LiveRegistry;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.io.Corpora;
import org.sightline.testing.Re3dReleases;


/**
 * Real corpora for the view tests, made by the installed pipeline (the product's importers and
 * extractors, found in the extension registry) from real text:
 * <ul>
 * <li>{@link #sample()}: the sample article alone (no publication date: the plain-text file has none);
 * <li>{@link #pressReleases()}: the sample, the first six dated State Department releases of
 * shared/data/re3d (dated from the year/month in their URL), and a short follow-up written for these
 * tests that restates and contradicts claims of the sample, so the claim relations have something to
 * propose.
 * </ul>
 * Each corpus is extracted once per test run; every call returns a fresh copy, so a test's edits
 * never leak into another test.
 */
final class TestCorpora {

    /** Written for these tests: restates the sample's reassurance, then contradicts it. */
    static final String FOLLOW_UP = """
            Allies Question US Commitment After Pentagon Shift

            Seoul, Dec. 2 - US officials insisted that the move does not signal a weakening of commitment to allies.
            South Korean lawmakers said the reduced Pentagon role signals a weakening of the US commitment to allies.
            Japan reiterated its commitment to regional stability.
            Analysts warned that the shift could increase the risk of miscalculation by North Korea.
            """;
    static final LocalDate FOLLOW_UP_DATE = LocalDate.of(2016, 12, 2);

    private static Corpus sample;
    private static Corpus pressReleases;

    private TestCorpora() {
    }

    static synchronized Corpus sample() {
        if (sample == null) {
            sample = extract("sample", List.of(new Input(SightlineInfo.SAMPLE_NAME, SightlineInfo.sampleText(), null)));
        }
        return EcoreUtil.copy(sample);
    }

    static synchronized Corpus pressReleases() {
        if (pressReleases == null) {
            List<Input> inputs = new ArrayList<>();
            inputs.add(new Input(SightlineInfo.SAMPLE_NAME, SightlineInfo.sampleText(), null));
            inputs.addAll(stateDepartment(6));
            inputs.add(new Input("follow-up.txt", FOLLOW_UP, FOLLOW_UP_DATE));
            pressReleases = extract("press-releases", inputs);
        }
        return EcoreUtil.copy(pressReleases);
    }

    record Input(String fileName, String text, LocalDate published) {
    }

    /** The first {@code n} releases whose URL carries /yyyy/mm/, dated the (3i+1)th of that month. */
    static List<Input> stateDepartment(int n) {
        List<Input> out = new ArrayList<>();
        for (Re3dReleases.Release r : Re3dReleases.read(Re3dReleases.STATE_DEPARTMENT)) {
            if (out.size() < n && r.month().isPresent()) {
                out.add(new Input("state-" + (out.size() + 1) + ".txt", r.fileText(), r.month().get().atDay(1 + 3 * out.size())));
            }
        }
        return out;
    }

    /** Writes the inputs to a temporary folder and runs the installed pipeline on them. */
    static Corpus extract(String name, List<Input> inputs) {
        try {
            Path folder = Files.createTempDirectory("sightline-views-" + name);
            List<String> paths = new ArrayList<>();
            Map<String, LocalDate> dates = new HashMap<>();
            for (Input in : inputs) {
                Path f = folder.resolve(in.fileName());
                Files.writeString(f, in.text(), StandardCharsets.UTF_8);
                paths.add(f.toString());
                dates.put(f.toString(), in.published());
            }
            Corpus corpus = Corpora.create(name);
            try (LiveRegistry registry = new LiveRegistry(RegistryFactory.getRegistry())) {
                RunResult r = new Pipeline(registry.current(), List.of(new FileSources())).run(paths, corpus, PipelineListener.NONE);
                if (!r.allSucceeded()) {
                    throw new IllegalStateException("the pipeline failed on the test inputs: " + r.failures() + r.contributionFailures());
                }
            }
            for (Document d : corpus.getDocuments()) {
                if (dates.get(d.getInput()) != null) {
                    d.setPublished(dates.get(d.getInput()));
                }
            }
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
