package org.sightline.importer.html.api;

import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.html.internal.HtmlEngine;

/**
 * Imports a web page as its article body: paragraphs, headings and list items, without
 * navigation, ads, share bars, related links, captions, cookie banners or reader comments.
 * Metadata (title, author, date, publisher, canonical URL, language) comes from the page's meta
 * tags, JSON-LD and markup. Thread-safe and stateless.
 *
 * @since 0.1.0
 */
public final class HtmlArticleImporter {

    /** Importer id recorded in every {@link ImportedText} this engine makes. */
    public static final String ID = "org.sightline.importer.html";

    /**
     * Extracts the article of a page.
     *
     * @param html    the page source, already decoded (see {@code Decoding})
     * @param baseUri the page's address for resolving relative links, or null
     * @return the article text (possibly empty when the page holds no text) and metadata
     */
    public ImportedText importHtml(String html, String baseUri) {
        return HtmlEngine.run(html, baseUri, ID);
    }
}
