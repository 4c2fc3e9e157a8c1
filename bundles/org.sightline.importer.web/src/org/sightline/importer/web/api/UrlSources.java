package org.sightline.importer.web.api;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Source;
import org.sightline.core.api.SourceResolver;

/**
 * Sources from http(s) URLs, fetched with {@link UrlFetcher} within {@link Limits} (timeouts,
 * size, redirects). The charset and media type the server declares travel with the source.
 */
public final class UrlSources implements SourceResolver {

    private final UrlFetcher fetcher;

    public UrlSources() {
        this(Limits.DEFAULT);
    }

    public UrlSources(Limits limits) {
        this.fetcher = new UrlFetcher(limits);
    }

    @Override
    public boolean accepts(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    @Override
    public void resolve(String input, Sink sink) throws ImportException {
        URI uri;
        try {
            uri = URI.create(input);
        } catch (IllegalArgumentException e) {
            throw new ImportException(input, "is not a valid URL (" + e.getMessage() + ")");
        }
        UrlFetcher.Fetched f = fetcher.fetch(uri);
        byte[] body = f.body();
        String mediaType = f.contentType() == null ? null : f.contentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        sink.source(new Source() {
            @Override
            public String name() {
                return input;
            }

            @Override
            public byte[] bytes() {
                return body;
            }

            @Override
            public Optional<String> declaredCharset() {
                return Optional.ofNullable(f.charset());
            }

            @Override
            public Optional<String> declaredMediaType() {
                return Optional.ofNullable(mediaType);
            }

            @Override
            public String toString() {
                return input;
            }
        });
    }
}
