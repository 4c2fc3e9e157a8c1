package org.sightline.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.ReviewStatus;
import org.sightline.model.internal.SightlineResource;
import org.sightline.model.io.WorkspaceStore.Format;
import org.sightline.testing.SampleArticle;

/** Saving and loading *.sightline files: round trips, atomic save with backup, crash midway, refused files. */
class WorkspaceStoreTest {

    @TempDir
    Path dir;

    @AfterEach
    void removeHook() {
        WorkspaceStore.outputDecorator = java.util.function.UnaryOperator.identity();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void roundTripKeepsEverythingAndReferences(Format format) throws IOException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        sample.article.setPublished(LocalDate.of(2026, 11, 26)); // the text file has no date; the store must keep one
        Path file = dir.resolve("sample.sightline");
        WorkspaceStore.save(sample.corpus, file, format);
        assertEquals(format, WorkspaceStore.detectFormat(file));

        Corpus loaded = WorkspaceStore.load(file);
        assertTrue(EcoreUtil.equals(sample.corpus, loaded), "loaded corpus differs from the saved one");
        Claim warn = Corpora.byId(loaded, sample.analystsWarn.getId(), Claim.class);
        assertNotNull(warn);
        assertSame(Corpora.byId(loaded, sample.analysts.getId(), org.sightline.model.Actor.class), warn.getSource());
        assertEquals(sample.analystsWarn.getContent(), Corpora.textOf(warn.getContentSpan()));
        assertEquals(LocalDate.of(2026, 11, 26), loaded.getDocuments().get(0).getPublished());
        assertEquals(sample.article.getImportTime(), loaded.getDocuments().get(0).getImportTime());
        assertEquals(Diagnostic.OK, Validation.validate(loaded).getSeverity(), () -> Validation.problems(Validation.validate(loaded)).toString());
    }

