package org.sightline.importer.feed.api;

import java.util.List;

import org.sightline.core.api.ImportException;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.feed.internal.FeedReader;

/**
 * Imports an RSS 2.0, RSS 1.0 (RDF) or Atom feed: every item becomes a document with the item's
 * title, link, date and author; HTML content goes through the HTML engine, so the text of an item
 * is clean article text. Parsed with Jsoup's XML parser, which never loads external entities;
 * a feed whose DOCTYPE declares entities is refused outright rather than expanded.
 * Thread-safe and stateless.
 *
 * @since 0.1.0
 */
public final class FeedImporter {

    /** Importer id recorded in every {@link ImportedText} this engine makes. */
    public static final String ID = "org.sightline.importer.feed";

    /**
     * Imports the items of a feed, in feed order.
     *
     * @param xml   the decoded feed document
     * @param input the feed's name as the user gave it (path or URL), used in error messages
     * @throws ImportException naming {@code input} when it is not a feed or declares entities
     */
    public List<ImportedText> importFeed(String xml, String input) throws ImportException {
        return FeedReader.read(xml, input, ID);
    }
}
