package org.sightline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Document;
import org.sightline.testing.SharedFiles;
import org.sightline.testing.TestDocuments;
import org.sightline.testing.TestMail;

/**
 * Broken and hostile files through the real pipeline (file sources, importers chosen by the registry, NLP and
 * extractors): each gives one clear error naming the file, within a bounded time, and the other inputs of the same run
 * are still analysed. Ported from the importer tests of the removed DocumentLoader and FolderWalker.
 */
class BadFileInputTest {

    static final String PAGE = "<!DOCTYPE html><html><head><title>Talks</title></head><body><article>"
            + "<p>Officials from both countries met in Seoul on Tuesday and agreed to expand joint drills next "
            + "spring, a ministry spokesman said.</p></article></body></html>";
    static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
            + "<item><title>One</title><description>First item.</description></item>"
            + "<item><title>Two</title><description>Second item.</description></item></channel></rss>";
    /** Hang guard: far above the few seconds any of these take; a hang fails instead of blocking the build. */
    private static final Duration BOUND = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** A good input to run beside each bad one: it must still come through. */
    private Path good() throws IOException {
        return write("good/talks.html", PAGE);
    }

    /**
     * Runs {@code bad} together with a good page; asserts that exactly {@code bad} failed, named as given, that the good
     * page was analysed, and returns the reason.
     */
    private String failureBesideAGoodInput(Object bad) throws IOException {
        Path good = good();
        RealPipeline.Run run = assertTimeoutPreemptively(BOUND, () -> RealPipeline.run(bad, good));
        assertEquals(1, run.result().failures().size(), "failures: " + run.errors());
        assertEquals(bad.toString(), run.result().failures().get(0).input());
        assertEquals(List.of(good.toString()), run.documents().stream().map(Document::getInput).toList(), "the good page still imported");
        assertTrue(run.documents().get(0).getText().startsWith("Officials from both countries"), run.documents().get(0).getText());
        return run.result().failures().get(0).reason();
    }

    @Test
    void theImporterIsChosenByContentNotByName() throws Exception {
        Path htmlInTxt = write("page.txt", PAGE);
        String plain = "Title\nA paragraph of plain text.\n";
        Path textInHtml = write("note.html", plain);
        Path feedInHtml = write("feed.html", FEED);
        RealPipeline.Run run = RealPipeline.run(htmlInTxt, textInHtml, feedInHtml);
        assertEquals(List.of(), run.errors());
        List<Document> docs = run.documents();
        assertEquals(4, docs.size());
        assertEquals("org.sightline.importer.html", docs.get(0).getImporterId());
        assertEquals("Talks", docs.get(0).getTitle());
        assertEquals("org.sightline.importer.text", docs.get(1).getImporterId());
        assertEquals(plain, docs.get(1).getText());
        assertEquals(List.of("org.sightline.importer.feed", "org.sightline.importer.feed"), List.of(docs.get(2).getImporterId(), docs.get(3).getImporterId()));
        assertEquals(List.of("One", "Two"), List.of(docs.get(2).getTitle(), docs.get(3).getTitle()));
    }

