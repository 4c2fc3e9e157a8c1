package org.sightline.model.tests.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sightline.testing.Measures;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.io.Ids;
import org.sightline.model.io.SightlineJson;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.model.io.WorkspaceStore.Format;
import org.sightline.testing.SampleArticle;

/**
 * Save/load time and file size of workspaces of 1,000 and 10,000 documents, XMI against EMF binary, and heap per
 * loaded document. Each document is the sample article (a distinct copy, with its hand-made mentions and 11 claims);
 * actors are shared across documents as in a real corpus. Prints medians of several runs.
 * <p>
 * Arguments: document counts (default 1000 10000). System property {@code runs} (default 5).
 */
public final class PersistenceBench {

    private PersistenceBench() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] { 1000, 10000 } : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        int runs = Integer.getInteger("runs", 5);
        Path dir = Files.createTempDirectory("sightline-bench");
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, %d runs (median)%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, runs);
        System.out.printf(Locale.ROOT, "%8s %7s %10s %10s %10s %12s%n", "docs", "format", "save ms", "load ms", "size MB", "heap KB/doc");
        for (int size : sizes) {
            Corpus corpus = corpus(size);
            for (Format format : Format.values()) {
                Path file = dir.resolve("bench-" + size + "." + (format == Format.XMI ? "xmi" : "sightlinebin"));
                long[] save = new long[runs];
                long[] load = new long[runs];
                long heap = Long.MAX_VALUE;
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    WorkspaceStore.save(corpus, file, format);
                    save[r] = System.nanoTime() - t0;
                    long before = Measures.usedHeap();
                    t0 = System.nanoTime();
                    Corpus loaded = WorkspaceStore.load(file);
                    load[r] = System.nanoTime() - t0;
                    heap = Math.min(heap, Measures.usedHeap() - before); // min: a previous run's corpus may still be reachable
                    if (loaded.getDocuments().size() != size) {
                        throw new IllegalStateException("loaded " + loaded.getDocuments().size() + " documents, saved " + size);
                    }
                }
                System.out.printf(Locale.ROOT, "%8d %7s %10.0f %10.0f %10.1f %12.1f%n", size, format, Measures.median(save) / 1e6,
                        Measures.median(load) / 1e6, Files.size(file) / 1e6, heap / 1024.0 / size);
                Files.deleteIfExists(WorkspaceStore.backupOf(file));
                Files.delete(file);
            }
            StringWriter json = new StringWriter();
            long t0 = System.nanoTime();
            SightlineJson.write(corpus, json);
            System.out.printf(Locale.ROOT, "%8d %7s %10.0f %10s %10.1f%n", size, "JSON", (System.nanoTime() - t0) / 1e6, "-",
                    json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6);
        }
        Files.delete(dir);
    }

    /** {@code documents} copies of the sample article, each with the sample's mentions and claims, sharing actors. */
    static Corpus corpus(int documents) {
        SampleArticle sample = new SampleArticle().withAnalysis();
        Corpus corpus = Corpora.create("bench-" + documents);
        Ids ids = Ids.of(corpus);
        List<Actor> actors = new ArrayList<>();
        for (Actor template : sample.corpus.getActors()) {
            Actor actor = SightlineFactory.eINSTANCE.createActor();
            actor.setName(template.getName());
            actor.setKind(template.getKind());
            actor.setCode(template.getCode());
            actor.getAliases().addAll(template.getAliases());
            ids.assign(actor);
            actors.add(actor);
        }
        corpus.getActors().addAll(actors);
        CorpusBuilder builder = new CorpusBuilder(corpus);
        for (int i = 0; i < documents; i++) {
            // a distinct text per document (the hash differs), same offsets for the hand-made spans
            String text = sample.article.getText() + "\n#" + i;
            Document document = builder.document("bench/" + i + ".txt", sample.article.getTitle(), text);
            for (Actor template : sample.corpus.getActors()) {
                Actor actor = actors.get(sample.corpus.getActors().indexOf(template));
                for (Mention m : template.getMentions()) {
                    Mention copy = SightlineFactory.eINSTANCE.createMention();
                    copy.setDocument(document);
                    copy.setSpan(Corpora.span(m.getSpan().getBegin(), m.getSpan().getEnd()));
                    copy.setText(m.getText());
                    actor.getMentions().add(copy);
                    ids.assign(copy);
                }
            }
            for (Claim c : sample.corpus.getClaims()) {
                Claim copy = SightlineFactory.eINSTANCE.createClaim();
                copy.setDocument(document);
                if (c.getSource() != null) {
                    copy.setSource(actors.get(sample.corpus.getActors().indexOf(c.getSource())));
                    copy.setSourceText(c.getSourceText());
                    copy.setSourceSpan(Corpora.span(c.getSourceSpan().getBegin(), c.getSourceSpan().getEnd()));
                }
                if (c.getCueSpan() != null) {
                    copy.setCue(c.getCue());
                    copy.setCueSpan(Corpora.span(c.getCueSpan().getBegin(), c.getCueSpan().getEnd()));
                }
                copy.setContent(c.getContent());
                copy.setContentSpan(Corpora.span(c.getContentSpan().getBegin(), c.getContentSpan().getEnd()));
                copy.setType(c.getType());
                copy.setModality(c.getModality());
                copy.setConfidence(c.getConfidence());
                copy.setPolarity(c.getPolarity());
                c.getTargets().forEach(t -> copy.getTargets().add(actors.get(sample.corpus.getActors().indexOf(t))));
                ids.assign(copy);
                corpus.getClaims().add(copy);
            }
        }
        return corpus;
    }
}
