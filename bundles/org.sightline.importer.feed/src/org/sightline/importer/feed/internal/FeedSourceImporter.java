package org.sightline.importer.feed.internal;

import java.util.List;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Source;
import org.sightline.importer.base.api.EngineImporter;
import org.sightline.importer.base.api.Format;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.feed.api.FeedImporter;

/** The RSS/Atom importer as a pipeline contribution: one document per feed item. */
public final class FeedSourceImporter extends EngineImporter {

    private final FeedImporter engine = new FeedImporter();

    public FeedSourceImporter() {
        super(Format.FEED);
    }

    @Override
    protected List<ImportedText> parse(String text, Source source) throws ImportException {
        return engine.importFeed(text, source.name());
    }

    @Override
    protected String noDocumentsReason() {
        return "is a feed with no items";
    }

    @Override
    protected String noTextReason() {
        return "is a feed whose items hold no text";
    }
}