    /**
     * The id index built ahead on another thread (as the workbench does after an open) holds every object by its id, and
     * takes objects added afterwards.
     */
    @ParameterizedTest
    @EnumSource(Format.class)
    void theIdIndexBuiltAheadOnAnotherThreadHoldsEveryObject(Format format) throws Exception {
        SampleArticle sample = new SampleArticle().withAnalysis();
        Path file = dir.resolve("sample.sightline");
        WorkspaceStore.save(sample.corpus, file, format);
        Corpus loaded = WorkspaceStore.load(file);
        Thread ahead = new Thread(() -> Corpora.indexIds(loaded));
        ahead.start();
        ahead.join();
        java.util.Map<String, org.eclipse.emf.ecore.EObject> index = ((org.eclipse.emf.ecore.resource.impl.ResourceImpl) loaded.eResource())
                .getIntrinsicIDToEObjectMap();
        int n = 0;
        for (var it = loaded.eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.sightline.model.Identified o && o.getId() != null) {
                assertSame(o, index.get(o.getId()), o.getId());
                n++;
            }
        }
        assertEquals(n, index.size(), "nothing else");
        Claim added = org.sightline.model.SightlineFactory.eINSTANCE.createClaim();
        added.setId("c-added");
        loaded.getClaims().add(added);
        assertSame(added, Corpora.byId(loaded, "c-added", Claim.class));
    }

    @Test
    void xmiIsUtf8WithIdsAsReferences() throws IOException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        Path file = dir.resolve("sample.sightline");
        WorkspaceStore.save(sample.corpus, file, Format.XMI);
        String xml = Files.readString(file, StandardCharsets.UTF_8); // throws on malformed UTF-8
        assertTrue(xml.startsWith("<?xml version=\"1.1\" encoding=\"UTF-8\"?>"), xml.substring(0, 60));
        assertTrue(xml.contains("xmlns:sightline=\"http://sightline.org/model/1\""));
        assertTrue(xml.contains("South Korea\u2019s defense ministry"), "non-ASCII text stored as UTF-8, not escaped");
        assertTrue(xml.contains("source=\"" + sample.usOfficials.getId() + "\""), "references are the targets' ids");
    }

    @Test
    void controlCharactersSurviveXmi() throws IOException {
        Corpus corpus = new CorpusBuilder("c").corpus();
        new CorpusBuilder(corpus).document("x.txt", "Form\ffeed", "a\u0001b\u000Cc\td\r\ne\u2028f\u0085g \uD83D\uDE00");
        Path file = dir.resolve("ctl.sightline");
        WorkspaceStore.save(corpus, file, Format.XMI);
        assertEquals(corpus.getDocuments().get(0).getText().chars().boxed().toList(),
                WorkspaceStore.load(file).getDocuments().get(0).getText().chars().boxed().toList());
    }

    @Test
    void formatFollowsTheFileName() {
        assertEquals(Format.XMI, WorkspaceStore.formatFor(Path.of("a.xmi")));
        assertEquals(Format.BINARY, WorkspaceStore.formatFor(Path.of("a.sightlinebin")));
        assertEquals(WorkspaceStore.DEFAULT_FORMAT, WorkspaceStore.formatFor(Path.of("a.sightline")));
    }

    @Test
    void secondSaveKeepsTheFirstAsBackup() throws IOException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        Path file = dir.resolve("w.sightline");
        WorkspaceStore.save(sample.corpus, file);
        byte[] first = Files.readAllBytes(file);
        assertFalse(Files.exists(WorkspaceStore.backupOf(file)), "no backup before there is a previous version");

        sample.troops.setStatus(ReviewStatus.CONFIRMED);
        WorkspaceStore.save(sample.corpus, file);

        assertArrayEquals(first, Files.readAllBytes(WorkspaceStore.backupOf(file)));
        assertEquals(ReviewStatus.CONFIRMED, Corpora.byId(WorkspaceStore.load(file), sample.troops.getId(), Claim.class).getStatus());
        assertEquals(ReviewStatus.EXTRACTED,
                Corpora.byId(WorkspaceStore.load(WorkspaceStore.backupOf(file)), sample.troops.getId(), Claim.class).getStatus());
        assertEquals(List.of("w.sightline", "w.sightline.bak"), listing());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void crashMidwayLeavesTheLastGoodFile(Format format) throws IOException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        Path file = dir.resolve("w.sightline");
        WorkspaceStore.save(sample.corpus, file, format);
        sample.troops.setStatus(ReviewStatus.REJECTED);
        WorkspaceStore.save(sample.corpus, file, format); // now there is a backup too
        byte[] good = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(WorkspaceStore.backupOf(file));

        sample.troops.setStatus(ReviewStatus.CONFIRMED);
        sample.article.setText(sample.article.getText() + " more text to write");
        long failAfter = good.length / 2;
        WorkspaceStore.outputDecorator = out -> new FailingAfter(out, failAfter);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.save(sample.corpus, file, format));

        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("disk full (simulated)"), e.getMessage());
        assertArrayEquals(good, Files.readAllBytes(file), "the last good file is untouched");
        assertArrayEquals(backup, Files.readAllBytes(WorkspaceStore.backupOf(file)), "the backup is untouched");
        assertEquals(ReviewStatus.REJECTED, Corpora.byId(WorkspaceStore.load(file), sample.troops.getId(), Claim.class).getStatus());
        assertEquals(List.of("w.sightline", "w.sightline.bak"), listing(), "no temporary file left behind");
    }

    @Test
    void newerSchemaVersionIsRefusedAndNothingChanges() throws IOException {
        Path file = dir.resolve("future.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file, Format.XMI);
        String xml = Files.readString(file).replaceFirst("schemaVersion=\"\\d+\"", "schemaVersion=\"" + (WorkspaceStore.SCHEMA_VERSION + 1) + "\"");
        assertTrue(xml.contains("schemaVersion=\"" + (WorkspaceStore.SCHEMA_VERSION + 1) + "\""), "the version is written");
        Files.writeString(file, xml);
        assertRefused(file, "schema version " + (WorkspaceStore.SCHEMA_VERSION + 1));
    }

    @Test
    void newerModelNamespaceIsRefused() throws IOException {
        Path file = dir.resolve("future.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file, Format.XMI);
        Files.writeString(file, Files.readString(file).replace("http://sightline.org/model/1", "http://sightline.org/model/" + (WorkspaceStore.SCHEMA_VERSION + 1)));
        assertRefused(file, "schema version " + (WorkspaceStore.SCHEMA_VERSION + 1));
    }

    @Test
    void newerSchemaVersionInBinaryIsRefused() throws IOException {
        Path file = dir.resolve("future.sightlinebin");
        Corpus corpus = new SampleArticle().withAnalysis().corpus;
        corpus.setSchemaVersion(WorkspaceStore.SCHEMA_VERSION + 1);
        SightlineResource resource = new SightlineResource(URI.createFileURI(file.toString()));
        resource.getContents().add(corpus);
        try (OutputStream out = Files.newOutputStream(file)) {
            resource.save(out, SightlineResource.saveOptions(true));
        }
        assertRefused(file, "schema version " + (WorkspaceStore.SCHEMA_VERSION + 1));
        assertThrows(WorkspaceException.class, () -> WorkspaceStore.save(corpus, dir.resolve("other.sightline")),
                "a corpus of a newer schema is not written with this one");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void truncatedFileIsReportedAsDamaged(Format format) throws IOException {
        Path file = dir.resolve("damaged.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file, format);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(file, "damaged");
    }

    @Test
    void garbageAndEmptyFilesAreReported() throws IOException {
        Path garbage = dir.resolve("garbage.sightline");
        Files.writeString(garbage, "this is not a workspace");
        assertRefused(garbage, "damaged");
        Path empty = dir.resolve("empty.sightline");
        Files.write(empty, new byte[0]);
        assertRefused(empty, "damaged");
    }

    @Test
    void unknownElementIsReportedAsDamaged() throws IOException {
        Path file = dir.resolve("odd.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file, Format.XMI);
        Files.writeString(file, Files.readString(file).replaceFirst("<documents ", "<documentz/><documents "));
        assertRefused(file, "documentz");
    }

    @Test
    void otherXmlIsNotAWorkspace() throws IOException {
        Path file = dir.resolve("other.sightline");
        Files.writeString(file, "<?xml version=\"1.0\"?><project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>");
        assertRefused(file, "not a Sightline workspace");
    }

    @Test
    void missingFileAndFolderAreNamed() {
        Path missing = dir.resolve("missing.sightline");
        WorkspaceException load = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(missing));
        assertTrue(load.getMessage().contains("missing.sightline") && load.getMessage().contains("no such workspace file"), load.getMessage());
        WorkspaceException save = assertThrows(WorkspaceException.class,
                () -> WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, dir.resolve("nowhere/x.sightline")));
        assertEquals(dir.resolve("nowhere/x.sightline"), save.file());
    }

    /** Loading {@code file} fails with a message naming it and {@code reason}, and changes nothing on disk. */
    private void assertRefused(Path file, String reason) throws IOException {
        byte[] before = Files.readAllBytes(file);
        List<String> listing = listing();
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(file));
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(file.toAbsolutePath(), e.file());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(listing, listing());
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Simulates the disk filling up (or the process dying) after {@code limit} bytes. */
    private static final class FailingAfter extends FilterOutputStream {
        private long remaining;

        FailingAfter(OutputStream out, long limit) {
            super(out);
            this.remaining = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > remaining) {
                out.write(b, off, (int) remaining);
                remaining = 0;
                throw new IOException("disk full (simulated)");
            }
            remaining -= len;
            out.write(b, off, len);
        }
    }
}
