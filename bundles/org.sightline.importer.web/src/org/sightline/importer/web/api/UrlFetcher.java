package org.sightline.importer.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.sightline.core.api.Gzip;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.Problems;
import org.sightline.core.api.Sizes;
import org.sightline.importer.web.internal.LimitedBody;

/**
 * Fetches http(s) URLs with java.net.http within {@link Limits}: one deadline for the whole fetch of
 * a URL, redirects included (a server that answers headers and then stalls, or a slow chain of
 * redirects, still ends in time), a connect timeout per connection, a body size limit (checked
 * against Content-Length and while reading) and a redirect limit (redirects are followed here, not
 * by the client, so the limit is ours). Gzip content ({@code Content-Encoding: gzip}, a {@code .gz}
 * URL) is expanded within {@link Limits#maxDecompressed()}. A user name and password in the URL are
 * sent as HTTP Basic credentials to that URL's own host only, and never appear in a message or a
 * name ({@link #withoutPassword(URI)}). Thread-safe.
 *
 * @since 0.1.0
 */
public final class UrlFetcher {

    /** A fetched response: where it ended up after redirects, its Content-Type, its charset and body. */
    public record Fetched(URI finalUri, int status, String contentType, String charset, byte[] body) {
    }

    private static final String USER_AGENT = "Sightline/0.1 (analyst workbench; +https://sightline.invalid)";

    private final Limits limits;
    /** Built on the first fetch: its TLS set-up costs a fifth of a second, which runs without URLs never need. */
    private HttpClient client;

    public UrlFetcher(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(limits.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    /**
     * Fetches {@code url}; any failure is an ImportException naming the URL (without its password)
     * and the problem.
     */
    public Fetched fetch(URI url) throws ImportException {
        String name = withoutPassword(url).toString();
        long deadline = System.nanoTime() + limits.readTimeout().toNanos();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            checkUri(current, name);
            HttpResponse<byte[]> response = send(current, url, name, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElseThrow(
                        () -> new ImportException(name, "HTTP " + status + " redirect without a Location header"));
                URI next;
                try {
                    next = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new ImportException(name, "HTTP " + status + " redirect to an invalid address");
                }
                if (redirects >= limits.maxRedirects()) {
                    throw new ImportException(name, "more than " + limits.maxRedirects() + " redirects (last to "
                            + withoutPassword(next) + ")");
                }
                current = next;
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new ImportException(name, "HTTP " + status + (current.equals(url) ? "" : " from " + withoutPassword(current)));
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            byte[] body = decode(response, name);
            return new Fetched(current, status, contentType, charsetOf(contentType), body);
        }
    }

    /** The body with its Content-Encoding undone, and a gzip file (a .gz URL) expanded, within the limits. */
    private byte[] decode(HttpResponse<byte[]> response, String name) throws ImportException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        byte[] body = response.body();
        try {
            switch (encoding) {
                case "identity", "" -> {
                    // as sent
                }
                case "gzip", "x-gzip" -> body = Gzip.gunzip(body, limits.maxDecompressed());
                default -> throw new ImportException(name, "the server sent the content encoded as '" + encoding
                        + "', which Sightline does not decode (it asks for gzip or none)");
            }
            // A .gz file served as such: the same expansion as for a .gz file on disk.
            return Gzip.isGzip(body) ? Gzip.gunzip(body, limits.maxDecompressed()) : body;
        } catch (IOException e) {
            throw new ImportException(name, e.getMessage(), e);
        }
    }

    private HttpResponse<byte[]> send(URI uri, URI original, String name, long deadline) throws ImportException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw deadlinePassed(name);
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(uri);
        } catch (IllegalArgumentException e) {
            throw new ImportException(name, "is not a URL that can be fetched");
        }
        request.timeout(Duration.ofNanos(remaining))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .header("Accept-Encoding", "gzip")
                .GET();
        String credentials = original.getRawUserInfo();
        if (credentials != null && sameOrigin(uri, original)) {
            // Never to another host a redirect leads to: the credentials belong to the URL the user typed.
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    java.net.URLDecoder.decode(credentials.replace("+", "%2B"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)));
        }
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request.build(),
                info -> LimitedBody.subscriber(info, limits.maxBytes()));
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw deadlinePassed(name);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportException(name, "interrupted while fetching", e);
        } catch (ExecutionException e) {
            throw failure(name, e.getCause());
        }
    }

    private ImportException deadlinePassed(String name) {
        return new ImportException(name, "no complete answer within " + limits.readTimeout().toSeconds() + " s");
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /**
     * {@code url} without the password of its user information ({@code https://ann:secret@host/}
     * becomes {@code https://ann@host/}): the form in which a URL appears in messages and results.
     */
    public static URI withoutPassword(URI url) {
        String userInfo = url.getRawUserInfo();
        if (userInfo == null || !userInfo.contains(":")) {
            return url;
        }
        String user = userInfo.substring(0, userInfo.indexOf(':'));
        String s = url.toString();
        int at = s.indexOf(userInfo + "@");
        return at < 0 ? url : URI.create(s.substring(0, at) + user + s.substring(at + userInfo.length()));
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
            return deadlinePassed(name);
        }
        if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException) {
            return new ImportException(name, Problems.describe(cause), cause);
        }
        if (cause instanceof IOException && cause.getMessage() != null
                && cause.getMessage().toLowerCase(Locale.ROOT).contains("unsupported or unrecognized ssl message")) {
            return new ImportException(name, "the server does not speak TLS (try http:// instead of https://)", cause);
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return new ImportException(name, "the secure connection failed (the server's certificate or TLS setup was refused)", cause);
        }
        if (cause instanceof IOException) {
            return new ImportException(name, "network error: " + Problems.describe(cause), cause);
        }
        return new ImportException(name, "fetch failed: " + Problems.describe(cause), cause);
    }

    private static void checkUri(URI uri, String name) throws ImportException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ImportException(name, "only http and https URLs are fetched, not '" + withoutPassword(uri) + "'");
        }
        if (uri.getHost() == null) {
            throw new ImportException(name, "the URL has no host name");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new ImportException(name, "the port " + uri.getPort() + " is out of range (1 to 65535)");
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
