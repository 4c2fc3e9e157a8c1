package org.sightline.core.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.SightlineJson;

/**
 * Brings analysed results into a corpus (a workspace) without analysing again: "sightline/1" JSON as
 * {@code sightline analyze --format json} writes it, or the JSON lines of a batch job (the Spark job's
 * {@code json/} folder: one document per line, corpus-wide ids). Everything, or only the documents a
 * {@link Filter} keeps (a search query, say). Each document comes in with its actors, mentions and
 * claims by {@link CorpusMerge#copyInto}: one actor per referent across what the corpus already holds.
 *
 * @since 0.2.0
 */
public final class ResultsImport {

    /** Lines read and filtered together: bounds the memory a filter's index of them needs. */
    static final int BATCH = 500;

    /** Picks the documents to import from a batch of results. */
    @FunctionalInterface
    public interface Filter {
        /** The documents of {@code batch} to import (documents of {@code batch} itself). */
        Set<Document> select(Corpus batch) throws IOException;

        /** Everything. */
        Filter ALL = batch -> Set.copyOf(batch.getDocuments());
    }

    /** What an import did: documents read, and those added to the target. */
    public record Outcome(int read, List<Document> added) {
    }

    private ResultsImport() {
    }

    /**
     * The result files at {@code results}: the file itself, or in a folder its {@code json/} folder
     * when it has one (the Spark job's output folder), else its files, in name order; hidden files and
     * Spark's markers ({@code _SUCCESS}, {@code .crc}) left out.
     */
    public static List<Path> files(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            if (!Files.isRegularFile(results)) {
                throw new IOException(results + ": no such file or folder");
            }
            return List.of(results);
        }
        Path folder = Files.isDirectory(results.resolve("json")) ? results.resolve("json") : results;
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new IOException(folder + ": holds no result files");
            }
            return files;
        }
    }

    /**
     * Imports the results at {@code results} into {@code target}. A line that is not "sightline/1"
     * fails the import with its file and line number, before anything of its batch is added.
     */
    public static Outcome importInto(Path results, Corpus target, Filter filter) throws IOException {
        int read = 0;
        List<Document> added = new ArrayList<>();
        List<Corpus> batch = new ArrayList<>();
        for (Path file : files(results)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = r.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        batch.add(SightlineJson.read(new StringReader(line), file + ":" + number));
                    } catch (IOException e) {
                        throw new IOException(file + ":" + number + ": not a \"sightline/1\" result (" + e.getMessage() + ")", e);
                    }
                    if (batch.size() == BATCH) {
                        read += flush(batch, target, filter, added);
                    }
                }
            }
        }
        read += flush(batch, target, filter, added);
        return new Outcome(read, added);
    }

    /** Filters a batch on a scratch copy, then copies the kept results into {@code target} in their order. */
    private static int flush(List<Corpus> batch, Corpus target, Filter filter, List<Document> added) throws IOException {
        int read = 0;
        for (Corpus c : batch) {
            read += c.getDocuments().size();
        }
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Document, Corpus> origin = new IdentityHashMap<>();
        Corpus scratch = SightlineFactory.eINSTANCE.createCorpus();
        if (filter != Filter.ALL) {
            for (Corpus c : batch) {
                for (Document d : CorpusMerge.copyInto(c, scratch)) {
                    origin.put(d, c);
                }
            }
            Set<Document> keep = filter.select(scratch);
            List<Corpus> kept = new ArrayList<>();
            for (Document d : scratch.getDocuments()) {
                Corpus c = origin.get(d);
                if (keep.contains(d) && (kept.isEmpty() || kept.get(kept.size() - 1) != c)) {
                    kept.add(c);
                }
            }
            batch.clear();
            batch.addAll(kept);
        }
        for (Corpus c : batch) {
            added.addAll(CorpusMerge.copyInto(c, target));
        }
        batch.clear();
        return read;
    }
}
