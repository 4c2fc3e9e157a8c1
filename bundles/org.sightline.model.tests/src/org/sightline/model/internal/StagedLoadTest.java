package org.sightline.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Identified;
import org.sightline.model.SightlinePackage;
import org.sightline.model.io.StagedLoad;
import org.sightline.model.io.WorkspaceException;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.testing.SampleArticle;

/**
 * A workspace opened in stages (WorkspaceStore.loadStaged): the documents first, the rest read on another thread
 * without touching the corpus, then added in one step per list; damage in the rest is named and leaves the documents.
 */
class StagedLoadTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentsComeFirstAndTheRestWhenAttached() throws Exception {
        SampleArticle sample = new SampleArticle().withAnalysis();
        // chunks of 3: the claims and the actors' mentions are decoded on the pool; the default: in one piece
        for (int chunk : new int[] { 3, ModelWriter.CHUNK }) {
            Path file = dir.resolve("w-" + chunk + ".sightline");
            write(sample.corpus, file, chunk);
            StagedLoad staged = WorkspaceStore.loadStaged(file);
            Corpus corpus = staged.corpus();
            assertFalse(staged.isComplete());
            assertEquals(1, corpus.getDocuments().size());
            assertEquals(sample.article.getText(), corpus.getDocuments().get(0).getText());
            assertTrue(corpus.getActors().isEmpty() && corpus.getClaims().isEmpty(), "only the documents so far");
            assertSame(corpus.getDocuments().get(0), corpus.eResource().getEObject("d1"), "the documents' ids resolve at once");

            List<Notification> told = new ArrayList<>();
            corpus.eAdapters().add(new AdapterImpl() {
                @Override
                public void notifyChanged(Notification n) {
                    told.add(n);
                }
            });
            CompletableFuture.runAsync(() -> {
                try {
                    staged.readRest();
                } catch (WorkspaceException e) {
                    throw new IllegalStateException(e);
                }
            }).get();
            assertTrue(corpus.getClaims().isEmpty() && told.isEmpty(), "reading the rest leaves the corpus alone");

            staged.attach();
            assertTrue(staged.isComplete());
            assertTrue(EcoreUtil.equals(sample.corpus, corpus), "chunks of " + chunk + ": the corpus after attach differs from the saved one");
            assertTrue(EcoreUtil.equals(WorkspaceStore.load(file), corpus), "a staged and a whole load differ");
            List<Object> lists = new ArrayList<>();
            for (var f : List.of(SightlinePackage.Literals.CORPUS__ACTORS, SightlinePackage.Literals.CORPUS__CLAIMS,
                    SightlinePackage.Literals.CORPUS__RELATIONS, SightlinePackage.Literals.CORPUS__HYPOTHESES,
                    SightlinePackage.Literals.CORPUS__ASSESSMENTS)) {
                if (!((List<?>) corpus.eGet(f)).isEmpty()) {
                    lists.add(f);
                }
            }
            assertTrue(lists.size() >= 4, "the sample has actors, claims, relations and hypotheses: " + lists);
            assertEquals(lists, told.stream().map(Notification::getFeature).toList(), "one notification for each list, in order");
            assertTrue(told.stream().allMatch(n -> n.getEventType() == Notification.ADD_MANY));
            for (var it = corpus.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Identified o) {
                    assertSame(o, corpus.eResource().getEObject(o.getId()), o.getId());
                }
            }
            staged.attach(); // again: nothing more
            assertEquals(sample.corpus.getClaims().size(), corpus.getClaims().size());
        }
    }

    @Test
    void damageInTheRestIsNamedAndLeavesTheDocuments() throws IOException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        Claim claim = sample.corpus.getClaims().get(4);
        claim.getContentSpan().setEnd(sample.text.length() + 7);
        Path file = dir.resolve("bad-claim.sightline");
        write(sample.corpus, file, 3);
        StagedLoad staged = WorkspaceStore.loadStaged(file);
        WorkspaceException e = assertThrows(WorkspaceException.class, staged::readRest);
        assertTrue(e.getMessage().contains("bad-claim.sightline") && e.getMessage().contains("claim " + claim.getId() + " content span "),
                e.getMessage());
        assertThrows(IllegalStateException.class, staged::attach, "nothing damaged is added");
        assertTrue(staged.corpus().getClaims().isEmpty());
        assertEquals(1, staged.corpus().getDocuments().size());
    }

    @Test
    void damagedBytesInTheRestFailTheChecksum() throws IOException {
        Path file = dir.resolve("w.sightline");
        write(new SampleArticle().withAnalysis().corpus, file, 3);
        byte[] bytes = Files.readAllBytes(file);
        int textsOffset = (int) java.nio.ByteBuffer.wrap(bytes, bytes.length - 28, 28).getLong();
        // a byte of the last claims' chunk, well after the documents: the documents read, the rest fails
        byte[] damaged = bytes.clone();
        int at = textsOffset * 3 / 4;
        damaged[at] ^= 0x41;
        Path copy = dir.resolve("damaged.sightline");
        Files.write(copy, damaged);
        StagedLoad staged = WorkspaceStore.loadStaged(copy); // the documents are sound
        assertEquals(1, staged.corpus().getDocuments().size());
        WorkspaceException e = assertThrows(WorkspaceException.class, staged::readRest);
        assertTrue(e.getMessage().contains("damaged.sightline") && e.getMessage().contains("checksum mismatch in the model section"),
                e.getMessage());
        assertTrue(staged.corpus().getClaims().isEmpty(), "nothing of the damaged rest is added");
    }

    @Test
    void filesThatCannotBeReadInStagesAreReadWhole() throws IOException, ExecutionException, InterruptedException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        Path xmi = dir.resolve("w.xmi");
        WorkspaceStore.save(sample.corpus, xmi, WorkspaceStore.Format.XMI);
        StagedLoad staged = WorkspaceStore.loadStaged(xmi);
        assertTrue(staged.isComplete());
        assertEquals(sample.corpus.getClaims().size(), staged.corpus().getClaims().size());
        staged.readRest();
        staged.attach();
        assertTrue(EcoreUtil.equals(sample.corpus, staged.corpus()));
    }

    private static void write(Corpus corpus, Path file, int chunk) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            BinaryWorkspace.write(corpus, out, chunk);
        }
    }
}
