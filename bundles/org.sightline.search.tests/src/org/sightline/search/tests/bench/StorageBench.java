package org.sightline.search.tests.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sightline.testing.Measures;
import org.sightline.analysis.api.AchAnalysis;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.analysis.api.ClaimRelationAnalysis;
import org.sightline.analysis.api.StanceMatrixAnalysis;
import org.sightline.analysis.api.TimelineAnalysis;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Identified;
import org.sightline.model.Mention;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.StagedLoad;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.model.io.WorkspaceStore.Format;
import org.sightline.search.api.IndexProgress;
import org.sightline.search.api.SearchIndex;
import org.sightline.search.internal.SearchSteps;

/**
 * Workspaces of N documents made from a real analysed workspace (each document a distinct copy of one of its documents,
 * with that document's mentions and claims, dated over 2,000 days; actors shared): open time and heap, save time and
 * size, binary against XMI in the same run; index build speed and size; search latency p50/p95 and facet counts; each
 * analysis's time. Prints a table (medians of {@code -Druns}, default 3).
 * <p>
 * {@code releng/scripts/bench.sh -Xmx5g [-Dkeep=DIR] org.sightline.search.tests.bench.StorageBench BASE.sightline 10000 100000}
 * with BASE made by {@code sightline analyze --workspace BASE.sightline} over real texts (docs/storage.md). XMI is
 * measured up to {@code -Dxmi.max} documents (default 10000): larger XMI workspaces do not fit the 1.5 GB bound.
 * {@code StorageBench open FILE} opens a kept workspace alone (run it with {@code -Xmx1500m}, the heap bound);
 * {@code StorageBench search INDEX-FOLDER} times the searches alone on a kept index (a quiet machine's p95 without
 * rebuilding 100,000 documents; {@code -Dwarmup=N} rounds first, default 1); {@code StorageBench phases INDEX-FOLDER} splits
 * each query's thread CPU into the steps of a search; {@code StorageBench results INDEX-FOLDER} prints what the searches
 * return (hits, scores, snippets, facet counts), to compare two versions with diff; {@code StorageBench snippets INDEX-FOLDER} compares the two ways of cutting snippets;
 * {@code StorageBench convert FROM TO} saves a workspace in today's format (to compare the formats' opening with {@code open}).
 */
public final class StorageBench {

