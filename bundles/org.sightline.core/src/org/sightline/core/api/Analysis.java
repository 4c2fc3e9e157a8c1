package org.sightline.core.api;

import org.sightline.model.Corpus;

/**
 * A computation across a corpus (actor network, commitments matrix, timeline, claim relations,
 * competing hypotheses...). Contributed through {@code org.sightline.core.analyses}. Results are
 * plain Java values that views and exporters read; an analysis does not change the corpus (one that
 * proposes model changes, such as claim relations, returns them for the caller to apply as commands).
 *
 * @param <R> the result type
 *
 * @since 0.1.0
 */
public interface Analysis<R> {

    /** Computes the result for the corpus as it is now. Must not modify the corpus. */
    R analyze(Corpus corpus);
}
