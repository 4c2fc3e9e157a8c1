package org.sightline.core.api;

import java.io.IOException;
import java.util.Optional;

/**
 * One input to import: a file, a file inside a folder, a decompressed {@code .gz}, a downloaded
 * URL. {@link SourceResolver}s make sources from what the user typed; {@link Importer}s read them.
 *
 * @since 0.1.0
 */
public interface Source {

    /** The input as the user gave it, or as found inside a folder: used in errors and as Document.input. */
    String name();

    /** The content (already decompressed). May be read more than once. */
    byte[] bytes() throws IOException;

    /**
     * Starts reading ahead, for sources that are slow to read (a download): the pipeline calls it
     * when the source enters its look-ahead window, so that several downloads run at once while
     * earlier documents are analysed. {@link #bytes()} then waits for what was started. Must not
     * block; the default does nothing.
     */
    default void prepare() {
    }

    /** The charset a transport declared (HTTP Content-Type), if any. */
    default Optional<String> declaredCharset() {
        return Optional.empty();
    }

    /** The media type a transport declared (HTTP Content-Type without parameters), if any. */
    default Optional<String> declaredMediaType() {
        return Optional.empty();
    }

    /** A source held in memory, e.g. for tests or text pasted by the analyst. */
    static Source of(String name, byte[] content) {
        byte[] copy = content.clone();
        return new Source() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public byte[] bytes() {
                return copy;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