    private static final String[] QUERIES = { "north korea", "\"troop deployments\"", "type:warning", "missile*", "kind:claim actor:\"united states\"",
            "sanctions AND NOT type:denial", "date:[2021-01-01 TO 2021-06-30] kind:document", "cue:warned", "iran OR syria", "publisher:reuters",
            "kind:actor alias:washington", "content:\"will not\"", "modality:possible", "attack", "ceasefire talks" };

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StorageBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("open")) {
            openOnly(Path.of(args[1]), Integer.getInteger("runs", 3));
            return;
        }
        if (args[0].equals("snippets")) {
            snippetSources(Path.of(args[1]));
            return;
        }
        if (args[0].equals("search")) {
            try (SearchIndex index = SearchIndex.open(Path.of(args[1]))) {
                System.out.printf(Locale.ROOT, "%s: %,d entries (load average %.1f)%n", args[1], index.size(), load());
            }
            searchLatency(Path.of(args[1]));
            return;
        }
        if (args[0].equals("phases")) {
            phases(Path.of(args[1]), Integer.getInteger("runs", 7));
            return;
        }
        if (args[0].equals("results")) {
            results(Path.of(args[1]));
            return;
        }
        if (args[0].equals("convert")) {
            convert(Path.of(args[1]), Path.of(args[2]), Integer.getInteger("runs", 1));
            return;
        }
        Path base = Path.of(args[0]);
        int[] sizes = Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray();
        int runs = Integer.getInteger("runs", 3);
        int xmiMax = Integer.getInteger("xmi.max", 10_000);
        Corpus template = WorkspaceStore.load(base);
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, load average %.1f, %d runs (median); base %s: %d documents, %d claims%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs, base.getFileName(), template.getDocuments().size(),
                template.getClaims().size());
        String keep = System.getProperty("keep");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("sightline-storage-bench");
        try {
            for (int n : sizes) {
                bench(template, n, runs, n <= xmiMax, dir);
            }
        } finally {
            if (keep == null) {
                deleteTree(dir);
            }
        }
    }

    /**
     * Opens {@code file} {@code runs} times in this JVM alone (run it with the heap bound, {@code -Xmx1500m}): time to
     * a corpus the views can show (documents, claims and actors loaded, the first document's text read) and the heap
     * it holds after a full GC.
     */
    private static void openOnly(Path file, int runs) throws Exception {
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, load average %.1f, open %s (%.1f MB) %d times%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load(), file.getFileName(), Files.size(file) / 1e6,
                runs);
        long[] open = new long[runs];
        long[] cpu = new long[runs];
        long heap = 0;
        for (int r = 0; r < runs; r++) {
            long before = Measures.usedHeap();
            long c0 = cpuTime();
            long t0 = System.nanoTime();
            // as WorkspaceStore.load does, in its two stages: the documents, then the rest (what a workbench shows first)
            StagedLoad staged = WorkspaceStore.loadStaged(file);
            int firstText = staged.corpus().getDocuments().get(0).getText().length();
            long documents = System.nanoTime() - t0;
            staged.readRest();
            long a0 = THREADS.getCurrentThreadCpuTime();
            staged.attach();
            long attach = THREADS.getCurrentThreadCpuTime() - a0;
            Corpus c = staged.corpus();
            open[r] = System.nanoTime() - t0;
            staged = null; // a session drops it once the rest is in
            cpu[r] = cpuTime() - c0;
            heap = Math.max(heap, Measures.usedHeap() - before);
            // the id index is filled on its first use (LazyIdIndex): what the first Search hit or edit pays, once
            String id = c.getClaims().get(c.getClaims().size() / 2).getId();
            long l0 = THREADS.getCurrentThreadCpuTime();
            Corpora.byId(c, id, Identified.class);
            long lookup = THREADS.getCurrentThreadCpuTime() - l0;
            System.out.printf(Locale.ROOT, "  run %d: %.2f s (process CPU %.2f s; the documents and the first text %.2f s; adding the rest %.2f s thread CPU), %,d documents, %,d claims, %,d actors, first text %,d chars; first lookup by id %.2f s thread CPU; load average %.1f%n",
                    r + 1, open[r] / 1e9, cpu[r] / 1e9, documents / 1e9, attach / 1e9, c.getDocuments().size(), c.getClaims().size(), c.getActors().size(), firstText, lookup / 1e9, load());
            c = null;
        }
        System.out.printf(Locale.ROOT, "open: median %.2f s (process CPU %.2f s); heap held after open %.0f MB (of max %d MB)%n", Measures.median(open) / 1e9,
                Measures.median(cpu) / 1e9, heap / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * Saves the workspace in {@code from} (of any earlier format) as {@code to} in today's: the same corpus in both
     * formats, for {@code open} to compare. Save time (wall and process CPU, median of {@code runs}) and sizes.
     */
    private static void convert(Path from, Path to, int runs) throws Exception {
        Corpus c = WorkspaceStore.load(from);
        long[] save = new long[runs];
        long[] cpu = new long[runs];
        for (int r = 0; r < runs; r++) {
            long c0 = cpuTime();
            long t0 = System.nanoTime();
            WorkspaceStore.saveCopy(c, to, Format.BINARY);
            save[r] = System.nanoTime() - t0;
            cpu[r] = cpuTime() - c0;
            System.out.printf(Locale.ROOT, "  save %d: %.2f s (process CPU %.2f s); load average %.1f%n", r + 1, save[r] / 1e9, cpu[r] / 1e9, load());
        }
        System.out.printf(Locale.ROOT, "%s (%.1f MB) saved as %s (%.1f MB): median %.2f s (process CPU %.2f s), max heap %d MB%n", from.getFileName(),
                Files.size(from) / 1e6, to.getFileName(), Files.size(to) / 1e6, Measures.median(save) / 1e9, Measures.median(cpu) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * The snippets of the first 20 hits of each query in the index folder {@code folder}, cut with the offsets stored in
     * the postings against analysing the texts again (what the index did before it stored them): thread CPU time, best
     * of 20, both ways interleaved in one JVM.
     */
    private static void snippetSources(Path folder) throws Exception {
        String[] fields = org.sightline.search.internal.Schema.SNIPPET_FIELDS.toArray(String[]::new);
        System.out.printf(Locale.ROOT, "snippets of %s, load average %.1f%n", folder.getFileName(), load());
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(folder);
                org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(r);
            org.apache.lucene.analysis.Analyzer analyzer = org.sightline.search.internal.Schema.analyzer();
            org.apache.lucene.search.uhighlight.UnifiedHighlighter[] ways = new org.apache.lucene.search.uhighlight.UnifiedHighlighter[2];
            for (int w = 0; w < 2; w++) {
                boolean analysis = w == 1;
                ways[w] = new org.apache.lucene.search.uhighlight.UnifiedHighlighter(org.apache.lucene.search.uhighlight.UnifiedHighlighter
                        .builder(searcher, analyzer).withMaxLength(100_000).withHighlightPhrasesStrictly(true)) {
                    @Override
                    protected OffsetSource getOffsetSource(String field) {
                        return analysis ? OffsetSource.ANALYSIS : super.getOffsetSource(field);
                    }
                };
            }
            for (String query : QUERIES) {
                var parser = new org.apache.lucene.queryparser.classic.MultiFieldQueryParser(org.sightline.search.internal.Schema.DEFAULT_FIELDS, analyzer);
                parser.setDefaultOperator(org.apache.lucene.queryparser.classic.QueryParser.Operator.AND);
                parser.setAllowLeadingWildcard(true);
                org.apache.lucene.search.Query q = parser.parse(query);
                int[] ids = Arrays.stream(searcher.search(q, 20).scoreDocs).mapToInt(h -> h.doc).toArray();
                int[] passages = new int[fields.length];
                Arrays.fill(passages, 2);
                long[] best = { Long.MAX_VALUE, Long.MAX_VALUE };
                for (int r2 = 0; r2 < 20; r2++) {
                    for (int w = 0; w < 2; w++) {
                        long c = THREADS.getCurrentThreadCpuTime();
                        ways[w].highlightFields(fields, q, ids, passages);
                        best[w] = Math.min(best[w], THREADS.getCurrentThreadCpuTime() - c);
                    }
                }
                System.out.printf(Locale.ROOT, "  %-50s offsets in postings %5.1f ms, analysing the texts %5.1f ms%n", query, best[0] / 1e6, best[1] / 1e6);
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void bench(Corpus template, int n, int runs, boolean xmi, Path dir) throws Exception {
        Corpus corpus = scaled(template, n);
        int claims = corpus.getClaims().size();
        int mentions = corpus.getActors().stream().mapToInt(a -> a.getMentions().size()).sum();
        System.out.printf(Locale.ROOT, "%n== %,d documents, %,d claims, %,d mentions, %,d actors (load average %.1f)%n", n, claims, mentions,
                corpus.getActors().size(), load());
        System.out.printf(Locale.ROOT, "%-8s %10s %10s %12s %10s %12s%n", "format", "save s", "open s", "open cpu s", "size MB", "heap MB");
        Path binary = dir.resolve("w" + n + ".sightline");
        Path xmiFile = dir.resolve("w" + n + ".xmi");
        WorkspaceStore.saveCopy(corpus, binary, Format.BINARY);
        if (xmi) {
            WorkspaceStore.saveCopy(corpus, xmiFile, Format.XMI);
        }
        corpus = null; // measure opening with only what the open holds
        Corpus opened = null;
        for (Format format : xmi ? List.of(Format.XMI, Format.BINARY) : List.of(Format.BINARY)) {
            Path file = format == Format.XMI ? xmiFile : binary;
            long[] save = new long[runs];
            long[] open = new long[runs];
            long[] cpu = new long[runs];
            long heap = Long.MAX_VALUE;
            for (int r = 0; r < runs; r++) {
                opened = null;
                long before = Measures.usedHeap();
                long c0 = cpuTime();
                long t0 = System.nanoTime();
                opened = WorkspaceStore.load(file);
                open[r] = System.nanoTime() - t0;
                cpu[r] = cpuTime() - c0;
                heap = Math.min(heap, Measures.usedHeap() - before);
                t0 = System.nanoTime();
                WorkspaceStore.save(opened, file, format);
                save[r] = System.nanoTime() - t0;
            }
            System.out.printf(Locale.ROOT, "%-8s %10.2f %10.2f %12.2f %10.1f %12.0f   load average %.1f%n", format, Measures.median(save) / 1e9, Measures.median(open) / 1e9, Measures.median(cpu) / 1e9,
                    Files.size(file) / 1e6, heap / 1048576.0, load());
            if (format == Format.XMI) {
                opened = null;
            }
        }
        Corpus loaded = opened;

        // Index: built from scratch, then searched.
        Path indexFolder = SearchIndex.folderOf(binary);
        long c0 = cpuTime();
        long t0 = System.nanoTime();
        int entries;
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            index.sync(loaded, IndexProgress.NONE);
            index.commit(SearchIndex.fingerprintOf(binary));
            entries = index.size();
        }
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        double indexCpu = (cpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT,
                "index: %,d entries in %.1f s (process CPU %.1f s), %.0f documents/s (%.0f entries/s; per CPU second %.0f documents), %.1f MB on disk "
                        + "(load average %.1f)%n",
                entries, indexSeconds, indexCpu, n / indexSeconds, entries / indexSeconds, n / indexCpu, folderSize(indexFolder) / 1e6, load());
        c0 = cpuTime();
        t0 = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            index.sync(loaded, IndexProgress.NONE);
        }
        System.out.printf(Locale.ROOT, "sync of an up-to-date index (fingerprints compared, nothing written): %.1f s (process CPU %.1f s)%n",
                (System.nanoTime() - t0) / 1e9, (cpuTime() - c0) / 1e9);
        searchLatency(indexFolder);
        Map<String, Supplier<Object>> analyses = new java.util.LinkedHashMap<>();
        analyses.put("actor network", () -> new ActorNetworkAnalysis().analyze(loaded));
        analyses.put("stance matrix", () -> new StanceMatrixAnalysis().analyze(loaded));
        analyses.put("timeline", () -> new TimelineAnalysis().analyze(loaded));
        analyses.put("ACH", () -> new AchAnalysis().analyze(loaded));
        if (n <= Integer.getInteger("relations.max", 10_000)) {
            analyses.put("claim relations", () -> new ClaimRelationAnalysis().analyze(loaded));
        }
        StringBuilder line = new StringBuilder("analyses (median of " + runs + ", wall / thread CPU):");
        for (Map.Entry<String, Supplier<Object>> a : analyses.entrySet()) {
            long[] times = new long[runs];
            long[] cpus = new long[runs];
            for (int r = 0; r < runs; r++) {
                long c = THREADS.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                a.getValue().get();
                times[r] = System.nanoTime() - s;
                cpus[r] = THREADS.getCurrentThreadCpuTime() - c;
            }
            line.append(String.format(Locale.ROOT, " %s %.2f / %.2f s;", a.getKey(), Measures.median(times) / 1e9, Measures.median(cpus) / 1e9));
        }
        System.out.println(line.append(String.format(Locale.ROOT, " (load average %.1f)", load())));
    }

    /**
     * Search latency p50/p95 (wall, and the CPU of the searching thread with the index's helper threads) of
     * {@link #QUERIES}, 5 rounds after {@code -Dwarmup} rounds (default 1: the first rounds still run code the JIT is
     * compiling), and after {@code -Dindex.warmup} rounds of {@link SearchIndex#warmUp} (default 0; the Search view runs 10), and the blank query's facet counts.
     */
    private static void searchLatency(Path indexFolder) throws Exception {
        int warmup = Integer.getInteger("warmup", 1);
        int indexWarmup = Integer.getInteger("index.warmup", 0);
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            if (indexWarmup > 0) {
                // what the Search view does when it opens an index (IndexFollower): the index's own warm-up searches
                long c = searchCpu();
                long t = System.nanoTime();
                int done = index.warmUp(indexWarmup, () -> false);
                System.out.printf(Locale.ROOT, "  index warm-up: %d rounds, %.1f s wall, search CPU %.1f s%n", done, (System.nanoTime() - t) / 1e9,
                        (searchCpu() - c) / 1e9);
            }
            StringBuilder rounds = new StringBuilder("  warm-up rounds, search CPU ms:");
            for (int r = 0; r < warmup; r++) {
                long c = searchCpu();
                for (String q : QUERIES) {
                    index.search(q, 20);
                }
                rounds.append(String.format(Locale.ROOT, " %.0f", (searchCpu() - c) / 1e6));
            }
            System.out.println(rounds);
            List<Long> times = new ArrayList<>();
            List<Long> cpuTimes = new ArrayList<>();
            List<Long> threadTimes = new ArrayList<>();
            long[][] perQuery = new long[QUERIES.length][5];
            long hits = 0;
            for (int r = 0; r < 5; r++) {
                for (int k = 0; k < QUERIES.length; k++) {
                    long t = THREADS.getCurrentThreadCpuTime();
                    long c = searchCpu();
                    long s = System.nanoTime();
                    hits += index.search(QUERIES[k], 20).total();
                    perQuery[k][r] = System.nanoTime() - s;
                    times.add(perQuery[k][r]);
                    cpuTimes.add(searchCpu() - c);
                    threadTimes.add(THREADS.getCurrentThreadCpuTime() - t);
                }
            }
            StringBuilder each = new StringBuilder("  per query (median ms):");
            for (int k = 0; k < QUERIES.length; k++) {
                each.append(String.format(Locale.ROOT, " [%s] %.1f;", QUERIES[k], Measures.median(perQuery[k]) / 1e6));
            }
            System.out.println(each);
            long[] ct = cpuTimes.stream().mapToLong(Long::longValue).sorted().toArray();
            long[] tt = threadTimes.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "  search CPU time (searching thread and helpers): p50 %.1f ms, p95 %.1f ms; searching thread alone: p50 %.1f ms, p95 %.1f ms%n",
                    ct[ct.length / 2] / 1e6, ct[(int) Math.ceil(ct.length * 0.95) - 1] / 1e6, tt[tt.length / 2] / 1e6, tt[(int) Math.ceil(tt.length * 0.95) - 1] / 1e6);
            long[] facetTimes = new long[9];
            long[] facetCpu = new long[9];
            for (int r = 0; r < facetTimes.length; r++) {
                long c = searchCpu();
                long s = System.nanoTime();
                index.search("", 1); // facet counts over every entry
                facetTimes[r] = System.nanoTime() - s;
                facetCpu[r] = searchCpu() - c;
            }
            long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "search (20 hits, snippets, 6 facets), %d queries x 5 after %d warm-up rounds: p50 %.1f ms, p95 %.1f ms (%,d hits in all); "
                    + "facet counts over all %,d entries: %.1f ms (search CPU %.1f ms) (load average %.1f)%n", QUERIES.length, warmup, t[t.length / 2] / 1e6,
                    t[(int) Math.ceil(t.length * 0.95) - 1] / 1e6, hits, index.size(), Measures.median(facetTimes) / 1e6, Measures.median(facetCpu) / 1e6, load());
        }
    }

    /**
     * Everything the searches of {@link #QUERIES} (and a few more: blank, everything, a prefix, one kind, facet values
     * narrowing) return, at 20 and 100 hits: total, each hit (kind, id, document, score, title, marked snippet), the
     * facet counts; and the claim ids of a query. Two versions that print the same return the same.
     */
    private static void results(Path folder) throws Exception {
        List<String> queries = new ArrayList<>(List.of(QUERIES));
        queries.addAll(List.of("", "*:*", "korea*", "kind:actor", "washington"));
        try (SearchIndex index = SearchIndex.open(folder)) {
            for (String q : queries) {
                for (int limit : new int[] { 20, 100 }) {
                    print("[" + q + "] limit " + limit, index.search(q, limit));
                }
            }
            print("[] actor=North Korea", index.search("", Map.of("actor", "North Korea"), 20, () -> false));
            print("[missile] type=WARNING", index.search("missile", Map.of("type", "WARNING"), 20, () -> false));
            System.out.println("## claim ids of [north korea]: " + index.claimIds("north korea", Map.of()));
        }
    }

    private static void print(String what, org.sightline.search.api.SearchResult r) {
        System.out.println("## " + what + ": " + r.total() + " hits");
        for (org.sightline.search.api.SearchHit h : r.hits()) {
            System.out.println(h.kind() + " " + h.id() + " " + h.document() + " " + h.score() + " " + h.title() + " | " + h.snippet().marked("[", "]"));
        }
        System.out.println(r.facets());
    }

    /** CPU time of this thread and of the index's helper threads ("sightline-search-N"). */
    private static long searchCpu() {
        long sum = THREADS.getCurrentThreadCpuTime();
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("sightline-search-")) {
                sum += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    /**
     * Where a search's time goes: for {@link #QUERIES} and the blank query, the thread CPU of each step of
     * {@link SearchSteps} (parse; collect the best 20 and the set of all hits; count the 6 facets; read the shown
     * values; cut the snippets), median of {@code runs} after as many rounds to warm up, on one thread (no helpers, so
     * that each step's CPU is on the timed thread).
     */
    private static void phases(Path folder, int runs) throws Exception {
        String[] steps = { "parse", "collect", "facets", "stored", "snippets", "total" };
        System.out.printf(Locale.ROOT, "steps of a search on %s, thread CPU ms, median of %d after %d rounds of warm-up (load average %.1f)%n", folder, runs, runs,
                load());
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(folder);
                org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
            org.apache.lucene.analysis.Analyzer analyzer = org.sightline.search.internal.Schema.analyzer();
            var state = new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(r, org.sightline.search.internal.Schema.facetsConfig());
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(r);
            System.out.printf(Locale.ROOT, "  %,d entries in %d segments%n", r.numDocs(), r.leaves().size());
            String[] queries = Arrays.copyOf(QUERIES, QUERIES.length + 1);
            queries[QUERIES.length] = "";
            long[][][] t = new long[queries.length][steps.length][runs];
            long[] total = new long[queries.length];
            for (int round = 0; round < 2 * runs; round++) {
                for (int k = 0; k < queries.length; k++) {
                    long[] at = new long[steps.length];
                    at[0] = THREADS.getCurrentThreadCpuTime();
                    org.apache.lucene.search.Query q = SearchSteps.parse(queries[k], analyzer);
                    at[1] = THREADS.getCurrentThreadCpuTime();
                    SearchSteps.Collected found = SearchSteps.collect(searcher, q, 20);
                    at[2] = THREADS.getCurrentThreadCpuTime();
                    SearchSteps.facetCounts(state, found.all());
                    at[3] = THREADS.getCurrentThreadCpuTime();
                    int[] ids = Arrays.stream(found.top().scoreDocs).mapToInt(h -> h.doc).toArray();
                    SearchSteps.Shown[] shown = SearchSteps.shown(searcher, ids);
                    at[4] = THREADS.getCurrentThreadCpuTime();
                    org.sightline.search.internal.Snippets.of(searcher, analyzer, q, ids, Arrays.stream(shown).map(SearchSteps.Shown::kind).toArray(String[]::new), 1);
                    long end = THREADS.getCurrentThreadCpuTime();
                    total[k] = found.total();
                    if (round >= runs) {
                        for (int p = 0; p < 5; p++) {
                            t[k][p][round - runs] = (p < 4 ? at[p + 1] : end) - at[p];
                        }
                        t[k][5][round - runs] = end - at[0];
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  %-48s %9s", "query", "hits");
            for (String step : steps) {
                System.out.printf(Locale.ROOT, " %8s", step);
            }
            System.out.println();
            double[] sums = new double[steps.length];
            for (int k = 0; k < queries.length; k++) {
                System.out.printf(Locale.ROOT, "  %-48s %,9d", "[" + queries[k] + "]", total[k]);
                for (int p = 0; p < steps.length; p++) {
                    double m = Measures.median(t[k][p]);
                    if (k < QUERIES.length) {
                        sums[p] += m;
                    }
                    System.out.printf(Locale.ROOT, " %8.1f", m / 1e6);
                }
                System.out.println();
            }
            System.out.printf(Locale.ROOT, "  %-58s", "sum over the 15 queries (not the blank)");
            for (double sum : sums) {
                System.out.printf(Locale.ROOT, " %8.1f", sum / 1e6);
            }
            System.out.printf(Locale.ROOT, "%n  (load average %.1f)%n", load());
        }
    }

    /** {@code n} documents, each a copy of one of the template's (in turn) with its mentions and claims. */
    static Corpus scaled(Corpus template, int n) {
        Corpus c = Corpora.create("bench-" + n);
        Map<Actor, Actor> actors = new HashMap<>();
        for (Actor a : template.getActors()) {
            Actor copy = EcoreUtil.copy(a);
            copy.getMentions().clear();
            copy.setPartOf(null);
            actors.put(a, copy);
            c.getActors().add(copy);
        }
        for (Actor a : template.getActors()) {
            if (a.getPartOf() != null) {
                actors.get(a).setPartOf(actors.get(a.getPartOf()));
            }
        }
        Map<Document, List<Claim>> claims = new HashMap<>();
        template.getClaims().forEach(cl -> claims.computeIfAbsent(cl.getDocument(), d -> new ArrayList<>()).add(cl));
        Map<Document, List<Mention>> mentions = new HashMap<>();
        template.getActors().forEach(a -> a.getMentions().forEach(m -> mentions.computeIfAbsent(m.getDocument(), d -> new ArrayList<>()).add(m)));
        List<Document> docs = template.getDocuments();
        int claimNo = 0;
        int mentionNo = 0;
        for (int i = 0; i < n; i++) {
            Document td = docs.get(i % docs.size());
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            copier.putAll(actors);
            Document d = (Document) copier.copy(td);
            List<Claim> cls = claims.getOrDefault(td, List.of()).stream().map(x -> (Claim) copier.copy(x)).toList();
            List<Mention> ms = mentions.getOrDefault(td, List.of());
            List<Mention> msCopies = ms.stream().map(x -> (Mention) copier.copy(x)).toList();
            copier.copyReferences();
            d.setId("d" + (i + 1));
            d.setText(td.getText() + "\n#" + i); // distinct texts; spans keep their offsets
            d.setContentHash(null);
            d.setPublished(LocalDate.of(2020, 1, 1).plusDays(i % 2000));
            c.getDocuments().add(d);
            for (Claim cl : cls) {
                cl.setId("c" + (++claimNo));
                c.getClaims().add(cl);
            }
            for (int k = 0; k < ms.size(); k++) {
                Mention m = msCopies.get(k);
                m.setId("m" + (++mentionNo));
                actors.get(ms.get(k).getActor()).getMentions().add(m);
            }
        }
        return c;
    }

    private static long cpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
