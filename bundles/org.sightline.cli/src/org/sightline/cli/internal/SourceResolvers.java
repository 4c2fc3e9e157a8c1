package org.sightline.cli.internal;

import java.util.List;

import org.sightline.core.api.FileSources;
import org.sightline.core.api.SourceResolver;
import org.sightline.importer.web.api.UrlSources;

/** The inputs the batch command understands: http(s) URLs, files, folders, .gz files. */
final class SourceResolvers {

    private SourceResolvers() {
    }

    static List<SourceResolver> standard() {
        return List.of(new UrlSources(), new FileSources());
    }
}
