package org.sightline.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.SightlinePackage;
import org.sightline.model.internal.BinaryWorkspace;

/**
 * A workspace opened in two stages by {@link WorkspaceStore#loadStaged}: the corpus with its documents at once, the
 * rest (actors with their mentions, claims, relations, hypotheses, assessments) read by {@link #readRest} and added by
 * {@link #attach}. At 100,000 documents the documents take about a tenth of the open; a workbench shows them while the
 * rest is read. Until {@link #attach} the corpus' later lists are empty and nothing is added to it, so the thread that
 * owns the corpus may read it while another thread runs {@link #readRest}; edits and saves must wait for
 * {@link #attach}, since a save now would write the documents alone.
 * <p>
 * {@link #readRest} runs on one thread, once; {@link #corpus} and {@link #attach} on the thread that owns the corpus.
 *
 * @since 0.2.0
 */
public final class StagedLoad {

    private final Path file;
    private final Resource resource;
    private final Corpus corpus;
    /** What is left to read; null when the file was read whole. */
    private final BinaryWorkspace.Rest rest;
    private volatile boolean read;
    private boolean attached;

    StagedLoad(Path file, Resource resource, Corpus corpus, BinaryWorkspace.Rest rest) throws WorkspaceException {
        this.file = file;
        this.resource = resource;
        this.corpus = corpus;
        this.rest = rest;
        failIf(LoadChecks.firstStructureOutsideText(corpus.getDocuments()));
    }

    /** The workspace file. */
    public Path file() {
        return file;
    }

    /** The corpus: its documents (and name) until {@link #attach}, everything after. */
    public Corpus corpus() {
        return corpus;
    }

    /** Whether everything is in the corpus: the file was read whole, or {@link #attach} has run. */
    public boolean isComplete() {
        return rest == null || attached;
    }

    /**
     * Reads the rest of the file and checks it (the checksum of the model, every span inside its document's text),
     * without touching the corpus; the first call reads, later ones return at once. Any thread.
     *
     * @throws WorkspaceException naming the file and what is damaged
     */
    public void readRest() throws WorkspaceException {
        if (read) {
            return;
        }
        List<Actor> actors = corpus.getActors();
        List<Claim> claims = corpus.getClaims();
        if (rest != null) {
            try {
                rest.read();
            } catch (IOException | RuntimeException e) {
                throw new WorkspaceException(file, "damaged or unreadable workspace file (" + WorkspaceStore.describe(e) + ")", e);
            }
            actors = elements(SightlinePackage.Literals.CORPUS__ACTORS);
            claims = elements(SightlinePackage.Literals.CORPUS__CLAIMS);
        }
        failIf(LoadChecks.firstSpanOutsideText(actors, claims));
        read = true;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> elements(EReference list) {
        return (List<T>) rest.list(list);
    }

    /**
     * Adds what {@link #readRest} read to the corpus, one notification per list, on the thread that owns the corpus;
     * later calls do nothing.
     *
     * @throws IllegalStateException if the rest has not been read
     */
    public void attach() {
        if (!read) {
            throw new IllegalStateException("the rest of " + file + " is not read yet");
        }
        if (!attached) {
            attached = true;
            if (rest != null) {
                rest.attach();
            }
            resource.setModified(false);
        }
    }

    /** Stops a read that is no longer wanted (the workspace was closed while its rest was read). */
    public void abandon() {
        if (rest != null && !read) {
            rest.abandon();
        }
    }

    private void failIf(String badSpan) throws WorkspaceException {
        if (badSpan != null) {
            throw new WorkspaceException(file, "damaged workspace file (" + badSpan + ")");
        }
    }
}
