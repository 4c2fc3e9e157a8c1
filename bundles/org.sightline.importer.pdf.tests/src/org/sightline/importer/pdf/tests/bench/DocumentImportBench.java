package org.sightline.importer.pdf.tests.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.sightline.core.api.SightlineInfo;
import org.sightline.importer.pdf.api.PdfTextImporter;
import org.sightline.importer.text.api.PlainTextImporter;
import org.sightline.importer.word.api.WordTextImporter;
import org.sightline.testing.TestDocuments;

/**
 * Speed of the PDF and Word/OpenDocument importers on the test documents, in pages per second (a
 * Word file counts the pages of the PDF LibreOffice made from the same source), with the plain-text
 * importer on the sample's .txt as the baseline measured in the same run. Median of --runs runs of
 * at least one second each, after a warm-up.
 *
 * <pre>releng/scripts/bench.sh org.sightline.importer.pdf.tests.bench.DocumentImportBench --runs 5</pre>
 */
public final class DocumentImportBench {

    interface Job {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 5;
        PdfTextImporter pdf = new PdfTextImporter();
        WordTextImporter word = new WordTextImporter();
        PlainTextImporter text = new PlainTextImporter();
        String sample = SightlineInfo.sampleText();
        int samplePages = pages(TestDocuments.SAMPLE_PDF);
        System.out.printf(Locale.ROOT, "%-34s %6s %10s %12s%n", "input", "pages", "pages/s", "vs .txt");
        double base = measure(runs, samplePages, () -> text.importText(sample));
        System.out.printf(Locale.ROOT, "%-34s %6d %10.1f %12s%n", "sample .txt (plain text, baseline)", samplePages, base, "1.00");
        for (String f : List.of(TestDocuments.SAMPLE_PDF, TestDocuments.SAMPLE_TWO_COLUMNS_PDF, TestDocuments.CENTCOM_PDF, TestDocuments.REAL_PDF)) {
            byte[] b = TestDocuments.bytes(f);
            int n = pages(f);
            double r = measure(runs, n, () -> pdf.importPdf(b, f));
            System.out.printf(Locale.ROOT, "%-34s %6d %10.1f %12.3f%n", f, n, r, r / base);
        }
        for (String[] f : List.of(new String[] {TestDocuments.SAMPLE_DOCX, TestDocuments.SAMPLE_PDF},
                new String[] {TestDocuments.SAMPLE_ODT, TestDocuments.SAMPLE_PDF}, new String[] {TestDocuments.CENTCOM_DOCX, TestDocuments.CENTCOM_PDF})) {
            byte[] b = TestDocuments.bytes(f[0]);
            int n = pages(f[1]);
            double r = measure(runs, n, () -> word.importDocument(b, f[0]));
            System.out.printf(Locale.ROOT, "%-34s %6d %10.1f %12.3f%n", f[0], n, r, r / base);
        }
    }

    private static int pages(String pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(TestDocuments.bytes(pdf))) {
            return d.getNumberOfPages();
        }
    }

    /** Median pages per second over {@code runs} runs of at least one second each, after a warm-up run. */
    private static double measure(int runs, int pages, Job job) throws Exception {
        double[] rates = new double[runs];
        for (int r = -1; r < runs; r++) {
            long start = System.nanoTime();
            int done = 0;
            do {
                job.run();
                done++;
            } while (System.nanoTime() - start < 1_000_000_000L);
            if (r >= 0) {
                rates[r] = done * pages / ((System.nanoTime() - start) / 1e9);
            }
        }
        Arrays.sort(rates);
        return rates[runs / 2];
    }

    private DocumentImportBench() {
    }

}
