package org.sightline.model.tests.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sightline.model.Corpus;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.model.io.WorkspaceStore.Format;

/**
 * What a staged open could show first: the time to read only the documents, and the documents with the
 * actors (and the actors' mentions, which they contain), against the whole workspace. The format-2 reader
 * decodes the corpus' lists one after the other (documents, actors, claims, ...), so reading a file
 * that holds only the first lists costs what reading those lists costs within the whole file.
 * <p>
 * {@code releng/scripts/bench.sh -Xmx5g org.sightline.model.tests.bench.StagedOpenBench FILE.sightline DIR [RUNS]}
 * writes DIR/documents.sightline (the documents alone) and DIR/documents-actors.sightline (without
 * claims, relations, hypotheses, assessments) from FILE, then opens the three files RUNS times
 * (default 3), alternating, in this JVM: wall time, process CPU, heap held after each.
 */
public final class StagedOpenBench {

    private StagedOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: StagedOpenBench FILE.sightline DIR [RUNS]");
        }
        Path full = Path.of(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path documents = dir.resolve("documents.sightline");
        Path documentsActors = dir.resolve("documents-actors.sightline");
        Corpus corpus = WorkspaceStore.load(full);
        int claims = corpus.getClaims().size();
        corpus.getAssessments().clear();
        corpus.getHypotheses().clear();
        corpus.getRelations().clear();
        corpus.getClaims().clear();
        WorkspaceStore.saveCopy(corpus, documentsActors, Format.BINARY);
        int actors = corpus.getActors().size();
        corpus.getActors().clear();
        WorkspaceStore.saveCopy(corpus, documents, Format.BINARY);
        System.out.printf(Locale.ROOT, "%s: %,d documents, %,d actors, %,d claims; %.1f MB; documents and actors %.1f MB; documents %.1f MB%n",
                full.getFileName(), corpus.getDocuments().size(), actors, claims, Files.size(full) / 1e6, Files.size(documentsActors) / 1e6,
                Files.size(documents) / 1e6);
        corpus = null;

        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path[] files = { documents, documentsActors, full };
        List<List<String>> rows = new ArrayList<>();
        for (Path f : files) {
            rows.add(new ArrayList<>());
        }
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < files.length; i++) {
                for (int g = 0; g < 3; g++) {
                    System.gc();
                }
                long cpu = os.getProcessCpuTime();
                long t = System.nanoTime();
                Corpus c = WorkspaceStore.load(files[i]);
                long wall = System.nanoTime() - t;
                cpu = os.getProcessCpuTime() - cpu;
                for (int g = 0; g < 3; g++) {
                    System.gc();
                }
                Runtime rt = Runtime.getRuntime();
                long held = rt.totalMemory() - rt.freeMemory();
                rows.get(i).add(String.format(Locale.ROOT, "%.2f s wall, %.2f s CPU, %,d MB", wall / 1e9, cpu / 1e9, held >> 20));
                c.getDocuments().size(); // held until measured
                System.out.printf(Locale.ROOT, "run %d %s: %s (load %s)%n", r + 1, files[i].getFileName(), rows.get(i).getLast(), load());
            }
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
