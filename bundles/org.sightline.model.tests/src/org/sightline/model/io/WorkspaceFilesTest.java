package org.sightline.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.ReviewStatus;
import org.sightline.model.internal.LazyDocumentImpl;
import org.sightline.model.io.WorkspaceStore.Format;
import org.sightline.testing.SampleArticle;

/**
 * The binary workspace file (texts read on demand), files written by earlier versions, and the file-level guarantees:
 * kept permissions, stale temporaries removed, DOCTYPEs and spans outside the text refused, one writer at a time.
 */
class WorkspaceFilesTest {

    @TempDir
    Path dir;

    @Test
    void binaryWorkspaceLeavesTextsInTheFileUntilRead() throws IOException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        Path file = dir.resolve("w.sightline");
        WorkspaceStore.save(sample.corpus, file);
        assertEquals(Format.BINARY, WorkspaceStore.detectFormat(file));

        Corpus loaded = WorkspaceStore.load(file);
        LazyDocumentImpl doc = assertInstanceOf(LazyDocumentImpl.class, loaded.getDocuments().get(0));
        assertTrue(doc.isTextInFile());
        assertEquals(sample.article.getText().length(), doc.textLength(), "length known without reading");
        assertEquals(sample.article.getText(), doc.getText());
        assertTrue(EcoreUtil.equals(sample.corpus, loaded));
        assertEquals(Diagnostic.OK, Validation.validate(loaded).getSeverity(), () -> Validation.problems(Validation.validate(loaded)).toString());

        // Saved over its own file: the texts are read from the old file while writing, then from the new one.
        Corpora.byId(loaded, sample.troops.getId(), Claim.class).setStatus(ReviewStatus.CONFIRMED);
        WorkspaceStore.save(loaded, file);
        assertTrue(doc.isTextInFile());
        assertEquals(sample.article.getText(), doc.getText());
        Corpus again = WorkspaceStore.load(file);
        assertEquals(ReviewStatus.CONFIRMED, Corpora.byId(again, sample.troops.getId(), Claim.class).getStatus());
        assertEquals(sample.article.getText(), again.getDocuments().get(0).getText());
        assertEquals(sample.article.getText(), WorkspaceStore.load(WorkspaceStore.backupOf(file)).getDocuments().get(0).getText());

