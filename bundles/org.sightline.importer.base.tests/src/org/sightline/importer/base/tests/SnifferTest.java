package org.sightline.importer.base.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sightline.importer.base.api.Format;
import org.sightline.importer.base.api.Sniffer;

class SnifferTest {

    private static Format format(String content, String name) {
        return Sniffer.detect(content.getBytes(StandardCharsets.UTF_8), name).format();
    }

    @Test
    void recognisesMarkupFeedsAndText() {
        assertEquals(Format.HTML, format("<!DOCTYPE html><html><body>x</body></html>", "a.txt"));
        assertEquals(Format.HTML, format("\uFEFF  <!-- saved page --><html lang=en>", "page"));
        assertEquals(Format.HTML, format("<div><p>fragment</p></div>", "frag"));
        assertEquals(Format.FEED, format("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>", "f.html"));
        assertEquals(Format.FEED, format("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "f"));
        assertEquals(Format.FEED, format("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY a \"b\"> ]>\n<rss/>", "f"));
        assertEquals(Format.TEXT, format("Pentagon to Reduce Its Role\nThe United States...", "a.html"));
        assertEquals(Format.TEXT, format("A note quoting <b>markup</b> in text.", "note.txt"));
        assertEquals(Format.HTML, format("A note quoting <b>markup</b> in text.", "note.html"));
    }

    @Test
    void binaryContentIsUnsupportedWhateverItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        Sniffer.Sniffed s = Sniffer.detect(png, "photo.html");
        assertEquals(Format.UNSUPPORTED, s.format());
        assertTrue(s.reason().startsWith("PNG image"), s.reason());
        assertTrue(Sniffer.detect("%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1), "doc.html")
                .reason().startsWith("PDF document"));
        assertEquals(Format.GZIP, Sniffer.detect(new byte[] {0x1F, (byte) 0x8B, 8, 0}, "x.html").format());
        assertEquals("empty input", Sniffer.detect(new byte[0], "x.txt").reason());
        assertTrue(Sniffer.detect(new byte[] {'a', 0, 'b', 0}, "x.txt").reason().contains("NUL"));
    }

    @Test
    void utf16TextWithBomIsText() {
        byte[] utf16 = "\uFEFFplain words".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(Format.TEXT, Sniffer.detect(utf16, "u.txt").format());
    }
}
