package org.sightline.importer.text.internal;

import java.util.Arrays;
import java.util.List;

import org.sightline.core.api.Source;
import org.sightline.importer.base.api.EngineImporter;
import org.sightline.importer.base.api.Format;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.base.api.Sniffer;
import org.sightline.importer.text.api.PlainTextImporter;

/**
 * The plain-text importer as a pipeline contribution: the document text is the file content.
 * It also bids (lowest) on content no importer reads, an image or a PDF named .html, so that the
 * analyst is told what the input really is instead of a generic "unsupported".
 */
public final class TextImporter extends EngineImporter {

    private final PlainTextImporter engine = new PlainTextImporter();

    public TextImporter() {
        super(Format.TEXT);
    }

    @Override
    public int score(Source source, byte[] head) {
        int score = super.score(source, head);
        if (score == 0 && Sniffer.detect(Arrays.copyOf(head, head.length), nameWithoutGz(source)).format() == Format.UNSUPPORTED) {
            return 1; // read() then throws with Sniffer's reason
        }
        return score;
    }

    @Override
    protected List<ImportedText> parse(String text, Source source) {
        return List.of(engine.importText(text));
    }
}