        // Setting a text makes it an in-memory one.
        doc.setText("short");
        assertFalse(doc.isTextInFile());
        assertEquals("short", doc.getText());
    }

    @Test
    void binaryOpenIndexesEveryIdAndSharesRepeatedStrings() throws IOException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        // A second copy of the article's claims, with strings equal to the first's but not the same objects.
        for (Claim c : List.copyOf(sample.corpus.getClaims())) {
            Claim copy = EcoreUtil.copy(c);
            copy.setId(c.getId() + "-copy");
            copy.setCue(c.getCue() == null ? null : new String(c.getCue()));
            sample.corpus.getClaims().add(copy);
        }
        Path file = dir.resolve("ids.sightline");
        WorkspaceStore.save(sample.corpus, file, Format.BINARY);
        Path xmi = dir.resolve("ids.xmi");
        WorkspaceStore.save(sample.corpus, xmi, Format.XMI);

        Corpus loaded = WorkspaceStore.load(file);
        assertTrue(EcoreUtil.equals(WorkspaceStore.load(xmi), loaded), "binary and XMI loads differ");
        org.eclipse.emf.ecore.resource.Resource resource = loaded.eResource();
        int identified = 0;
        for (var it = loaded.eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.sightline.model.Identified o) {
                assertSame(o, resource.getEObject(o.getId()), o.getId());
                identified++;
            }
        }
        assertEquals(identified, ((org.eclipse.emf.ecore.resource.impl.ResourceImpl) resource).getIntrinsicIDToEObjectMap().size(),
                "the id index holds every object with an id, and nothing else");
        Claim first = loaded.getClaims().stream().filter(c -> c.getCue() != null).findFirst().orElseThrow();
        Claim copy = Corpora.byId(loaded, first.getId() + "-copy", Claim.class);
        assertEquals(first.getCue(), copy.getCue());
        assertSame(first.getCue(), copy.getCue(), "equal cues are one String after opening");
        assertSame(first.getExtractorId(), copy.getExtractorId());
    }

    @Test
    void theIdIndexHoldsEditsMadeBeforeItsFirstUse() throws IOException {
        // The reader hands its objects over and the map is built on the first lookup: edits before it must be in it.
        SampleArticle sample = new SampleArticle().withAnalysis();
        Path file = dir.resolve("edits.sightline");
        WorkspaceStore.save(sample.corpus, file, Format.BINARY);
        Corpus loaded = WorkspaceStore.load(file);
        Claim removed = loaded.getClaims().get(0);
        String removedId = removed.getId();
        loaded.getClaims().remove(removed);
        Claim added = EcoreUtil.copy(loaded.getClaims().get(0));
        added.setId("added-after-open");
        loaded.getClaims().add(added);

        java.util.Map<String, org.eclipse.emf.ecore.EObject> index = ((org.eclipse.emf.ecore.resource.impl.ResourceImpl) loaded.eResource())
                .getIntrinsicIDToEObjectMap();
        assertSame(added, index.get("added-after-open"));
        assertEquals(null, index.get(removedId), "a claim removed before the first lookup is not in the index");
        int identified = 0;
        for (var it = loaded.eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.sightline.model.Identified o) {
                assertSame(o, index.get(o.getId()), o.getId());
                identified++;
            }
        }
        assertEquals(identified, index.size(), "the id index holds every object with an id, and nothing else");
    }

    @Test
    void spansOutsideTheTextAreNamedByKind() throws IOException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        org.sightline.model.Mention mention = sample.corpus.getActors().stream().flatMap(a -> a.getMentions().stream()).findFirst().orElseThrow();
        mention.getSpan().setEnd(sample.text.length() + 5);
        Path file = dir.resolve("mention.sightline");
        WorkspaceStore.save(sample.corpus, file, Format.BINARY);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(file));
        assertTrue(e.getMessage().contains("mention " + mention.getId() + " span ") && e.getMessage().contains("lies outside the "
                + sample.text.length() + " characters of document d1"), e.getMessage());

        SampleArticle other = new SampleArticle().withAnalysis();
        Claim claim = other.corpus.getClaims().get(2);
        org.sightline.model.TextSpan part = org.sightline.model.SightlineFactory.eINSTANCE.createTextSpan();
        part.setBegin(-1);
        part.setEnd(3);
        claim.getContentParts().add(part);
        Path second = dir.resolve("part.sightline");
        WorkspaceStore.save(other.corpus, second, Format.BINARY);
        e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(second));
        assertTrue(e.getMessage().contains("claim " + claim.getId() + " content part 1 span "), e.getMessage());
        assertTrue(e.getMessage().contains(second.getFileName().toString()), e.getMessage());

        // The lists are checked on all cores; the message still names the first bad span in list order.
        SampleArticle third = new SampleArticle().withAnalysis();
        List<Claim> claims = third.corpus.getClaims();
        for (int i : new int[] { 15, 3, 11 }) {
            claims.get(i).getCueSpan().setEnd(third.text.length() + 1);
        }
        Path bad = dir.resolve("several.sightline");
        WorkspaceStore.save(third.corpus, bad, Format.BINARY);
        e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(bad));
        assertTrue(e.getMessage().contains("claim " + claims.get(3).getId() + " cue span "), e.getMessage());
    }

    @Test
    void aCopyLeavesTheCorpusWhereItIs() throws IOException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        Path file = dir.resolve("w.sightline");
        WorkspaceStore.save(sample.corpus, file);
        Corpus loaded = WorkspaceStore.load(file);
        Path copy = dir.resolve("copy.sightline");
        WorkspaceStore.saveCopy(loaded, copy, Format.BINARY);
        assertEquals(file.toAbsolutePath().toString(), loaded.eResource().getURI().toFileString());
        Files.delete(copy);
        assertEquals(sample.article.getText(), loaded.getDocuments().get(0).getText(), "still reads from its own file");
    }

    @Test
    void workspacesWrittenByTheFirstReleaseStillOpen() throws IOException {
        Corpus first = null;
        for (String name : List.of("frozen-schema2.sightline", "frozen-schema2-emfbinary.sightlinebin")) {
            Path file = dir.resolve(name);
            try (InputStream in = WorkspaceFilesTest.class.getResourceAsStream(name)) {
                Files.copy(in, file);
            }
            Corpus loaded = WorkspaceStore.load(file);
            FrozenSample.assertHoldsTheSample(loaded);
            assertTrue(first == null || EcoreUtil.equals(first, loaded), name + " holds the same corpus as the XMI file");
            first = first == null ? loaded : first;
            // and it can be saved in today's format and read back unchanged
            WorkspaceStore.save(loaded, dir.resolve("re-" + name + ".sightline"));
            assertTrue(EcoreUtil.equals(loaded, WorkspaceStore.load(dir.resolve("re-" + name + ".sightline"))), name);
        }
    }

    @Test
    void format1WorkspacesStillOpen() throws IOException {
        // written by main's code before format 2 (format1/README.md): EMF's binary resource as the model section
        Path file = dir.resolve("format1.sightline");
        try (InputStream in = WorkspaceFilesTest.class.getResourceAsStream("format1/sample-analysed-format1.sightline")) {
            Files.copy(in, file);
        }
        assertEquals(1, formatVersion(file));
        Corpus loaded = WorkspaceStore.load(file);
        assertEquals(new SampleArticle().article.getText(), loaded.getDocuments().get(0).getText());
        assertEquals(20, loaded.getActors().size());
        assertEquals(27, loaded.getClaims().size());
        assertTrue(loaded.getActors().stream().mapToInt(a -> a.getMentions().size()).sum() > 27);
        assertEquals(Diagnostic.OK, Validation.validate(loaded).getSeverity(), () -> Validation.problems(Validation.validate(loaded)).toString());
        for (var it = loaded.eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.sightline.model.Identified o) {
                assertSame(o, loaded.eResource().getEObject(o.getId()), o.getId());
            }
        }

        // saved again it becomes format 2, and holds the same corpus
        Path again = dir.resolve("format2.sightline");
        WorkspaceStore.save(loaded, again);
        assertEquals(2, formatVersion(again));
        Corpus reloaded = WorkspaceStore.load(again);
        assertTrue(EcoreUtil.equals(loaded, reloaded));
        assertEquals(loaded.getDocuments().get(0).getText(), reloaded.getDocuments().get(0).getText());
    }

    private static int formatVersion(Path file) throws IOException {
        return java.nio.ByteBuffer.wrap(Files.readAllBytes(file), 8, 4).getInt();
    }

    @Test
    void aHugeLengthInAPlainEmfBinaryFileIsRefusedNotAllocated() throws IOException {
        // Found by the workspace fuzz target: EMF allocates what a string length says. Here the length of the
        // package's namespace URI becomes 2^30 - 1 characters (a 4-byte compressed int), in a file of a few KB.
        byte[] frozen;
        try (InputStream in = WorkspaceFilesTest.class.getResourceAsStream("frozen-schema2-emfbinary.sightlinebin")) {
            frozen = in.readAllBytes();
        }
        byte[] uri = "http://".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(frozen, uri);
        assertTrue(at > 8, "the namespace URI is in the file");
        byte[] damaged = new byte[frozen.length + 3];
        System.arraycopy(frozen, 0, damaged, 0, at - 1);
        damaged[at - 1] = (byte) 0xFF;
        damaged[at] = damaged[at + 1] = damaged[at + 2] = (byte) 0xFF;
        System.arraycopy(frozen, at, damaged, at + 3, frozen.length - at);
        Path file = dir.resolve("huge-length.sightline");
        Files.write(file, damaged);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(file));
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("length"), e.getMessage());
    }

    @Test
    void largeXmiTextsFullOfEscapesOpen() throws IOException {
        // A news text of 150,000 characters with line breaks and quotes, as XMI writes them: &#xA; and &quot;.
        String text = "He said: \"We will stay.\"\nOfficials <agreed> & left.\n".repeat(3000);
        Corpus corpus = new CorpusBuilder("big").corpus();
        new CorpusBuilder(corpus).document("big.txt", "Big", text);
        Path file = dir.resolve("big.xmi");
        WorkspaceStore.save(corpus, file, Format.XMI);
        assertEquals(text, WorkspaceStore.load(file).getDocuments().get(0).getText());
    }

    @Test
    void binaryDamageIsNamed() throws IOException {
        Path file = dir.resolve("w.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[40] ^= 0x55; // inside the model section
        Files.write(file, bytes);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(file));
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("checksum mismatch in the model section"), e.getMessage());

        // the same error for a damaged format-1 model section (EMF's binary resource)
        Path format1 = dir.resolve("format1.sightline");
        try (InputStream in = WorkspaceFilesTest.class.getResourceAsStream("format1/sample-analysed-format1.sightline")) {
            byte[] old = in.readAllBytes();
            old[40] ^= 0x55;
            Files.write(format1, old);
        }
        e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(format1));
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("checksum mismatch in the model section"), e.getMessage());

        // A damaged text is found when it is read, and named.
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file);
        byte[] fresh = Files.readAllBytes(file);
        int at = indexOf(fresh, "Pentagon".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        fresh[at] = 'X';
        Files.write(file, fresh);
        Corpus loaded = WorkspaceStore.load(file);
        Exception read = assertThrows(java.io.UncheckedIOException.class, () -> loaded.getDocuments().get(0).getText());
        assertTrue(read.getMessage().contains("damaged") && read.getMessage().contains("d1"), read.getMessage());
    }

    @Test
    void saveKeepsTheFileModeAndNewFilesGetTheUsualOne() throws IOException {
        Path file = dir.resolve("shared.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file);
        Path probe = Files.createFile(dir.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file), "as any new file here (umask), not 0600");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void temporariesOfAKilledSaveAreRemovedByTheNextSave() throws IOException {
        Path file = dir.resolve("w.sightline");
        Path stale = Files.write(dir.resolve(".w.sightline.k1ll3d.tmp"), new byte[100_000]);
        Path busy = Files.write(dir.resolve(".w.sightline.busy.tmp"), new byte[10]);
        Path other = Files.write(dir.resolve(".other.sightline.x.tmp"), new byte[10]);
        try (FileChannel c = FileChannel.open(busy, StandardOpenOption.WRITE); FileLock lock = c.lock()) {
            WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file);
        }
        assertFalse(Files.exists(stale), "left by a killed save: removed");
        assertTrue(Files.exists(busy), "locked by a save in progress: kept");
        assertTrue(Files.exists(other), "another workspace's: kept");
    }

    @Test
    void doctypeIsRefused() throws IOException {
        Path file = dir.resolve("entity.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file, Format.XMI);
        String xml = Files.readString(file);
        String doctype = "<!DOCTYPE sightline:Corpus [<!ENTITY blank \"\">]>\n";
        Files.writeString(file, xml.replaceFirst("\\?>\n", "?>\n" + doctype).replaceFirst(" text=\"[^\"]*\"", " text=\"&blank;\""));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(file));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void spansOutsideTheTextAreRefused() throws IOException {
        Path file = dir.resolve("short.sightline");
        WorkspaceStore.save(new SampleArticle().withAnalysis().corpus, file, Format.XMI);
        Files.writeString(file, Files.readString(file).replaceFirst(" text=\"[^\"]*\"", " text=\"now much shorter\""));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(file));
        assertTrue(e.getMessage().contains("lies outside the 16 characters of document d1"), e.getMessage());
    }

    @Test
    void oneWriterAtATime() throws Exception {
        Path file = dir.resolve("w.sightline");
        try (WorkspaceLock first = WorkspaceLock.acquire(file, "test one", Duration.ZERO)) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceLock.acquire(file, "test two", Duration.ofMillis(200)));
            assertTrue(e.getMessage().contains("in use by this Sightline") && e.getMessage().contains("w.sightline"), e.getMessage());
            Thread release = new Thread(() -> {
                sleep(300);
                first.close();
            });
            release.start();
            try (WorkspaceLock second = WorkspaceLock.acquire(file, "test two", Duration.ofSeconds(20))) {
                assertEquals(file.toAbsolutePath(), second.workspace());
            }
            release.join();
        }
        assertTrue(Files.readString(WorkspaceLock.lockFileOf(file)).startsWith("test two, process " + ProcessHandle.current().pid()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(".w.sightline.lock"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void lockOfAMissingFolderIsNamed() {
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> WorkspaceLock.acquire(dir.resolve("nowhere/w.sightline"), "test", Duration.ZERO));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertNotEquals(null, e.file());
    }

    static int indexOf(byte[] bytes, byte[] part) {
        outer: for (int i = bytes.length - part.length; i >= 0; i--) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
