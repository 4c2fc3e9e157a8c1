package org.sightline.pipeline.tests.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.sightline.importer.feed.api.FeedImporter;
import org.sightline.importer.html.api.HtmlArticleImporter;
import org.sightline.importer.mail.api.MailTextImporter;
import org.sightline.importer.pdf.api.PdfTextImporter;
import org.sightline.importer.text.api.PlainTextImporter;
import org.sightline.importer.word.api.WordTextImporter;
import org.sightline.testing.Measures;
import org.sightline.testing.TestDocuments;

/**
 * Speed of every importer (plain text, HTML, feed, PDF, Word/OpenDocument, e-mail), in pages per
 * second, with the plain-text importer on the sample's .txt as the baseline measured in the same run.
 * A page is a printed page: a PDF counts its own pages; the other formats count the pages of the PDF
 * LibreOffice made from the same text (the sample, or the CENTCOM release). The sample as an HTML page,
 * a feed item and an e-mail is written here from the sample's lines, so every row imports the same
 * text. Importer only: the bytes (or, for text, HTML and feeds, the decoded string) are in memory;
 * reading files and sniffing are not counted. Median of --runs runs of at least one second each,
 * after a warm-up run. HTML on real news pages: {@code ArticleExtractionBench} (docs/importers.md).
 *
 * <pre>releng/scripts/bench.sh org.sightline.pipeline.tests.bench.DocumentImportBench --runs 5</pre>
 */
public final class DocumentImportBench {

    interface Job {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 5;
        PlainTextImporter text = new PlainTextImporter();
        HtmlArticleImporter html = new HtmlArticleImporter();
        FeedImporter feed = new FeedImporter();
        PdfTextImporter pdf = new PdfTextImporter();
        WordTextImporter word = new WordTextImporter();
        MailTextImporter mail = new MailTextImporter();
        // bench.sh runs in the checkout, on a class path without the core bundle's samples folder.
        String sample = Files.readString(Path.of("bundles/org.sightline.core/samples/pentagon-north-korea-deterrence.txt"), StandardCharsets.UTF_8);
        int samplePages = pages(TestDocuments.SAMPLE_PDF);
        String samplePage = samplePage(sample);
        String sampleFeed = sampleFeed(samplePage);
        byte[] plainMail = sampleMail("text/plain", sample);
        byte[] htmlMail = sampleMail("text/html", samplePage);

        // A row must time a real import of the text, not an error path: each variant of the sample must give its words.
        String words = "direct role in the deterrence strategy";
        check("HTML", html.importHtml(samplePage, "https://example.org/a").text(), words);
        check("feed", feed.importFeed(sampleFeed, "feed.xml").get(0).text(), words);
        check("text/plain e-mail", mail.importMail(plainMail, "sample.eml").get(0).text().text(), words);
        check("text/html e-mail", mail.importMail(htmlMail, "sample.eml").get(0).text().text(), words);

        System.out.printf(Locale.ROOT, "%-8s %-40s %6s %10s %10s %8s%n", "format", "input", "pages", "pages/s", "docs/s", "vs .txt");
        double base = measure(runs, () -> text.importText(sample));
        row("text", "sample .txt (baseline)", samplePages, base, base);
        row("HTML", "sample as an article page", samplePages, measure(runs, () -> html.importHtml(samplePage, "https://example.org/a")), base);
        row("feed", "sample as an RSS item (content:encoded)", samplePages, measure(runs, () -> feed.importFeed(sampleFeed, "feed.xml")), base);
        for (String f : List.of(TestDocuments.SAMPLE_PDF, TestDocuments.SAMPLE_TWO_COLUMNS_PDF, TestDocuments.CENTCOM_PDF, TestDocuments.REAL_PDF)) {
            byte[] b = TestDocuments.bytes(f);
            row("PDF", f, pages(f), measure(runs, () -> pdf.importPdf(b, f)), base);
        }
        for (String[] f : List.of(new String[] {TestDocuments.SAMPLE_DOCX, TestDocuments.SAMPLE_PDF},
                new String[] {TestDocuments.CENTCOM_DOCX, TestDocuments.CENTCOM_PDF}, new String[] {TestDocuments.SAMPLE_ODT, TestDocuments.SAMPLE_PDF})) {
            byte[] b = TestDocuments.bytes(f[0]);
            row(f[0].endsWith(".odt") ? ".odt" : ".docx", f[0], pages(f[1]), measure(runs, () -> word.importDocument(b, f[0])), base);
        }
        row("e-mail", "sample as a text/plain body (.eml)", samplePages, measure(runs, () -> mail.importMail(plainMail, "sample.eml")), base);
        row("e-mail", "sample as a text/html body (.eml)", samplePages, measure(runs, () -> mail.importMail(htmlMail, "sample.eml")), base);
    }

