package org.sightline.core.tests;

import org.sightline.testing.SharedFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.Contribution;
import org.sightline.core.api.CorpusMerge;
import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.PipelineListener;
import org.sightline.core.api.RunResult;
import org.sightline.core.api.SightlineInfo;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.Source;
import org.sightline.core.api.SourceResolver;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.SightlineJson;
import org.sightline.model.io.Validation;

class PipelineTest {

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();
    static {
        TEXTS.put("one.txt", "Talks\nThe United States said that talks will resume. Pyongyang said that it was ready.\n");
        TEXTS.put("two.txt", "Drills\nUS said that drills go on. North Korea objected.\n");
        TEXTS.put("three.txt", "Quiet\nNothing happened.\n");
    }

    private static RunResult run(SightlineRegistry registry, List<String> inputs, Corpus corpus, int threads, PipelineListener l) {
        return new Pipeline(registry, List.of(TestContributions.memory(TEXTS))).threads(threads).timeout(Duration.ofSeconds(2)).run(inputs, corpus, l);
    }

    @Test
    void oneActorPerReferentAcrossDocumentsWithStableIds() {
        Corpus corpus = Corpora.create("t");
        RunResult r = run(TestContributions.standard().build(), List.of("one.txt", "two.txt", "three.txt"), corpus, 3, PipelineListener.NONE);
        assertTrue(r.allSucceeded());
        assertEquals(List.of("d1", "d2", "d3"), corpus.getDocuments().stream().map(d -> d.getId()).toList());
        assertEquals(List.of("one.txt", "two.txt", "three.txt"), corpus.getDocuments().stream().map(d -> d.getInput()).toList());
        // "United States", "US" (two documents) are one actor; "Pyongyang", "North Korea" another.
        assertEquals(2, corpus.getActors().size());
        Actor us = corpus.getActors().get(0);
        assertEquals("United States", us.getName());
        assertEquals("a1", us.getId());
        assertEquals(List.of("United States", "US"), us.getMentions().stream().map(m -> m.getText()).toList());
        assertEquals(List.of("US"), us.getAliases());
        Actor nk = corpus.getActors().get(1);
        assertEquals(List.of("Pyongyang", "North Korea"), nk.getMentions().stream().map(m -> m.getText()).toList());
        assertEquals(3, corpus.getClaims().size());
        Claim first = corpus.getClaims().get(0);
        assertEquals("c1", first.getId());
        assertEquals(us, first.getSource());
        assertEquals("that talks will resume", first.getContent());
        assertEquals(first.getContent(), Corpora.textOf(first.getContentSpan()));
        assertEquals(nk, corpus.getClaims().get(1).getSource());
        assertEquals(corpus.getDocuments().get(1), corpus.getClaims().get(2).getDocument());
        assertTrue(Validation.validate(corpus).getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR, Validation.validate(corpus).toString());
    }

