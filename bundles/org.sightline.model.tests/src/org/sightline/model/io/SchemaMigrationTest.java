package org.sightline.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;

/**
 * Files written by an older schema version open, migrated step by step. The files in {@code schema1/}
 * are frozen: the hand-marked sample corpus (model.tests' SampleCorpus of that release) written by the code of release
 * 0.1.0 (commit a2e4452, schema version 1) as XMI, as EMF binary and as "sightline/1" JSON; how they
 * were made is in schema1/README.md. Never regenerate them with newer code.
 */
class SchemaMigrationTest {

    @TempDir
    Path dir;

    /** Copies frozen file {@code name} out of this fragment into the temp folder. */
    private Path frozen(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream("schema1/" + name)) {
            assertTrue(in != null, "frozen file schema1/" + name + " is missing from the test fragment");
            Files.copy(in, target);
        }
        return target;
    }

    private static Corpus json(Path file) throws IOException {
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            return SightlineJson.read(r, file.getFileName().toString());
        }
    }

    @Test
    void theFrozenFilesAreOfVersionOne() throws IOException {
        String xmi = Files.readString(frozen("sample-v1.sightline"), StandardCharsets.UTF_8);
        assertTrue(xmi.contains("xmlns:sightline=\"http://sightline.org/model/1\""), "the model namespace of 0.1.0");
        assertTrue(!xmi.contains("schemaVersion="), "version 1 is the default and was not written");
        assertTrue(Files.readString(frozen("sample-v1.json"), StandardCharsets.UTF_8).startsWith("{\"schema\":\"sightline/1\""));
    }

    @Test
    void aVersionOneWorkspaceOpensMigratedInXmiAndBinary() throws Exception {
        Corpus xmi = WorkspaceStore.load(frozen("sample-v1.sightline"));
        Corpus binary = WorkspaceStore.load(frozen("sample-v1.sightlinebin"));
        for (Corpus c : List.of(xmi, binary)) {
            assertEquals(WorkspaceStore.SCHEMA_VERSION, c.getSchemaVersion(), "migrated on open");
            assertEquals(Diagnostic.OK, Validation.validate(c).getSeverity(), () -> Validation.validate(c).toString());
            assertEquals(List.of(1, 11, 11, 3, 2, 4), List.of(c.getDocuments().size(), c.getActors().size(), c.getClaims().size(),
                    c.getRelations().size(), c.getHypotheses().size(), c.getAssessments().size()));
            // Version 2's features are unset: the analyst's data is as it was.
            assertTrue(c.getClaims().stream().allMatch(cl -> cl.getRule() == null && cl.getContentParts().isEmpty() && !cl.isHidden()));
            assertTrue(c.getDocuments().stream().allMatch(d -> d.getDuplicateOf() == null));
            assertTrue(c.getSavedFilters().isEmpty());
        }
        assertTrue(EcoreUtil.equals(xmi, binary), "the XMI and the binary file of 0.1.0 hold the same corpus");
        assertEquals("the move does not signal a weakening of commitment to allies", xmi.getClaims().get(0).getContent());
    }

    @Test
    void aMigratedWorkspaceIsSavedAsTheCurrentVersionAndReopensUnchanged() throws Exception {
        Corpus migrated = WorkspaceStore.load(frozen("sample-v1.sightline"));
        Path saved = dir.resolve("saved.sightline");
        WorkspaceStore.save(migrated, saved, WorkspaceStore.Format.XMI);
        assertTrue(Files.readString(saved, StandardCharsets.UTF_8).contains("schemaVersion=\"" + WorkspaceStore.SCHEMA_VERSION + "\""));
        Corpus reopened = WorkspaceStore.load(saved);
        assertEquals(WorkspaceStore.SCHEMA_VERSION, reopened.getSchemaVersion());
        assertTrue(EcoreUtil.equals(WorkspaceStore.load(frozen("sample-v1.sightlinebin")), reopened));
    }

    @Test
    void aVersionOneJsonFileReadsIntoTheSameClaims() throws Exception {
        Corpus fromJson = json(frozen("sample-v1.json"));
        Corpus fromXmi = WorkspaceStore.load(frozen("sample-v1.sightline"));
        assertEquals(WorkspaceStore.SCHEMA_VERSION, fromJson.getSchemaVersion());
        assertEquals(fromXmi.getDocuments().get(0).getText(), fromJson.getDocuments().get(0).getText());
        assertEquals(summary(fromXmi), summary(fromJson));
    }

    private static List<String> summary(Corpus c) {
        return c.getClaims().stream().map(SchemaMigrationTest::line).toList();
    }

    private static String line(Claim c) {
        return (c.getSource() == null ? "-" : c.getSource().getName()) + " | " + c.getCue() + " | " + c.getContent() + " | " + c.getType()
                + " | " + c.getModality() + " | " + c.getConfidence() + " | " + c.getContentSpan().getBegin() + "-" + c.getContentSpan().getEnd()
                + " | " + c.getTargets().stream().map(a -> a.getName()).toList();
    }

    /** The frozen files hold the hand-marked sample of today's fixture (see FrozenSample for what may differ). */
    @Test
    void theFrozenCorpusIsTheHandMarkedSampleOfToday() throws Exception {
        FrozenSample.assertHoldsTheSample(WorkspaceStore.load(frozen("sample-v1.sightline")));
    }

    @Test
    void thereIsOneStepPerVersionAndOtherVersionsAreRefused() {
        List<SchemaMigration.Step> steps = SchemaMigration.steps();
        assertEquals(WorkspaceStore.SCHEMA_VERSION - 1, steps.size());
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i + 1, steps.get(i).from());
        }
        Corpus current = Corpora.create("current");
        assertEquals(List.of(), SchemaMigration.migrate(current), "nothing to do at the current version");
        Corpus old = Corpora.create("old");
        old.setSchemaVersion(1);
        assertEquals(steps, SchemaMigration.migrate(old));
        assertEquals(WorkspaceStore.SCHEMA_VERSION, old.getSchemaVersion());
        Corpus newer = Corpora.create("newer");
        newer.setSchemaVersion(WorkspaceStore.SCHEMA_VERSION + 1);
        assertThrows(IllegalArgumentException.class, () -> SchemaMigration.migrate(newer));
    }
}
