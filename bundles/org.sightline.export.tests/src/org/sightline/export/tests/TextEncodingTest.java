package org.sightline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sightline.export.internal.CsvWriter;
import org.sightline.export.internal.MarkdownText;
import org.sightline.export.internal.Numbers;
import org.sightline.export.internal.Values;
import org.sightline.export.internal.XmlText;

/** The small encoders the exporters share, each checked against the reader of its format. */
class TextEncodingTest {

    @ParameterizedTest
    @ValueSource(strings = { "- dash item", "+ plus item", "* star item", "1. numbered", "12) numbered", "# heading",
            "### heading", "> quote", "    code block", "\tcode block", "===", "---", "***", "<div>html</div>",
            "<script>alert(1)</script>", "&amp; entity", "[link](http://x.example)", "![img](x.png)", "`code`",
            "**bold** _it_", "a | b | c", "~~strike~~", "<http://auto.example>", "\\backslash", "line\nbreak - and\n1. more",
            "trailing backslash\\", "=SUM(A1)", "2026. A year" })
    void markdownEscapingRendersTheTextItself(String text) {
        String markdown = MarkdownText.escape(text, true);
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        var body = Jsoup.parseBodyFragment(html).body();
        assertEquals(1, body.children().size(), "one paragraph for " + markdown + " -> " + html);
        assertEquals("p", body.child(0).tagName(), html);
        assertEquals(ReportExpectations.collapsed(text), ReportExpectations.collapsed(body.text()), html);
    }

    @Test
    void emphasisOnlyWhereCommonMarkTakesIt() {
        assertTrue(MarkdownText.canEmphasize("stressed"));
        assertTrue(MarkdownText.canEmphasize("South Korea\u2019s defense ministry"));
        assertFalse(MarkdownText.canEmphasize("\"quoted\""));
        assertFalse(MarkdownText.canEmphasize(" padded"));
        assertFalse(MarkdownText.canEmphasize("two\nlines"));
        assertFalse(MarkdownText.canEmphasize(""));
    }

    @Test
    void csvFormulaGuardIsReversible() {
        assertEquals("'=1+1", CsvWriter.guard("=1+1"));
        assertEquals("'+44 20", CsvWriter.guard("+44 20"));
        assertEquals("'-3", CsvWriter.guard("-3"));
        assertEquals("'@SUM(A1)", CsvWriter.guard("@SUM(A1)"));
        assertEquals("'\tx", CsvWriter.guard("\tx"));
        assertEquals("''=already", CsvWriter.guard("'=already"), "an apostrophe before a trigger gets one more");
        assertEquals("'plain", CsvWriter.guard("'plain"), "an apostrophe before text stays as it is");
        assertEquals("a=b", CsvWriter.guard("a=b"));
        assertEquals("", CsvWriter.guard(""));
        for (String s : List.of("=1+1", "'=already", "''@x", "'plain", "plain", "-", "'")) {
            assertEquals(s, Rfc4180.unguard(CsvWriter.guard(s)), "round trip of " + s);
        }
    }

    @Test
    void csvQuotingFollowsRfc4180() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).text("plain").text("a,b").text("say \"hi\"").text("two\nlines").text("cr\rhere").text(null).number(7)
                .decimal(0.25).end();
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,7,0.25\r\n", out.toString());
        assertEquals(List.of(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", "7", "0.25")), Rfc4180.parse(out.toString()));
    }

    @Test
    void listCellsSplitBack() {
        List<String> values = List.of("a;b", "back\\slash", "", "plain");
        assertEquals("a\\;b;back\\\\slash;;plain", Values.join(values));
        assertEquals(values, Rfc4180.values(Values.join(values)));
    }

    @Test
    void numbersInPlainNotation() {
        assertEquals("0.9", Numbers.plain(0.9));
        assertEquals("1", Numbers.plain(1.0));
        assertEquals("0", Numbers.plain(-0.0));
        assertEquals("0.0000001", Numbers.plain(1e-7));
        assertEquals("12345678901", Numbers.plain(12345678901.0));
        assertEquals("", Numbers.plain(Double.NaN));
    }

    @Test
    void xmlTextAndNames() {
        assertEquals("a\uFFFDb\tc\nd\uFFFD", XmlText.clean("a\u0000b\tc\nd\uD800"));
        assertEquals("\uD83D\uDE00 ok", XmlText.clean("\uD83D\uDE00 ok"), "a surrogate pair is kept");
        assertEquals("a12", XmlText.nmtoken("a12", "actor"));
        assertEquals("org_x003A_truth_x002F_1", XmlText.nmtoken("org:truth/1", "actor"));
        assertEquals("x_x005F_x0020_", XmlText.nmtoken("x_x0020_", "actor"), "an escape-like id stays distinct");
        assertEquals("x_x0020_", XmlText.nmtoken("x ", "actor"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XmlText.nmtoken(null, "actor \"X\""));
        assertTrue(e.getMessage().startsWith("actor \"X\" has no id"));
    }
}
