package org.sightline.importer.web.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.Source;
import org.sightline.core.api.SourceResolver;
import org.sightline.importer.web.api.Limits;
import org.sightline.importer.web.api.UrlFetcher;
import org.sightline.importer.web.api.UrlSources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The probe's URL cases (issue 17, item 6) against a server on 127.0.0.1: one deadline per URL across
 * redirects, concurrent downloads, gzip content, and passwords in URLs.
 */
class UrlReliabilityTest {

    private static final byte[] PAGE = "<html><body><p>The minister said that talks would resume.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private ExecutorService serverThreads;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final List<String> authorizations = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads); // the default executor answers one request at a time
        for (int i = 1; i <= 5; i++) {
            String next = i < 5 ? "/hop" + (i + 1) : "/page";
            server.createContext("/hop" + i, ex -> {
                pause(800);
                ex.getResponseHeaders().add("Location", next);
                ex.sendResponseHeaders(302, -1);
                ex.close();
            });
        }
        server.createContext("/page", ex -> send(ex, "text/html; charset=utf-8", null, PAGE));
        server.createContext("/slow", ex -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            pause(700);
            inFlight.decrementAndGet();
            send(ex, "text/html", null, PAGE);
        });
        server.createContext("/encoded", ex -> send(ex, "text/html", "gzip", gzip(PAGE)));
        server.createContext("/page.html.gz", ex -> send(ex, "application/gzip", null, gzip(PAGE)));
        server.createContext("/bomb", ex -> send(ex, "text/html", "gzip", gzip(new byte[4 << 20])));
        server.createContext("/auth", ex -> {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            synchronized (authorizations) {
                authorizations.add(String.valueOf(auth));
            }
            String expected = "Basic " + Base64.getEncoder().encodeToString("ann:s3cret".getBytes(StandardCharsets.UTF_8));
            if (expected.equals(auth)) {
                send(ex, "text/html", null, PAGE);
            } else {
                ex.sendResponseHeaders(401, -1);
                ex.close();
            }
        });
        server.createContext("/elsewhere", ex -> {
            // Another host name for the same server: credentials must not follow the redirect.
            ex.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort() + "/auth");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange ex, String type, String encoding, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        if (encoding != null) {
            ex.getResponseHeaders().add("Content-Encoding", encoding);
        }
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    /** Resolves one input with UrlSources and returns its source. */
    private static Source resolve(UrlSources sources, String input) throws ImportException {
        List<Source> found = new ArrayList<>();
        sources.resolve(input, new SourceResolver.Sink() {
            @Override
            public void source(Source s) {
                found.add(s);
            }

            @Override
            public void failed(String in, String reason) {
                throw new AssertionError(in + ": " + reason);
            }
        });
        assertEquals(1, found.size());
        return found.get(0);
    }

    @Test
    void oneDeadlineCoversTheWholeChainOfRedirects() {
        // Five hops of 0.8 s each: every hop is well within 2 s, the chain is not.
        Limits twoSeconds = Limits.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        ImportException e = assertThrows(ImportException.class, () -> new UrlFetcher(twoSeconds).fetch(URI.create(url("/hop1"))));
        assertEquals(url("/hop1") + ": no complete answer within 2 s", e.getMessage());
    }

    @Test
    void preparedUrlsDownloadConcurrently() throws IOException, ImportException {
        UrlSources sources = new UrlSources(Limits.DEFAULT);
        List<Source> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(resolve(sources, url("/slow?n=" + i)));
        }
        all.forEach(Source::prepare);
        for (Source s : all) {
            assertArrayEquals(PAGE, s.bytes());
        }
        assertTrue(maxInFlight.get() >= 2, "downloads overlapped: at most " + maxInFlight.get() + " at once");
    }

    @Test
    void gzipContentEncodingAndGzipFilesAreExpanded() throws IOException, ImportException {
        UrlSources sources = new UrlSources(Limits.DEFAULT);
        assertArrayEquals(PAGE, resolve(sources, url("/encoded")).bytes());
        assertArrayEquals(PAGE, resolve(sources, url("/page.html.gz")).bytes());
    }

    @Test
    void gzipContentIsExpandedWithinTheDecompressionLimit() throws ImportException {
        Limits small = new Limits(20L << 20, 1L << 20, Duration.ofSeconds(10), Duration.ofSeconds(30), 5);
        IOException e = assertThrows(IOException.class, () -> resolve(new UrlSources(small), url("/bomb")).bytes());
        assertEquals("decompresses to more than the limit of 1 MiB", e.getMessage());
    }

    @Test
    void aPasswordInTheUrlIsSentToItsHostButNeverShownNorForwarded() throws IOException, ImportException {
        String withPassword = url("/auth").replace("http://", "http://ann:s3cret@");
        Source s = resolve(new UrlSources(Limits.DEFAULT), withPassword);
        assertEquals(url("/auth").replace("http://", "http://ann@"), s.name());
        assertArrayEquals(PAGE, s.bytes());

        String redirected = url("/elsewhere").replace("http://", "http://ann:s3cret@");
        Source other = resolve(new UrlSources(Limits.DEFAULT), redirected);
        IOException e = assertThrows(IOException.class, other::bytes);
        assertEquals("HTTP 401 from http://localhost:" + server.getAddress().getPort() + "/auth", e.getMessage());
        assertFalse(other.name().contains("s3cret"), other.name());
        assertEquals("null", authorizations.get(authorizations.size() - 1), "no credentials to another host");
    }

    @Test
    void aPortOutOfRangeIsSaidInWords() throws ImportException {
        Source s = resolve(new UrlSources(Limits.DEFAULT), "http://127.0.0.1:99999/");
        IOException e = assertThrows(IOException.class, s::bytes);
        assertEquals("the port 99999 is out of range (1 to 65535)", e.getMessage());
    }

    @Test
    void anInvalidUrlIsSaidInWordsWithoutItsPassword() {
        ImportException e = assertThrows(ImportException.class,
                () -> new UrlSources(Limits.DEFAULT).resolve("http://ann:s3cret@host/a b", null));
        assertEquals("http://ann@host/a b: is not a valid URL (illegal character in path at character 25)", e.getMessage());
    }
}
