package org.sightline.importer.html.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sightline.importer.base.api.ImportedText;

/** Parses a page, reads its metadata and extracts its article body. */
public final class HtmlEngine {

    private HtmlEngine() {
    }

    public static ImportedText run(String html, String baseUri, String importerId) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Metadata meta = Metadata.read(doc);
        ArticleExtractor.Result result = ArticleExtractor.extract(doc, meta);
        TextAssembler.Assembled a = TextAssembler.assemble(result.blocks());
        return new ImportedText(a.text(), meta.title(), meta.author(), meta.published(), meta.publisher(),
                meta.canonicalUrl(), meta.language(), a.structure(), importerId);
    }
}
