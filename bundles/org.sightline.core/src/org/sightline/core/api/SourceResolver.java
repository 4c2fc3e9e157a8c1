package org.sightline.core.api;

/**
 * Turns one input as typed by the user (a path, a folder, a URL) into sources. A folder yields one
 * source per file, in a stable order; one unreadable file is reported and the others still come.
 *
 * @since 0.1.0
 */
public interface SourceResolver {

    /** Whether this resolver deals with {@code input} (e.g. a URL resolver takes http and https). */
    boolean accepts(String input);

    /**
     * Resolves {@code input}, handing each source to {@code sink} as soon as it is known and each
     * failure to {@code sink.failed}. Throws only for a failure of the whole input (missing file).
     */
    void resolve(String input, Sink sink) throws ImportException;

    /** Receives what a resolver finds. */
    interface Sink {
        void source(Source source);

        /** {@code input} (a file inside a folder, say) could not be read; the others go on. */
        void failed(String input, String reason);
    }
}
