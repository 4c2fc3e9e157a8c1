package org.sightline.importer.web.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Sizes;
import org.sightline.importer.web.internal.LimitedBody;

/**
 * Fetches http(s) URLs with java.net.http within {@link Limits}: connect timeout, one deadline
 * for the whole response (a server that answers headers and then stalls still ends in time),
 * a body size limit (checked against Content-Length and while reading) and a redirect limit
 * (redirects are followed here, not by the client, so the limit is ours). Thread-safe.
 */
public final class UrlFetcher {

    /** A fetched response: where it ended up after redirects, its Content-Type, its charset and body. */
    public record Fetched(URI finalUri, int status, String contentType, String charset, byte[] body) {
    }

    private static final String USER_AGENT = "Sightline/0.1 (analyst workbench; +https://sightline.invalid)";

    private final Limits limits;
    private final HttpClient client;

    public UrlFetcher(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Fetches {@code url}; any failure is an ImportException naming the URL and the problem.
     */
    public Fetched fetch(URI url) throws ImportException {
        String name = url.toString();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            checkScheme(current, name);
            HttpResponse<byte[]> response = send(current, name);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElseThrow(
                        () -> new ImportException(name, "HTTP " + status + " redirect without a Location header"));
                if (redirects >= limits.maxRedirects()) {
                    throw new ImportException(name, "more than " + limits.maxRedirects() + " redirects (last to "
                            + location + ")");
                }
                current = current.resolve(location.strip());
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new ImportException(name, "HTTP " + status + (current.equals(url) ? "" : " from " + current));
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            return new Fetched(current, status, contentType, charsetOf(contentType), response.body());
        }
    }

    private HttpResponse<byte[]> send(URI uri, String name) throws ImportException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(limits.readTimeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request,
                info -> LimitedBody.subscriber(info, limits.maxBytes()));
        long deadline = limits.connectTimeout().toMillis() + limits.readTimeout().toMillis();
        try {
            return future.get(deadline, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ImportException(name, "no complete answer within " + deadline / 1000.0 + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportException(name, "interrupted while fetching", e);
        } catch (ExecutionException e) {
            throw failure(name, e.getCause());
        }
    }

    private ImportException failure(String name, Throwable cause) {
        if (cause instanceof LimitedBody.TooLarge) {
            return new ImportException(name, "response is larger than the limit of "
                    + Sizes.describe(limits.maxBytes()));
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new ImportException(name, "no connection within " + limits.connectTimeout().toSeconds() + " s", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new ImportException(name, "no answer within " + limits.readTimeout().toSeconds() + " s", cause);
        }
        if (cause instanceof ConnectException) {
            return new ImportException(name, "connection refused or unreachable", cause);
        }
        if (cause instanceof IOException) {
            return new ImportException(name, "network error: " + cause, cause);
        }
        return new ImportException(name, "fetch failed: " + cause, cause);
    }

    private static void checkScheme(URI uri, String name) throws ImportException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ImportException(name, "only http and https URLs are fetched, not '" + uri + "'");
        }
        if (uri.getHost() == null) {
            throw new ImportException(name, "URL has no host: " + uri);
        }
    }

    /** The charset parameter of a Content-Type header, or null. */
    public static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).strip();
                if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