    private static void row(String format, String input, int pages, double docsPerSecond, double baseDocsPerSecond) {
        System.out.printf(Locale.ROOT, "%-8s %-40s %6d %10.1f %10.1f %8.3f%n", format, input, pages, docsPerSecond * pages, docsPerSecond,
                docsPerSecond / baseDocsPerSecond);
    }

    private static void check(String variant, String text, String words) {
        if (!text.contains(words)) {
            throw new IllegalStateException("the sample as " + variant + " lost its text: " + text.substring(0, Math.min(200, text.length())));
        }
    }

    private static int pages(String pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(TestDocuments.bytes(pdf))) {
            return d.getNumberOfPages();
        }
    }

    /** The sample as a news page: title and subtitle, short lines without a final stop as headings, site furniture around it. */
    static String samplePage(String sample) {
        List<String> lines = new ArrayList<>();
        for (String l : sample.split("\n")) {
            if (!l.isBlank()) {
                lines.add(escape(l.strip()));
            }
        }
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(lines.get(0))
                .append("</title></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/defense\">Defense</a></nav></header>\n<main><article><h1>")
                .append(lines.get(0)).append("</h1>\n<p class=\"standfirst\">").append(lines.get(1)).append("</p>\n");
        for (String l : lines.subList(2, lines.size())) {
            boolean heading = l.length() < 80 && !l.matches(".*[.!?:\u201d\"]$");
            b.append(heading ? "<h2>" : "<p>").append(l).append(heading ? "</h2>\n" : "</p>\n");
        }
        return b.append("</article></main><footer><p>\u00a9 2026 Example News. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>\n")
                .toString();
    }

    static String sampleFeed(String page) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Example News</title><link>https://example.org/</link><item><title>Pentagon to Reduce Its Role in Deterrence of North Korea</title>"
                + "<link>https://example.org/a</link><pubDate>Thu, 26 Nov 2026 23:30:00 GMT</pubDate><content:encoded><![CDATA[" + page
                + "]]></content:encoded></item></channel></rss>\n";
    }

    static byte[] sampleMail(String type, String body) {
        String head = String.join("\r\n", "From: Pentagon Press Desk <press@example.mil>", "To: analysts@example.org",
                "Subject: Pentagon to Reduce Its Role in Deterrence of North Korea", "Date: Thu, 26 Nov 2026 23:30:00 -0500",
                "Message-ID: <bench@example.mil>", "MIME-Version: 1.0", "Content-Type: " + type + "; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", "");
        return (head + body.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Median documents per second over {@code runs} runs of at least one second each, after a warm-up run. */
    private static double measure(int runs, Job job) throws Exception {
        double[] rates = new double[runs];
        for (int r = -1; r < runs; r++) {
            long start = System.nanoTime();
            int done = 0;
            do {
                job.run();
                done++;
            } while (System.nanoTime() - start < 1_000_000_000L);
            if (r >= 0) {
                rates[r] = done / ((System.nanoTime() - start) / 1e9);
            }
        }
        return Measures.median(rates);
    }

    private DocumentImportBench() {
    }

}