    @Test
    void theSameInputsGiveTheSameBytesWhateverTheThreads() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            inputs.addAll(TEXTS.keySet());
        }
        Corpus a = Corpora.create("t");
        Corpus b = Corpora.create("t");
        run(TestContributions.standard().build(), inputs, a, 1, PipelineListener.NONE);
        run(TestContributions.standard().build(), inputs, b, 4, PipelineListener.NONE);
        StringWriter ja = new StringWriter();
        StringWriter jb = new StringWriter();
        SightlineJson.write(a, ja);
        SightlineJson.write(b, jb);
        assertEquals(90, a.getDocuments().size());
        assertEquals(ja.toString(), jb.toString());
    }

    @Test
    void aFailedInputIsReportedAndTheOthersStillGoIn() {
        Corpus corpus = Corpora.create("t");
        List<String> reported = new ArrayList<>();
        RunResult r = run(TestContributions.standard().build(), List.of("one.txt", "missing.txt", "two.txt"), corpus, 2, new PipelineListener() {
            @Override
            public void inputFailed(String input, String reason) {
                reported.add(input + ": " + reason);
            }
        });
        assertEquals(List.of("missing.txt: no such file or folder"), reported);
        assertEquals(1, r.failures().size());
        assertEquals(2, corpus.getDocuments().size());
    }

    @Test
    void anExtractorThatThrowsIsSkippedForThatDocumentAndWhatItAddedIsTakenBack() {
        Map<String, String> texts = Map.of("ok.txt", "US said that all is well.\n", "bad.txt", "boom: US said that it broke.\n");
        SightlineRegistry registry = TestContributions.standard()
                .extractor("test.exploding", "org.sightline.core.tests", "Exploding", Map.of("order", "250"), TestContributions.Exploding::new)
                .build();
        List<String> failures = new ArrayList<>();
        Corpus corpus = Corpora.create("t");
        RunResult r = new Pipeline(registry, List.of(TestContributions.memory(texts))).threads(2).run(List.of("ok.txt", "bad.txt"), corpus, new PipelineListener() {
            @Override
            public void contributionFailed(Contribution c, String input, String reason, Throwable error) {
                failures.add(c.id() + " on " + input + ": " + reason);
            }
        });
        assertTrue(r.allSucceeded(), "both inputs analysed");
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("test.exploding on bad.txt: failed: an internal error (IllegalStateException: boom"), failures.get(0));
        // On bad.txt the later claims extractor still ran; the exploding one's actor and claim are gone.
        Actor bystanders = corpus.getActors().stream().filter(a -> a.getName().equals("bystanders")).findFirst().orElseThrow();
        assertEquals(1, bystanders.getMentions().size(), "only the mention from ok.txt");
        assertEquals(corpus.getDocuments().get(0), bystanders.getMentions().get(0).getDocument());
        assertEquals(List.of("half-made", "that all is well", "that it broke"),
                corpus.getClaims().stream().map(Claim::getContent).sorted().toList());
    }

    /**
     * Issue 17's out-of-memory fault: a reader or an extractor runs out of memory on one document. The reader's failure
     * is a warning and the next importer that accepts the input reads it (huge.oom, as text); with none left the input
     * fails alone, in words (huge.bin); the extractor's failure is a warning for that document alone (grows.txt).
     */
    @Test
    void runningOutOfMemoryOnOneDocumentFailsItAloneInWords() {
        Map<String, String> texts = Map.of("ok.txt", "US said that all is well.\n", "huge.oom", "US said that it is huge.\n",
                "huge.bin", "US said that it is binary.\n", "grows.txt", "oom: US said that it grew.\n");
        SightlineRegistry registry = TestContributions.standard()
                .importer("test.exhausting-reader", "org.sightline.core.tests", "Exhausting", Map.of(), TestContributions.ExhaustingImporter::new)
                .extractor("test.exhausting", "org.sightline.core.tests", "Exhausting", Map.of("order", "250"), TestContributions.ExhaustingExtractor::new)
                .build();
        List<String> reported = new ArrayList<>();
        Corpus corpus = Corpora.create("t");
        RunResult r = new Pipeline(registry, List.of(TestContributions.memory(texts))).threads(2)
                .run(List.of("ok.txt", "huge.oom", "huge.bin", "grows.txt"), corpus, new PipelineListener() {
                    @Override
                    public void inputFailed(String input, String reason) {
                        reported.add(input + ": " + reason);
                    }

                    @Override
                    public void contributionFailed(Contribution c, String input, String reason, Throwable error) {
                        reported.add(c.id() + " on " + input + ": " + reason);
                    }
                });
        String words = "failed: not enough memory (raise it with SIGHTLINE_VMARGS=-Xmx...)";
        assertEquals(List.of("huge.bin: every importer that accepts it failed (see the warnings above)",
                "test.exhausting on grows.txt: " + words, "test.exhausting-reader on huge.bin: " + words,
                "test.exhausting-reader on huge.oom: " + words), reported.stream().sorted().toList());
        assertEquals(1, r.failures().size());
        assertEquals(List.of("grows.txt", "huge.oom", "ok.txt"), corpus.getDocuments().stream().map(Document::getInput).sorted().toList());
        assertEquals("test.text", corpus.getDocuments().stream().filter(d -> d.getInput().equals("huge.oom")).findFirst().orElseThrow().getImporterId());
        // The other extractors still ran on every document; what the exhausted one added to grows.txt is taken back.
        assertEquals(List.of("that all is well", "that it grew", "that it is huge"), corpus.getClaims().stream().map(Claim::getContent).sorted().toList());
        Actor hoarders = corpus.getActors().stream().filter(a -> a.getName().equals("hoarders")).findFirst().orElseThrow();
        assertEquals(List.of("huge.oom", "ok.txt"), hoarders.getMentions().stream().map(m -> m.getDocument().getInput()).sorted().toList());
    }

    @Test
    void anExtractorThatHangsIsStoppedAtTheLimitAndTheRunFinishes() {
        Map<String, String> texts = Map.of("a.txt", "US said that a.\n", "b.txt", "hang here. US said that b.\n", "c.txt", "US said that c.\n");
        SightlineRegistry registry = TestContributions.standard()
                .extractor("test.hanging", "org.sightline.core.tests", "Hanging", Map.of("order", "250"), TestContributions.Hanging::new)
                .build();
        List<String> failures = new ArrayList<>();
        Corpus corpus = Corpora.create("t");
        RunResult r = new Pipeline(registry, List.of(TestContributions.memory(texts))).threads(1).timeout(Duration.ofMillis(500))
                .run(List.of("a.txt", "b.txt", "c.txt"), corpus, new PipelineListener() {
                    @Override
                    public void contributionFailed(Contribution c, String input, String reason, Throwable error) {
                        failures.add(c.id() + " on " + input + ": " + reason);
                    }
                });
        assertTrue(r.allSucceeded());
        assertEquals(List.of("test.hanging on b.txt: took longer than 0.5 s and was stopped"), failures);
        assertEquals(3, corpus.getClaims().size(), "the claims extractor ran on every document");
        Actor sleepers = corpus.getActors().stream().filter(a -> a.getName().equals("sleepers")).findFirst().orElseThrow();
        assertEquals(2, sleepers.getMentions().size(), "a.txt and c.txt; b.txt's mention was taken back");
    }

    @Test
    void aDocumentWhoseStepRanOutOfTimeForStepsThatNeedItFailsInWordsNotSilently() {
        // As a 4.9-million-character text whose NLP ran past the limit: the steps needing it cannot run.
        Map<String, String> texts = Map.of("a.txt", "US said that a.\n", "b.txt", "hang here. US said that b.\n", "c.txt", "US said that c.\n");
        List<String> ranOn = java.util.Collections.synchronizedList(new ArrayList<>());
        SightlineRegistry registry = TestContributions.standard()
                .extractor("test.hanging", "org.sightline.core.tests", "Hanging", Map.of("order", "250", "provides", "facts"), TestContributions.Hanging::new)
                .extractor("test.needy", "org.sightline.core.tests", "Needy", Map.of("order", "260", "requires", "facts"),
                        () -> ctx -> ranOn.add(ctx.document().getInput()))
                .build();
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Corpus corpus = Corpora.create("t");
        RunResult r = new Pipeline(registry, List.of(TestContributions.memory(texts))).threads(1).timeout(Duration.ofMillis(500))
                .run(List.of("a.txt", "b.txt", "c.txt"), corpus, new PipelineListener() {
                    @Override
                    public void contributionFailed(Contribution c, String input, String reason, Throwable error) {
                        warnings.add(c.id() + " on " + input + ": " + reason);
                    }

                    @Override
                    public void inputFailed(String input, String reason) {
                        errors.add(input + ": " + reason);
                    }
                });
        assertEquals(List.of("test.hanging on b.txt: took longer than 0.5 s and was stopped",
                "test.needy on b.txt: not run: it needs facts, which an earlier step failed to give"), warnings);
        assertEquals(List.of("b.txt: not analysed: extractor test.hanging took longer than 0.5 s and was stopped, so test.needy could not run"), errors);
        assertFalse(r.allSucceeded(), "the run says an input failed");
        assertEquals(List.of("a.txt", "c.txt"), corpus.getDocuments().stream().map(Document::getInput).toList());
        assertEquals(List.of("a.txt", "c.txt"), ranOn);
    }

    @Test
    void importersAreChosenByScoreAndAnUnreadableSourceIsAnError() {
        Map<String, String> texts = Map.of("x.bin", "US said that binary.\n", "y.txt", "US said that text.\n");
        Corpus corpus = Corpora.create("t");
        List<String> reported = new ArrayList<>();
        new Pipeline(TestContributions.standard().build(), List.of(TestContributions.memory(texts))).run(List.of("x.bin", "y.txt"), corpus, new PipelineListener() {
            @Override
            public void inputFailed(String input, String reason) {
                reported.add(input + ": " + reason);
            }
        });
        assertEquals(List.of("x.bin: is in no format Sightline reads (no importer accepts it)"), reported);
        assertEquals("test.text", corpus.getDocuments().get(0).getImporterId());
    }

    @Test
    void reanalysisReplacesExtractedClaimsButKeepsTheAnalystsWork() {
        Corpus corpus = Corpora.create("t");
        run(TestContributions.standard().build(), List.of("one.txt"), corpus, 1, PipelineListener.NONE);
        Claim confirmed = corpus.getClaims().get(0);
        confirmed.setStatus(org.sightline.model.ReviewStatus.CONFIRMED);
        new Pipeline(TestContributions.standard().build(), List.of()).reanalyze(List.of(corpus.getDocuments().get(0)), corpus, PipelineListener.NONE);
        // The confirmed claim stays; the extracted one is replaced; the confirmed one is found again too.
        assertEquals(3, corpus.getClaims().size());
        assertTrue(corpus.getClaims().contains(confirmed));
        assertEquals(1, corpus.getDocuments().size());
    }

    @Test
    void aBatchResultMergesIntoAnExistingWorkspaceCorpus() {
        Corpus workspace = Corpora.create("ws");
        run(TestContributions.standard().build(), List.of("one.txt"), workspace, 1, PipelineListener.NONE);
        Corpus batch = Corpora.create("batch");
        run(TestContributions.standard().build(), List.of("two.txt"), batch, 1, PipelineListener.NONE);
        CorpusMerge.copyInto(batch, workspace);
        assertEquals(2, workspace.getDocuments().size());
        assertEquals("d2", workspace.getDocuments().get(1).getId());
        assertEquals(2, workspace.getActors().size(), "US and North Korea are the same actors as before");
        assertEquals(2, workspace.getActors().get(0).getMentions().size(), "one mention of the US in each document");
        assertEquals(1, batch.getDocuments().size(), "the source corpus is unchanged");
    }

    @Test
    void theBundledSampleIsTheSharedSampleArticle() throws Exception {
        String text = SightlineInfo.sampleText();
        assertTrue(text.startsWith("Pentagon to Reduce Its Role in Deterrence of North Korea\n"));
        java.nio.file.Path file = SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE);
        assertEquals(java.nio.file.Files.readString(file), text, "the resource the product ships is the repository's sample file");
    }

    @Test
    void theRepositorysSampleIsTheSharedFoldersCopyWhereThereIsOne() throws Exception {
        java.nio.file.Path outside = SharedFiles.shared().map(s -> s.resolve(SharedFiles.SAMPLE_ARTICLE))
                .filter(java.nio.file.Files::exists).orElse(null);
        if (outside == null) {
            System.out.println("SKIPPED PipelineTest.theRepositorysSampleIsTheSharedFoldersCopyWhereThereIsOne: no shared folder beside the repository");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "no shared folder beside the repository");
        assertEquals(java.nio.file.Files.readString(outside), SightlineInfo.sampleText(), "../shared/samples and the bundled sample are one text");
    }

    /**
     * With two threads a second thread creates the extractors ahead of need (their models load while
     * the worker imports): each step is still created once per worker that runs it, never twice for
     * one, and every document gets it.
     */
    @Test
    void extractorsMadeAheadOfNeedAreMadeOncePerWorker() {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        SightlineRegistry registry = TestContributions.standard()
                .extractor("test.counted", "org.sightline.core.tests", "Counted", Map.of("order", "400"), () -> {
                    made.incrementAndGet();
                    return ctx -> ctx.claims().forEach(c -> c.getTopics().add("counted"));
                })
                .build();
        Corpus one = Corpora.create("t");
        assertTrue(run(registry, List.of("one.txt"), one, 2, PipelineListener.NONE).allSucceeded());
        assertEquals(1, made.get(), "one document, one worker: one instance");
        assertTrue(one.getClaims().stream().allMatch(c -> c.getTopics().equals(List.of("counted"))));

        made.set(0);
        Corpus many = Corpora.create("t");
        assertTrue(run(registry, List.of("one.txt", "two.txt", "three.txt", "one.txt", "two.txt"), many, 2, PipelineListener.NONE).allSucceeded());
        assertTrue(made.get() >= 1 && made.get() <= 2, "at most one instance per worker, made " + made.get());
        assertEquals(6, many.getClaims().size());
        assertTrue(many.getClaims().stream().allMatch(c -> c.getTopics().equals(List.of("counted"))));
    }

    /**
     * Each instance is prepared once, with the run's registry, before its first document, whichever
     * thread made it; a failed preparation fails the step as a failed creation does.
     */
    @Test
    void anExtractorIsPreparedOnceWithTheRunsRegistryBeforeItsFirstDocument() {
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        SightlineRegistry[] registry = new SightlineRegistry[1];
        registry[0] = TestContributions.standard()
                .extractor("test.prepared", "org.sightline.core.tests", "Prepared", Map.of("order", "400"), () -> new Extractor() {
                    private boolean prepared;

                    @Override
                    public void prepare(SightlineRegistry r) {
                        events.add(r == registry[0] ? "prepared" : "prepared with another registry");
                        prepared = true;
                    }

                    @Override
                    public void extract(ExtractionContext ctx) {
                        events.add(prepared ? "extract" : "extract unprepared");
                    }
                })
                .build();
        for (int threads : new int[] {1, 2}) {
            events.clear();
            assertTrue(run(registry[0], List.of("one.txt", "two.txt"), Corpora.create("t"), threads, PipelineListener.NONE).allSucceeded());
            long prepared = events.stream().filter(e -> e.startsWith("prepared")).count();
            assertTrue(prepared >= 1 && prepared <= threads, threads + " thread(s): " + events);
            assertEquals(List.of("extract", "extract"), events.stream().filter(e -> e.startsWith("extract")).toList(), threads + " thread(s)");
            assertTrue(events.stream().noneMatch(e -> e.contains("another")), threads + " thread(s): " + events);
        }

        SightlineRegistry broken = TestContributions.standard()
                .extractor("test.unprepared", "org.sightline.core.tests", "Unprepared", Map.of("order", "400"), () -> new Extractor() {
                    @Override
                    public void prepare(SightlineRegistry r) {
                        throw new IllegalStateException("its gazetteer is missing");
                    }

                    @Override
                    public void extract(ExtractionContext ctx) {
                        throw new AssertionError("never called when preparing failed");
                    }
                })
                .build();
        for (int threads : new int[] {1, 2}) {
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            RunResult r = run(broken, List.of("one.txt"), Corpora.create("t"), threads, new PipelineListener() {
                @Override
                public void contributionFailed(Contribution c, String input, String reason, Throwable error) {
                    failures.add(c.id() + " on " + input + ": " + reason);
                }
            });
            assertTrue(r.allSucceeded(), "the input still goes in");
            assertEquals(List.of("test.unprepared on one.txt: cannot be created: an internal error (IllegalStateException: its gazetteer is missing)"),
                    failures, threads + " thread(s)");
        }
    }

    /** An extractor that cannot be created fails each document it should have run on, as when the worker made it. */
    @Test
    void anExtractorThatCannotBeCreatedFailsInWordsWhicheverThreadMadeIt() {
        SightlineRegistry registry = TestContributions.standard()
                .extractor("test.unmakeable", "org.sightline.core.tests", "Unmakeable", Map.of("order", "400"), () -> {
                    throw new IllegalStateException("its dictionary is missing");
                })
                .build();
        for (int threads : new int[] {1, 2}) {
            List<String> failures = new ArrayList<>();
            Corpus corpus = Corpora.create("t");
            RunResult r = run(registry, List.of("one.txt", "two.txt"), corpus, threads, new PipelineListener() {
                @Override
                public void contributionFailed(Contribution c, String input, String reason, Throwable error) {
                    synchronized (failures) {
                        failures.add(c.id() + " on " + input + ": " + reason);
                    }
                }
            });
            assertTrue(r.allSucceeded(), "the inputs still go in");
            assertEquals(2, corpus.getDocuments().size());
            assertEquals(List.of("test.unmakeable on one.txt: cannot be created: an internal error (IllegalStateException: its dictionary is missing)",
                    "test.unmakeable on two.txt: cannot be created: an internal error (IllegalStateException: its dictionary is missing)"),
                    failures.stream().sorted().toList(), threads + " thread(s)");
        }
    }

    @Test
    void aWarningOfAnExtractorReachesTheListenerAndTheExtractorsWorkIsKept() {
        SightlineRegistry registry = TestContributions.standard()
                .extractor("test.warning", "org.sightline.core.tests", "Warning", Map.of("order", "400"), () -> ctx -> {
                    ctx.warn("dictionary x could not be read");
                    ctx.claims().get(0).getTopics().add("checked");
                })
                .build();
        List<String> warnings = new ArrayList<>();
        Corpus corpus = Corpora.create("t");
        RunResult r = run(registry, List.of("one.txt"), corpus, 1, new PipelineListener() {
            @Override
            public void contributionWarning(Contribution c, String input, String message) {
                warnings.add(c.id() + " on " + input + ": " + message);
            }
        });
        assertTrue(r.allSucceeded());
        assertEquals(List.of("test.warning on one.txt: dictionary x could not be read"), warnings);
        assertEquals(List.of("checked"), corpus.getClaims().get(0).getTopics());
    }

    @Test
    void aDocumentLongerThanTheTextBoundFailsAloneBeforeAnyAnalysis() {
        Map<String, String> texts = Map.of("short.txt", "US said that all is well.\n", "long.txt", "US said that it broke. ".repeat(10));
        List<String> failures = new ArrayList<>();
        Corpus corpus = Corpora.create("t");
        RunResult r = new Pipeline(TestContributions.standard().build(), List.of(TestContributions.memory(texts))).maxTextChars(100)
                .run(List.of("long.txt", "short.txt"), corpus, new PipelineListener() {
                    @Override
                    public void inputFailed(String input, String reason) {
                        failures.add(input + ": " + reason);
                    }
                });
        assertEquals(List.of("long.txt: its text has 230 characters, more than the 100 a document may have; split it into smaller files"), failures);
        assertEquals(List.of("short.txt"), corpus.getDocuments().stream().map(d -> d.getInput()).toList());
        assertEquals(2, r.attempted());
    }

    @Test
    void theListenerHearsWhatTheRunWaitsFor() {
        SourceResolver slow = new SourceResolver() {
            @Override
            public boolean accepts(String input) {
                return true;
            }

            @Override
            public void resolve(String input, Sink sink) {
                sink.source(new Source() {
                    @Override
                    public String name() {
                        return input;
                    }

                    @Override
                    public byte[] bytes() {
                        try {
                            Thread.sleep(6_000); // a slow download
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "US said that all is well.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                });
            }
        };
        List<String> heard = new ArrayList<>();
        new Pipeline(TestContributions.standard().build(), List.of(slow)).run(List.of("https://slow.example/a"), Corpora.create("t"), new PipelineListener() {
            @Override
            public void waiting(String input, long seconds) {
                heard.add(input + " " + seconds);
            }
        });
        // Every 5 s while it waits (more than once when a loaded machine makes the rest slow too).
        assertEquals("https://slow.example/a 5", heard.get(0), heard.toString());
    }
}
