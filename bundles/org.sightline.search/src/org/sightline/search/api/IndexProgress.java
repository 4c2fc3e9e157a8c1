package org.sightline.search.api;

/**
 * Told how far bringing an index up to date has come; may ask to stop.
 *
 * @since 0.2
 */
public interface IndexProgress {

    /** Nothing to tell, never cancelled. */
    IndexProgress NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} entries checked. */
    void worked(int done, int total);

    /** True to stop early (the index then stays as it was at its last commit). */
    default boolean isCancelled() {
        return false;
    }
}
