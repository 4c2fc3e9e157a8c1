package org.sightline.importer.web.api;

import java.util.List;

import org.sightline.core.api.FileSources;
import org.sightline.core.api.SourceResolver;

/**
 * The inputs Sightline reads, for the batch command and the workbench alike: http(s) URLs, files, folders, .gz.
 *
 * @since 0.1.0
 */
public final class StandardInputs {

    private StandardInputs() {
    }

    /** URL first: the file resolver takes every input that is not a URL. */
    public static List<SourceResolver> resolvers() {
        return List.of(new UrlSources(), new FileSources());
    }
}