    @Test
    void gzipIsUnpacked() throws Exception {
        Path file = write("page.html.gz", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        RealPipeline.Run run = RealPipeline.run(file);
        assertEquals(List.of(), run.errors());
        assertTrue(run.documents().get(0).getText().startsWith("Officials from both countries"));
        assertEquals(file.toString(), run.documents().get(0).getInput());
    }

    @Test
    void windows1252FileWithMetaCharset() throws Exception {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>\u201cNo comment,\u201d said the "
                + "ministry\u2019s spokesman in Seoul when asked about the caf\u00e9 meeting with allied officials.</p>"
                + "</body></html>";
        Path file = write("cp1252.html", page.getBytes(Charset.forName("windows-1252")));
        RealPipeline.Run run = RealPipeline.run(file);
        assertEquals(List.of(), run.errors());
        assertEquals("\u201cNo comment,\u201d said the ministry\u2019s spokesman in Seoul when asked about the "
                + "caf\u00e9 meeting with allied officials.", run.documents().get(0).getText());
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("empty input", failureBesideAGoodInput(write("empty.html", new byte[0])));
    }

    @Test
    void aFileWithOnlyAByteOrderMarkOrWhiteSpace() throws IOException {
        assertEquals("holds only a byte order mark, no text", failureBesideAGoodInput(write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
        assertEquals("holds no text (only white space)", failureBesideAGoodInput(write("blank.txt", "\uFEFF \n\t\n")));
    }

    @Test
    void aFeedWithNoItems() throws IOException {
        assertEquals("is a feed with no items", failureBesideAGoodInput(write("empty-rss.xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title></channel></rss>")));
        assertEquals("is a feed with no items", failureBesideAGoodInput(write("empty-atom.xml",
                "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title></feed>")));
    }

    @Test
    void aPageWithNoArticleText() throws IOException {
        assertEquals("is a page with no article text", failureBesideAGoodInput(write("nav-only.html",
                "<!DOCTYPE html><html><head><title>Menu</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>")));
    }

    @Test
    void pngNamedHtml() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String reason = failureBesideAGoodInput(write("photo.html", png));
        assertTrue(reason.contains("PNG image"), reason);
    }

    @Test
    void pdfNamedHtml() throws IOException {
        // Read by content: the PDF importer takes it whatever its name, and finds it broken.
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        String reason = failureBesideAGoodInput(write("report.html", pdf));
        assertTrue(reason.startsWith("is a damaged PDF"), reason);
    }

    @Test
    void brokenPdfsAndWordDocuments() throws IOException {
        assertEquals("is an encrypted PDF: it needs a password to open",
                failureBesideAGoodInput(write("locked.pdf", TestDocuments.bytes(TestDocuments.ENCRYPTED_PDF))));
        assertEquals("has no text layer (a scanned or image-only PDF): run OCR on it first",
                failureBesideAGoodInput(write("scan.pdf", TestDocuments.bytes(TestDocuments.SCANNED_PDF))));
        assertTrue(failureBesideAGoodInput(write("cut.pdf", TestDocuments.bytes(TestDocuments.TRUNCATED_PDF))).startsWith("is a damaged PDF"));
        byte[] docx = TestDocuments.bytes(TestDocuments.SAMPLE_DOCX);
        assertTrue(failureBesideAGoodInput(write("cut.docx", Arrays.copyOf(docx, docx.length / 2))).startsWith("is a damaged"));
    }

    /**
     * The cases every page gets, for each format of issue 16: read by content under another name and from a .gz; an
     * empty file, a truncated .gz and a cut file each fail alone beside a good input.
     */
    @Test
    void pdfWordAndMailGetTheBadInputCasesOfPages() throws Exception {
        record Format(String ext, byte[] bytes, String importer, String cutReason) {
        }
        List<Format> formats = List.of(
                new Format("pdf", TestDocuments.bytes(TestDocuments.SAMPLE_PDF), "org.sightline.importer.pdf", "is a damaged PDF"),
                new Format("docx", TestDocuments.bytes(TestDocuments.SAMPLE_DOCX), "org.sightline.importer.word", "is a damaged"),
                new Format("odt", TestDocuments.bytes(TestDocuments.SAMPLE_ODT), "org.sightline.importer.word", "is a damaged"),
                new Format("eml", TestMail.htmlOnly(), "org.sightline.importer.mail", null));
        for (Format f : formats) {
            Path renamed = write(f.ext() + "/named.html", f.bytes());
            Path gz = write(f.ext() + "/sample." + f.ext() + ".gz", gzip(f.bytes()));
            RealPipeline.Run run = RealPipeline.run(renamed, gz);
            assertEquals(List.of(), run.errors(), f.ext());
            assertEquals(List.of(renamed.toString(), gz.toString()), run.documents().stream().map(Document::getInput).toList(), f.ext());
            for (Document d : run.documents()) {
                assertEquals(f.importer(), d.getImporterId(), d.getInput());
                assertFalse(d.getText().isBlank(), d.getInput());
            }

            assertEquals("empty input", failureBesideAGoodInput(write(f.ext() + "/empty." + f.ext(), new byte[0])), f.ext());
            byte[] packed = gzip(f.bytes());
            String reason = failureBesideAGoodInput(write(f.ext() + "/cut." + f.ext() + ".gz", Arrays.copyOf(packed, packed.length / 2)));
            assertTrue(reason.startsWith("is a damaged or truncated .gz file"), f.ext() + ": " + reason);
            if (f.cutReason() != null) {
                reason = failureBesideAGoodInput(write(f.ext() + "/cut." + f.ext(), Arrays.copyOf(f.bytes(), f.bytes().length / 2)));
                assertTrue(reason.startsWith(f.cutReason()), f.ext() + ": " + reason);
            }
        }
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] whole = gzip(PAGE.repeat(50).getBytes(StandardCharsets.UTF_8));
        String reason = failureBesideAGoodInput(write("cut.html.gz", Arrays.copyOf(whole, whole.length / 2)));
        assertTrue(reason.startsWith("is a damaged or truncated .gz file"), reason);
    }

    @Test
    void gzipBombIsStoppedAtTheDecompressedLimit() throws IOException {
        byte[] bomb = gzip(new byte[60 * 1024 * 1024]); // 60 MiB of zeros packs to about 60 KiB
        assertTrue(bomb.length < 100 * 1024);
        assertEquals("decompresses to more than the limit of 50 MiB", failureBesideAGoodInput(write("bomb.html.gz", bomb)));
    }

    @Test
    void fiftyMegabytePageIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.html");
        byte[] line = "<p>filler paragraph text that goes on and on</p>\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        String reason = failureBesideAGoodInput(file);
        assertTrue(reason.matches("is 50\\.\\d MiB, larger than the limit of 20 MiB"), reason);
    }

