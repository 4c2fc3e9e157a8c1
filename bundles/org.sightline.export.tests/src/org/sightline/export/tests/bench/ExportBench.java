package org.sightline.export.tests.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Exporter;
import org.sightline.export.api.CsvExporter;
import org.sightline.export.api.GraphMlExporter;
import org.sightline.export.api.HtmlReportExporter;
import org.sightline.export.api.JsonExporter;
import org.sightline.export.api.MarkdownReportExporter;
import org.sightline.export.tests.ExportFixture;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.SightlineFactory;
import org.sightline.model.TextSpan;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.Ids;

/**
 * Times every exporter on a synthetic corpus: the annotated sample article of {@link ExportFixture} repeated as N
 * documents (same text, same 15 mentions and 12 claims each, real spans), all against the same 13 actors, plus the
 * fixture's hostile document. Prints the median of several runs per format, output size and heap in use. Arguments:
 * [N (default 1000)] [runs (5)].
 * Output goes to a counting stream, so the figures are the exporters', not the disk's.
 */
public final class ExportBench {

    public static void main(String[] args) throws IOException {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long start = System.nanoTime();
        Corpus corpus = synthetic(documents);
        System.out.printf(Locale.ROOT, "corpus: %d documents, %d actors, %d mentions, %d claims (built in %.0f ms)%n",
                corpus.getDocuments().size(), corpus.getActors().size(),
                corpus.getActors().stream().mapToInt(a -> a.getMentions().size()).sum(), corpus.getClaims().size(),
                (System.nanoTime() - start) / 1e6);
        List<Exporter> exporters = List.of(new JsonExporter(), new CsvExporter(), new GraphMlExporter(),
                new MarkdownReportExporter(), new HtmlReportExporter());
        System.out.printf(Locale.ROOT, "%-24s %12s %12s %14s%n", "exporter", "median ms", "output MB", "MB/s");
        for (Exporter exporter : exporters) {
            long[] times = new long[runs];
            long bytes = 0;
            for (int warmup = 0; warmup < 2; warmup++) {
                bytes = run(exporter, corpus);
            }
            for (int r = 0; r < runs; r++) {
                long t = System.nanoTime();
                bytes = run(exporter, corpus);
                times[r] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            double medianMs = times[runs / 2] / 1e6;
            System.out.printf(Locale.ROOT, "%-24s %12.1f %12.2f %14.1f%n", exporter.getClass().getSimpleName(), medianMs,
                    bytes / 1e6, bytes / 1e6 / (medianMs / 1000));
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap in use after the runs (corpus alive): %.0f MB of max %.0f MB%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
    }

    private static long run(Exporter exporter, Corpus corpus) throws IOException {
        long[] count = { 0 };
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        exporter.export(corpus, ExportTarget.stream(sink));
        return count[0];
    }

    /** The fixture's article copied {@code documents} times with its mentions and claims (same offsets). */
    static Corpus synthetic(int documents) {
        ExportFixture fixture = new ExportFixture();
        Corpus corpus = fixture.corpus;
        Ids ids = Ids.of(corpus);
        Document original = fixture.sample.article;
        List<Mention> mentions = new ArrayList<>();
        corpus.getActors().forEach(a -> a.getMentions().stream().filter(m -> m.getDocument() == original).forEach(mentions::add));
        List<Claim> claims = corpus.getClaims().stream().filter(c -> c.getDocument() == original).toList();
        for (int i = 1; i < documents; i++) {
            Document copy = SightlineFactory.eINSTANCE.createDocument();
            copy.setInput(original.getInput() + "#" + i);
            copy.setTitle(original.getTitle());
            copy.setText(original.getText());
            copy.setContentHash(original.getContentHash());
            copy.setPublished(original.getPublished().plusDays(i % 365));
            copy.setLanguage("en");
            ids.assign(copy);
            corpus.getDocuments().add(copy);
            for (Mention m : mentions) {
                Mention n = SightlineFactory.eINSTANCE.createMention();
                n.setDocument(copy);
                n.setSpan(copyOf(m.getSpan()));
                n.setText(m.getText());
                Actor actor = m.getActor();
                actor.getMentions().add(n);
                ids.assign(n);
            }
            for (Claim c : claims) {
                Claim n = SightlineFactory.eINSTANCE.createClaim();
                n.setDocument(copy);
                n.setSource(c.getSource());
                n.setSourceText(c.getSourceText());
                n.setSourceSpan(copyOf(c.getSourceSpan()));
                n.setCue(c.getCue());
                n.setCueSpan(copyOf(c.getCueSpan()));
                n.setContent(c.getContent());
                n.setContentSpan(copyOf(c.getContentSpan()));
                n.setType(c.getType());
                n.setModality(c.getModality());
                n.setConfidence(c.getConfidence());
                n.setPolarity(c.getPolarity());
                n.setStatus(c.getStatus());
                n.getTargets().addAll(c.getTargets());
                ids.assign(n);
                corpus.getClaims().add(n);
            }
        }
        return corpus;
    }

    private static TextSpan copyOf(TextSpan span) {
        return span == null ? null : Corpora.span(span.getBegin(), span.getEnd());
    }
}
