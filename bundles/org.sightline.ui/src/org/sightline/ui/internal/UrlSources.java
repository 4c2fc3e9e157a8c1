package org.sightline.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.sightline.core.api.FileSources;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.Source;
import org.sightline.core.api.SourceResolver;

/**
 * http(s) inputs of the Import wizard (pages and feeds): fetched once, at most
 * {@link FileSources#DEFAULT_MAX_BYTES}, with the declared charset and media type passed on to the
 * importers. Kept small on purpose: when the core offers a URL resolver, use that instead.
 */
final class UrlSources implements SourceResolver {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public boolean accepts(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    @Override
    public void resolve(String input, Sink sink) throws ImportException {
        URI uri;
        try {
            uri = URI.create(input.strip());
        } catch (IllegalArgumentException e) {
            throw new ImportException(input, "is not a valid URL (" + e.getMessage() + ")");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Sightline (analyst workbench)").GET().build();
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes((int) FileSources.DEFAULT_MAX_BYTES + 1);
            }
            if (response.statusCode() >= 400) {
                throw new ImportException(input, "the server answered HTTP " + response.statusCode());
            }
            if (body.length > FileSources.DEFAULT_MAX_BYTES) {
                throw new ImportException(input, "is larger than " + (FileSources.DEFAULT_MAX_BYTES >> 20) + " MiB");
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            sink.source(new Fetched(input, body, contentType));
        } catch (IOException e) {
            throw new ImportException(input, "cannot be fetched (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(input, "the download was cancelled");
        }
    }

    private record Fetched(String name, byte[] content, String contentType) implements Source {
        @Override
        public byte[] bytes() {
            return content;
        }

        @Override
        public Optional<String> declaredMediaType() {
            String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }

        @Override
        public Optional<String> declaredCharset() {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    return Optional.of(p.substring(8).replace("\"", "").strip());
                }
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
