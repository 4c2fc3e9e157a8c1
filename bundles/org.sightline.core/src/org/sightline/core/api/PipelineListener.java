package org.sightline.core.api;

/**
 * Hears what a pipeline run does. Called from worker threads (but never concurrently for the same
 * listener: the pipeline serialises calls), so implementations need no locking of their own.
 *
 * @since 0.1.0
 */
public interface PipelineListener {

    /** {@code done} of {@code total} sources are finished ({@code total} may grow while folders are walked). */
    default void progress(int done, int total) {
    }

    /**
     * The run has been waiting {@code seconds} for {@code input} (a slow download, a long document),
     * called every few seconds while it waits, so that a user sees why nothing else moves.
     */
    default void waiting(String input, long seconds) {
    }

    /** An input failed as a whole (missing file, unreadable page, unsupported format). */
    default void inputFailed(String input, String reason) {
    }

    /**
     * A contribution failed on one document (threw, or ran past the time limit) and was skipped for
     * it; the rest of the pipeline went on.
     */
    default void contributionFailed(Contribution contribution, String input, String reason, Throwable error) {
    }

    /** A contribution went on but reports a problem with {@code input} (see ExtractionContext.warn). */
    default void contributionWarning(Contribution contribution, String input, String message) {
    }

    /** Does nothing. */
    PipelineListener NONE = new PipelineListener() {
    };
}
