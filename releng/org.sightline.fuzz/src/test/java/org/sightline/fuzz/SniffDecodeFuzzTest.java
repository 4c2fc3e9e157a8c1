package org.sightline.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.sightline.core.api.Gzip;
import org.sightline.importer.base.api.Decoding;
import org.sightline.importer.base.api.Sniffer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The sniffer, the decoder (BOM, declared charsets checked against the bytes, UTF-8, ICU4J detection)
 * and gzip expansion with its bound, on arbitrary bytes with an arbitrary transport charset label.
 */
class SniffDecodeFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void sniffAndDecode(FuzzedDataProvider data) {
        String header = data.consumeBoolean() ? data.consumeString(24) : null;
        String name = data.pickValue(new String[] {"a.txt", "a.html", "a.xml", "a", "a.html.gz"});
        byte[] bytes = data.consumeRemainingAsBytes();
        Sniffer.Sniffed s = Sniffer.detect(Arrays.copyOf(bytes, Math.min(bytes.length, Sniffer.HEAD_BYTES)), name);
        if (s.format() == null) {
            throw new AssertionError("no verdict");
        }
        Decoding.Decoded d = Decoding.decodeWithSource(bytes, header);
        if (d.text() == null || d.charset() == null || d.source() == null) {
            throw new AssertionError("incomplete decoding: " + d);
        }
        if (Gzip.isGzip(bytes)) {
            try {
                byte[] out = Gzip.gunzip(bytes, 1 << 20);
                if (out.length > 1 << 20) {
                    throw new AssertionError("expanded past the bound: " + out.length);
                }
            } catch (IOException e) {
                if (e.getMessage() == null || e.getMessage().contains("Exception")) {
                    throw new AssertionError("a gzip refusal must be in words: " + e.getMessage(), e);
                }
            }
        }
        // Decoding again gives the same text: nothing depends on state left from an earlier input.
        if (!Decoding.decode(bytes, header).equals(d.text())) {
            throw new AssertionError("decoding is not deterministic for " + new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }
}
