package org.sightline.core.api;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gzip content, as files ({@code .gz}), downloads ({@code .gz} URLs) and HTTP
 * {@code Content-Encoding: gzip} bring it: recognised by its magic bytes, expanded with a bound so
 * that a small bomb cannot fill the memory. The one place where Sightline decompresses its inputs.
 *
 * @since 0.2.0
 */
public final class Gzip {

    private Gzip() {
    }

    /** Whether {@code bytes} start with the gzip magic number (1f 8b). */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * Expands {@code raw} (every member of a multi-member file). Fails with a message for the analyst
     * when the content is damaged or truncated, or expands to more than {@code limit} bytes; at most
     * {@code limit + 1} bytes are ever held.
     */
    public static byte[] gunzip(byte[] raw, long limit) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (out.length > limit) {
                throw new IOException("decompresses to more than the limit of " + Sizes.describe(limit));
            }
            return out;
        } catch (EOFException e) {
            throw new IOException("is a damaged or truncated .gz file (it ends too early)", e);
        } catch (ZipException e) {
            throw new IOException("is a damaged .gz file (its compressed data is corrupt)", e);
        }
    }
}
