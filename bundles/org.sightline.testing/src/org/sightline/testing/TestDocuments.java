package org.sightline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The small documents made once for the importer tests (PDF, Word, OpenDocument, broken PDFs) and
 * committed in this bundle's {@code documents/} folder; {@code documents/make-documents.py} made them
 * from public-domain texts with LibreOffice (see {@code documents/NOTICE}).
 */
public final class TestDocuments {

    public static final String SAMPLE_PDF = "sample-header-footer.pdf";
    public static final String SAMPLE_TWO_COLUMNS_PDF = "sample-two-columns.pdf";
    public static final String SAMPLE_DOCX = "sample-header-footer.docx";
    public static final String SAMPLE_ODT = "sample-header-footer.odt";
    public static final String CENTCOM_PDF = "centcom-footnotes.pdf";
    public static final String CENTCOM_DOCX = "centcom-footnotes.docx";
    public static final String SCANNED_PDF = "scanned-image-only.pdf";
    public static final String TRUNCATED_PDF = "truncated.pdf";
    public static final String ENCRYPTED_PDF = "encrypted.pdf";
    public static final String REAL_PDF = "shared-mime-info-spec.pdf";

    private TestDocuments() {
    }

    /** The bytes of one of the documents above. */
    public static byte[] bytes(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/documents/" + name)) {
            if (in != null) {
                return in.readAllBytes();
            }
            // On a plain class path (benchmarks) the folder is not in the classes: read it from the checkout.
            java.nio.file.Path file = java.nio.file.Path.of("bundles/org.sightline.testing/documents", name);
            if (java.nio.file.Files.isRegularFile(file)) {
                return java.nio.file.Files.readAllBytes(file);
            }
            throw new IllegalStateException("test document " + name + " is missing from org.sightline.testing/documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