    @Test
    void deeplyNestedUnclosedHtmlStillGivesItsText() throws IOException {
        String body = "<div><span><b>".repeat(30_000) + "<p>Officials in Tokyo said on Monday that the talks would resume.";
        Path file = write("nested.html", "<html><head><title>Deep</title></head><body>" + body);
        RealPipeline.Run run = assertTimeoutPreemptively(BOUND, () -> RealPipeline.run(file, good()));
        // Either outcome is acceptable for such a page, as long as it is clear and the run goes on; jsoup caps the depth,
        // so today the text comes through.
        assertEquals(List.of(), run.errors());
        assertEquals(2, run.documents().size());
        assertTrue(run.documents().get(0).getText().contains("Officials in Tokyo said on Monday that the talks would resume."),
                run.documents().get(0).getText());
    }

    @Test
    void feedWithAnEntityExpansionBombIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        String previous = "lol";
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
            previous = "lol" + i;
        }
        dtd.append("]>");
        String feed = "<?xml version=\"1.0\"?>" + dtd + "<rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>Bomb</title><description>&lol9;</description></item></channel></rss>";
        String reason = failureBesideAGoodInput(write("bomb.xml", feed));
        assertTrue(reason.contains("declares entities"), reason);
    }

    @Test
    void feedWithAnExternalEntityIsRefusedAndTheFileIsNotRead() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-MARKER");
        String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>Wire</title><item><title>XXE</title><description>&xxe;</description>"
                + "</item></channel></rss>";
        Path file = write("xxe.xml", feed);
        String reason = failureBesideAGoodInput(file);
        assertTrue(reason.contains("declares entities"), reason);
    }

    @Test
    void missingFile() throws IOException {
        assertEquals("no such file or folder", failureBesideAGoodInput(dir.resolve("nope.html")));
    }

    @Test
    @DisabledIf(value = "fileModesDoNotStopThisUser", disabledReason = "file modes do not stop this user (root) from reading; "
            + "releng/org.sightline.product.tests covers an unreadable file by running the command as another user")
    void unreadableFile() throws IOException {
        Path file = write("locked.html", PAGE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assertEquals("cannot be read (permission denied)", failureBesideAGoodInput(file));
    }

    /** Whether a file with mode 000 can still be read, as by root (CAP_DAC_OVERRIDE); says so on standard output. */
    static boolean fileModesDoNotStopThisUser() throws IOException {
        Path probe = Files.createTempFile("sightline-mode", ".txt");
        try {
            Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
            try (var in = Files.newInputStream(probe)) {
                System.out.println("BadFileInputTest.unreadableFile skipped: user " + System.getProperty("user.name")
                        + " reads a file of mode 000, so file modes cannot make an input unreadable here");
                return true;
            } catch (IOException expected) {
                return false;
            }
        } finally {
            Files.delete(probe);
        }
    }

    @Test
    @EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "named pipes are made with mkfifo")
    void aNamedPipeWithoutWriterIsRefusedInsteadOfBlockingTheRun() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        assertEquals("is not a regular file (a pipe, device or socket); save its content to a file first", failureBesideAGoodInput(fifo));
    }

    @Test
    void aFolderIsWalkedInNameOrderAndBadFilesDoNotStopTheOthers() throws Exception {
        write("b-page.html", PAGE);
        write("a-note.txt", "Title\nBody line.\n");
        write("sub/deeper/feed.xml.gz", gzip(FEED.getBytes(StandardCharsets.UTF_8)));
        write("sub/image.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        write("sub/empty.txt", new byte[0]);
        write(".git/config", "[core]");
        write("sub/.hidden.txt", "secret");

        RealPipeline.Run run = assertTimeoutPreemptively(BOUND, () -> RealPipeline.run(dir));
        assertEquals(List.of(dir.resolve("sub/empty.txt") + ": empty input", dir.resolve("sub/image.html").toString()),
                List.of(run.errors().get(0), run.result().failures().get(1).input()), "errors: " + run.errors());
        assertEquals(2, run.errors().size(), "errors: " + run.errors());
        assertTrue(run.result().failures().get(1).reason().contains("PNG image"), run.errors().toString());
        assertEquals(List.of("a-note.txt", "b-page.html", "sub/deeper/feed.xml.gz", "sub/deeper/feed.xml.gz"),
                run.documents().stream().map(d -> dir.relativize(Path.of(d.getInput())).toString()).toList());
        assertEquals("Body line.\n", run.documents().get(0).getText().substring(6));
        assertFalse(run.documents().stream().anyMatch(d -> d.getText().contains("secret") || d.getText().contains("[core]")),
                "hidden files and folders are skipped");
    }

    @Test
    void aBadFileInsideTheSharedDataSetFolderDoesNotStopIt() throws IOException {
        // Real articles beside a bad one: the sample and a damaged copy of a news-style page (repository test data).
        Path folder = dir.resolve("mixed");
        Files.createDirectories(folder);
        Files.copy(SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE), folder.resolve("a-sample.txt"));
        byte[] page;
        try (var pages = Files.list(SharedFiles.resolve("data/pages"))) {
            page = Files.readAllBytes(pages.filter(p -> p.toString().endsWith(".html.gz")).sorted().findFirst().orElseThrow());
        }
        Files.write(folder.resolve("b-page.html.gz"), page);
        Files.write(folder.resolve("c-cut.html.gz"), Arrays.copyOf(page, page.length / 3));
        RealPipeline.Run run = RealPipeline.run(folder);
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).startsWith(folder.resolve("c-cut.html.gz") + ": is a damaged or truncated .gz file"), run.errors().get(0));
        assertEquals(List.of(folder.resolve("a-sample.txt").toString(), folder.resolve("b-page.html.gz").toString()),
                run.documents().stream().map(Document::getInput).toList());
        assertFalse(run.corpus().getClaims().isEmpty(), "claims extracted from the good inputs");
    }
}
