package org.sightline.importer.web.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sightline.testing.LocalWeb;
import org.sightline.testing.LocalServers;
import org.sightline.core.api.ImportException;
import org.sightline.importer.web.api.Limits;
import org.sightline.importer.web.api.UrlFetcher;

import com.sun.net.httpserver.HttpExchange;

/** Fetching against a server on 127.0.0.1 that the test starts; there is no internet here. */
class UrlFetcherTest {

    private static final Limits FAST = Limits.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

    @RegisterExtension
    final LocalServers servers = new LocalServers(web -> { // LocalWeb serves /cp1252-header, the end of the redirects
        web.serve("/r1", ex -> redirect(ex, "/r2"));
        web.serve("/r2", ex -> redirect(ex, "/cp1252-header"));
        web.serve("/loop", ex -> redirect(ex, "/loop"));
        web.serve("/missing", ex -> LocalWeb.send(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
        web.serve("/big", ex -> LocalWeb.send(ex, 200, "text/html", new byte[2 * 1024 * 1024]));
        web.serve("/chunked", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = "<p>spam spam spam</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 200; i++) {
                    out.write(chunk);
                }
            } catch (IOException expected) {
                // the client hangs up once the limit is reached
            }
        });
    });

    private URI url(String path) {
        return servers.web().uri(path);
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    @Test
    void followsRedirectsUpToTheLimit() throws ImportException {
        UrlFetcher.Fetched page = new UrlFetcher(FAST).fetch(url("/r1"));
        assertEquals(url("/cp1252-header"), page.finalUri());
        ImportException e = assertThrows(ImportException.class,
                () -> new UrlFetcher(FAST.withMaxRedirects(1)).fetch(url("/r1")));
        assertTrue(e.getMessage().contains("more than 1 redirects"), e.getMessage());
        ImportException loop = assertThrows(ImportException.class, () -> new UrlFetcher(FAST).fetch(url("/loop")));
        assertEquals(url("/loop").toString(), loop.input());
    }

    @Test
    void httpErrorsNameTheUrlAndStatus() {
        ImportException e = assertThrows(ImportException.class, () -> new UrlFetcher(FAST).fetch(url("/missing")));
        assertEquals(url("/missing") + ": HTTP 404", e.getMessage());
    }

    @Test
    void bodiesOverTheSizeLimitAreRefused() {
        Limits small = FAST.withMaxBytes(1024 * 1024);
        ImportException declared = assertThrows(ImportException.class, () -> new UrlFetcher(small).fetch(url("/big")));
        assertTrue(declared.getMessage().endsWith("response is larger than the limit of 1 MiB"), declared.getMessage());
        ImportException streamed = assertThrows(ImportException.class,
                () -> new UrlFetcher(small).fetch(url("/chunked")));
        assertTrue(streamed.getMessage().contains("larger than the limit"), streamed.getMessage());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        URI never = URI.create("http://127.0.0.1:" + servers.silent().port() + "/article");
        Limits quick = Limits.DEFAULT.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(ImportException.class, () -> new UrlFetcher(quick).fetch(never)));
        assertEquals(never.toString(), e.input());
        assertTrue(e.problem().startsWith("no answer within") || e.problem().startsWith("no complete answer"),
                e.getMessage());
    }

    @Test
    void onlyHttpUrlsAreFetched() {
        ImportException e = assertThrows(ImportException.class,
                () -> new UrlFetcher(FAST).fetch(URI.create("file:///etc/passwd")));
        assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
    }

    @Test
    void charsetParameterParsing() {
        assertEquals("utf-8", UrlFetcher.charsetOf("text/html; charset=utf-8"));
        assertEquals("ISO-8859-1", UrlFetcher.charsetOf("text/html;Charset=\"ISO-8859-1\""));
        assertEquals(null, UrlFetcher.charsetOf("text/html"));
    }
}
