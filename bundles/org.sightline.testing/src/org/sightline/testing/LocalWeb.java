package org.sightline.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 for tests that fetch URLs (there is no internet in the build), on a free port. It
 * serves a windows-1252 article page two ways: {@code /cp1252-header} declares the charset in the Content-Type
 * header, {@code /cp1252-meta} only in a meta tag; a test adds its own paths with {@link #serve} before
 * {@link #start}. Closing stops it.
 */
public final class LocalWeb implements AutoCloseable {

    public static final Charset CP1252 = Charset.forName("windows-1252");
    /** The article paragraph: curly quotes, an en dash and an é, whose bytes differ between windows-1252 and UTF-8. */
    public static final String ARTICLE = "<p>\u201cWe will continue to uphold our commitments,\u201d the official "
            + "said \u2013 adding that the caf\u00e9 talks in Seoul would resume next week with allied ministers.</p>";
    /** The text of {@link #ARTICLE} as an importer must read it. */
    public static final String ARTICLE_TEXT = "\u201cWe will continue to uphold our commitments,\u201d the official said \u2013 "
            + "adding that the caf\u00e9 talks in Seoul would resume next week with allied ministers.";

    private final HttpServer server;

    public LocalWeb() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a test web server on 127.0.0.1", e);
        }
        serve("/cp1252-header", ex -> send(ex, 200, "text/html; charset=windows-1252",
                ("<html><body>" + ARTICLE + "</body></html>").getBytes(CP1252)));
        serve("/cp1252-meta", ex -> send(ex, 200, "text/html",
                ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                        + "</head><body>" + ARTICLE + "</body></html>").getBytes(CP1252)));
    }

    /** Answers requests for {@code path} (and below it) with {@code handler}. */
    public LocalWeb serve(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    public LocalWeb start() {
        server.start();
        return this;
    }

    /** The URL of {@code path} on this server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Answers with {@code status} and {@code body} of content type {@code type}. */
    public static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
