package org.sightline.core.api;

import java.io.IOException;
import java.util.List;

import org.sightline.model.Document;

/**
 * An importer whose inputs hold other inputs, such as an e-mail's attachments. The pipeline imports
 * each embedded source with the importer that scores it highest, as documents of their own after the
 * container's; an embedded source that fails is reported under its own name and the rest go on.
 * Embedded sources are named {@code <container>#<part>} (e.g. {@code press.eml#statement.pdf}) and may
 * nest up to {@link #MAX_DEPTH} levels.
 *
 * @since 0.2.0
 */
public interface ContainerImporter extends Importer {

    /** How deep containers may nest (a mail attaching a mail attaching ...); deeper ones are reported, not read. */
    int MAX_DEPTH = 3;

    /** The container's own documents and the sources it holds. */
    record Contents(List<Document> documents, List<Source> embedded) {
        public Contents {
            documents = List.copyOf(documents);
            embedded = List.copyOf(embedded);
        }
    }

    /** Reads the source's own documents and lists the sources inside it. */
    Contents readContents(Source source) throws ImportException, IOException;

    /** The container's own documents only (for callers that do not import embedded sources). */
    @Override
    default List<Document> read(Source source) throws ImportException, IOException {
        return readContents(source).documents();
    }
}
