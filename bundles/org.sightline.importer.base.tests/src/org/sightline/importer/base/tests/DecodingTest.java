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

    @Test
    void aDeclaredCharsetThatTheBytesContradictIsIgnored() {
        // Declared UTF-8, saved in windows-1252: the bytes are not UTF-8, so the declaration goes.
        byte[] legacy = "<p>\u201cWe will stand by our allies,\u201d the caf\u00e9 owner said.</p>".getBytes(CP1252);
        Decoding.Decoded header = Decoding.decodeWithSource(legacy, "utf-8");
        assertEquals("<p>\u201cWe will stand by our allies,\u201d the caf\u00e9 owner said.</p>", header.text());
        assertEquals(Source.DETECTED, header.source());
        byte[] metaUtf8 = ("<meta charset=\"utf-8\"><p>\u201cWe will stand by our allies,\u201d the caf\u00e9 owner said.</p>").getBytes(CP1252);
        assertEquals("<meta charset=\"utf-8\"><p>\u201cWe will stand by our allies,\u201d the caf\u00e9 owner said.</p>",
                Decoding.decode(metaUtf8, null));

        // Declared ISO-8859-1 (a server default), sent as UTF-8: read as UTF-8, not as "cafÃ©".
        Decoding.Decoded mislabelled = Decoding.decodeWithSource("Caf\u00e9 talks in Seoul \u2013 ministers".getBytes(StandardCharsets.UTF_8), "ISO-8859-1");
        assertEquals("Caf\u00e9 talks in Seoul \u2013 ministers", mislabelled.text());
        assertEquals(Source.VALID_UTF8, mislabelled.source());

        // A declaration the bytes bear out still wins, also for plain ASCII.
        assertEquals(Source.HEADER, Decoding.decodeWithSource("plain words".getBytes(StandardCharsets.US_ASCII), "windows-1252").source());
    }
}
