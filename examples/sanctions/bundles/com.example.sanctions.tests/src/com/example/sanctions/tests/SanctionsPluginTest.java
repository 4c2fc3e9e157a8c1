package com.example.sanctions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.FileSources;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.Importer;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.PipelineListener;
import org.sightline.core.api.RunResult;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.Source;
import org.sightline.core.registry.api.ExtensionRegistryReader;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.io.Corpora;

import com.example.sanctions.api.Sanctions;

/**
 * The plugin inside the real Sightline pipeline: its contributions come from the extension
 * registry beside Sightline's own, exactly as in the product.
 */
class SanctionsPluginTest {

    private static final String BRIEFING = "sanctions-briefing.md";

    private static SightlineRegistry registry;
    private static Corpus corpus;
    private static RunResult result;

    @BeforeAll
    static void analyseTheSampleBriefing() {
        registry = ExtensionRegistryReader.read(RegistryFactory.getRegistry());
        corpus = Corpora.create("test");
        List<String> problems = new ArrayList<>();
        result = new Pipeline(registry, List.of(new FileSources())).threads(1).run(List.of(sample(BRIEFING).toString()), corpus,
                new PipelineListener() {
                    @Override
                    public void contributionFailed(org.sightline.core.api.Contribution c, String input, String reason, Throwable error) {
                        problems.add(c.id() + ": " + reason);
                    }
                });
        assertEquals(List.of(), problems, "no contribution may fail on the sample");
    }

    static Path sample(String name) {
        String dir = System.getProperty("sanctions.samples");
        Path p = dir != null ? Path.of(dir, name) : Path.of("samples", name);
        assertTrue(Files.isRegularFile(p), "sample " + p + " (set -Dsanctions.samples=<examples/sanctions/samples>)");
        return p;
    }

    @Test
    void theContributionsAreRegisteredBesideSightlines() {
        assertTrue(registry.importers().stream().anyMatch(r -> r.id().equals("com.example.sanctions.markdown")));
        assertTrue(registry.extractors().stream().anyMatch(r -> r.id().equals("com.example.sanctions.tagger")));
        assertTrue(registry.exporter("sanctions-csv").isPresent());
        // Order 400: after Sightline's claim extractor, whose claims it tags.
        List<String> order = registry.extractors().stream().map(r -> r.id()).toList();
        assertTrue(order.indexOf("org.sightline.extract.claims") < order.indexOf("com.example.sanctions.tagger"), order.toString());
    }

    @Test
    void theMarkdownImporterReadsTheBriefingWithItsTitleAndDate() throws Exception {
        assertTrue(result.allSucceeded(), result.failures().toString());
        Document d = corpus.getDocuments().get(0);
        assertEquals("com.example.sanctions.markdown", d.getImporterId());
        assertEquals("New measures against North Korea's weapons programme", d.getTitle());
        assertEquals(LocalDate.of(2026, 11, 20), d.getPublished());
        // The text is the file's, so offsets line up with the file.
        assertEquals(Files.readString(sample(BRIEFING), StandardCharsets.UTF_8), d.getText());
    }

    @Test
    void claimsNamingASanctionsMeasureAreTaggedAndTheOthersNot() {
        List<Claim> tagged = Sanctions.claims(corpus);
        assertFalse(tagged.isEmpty(), "the briefing has claims about sanctions, an asset freeze and export controls");
        for (Claim c : corpus.getClaims()) {
            assertEquals(Sanctions.mentionsMeasure(c.getContent()), Sanctions.isTagged(c), c.getContent());
        }
        assertTrue(tagged.stream().anyMatch(c -> c.getContent().contains("impose new sanctions")), tagged.toString());
        assertTrue(corpus.getClaims().stream().noneMatch(c -> Sanctions.isTagged(c) && c.getContent().contains("talks")));
    }

    @Test
    void theGazetteerFileNamesTheSanctionsAuthority() {
        assertTrue(registry.gazetteers().stream().anyMatch(r -> r.id().equals("com.example.sanctions.authorities")));
        Actor ofac = corpus.getActors().stream().filter(a -> "USA.GOV.OFAC".equals(a.getCode())).findFirst().orElseThrow(
                () -> new AssertionError("no actor with the gazetteer's code USA.GOV.OFAC among " + corpus.getActors()));
        assertEquals("Office of Foreign Assets Control", ofac.getName());
        assertEquals("USA", ofac.getPartOf().getCode(), "part of the United States, as the gazetteer says");
        assertTrue(corpus.getClaims().stream().anyMatch(c -> c.getSource() == ofac), "OFAC's own statement is attributed to it");
    }

    @Test
    void theExporterWritesOneCsvRowPerSanctionsClaim() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportTarget target = ExportTarget.stream(out)) {
            registry.exporter("sanctions-csv").orElseThrow().create().export(corpus, target);
            target.commit();
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("claim,document,source,cue,type,modality,content,targets", lines.get(0));
        assertEquals(Sanctions.claims(corpus).size() + 1, lines.size(), csv);
        assertTrue(csv.endsWith("\r\n"), "RFC 4180 line ends");
        for (Claim c : Sanctions.claims(corpus)) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(c.getId() + ",")), c.getId() + " in\n" + csv);
        }
    }

    @Test
    void badBriefingsAreErrorsNamingTheInput() {
        Importer markdown = registry.importers().stream().filter(r -> r.id().equals("com.example.sanctions.markdown")).findFirst().orElseThrow().create();
        Source latin1 = Source.of("notes/latin1.md", "# Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        ImportException e = assertThrows(ImportException.class, () -> markdown.read(latin1));
        assertEquals("notes/latin1.md: is not UTF-8 text (Markdown briefings must be UTF-8)", e.getMessage());
        Source badDate = Source.of("notes/dated.md", "---\ndate: 20 Nov\n---\n# Title\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("notes/dated.md: front matter has date '20 Nov', not a YYYY-MM-DD date",
                assertThrows(ImportException.class, () -> markdown.read(badDate)).getMessage());
        assertEquals(0, markdown.score(Source.of("report.txt", new byte[] {'a'}), new byte[] {'a'}), "only .md and .markdown");
    }
}
