package org.sightline.fuzz;

import java.io.IOException;
import java.util.List;

import org.sightline.core.api.ContainerImporter;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.Importer;
import org.sightline.core.api.Source;
import org.sightline.model.Document;
import org.sightline.model.StructureSpan;

/**
 * What every fuzz target checks: a reader of untrusted input either returns a sound result or
 * refuses the input with its checked exception. Anything else (a RuntimeException, an Error, a
 * hang) is a finding. A new target is one small class that calls one of these.
 */
final class FuzzChecks {

    private FuzzChecks() {
    }

    /**
     * Reads {@code bytes} named {@code name} with {@code importer} the way the pipeline does: a
     * score, then a read. The documents must have text, and their structure spans must lie in it.
     */
    static void importWith(Importer importer, String name, byte[] bytes) {
        Source source = Source.of(name, bytes);
        importer.score(source, java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 8192)));
        List<Document> documents;
        try {
            if (importer instanceof ContainerImporter container) {
                // A container (an e-mail) may hold only other inputs: its attachments, which the pipeline imports.
                ContainerImporter.Contents contents = container.readContents(source);
                if (contents.documents().isEmpty() && contents.embedded().isEmpty()) {
                    throw new AssertionError("no document, no embedded input and no error for " + name);
                }
                for (Source embedded : contents.embedded()) {
                    if (!embedded.name().startsWith(name + "#")) {
                        throw new AssertionError("an embedded input not named after its container: " + embedded.name());
                    }
                }
                documents = contents.documents();
            } else {
                documents = importer.read(source);
            }
        } catch (ImportException e) {
            if (!e.getMessage().startsWith(name + ": ") || e.problem().isBlank()) {
                throw new AssertionError("a refusal must name the input and the problem: " + e.getMessage(), e);
            }
            return; // refused in words: a valid outcome
        } catch (IOException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("a refusal without a message", e);
            }
            return;
        }
        if (documents.isEmpty() && !(importer instanceof ContainerImporter)) {
            throw new AssertionError("no document and no error for " + name);
        }
        for (Document d : documents) {
            String text = d.getText();
            if (text == null || text.isBlank()) {
                throw new AssertionError("a document without text passed as imported");
            }
            for (StructureSpan s : d.getStructure()) {
                if (s.getBegin() < 0 || s.getBegin() > s.getEnd() || s.getEnd() > text.length()) {
                    throw new AssertionError("structure span [" + s.getBegin() + "," + s.getEnd() + ") outside a text of " + text.length());
                }
            }
        }
    }
}
