package org.sightline.importer.html.internal;

import java.util.List;

import org.sightline.core.api.Source;
import org.sightline.importer.base.api.EngineImporter;
import org.sightline.importer.base.api.Format;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.html.api.HtmlArticleImporter;

/** The HTML article importer as a pipeline contribution: one document per page, the article body only. */
public final class HtmlImporter extends EngineImporter {

    private final HtmlArticleImporter engine = new HtmlArticleImporter();

    public HtmlImporter() {
        super(Format.HTML);
    }

    @Override
    protected List<ImportedText> parse(String text, Source source) {
        return List.of(engine.importHtml(text, baseUri(source)));
    }

    @Override
    protected String noTextReason() {
        return "is a page with no article text";
    }
}
