package org.sightline.importer.base.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sightline.importer.base.api.Decoding;
import org.sightline.importer.base.api.Decoding.Source;

class DecodingTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void bomWinsAndIsDropped() {
        byte[] bytes = "\uFEFFcaf\u00e9".getBytes(StandardCharsets.UTF_8);
        Decoding.Decoded d = Decoding.decodeWithSource(bytes, "windows-1252");
        assertEquals("caf\u00e9", d.text());
        assertEquals(Source.BOM, d.source());
        assertEquals("caf\u00e9", Decoding.decode("\uFEFFcaf\u00e9".getBytes(StandardCharsets.UTF_16BE), null));
    }

    @Test
    void headerThenMetaThenFallback() {
        byte[] cp1252 = "<meta charset=\"windows-1252\"><p>\u201cQuoted\u201d \u2013 caf\u00e9</p>".getBytes(CP1252);
        Decoding.Decoded meta = Decoding.decodeWithSource(cp1252, null);
        assertEquals(Source.DECLARATION, meta.source());
        assertEquals("<meta charset=\"windows-1252\"><p>\u201cQuoted\u201d \u2013 caf\u00e9</p>", meta.text());

        Decoding.Decoded header = Decoding.decodeWithSource("caf\u00e9".getBytes(StandardCharsets.UTF_8), "utf-8");
        assertEquals(Source.HEADER, header.source());
        assertEquals("caf\u00e9", header.text());

        byte[] undeclared = "\u201cQuoted\u201d caf\u00e9".getBytes(CP1252);
        Decoding.Decoded fallback = Decoding.decodeWithSource(undeclared, "no-such-charset");
        // Undeclared and not UTF-8: the charset detector recognises windows-1252 (CharsetDetectionTest has the rest).
        assertEquals(Source.DETECTED, fallback.source());
        assertEquals(CP1252, fallback.charset());
        assertEquals("\u201cQuoted\u201d caf\u00e9", fallback.text());

        assertEquals(Source.VALID_UTF8, Decoding.decodeWithSource("caf\u00e9".getBytes(StandardCharsets.UTF_8), null)
                .source());
    }

    @Test
    void latin1LabelsMeanWindows1252AndXmlDeclarationsCount() {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>\u2019</rss>".getBytes(CP1252);
        assertEquals("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>\u2019</rss>", Decoding.decode(bytes, null));
        assertEquals(CP1252, Decoding.forLabel("latin1"));
        assertEquals(StandardCharsets.UTF_8, Decoding.forLabel(" UTF8 "));
    }
}
