package org.sightline.importer.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Problems;
import org.sightline.core.api.Source;
import org.sightline.core.api.SourceResolver;

/**
 * Sources from http(s) URLs, fetched with {@link UrlFetcher} within {@link Limits} (one deadline per
 * URL, size, redirects). A URL source starts downloading when the pipeline {@linkplain Source#prepare()
 * prepares} it, on a small pool of fetch threads, so that several URLs download at once while earlier
 * documents are analysed. The charset and media type the server declares travel with the source.
 * The source's name is the URL as given without its password.
 *
 * @since 0.1.0
 */
public final class UrlSources implements SourceResolver {

    /** Downloads at once, at most (the pipeline's look-ahead window bounds them too). */
    static final int MAX_CONCURRENT_FETCHES = 8;

    private final UrlFetcher fetcher;
    private final ExecutorService fetchers;

    public UrlSources() {
        this(Limits.DEFAULT);
    }

    public UrlSources(Limits limits) {
        this.fetcher = new UrlFetcher(limits);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_CONCURRENT_FETCHES, MAX_CONCURRENT_FETCHES, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "sightline-fetch-" + n.incrementAndGet());
                    t.setDaemon(true); // an idle pool must not keep the batch command alive
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.fetchers = pool;
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
            uri = new URI(input);
        } catch (URISyntaxException e) {
            String shown = input.replaceFirst("(?<=//)([^/@:]*):[^/@]*@", "$1@"); // no password in messages
            throw new ImportException(shown, "is not a valid URL (" + e.getReason().toLowerCase(Locale.ROOT)
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + ")");
        }
        sink.source(new UrlSource(UrlFetcher.withoutPassword(uri).toString(), uri));
    }

    /** One URL: fetched once, on the fetch pool, when prepared or first read. */
    private final class UrlSource implements Source {
        private final String name;
        private final URI uri;
        private Future<UrlFetcher.Fetched> fetch;

        UrlSource(String name, URI uri) {
            this.name = name;
            this.uri = uri;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public synchronized void prepare() {
            if (fetch == null) {
                fetch = fetchers.submit(() -> fetcher.fetch(uri));
            }
        }

        private UrlFetcher.Fetched fetched() throws IOException {
            prepare();
            try {
                // The fetcher's own deadline ends every fetch; no second timeout here.
                return fetch.get();
            } catch (InterruptedException e) {
                fetch.cancel(true);
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ImportException ie) {
                    throw new IOException(ie.problem(), ie);
                }
                throw new IOException("fetch failed: " + Problems.describe(e.getCause()), e.getCause());
            }
        }

        @Override
        public byte[] bytes() throws IOException {
            return fetched().body();
        }

        @Override
        public Optional<String> declaredCharset() {
            try {
                return Optional.ofNullable(fetched().charset());
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        @Override
        public Optional<String> declaredMediaType() {
            try {
                String type = fetched().contentType();
                return Optional.ofNullable(type == null ? null : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
