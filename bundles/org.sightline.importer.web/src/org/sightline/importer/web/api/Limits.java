package org.sightline.importer.web.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what an import may cost, so that one hostile or broken input cannot hang or exhaust
 * a batch run.
 *
 * @param maxBytes        largest input (file or HTTP body) read, in bytes
 * @param maxDecompressed largest content a gzip input may expand to, in bytes
 * @param connectTimeout  longest wait for a TCP/TLS connection
 * @param readTimeout     longest wait for a whole HTTP response (headers and body) once connected
 * @param maxRedirects    HTTP redirects followed before giving up
 *
 * @since 0.1.0
 */
public record Limits(long maxBytes, long maxDecompressed, Duration connectTimeout, Duration readTimeout,
        int maxRedirects) {

    /** 20 MiB inputs, 50 MiB decompressed, 10 s to connect, 30 s to read, 5 redirects. */
    public static final Limits DEFAULT = new Limits(20L << 20, 50L << 20, Duration.ofSeconds(10),
            Duration.ofSeconds(30), 5);

    public Limits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxBytes <= 0 || maxDecompressed <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxDecompressed
                    + ", " + maxRedirects);
        }
    }

    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxDecompressed, connectTimeout, readTimeout, maxRedirects);
    }

    public Limits withTimeouts(Duration connect, Duration read) {
        return new Limits(maxBytes, maxDecompressed, connect, read, maxRedirects);
    }

    public Limits withMaxRedirects(int redirects) {
        return new Limits(maxBytes, maxDecompressed, connectTimeout, readTimeout, redirects);
    }
}
