package org.sightline.cli.internal;

import java.util.List;

import org.sightline.core.api.FileSources;
import org.sightline.core.api.SourceResolver;

/** The inputs the batch command understands: files, folders and .gz files (URLs: see UrlSources). */
final class SourceResolvers {

    private SourceResolvers() {
    }

    static List<SourceResolver> standard() {
        return List.of(new FileSources());
    }
}
