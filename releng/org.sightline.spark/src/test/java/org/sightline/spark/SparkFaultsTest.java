package org.sightline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * Bad and odd inputs: a file that is no text, a document on which a step fails, one on which a step
 * hangs past the time limit, a WARC crawl and JSON lines with broken lines. The rest completes, the
 * errors table names each problem with its input and reason, and the pages from the WARC file and
 * the JSON lines are analysed exactly as the same content in files.
 */
class SparkFaultsTest {

    static Path in;
    static Path out;
    static Corpus job;
    static List<Row> errors;
    static Path html;
    static Path lineText;

    @BeforeAll
    static void run() throws IOException {
        Path work = Path.of("target", "spark-faults").toAbsolutePath();
        SparkEqualityTest.deleteTree(work);
        in = work.resolve("in");
        out = work.resolve("out");
        Path same = work.resolve("same-as-files");
        Files.createDirectories(in);
        Files.createDirectories(same);
        List<String> pool = TestCorpus.sentences();
        Random rnd = new Random(7);
        String sample = Files.readString(TestCorpus.sourceTexts().get(0));
        Files.copy(TestCorpus.sourceTexts().get(0), in.resolve("a-sample.txt"));
        Files.write(in.resolve("b-photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.writeString(in.resolve("c-trap-fail.txt"), String.join("\n\n", TestCorpus.paragraphs(pool, rnd)) + "\n\n" + TrapExtractor.FAIL);
        // The sample article, which has claims, with the marker: what the other steps found stays.
        Files.writeString(in.resolve("d-trap-hang.txt"), sample + "\n\n" + TrapExtractor.HANG);

        // A crawl: two article pages, an image, a 404; the same pages as files for analyze.
        html = same.resolve("page.html");
        String page = "<!DOCTYPE html><html><head><title>Crawled release</title></head><body><article><h1>Crawled release</h1><p>"
                + TestCorpus.escape(sample).replace("\n\n", "</p><p>") + "</p></article></body></html>";
        Files.writeString(html, page);
        try (WarcWriter w = new WarcWriter(Files.newOutputStream(in.resolve("e-crawl.warc.gz")))) {
            w.write(response("https://example.org/news/1", 200, MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://example.org/logo.png", 200, MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            w.write(response("https://example.org/gone", 404, MediaType.parse("text/html"), "<p>not found</p>".getBytes(StandardCharsets.UTF_8)));
        }
        // JSON lines: a good one, one without the text field, one that is not JSON.
        lineText = same.resolve("line.txt");
        String text = sample;
        Files.writeString(lineText, text);
        com.google.gson.JsonObject o = new com.google.gson.JsonObject();
        o.addProperty("id", "wire-1");
        o.addProperty("text", text);
        Files.writeString(in.resolve("f-wire.jsonl"), o + "\n{\"id\":\"wire-2\",\"body\":\"no text field\"}\n{not json\n");

        SparkJob.run(TestCorpus.spark(), new SparkJob.Options(out.toString(), List.of(in.toString()), false, Duration.ofSeconds(3), "text", 0));
        job = ParquetCorpus.read(TestCorpus.spark(), out);
        errors = TestCorpus.spark().read().parquet(out.resolve("errors").toString()).collectAsList();
    }

    private static WarcResponse response(String uri, int status, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body).build();
        return new WarcResponse.Builder(URI.create(uri)).body(http).build();
    }

    private static Row error(String inputEnd) {
        return errors.stream().filter(r -> r.getAs("input").toString().endsWith(inputEnd)).findFirst().orElse(null);
    }

    @Test
    void theOtherDocumentsComplete() {
        List<String> inputs = job.getDocuments().stream().map(Document::getInput).map(s -> s.substring(s.lastIndexOf('/') + 1)).sorted().toList();
        assertEquals(List.of("1", "a-sample.txt", "c-trap-fail.txt", "d-trap-hang.txt", "f-wire.jsonl:1"), inputs, "documents: " + inputs);
    }

    @Test
    void theErrorsTableNamesEachProblem() {
        String all = errors.stream().map(Row::toString).collect(Collectors.joining("\n"));
        Row photo = error("b-photo.html");
        assertNotNull(photo, all);
        assertEquals("error", photo.getAs("kind"));
        assertTrue(photo.<String>getAs("reason").contains("PNG"), all);
        Row fail = error("c-trap-fail.txt");
        assertNotNull(fail, all);
        assertEquals("skipped", fail.getAs("kind"));
        assertEquals("org.sightline.spark.tests.trap", fail.getAs("step"));
        assertTrue(fail.<String>getAs("reason").contains("the trap went off"), all);
        Row hang = error("d-trap-hang.txt");
        assertNotNull(hang, all);
        assertEquals("skipped", hang.getAs("kind"));
        assertEquals("took longer than 3.0 s and was stopped", hang.getAs("reason"));
        assertTrue(error("f-wire.jsonl:2").<String>getAs("reason").contains("has no string field \"text\""), all);
        assertTrue(error("f-wire.jsonl:3").<String>getAs("reason").contains("is not a JSON object"), all);
        assertEquals(5, errors.size(), all);
        // The documents a step failed on are still in the output, with what the other steps found.
        assertTrue(job.getClaims().stream().anyMatch(c -> c.getDocument().getInput().endsWith("d-trap-hang.txt")), "claims of the hanging document");
    }

    @Test
    void warcPagesAndJsonLinesAreAnalysedAsFiles() throws IOException {
        Corpus files = TestCorpus.analyze(html.toString(), lineText.toString());
        assertSame(TestCorpus.document(files, html.toString()), files, TestCorpus.document(job, "https://example.org/news/1"), job);
        assertSame(TestCorpus.document(files, lineText.toString()), files, job.getDocuments().stream()
                .filter(d -> d.getInput().endsWith("f-wire.jsonl:1")).findFirst().orElse(null), job);
    }

    @Test
    void theSampleArticleIsAnalysedAsAlone() throws IOException {
        Corpus alone = TestCorpus.analyze(TestCorpus.sourceTexts().get(0).toString());
        Document d = job.getDocuments().stream().filter(x -> x.getInput().endsWith("a-sample.txt")).findFirst().orElseThrow();
        assertSame(alone.getDocuments().get(0), alone, d, job);
    }

    @Test
    void overwriteReplacesTheOutputWithoutDuplicates() throws IOException {
        SparkJob.Summary again = SparkJob.run(TestCorpus.spark(), new SparkJob.Options(out.toString(), List.of(in.toString()), true, Duration.ofSeconds(3), "text", 0));
        assertEquals(job.getDocuments().size(), again.documents());
        assertEquals(job.getClaims().size(), again.claims());
        assertEquals(errors.size(), TestCorpus.spark().read().parquet(out.resolve("errors").toString()).count());
    }

    /** Same text and the same claims (cue, spans, type, modality, source text) in {@code a} and {@code b}. */
    private static void assertSame(Document a, Corpus ca, Document b, Corpus cb) {
        assertNotNull(a);
        assertNotNull(b);
        assertEquals(a.getText(), b.getText());
        assertEquals(a.getTitle(), b.getTitle());
        List<String> x = claims(ca, a);
        assertTrue(!x.isEmpty(), "the text has claims");
        assertEquals(x, claims(cb, b));
    }

    private static List<String> claims(Corpus c, Document d) {
        return c.getClaims().stream().filter(x -> x.getDocument() == d).map(SparkFaultsTest::claim).sorted().toList();
    }

    private static String claim(Claim x) {
        return x.getCue() + "|" + x.getCueSpan().getBegin() + "|" + x.getContent() + "|" + x.getType() + "|" + x.getModality() + "|" + x.getSourceText()
                + "|" + (x.getSource() == null ? "-" : x.getSource().getName());
    }
}
