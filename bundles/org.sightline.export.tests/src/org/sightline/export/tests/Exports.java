package org.sightline.export.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Exporter;
import org.sightline.model.Corpus;

/** Runs an exporter the way the CLI does for standard output, and decodes what it wrote strictly. */
public final class Exports {

    private Exports() {
    }

    /** The bytes {@code exporter} writes to a single-stream target. */
    public static byte[] bytes(Exporter exporter, Corpus corpus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(corpus, ExportTarget.stream(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Exports into {@code folder} the way the CLI does with --out DIR/: committed only when the export succeeds. */
    public static void toFolder(Exporter exporter, Corpus corpus, java.nio.file.Path folder) throws IOException {
        try (ExportTarget target = ExportTarget.directory(folder)) {
            exporter.export(corpus, target);
            target.commit();
        }
    }

    /** The output as text; fails on malformed UTF-8 or a byte order mark (Sightline writes neither). */
    public static String text(Exporter exporter, Corpus corpus) {
        return utf8(bytes(exporter, corpus));
    }

    public static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                throw new AssertionError("output starts with a byte order mark");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new AssertionError("output is not valid UTF-8", e);
        }
    }
}
