package org.sightline.testing;

import java.io.IOException;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one set-up and tear-down of the tests that fetch URLs: before each test a {@link LocalWeb} with
 * the test's own paths is started and a {@link SilentServer} opened; after it both are closed.
 * Register it on an instance field: {@code @RegisterExtension final LocalServers servers = new LocalServers(web -> ...);}
 */
public final class LocalServers implements BeforeEachCallback, AfterEachCallback {

    private final Consumer<LocalWeb> paths;
    private LocalWeb web;
    private SilentServer silent;

    /** Servers with only {@link LocalWeb}'s own pages. */
    public LocalServers() {
        this(web -> {
        });
    }

    /** Servers where {@code paths} adds the test's own paths ({@link LocalWeb#serve}) before the web server starts. */
    public LocalServers(Consumer<LocalWeb> paths) {
        this.paths = paths;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        web = new LocalWeb();
        paths.accept(web);
        web.start();
        silent = new SilentServer();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        // Close both even when one fails: a server left open would hold its port for the next test.
        try (LocalWeb w = web; SilentServer s = silent) {
            web = null;
            silent = null;
        }
    }

    /** The web server of the running test. */
    public LocalWeb web() {
        return web;
    }

    /** The server that never answers, of the running test. */
    public SilentServer silent() {
        return silent;
    }
}
