package org.sightline.search.api;

import java.io.IOException;
import java.nio.file.Path;

import org.sightline.model.Corpus;

/**
 * The one way to bring the index beside a saved workspace up to date, for the batch commands and the workbench: open
 * (rebuilding it when damaged), sync with the corpus when it is not current, commit with the workspace's fingerprint.
 *
 * @since 0.2
 */
public final class WorkspaceIndex {

    private WorkspaceIndex() {
    }

    /** What happened: whether the index had to be rebuilt, and the changes of the sync (null when it was current). */
    public record Outcome(boolean rebuilt, SearchIndex.Changes changes) {
    }

    /**
     * Makes the index of {@code workspace} match {@code corpus}, the corpus just saved to or loaded from it. The
     * caller holds the workspace's lock, so no one saves it meanwhile.
     */
    public static Outcome bringUpToDate(Path workspace, Corpus corpus, IndexProgress progress) throws IOException {
        try (SearchIndex index = SearchIndex.open(SearchIndex.folderOf(workspace))) {
            String fingerprint = SearchIndex.fingerprintOf(workspace);
            if (index.isCurrent(fingerprint)) {
                return new Outcome(index.wasRebuilt(), null);
            }
            SearchIndex.Changes changes = index.sync(corpus, progress);
            if (progress.isCancelled()) {
                return new Outcome(index.wasRebuilt(), changes);
            }
            index.commit(fingerprint);
            return new Outcome(index.wasRebuilt(), changes);
        }
    }
}
