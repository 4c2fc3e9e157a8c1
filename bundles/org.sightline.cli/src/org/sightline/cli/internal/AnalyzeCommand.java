package org.sightline.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.sightline.core.api.Contribution;
import org.sightline.core.api.CorpusMerge;
import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Exporter;
import org.sightline.core.api.ExtractorNeeds;
import org.sightline.core.api.LanguageCoverage;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.Problems;
import org.sightline.core.api.Registered;
import org.sightline.core.api.ResultsImport;
import org.sightline.core.api.RunResult;
import org.sightline.core.api.SightlineInfo;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.StreamingExporter;
import org.sightline.model.Corpus;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.WorkspaceException;
import org.sightline.model.io.WorkspaceLock;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.search.api.QueryFilter;

/**
 * {@code sightline analyze}: options, the pipeline run, the export and the exit code (reference in
 * docs/cli.md). Exit 0: every input analysed; 1: some inputs failed, the others are in the result;
 * 2: usage. Runs without OSGi: the registry and the source resolvers come from the {@link CommandContext}.
 */
public final class AnalyzeCommand implements Command {

    static final int SOME_FAILED = FAILED;
    /** The installed extractors cannot run in their order ({@link ExtractorNeeds}): a broken installation, not a usage error. */
    static final int BAD_PIPELINE = 3;

    static final String USAGE_TEXT = """
            Usage: sightline analyze [--format json|csv|graphml|md|html] [--out FILE] INPUT...
                   sightline analyze --list-extensions | --version | --help

            Finds the actors in security news and official statements and the claims each makes
            (source, cue, content, type, modality, targets), with the exact text spans behind them.

            INPUT is a file (.txt, .html/.htm, RSS/Atom .xml, any of them .gz), a folder (recursive)
            or an http(s) URL.

            Options:
              --format FORMAT       json (default), csv, graphml, md or html (and formats of plugins);
                                    conllu prints each sentence's words, tags, lemmas and dependency tree
              --out FILE            write the result to FILE instead of standard output; with csv, a
                                    folder (existing, or ending in /) receives claims.csv, actors.csv
                                    and mentions.csv
              --workspace FILE      also save the analysed corpus to a .sightline workspace for the
                                    workbench (added to it when the file exists)
              --results DIR|FILE    also add results analysed elsewhere, without analysing again: the
                                    output folder of `sightline spark` (its json/), or a JSON export
              --query QUERY         with --results: only the documents the query finds (the syntax of
                                    sightline search, e.g. 'type:warning AND actor:"north korea"')
              --threads N           worker threads (default: all cores)
              --timeout SECONDS     time one extractor may take on one document (default 60)
              --list-extensions     list every contribution: kind, id, bundle, name (tab-separated)
              --version             print the version and exit
              --help                print this help and exit

            Progress and errors go to standard error, one "error: INPUT: REASON" line per failed input.
            Exit status: 0 every input analysed, 1 some inputs failed (the others are still in the
            result), 2 usage error.
            """;

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "find the actors and their claims in files, folders and URLs; write JSON, CSV, GraphML, Markdown or HTML";
    }

    /** Parsed command line. */
    static final class Options {
        String format = "json";
        Path out;
        boolean outIsFolder;
        Path workspace;
        /** Results analysed elsewhere to add (the Spark job's output folder, a JSON export). */
        final List<Path> results = new ArrayList<>();
        String query;
        int threads = Runtime.getRuntime().availableProcessors();
        Duration timeout = Pipeline.DEFAULT_TIMEOUT;
        final List<String> inputs = new ArrayList<>();
    }

    /** A command-line mistake; the message is for the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        PrintStream out = context.out();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            switch (arg) {
                case "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    out.flush();
                    return OK;
                }
                case "--version" -> {
                    out.println("sightline " + SightlineInfo.version());
                    out.flush();
                    return OK;
                }
                case "--list-extensions" -> {
                    for (Contribution c : context.registry().contributions()) {
                        out.println(c.toListLine());
                    }
                    out.flush();
                    return OK;
                }
                default -> {
                    // analysed below
                }
            }
        }
        Options o;
        SightlineRegistry reg = context.registry();
        try {
            o = parse(args.toArray(String[]::new), reg);
        } catch (UsageException e) {
            return context.usage(this, e.getMessage());
        }
        List<String> order = ExtractorNeeds.problems(reg);
        if (!order.isEmpty()) {
            context.err().println(Printable.escape("sightline analyze: the extractors cannot run in this order: " + String.join("; ", order)));
            context.err().flush();
            return BAD_PIPELINE;
        }
        return analyze(o, reg, context);
    }

    static Options parse(String[] args, SightlineRegistry reg) throws UsageException {
        Options o = new Options();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty()) {
                // Path.of("") is the current folder: an unset shell variable must not analyse it.
                throw new UsageException("an empty argument is not an input (an unset variable?); give a file, folder or URL");
            }
            if (optionsEnded || !a.startsWith("-") || a.equals("-")) {
                o.inputs.add(a);
                continue;
            }
            switch (a) {
                case "--" -> optionsEnded = true;
                case "--format" -> o.format = value(args, ++i, a).toLowerCase(java.util.Locale.ROOT);
                case "--out" -> {
                    String v = value(args, ++i, a);
                    o.out = path(v, a);
                    o.outIsFolder = v.endsWith("/") || Files.isDirectory(o.out);
                }
                case "--workspace" -> o.workspace = path(value(args, ++i, a), a);
                case "--results" -> o.results.add(path(value(args, ++i, a), a));
                case "--query" -> o.query = value(args, ++i, a);
                case "--threads" -> o.threads = positive(value(args, ++i, a), a);
                case "--timeout" -> o.timeout = Duration.ofSeconds(positive(value(args, ++i, a), a));
                default -> throw new UsageException("unknown option: " + a);
            }
        }
        if (o.inputs.isEmpty() && o.results.isEmpty()) {
            throw new UsageException("no input given");
        }
        if (o.query != null && o.results.isEmpty()) {
            throw new UsageException("--query chooses among --results; give --results DIR too");
        }
        if (reg.exporter(o.format).isEmpty()) {
            throw new UsageException("unknown format '" + o.format + "'; available: "
                    + reg.exporters().stream().map(r -> r.attribute("format", r.id())).sorted().collect(Collectors.joining(", ")));
        }
        if (o.workspace != null && (o.workspace.getFileName() == null || !o.workspace.getFileName().toString().endsWith(".sightline"))) {
            throw new UsageException("--workspace needs a file ending in .sightline: " + o.workspace);
        }
        return o;
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    /** A path the user gave; a name this system cannot represent is a usage error, not a crash. */
    /** A file name from the command line, or a usage error naming it when Java cannot represent it here. */
    static Path path(String v, String option) throws UsageException {
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " " + v + ": not a usable file name here (" + e.getReason()
                    + "; file names are decoded as " + System.getProperty("sun.jnu.encoding", "?") + ")");
        }
    }

    private static int positive(String v, String option) throws UsageException {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a positive whole number, not '" + v + "'");
    }

    private int analyze(Options o, SightlineRegistry reg, CommandContext context) {
        PrintStream out = context.out();
        PrintStream err = context.err();
        long start = System.nanoTime();
        Corpus corpus = Corpora.create("sightline analyze");
        Progress progress = new Progress(err, context.stderrIsTerminal());
        Registered<Exporter> exporter = reg.exporter(o.format).orElseThrow();
        Pipeline pipeline = new Pipeline(reg, context.resolvers()).threads(o.threads).timeout(o.timeout);
        Streamed streamed = streamable(exporter, o);
        RunResult result;
        boolean exported;
        int claims;
        if (streamed != null) {
            // Each document is written as soon as it is merged and then let go of: memory follows the
            // documents in flight and the actors, not the number of documents (docs/reliability.md#memory).
            result = streamed.run(pipeline, corpus, reg, o, out, err, progress);
            exported = streamed.ok;
            claims = streamed.claims;
        } else {
            result = o.inputs.isEmpty() ? new RunResult(List.of(), List.of(), List.of(), 0) : pipeline.run(o.inputs, corpus, progress);
            progress.finish();
            exported = true;
            claims = -1;
        }
        boolean imported = importResults(o, corpus, err);
        if (streamed == null) {
            exported = export(exporter, corpus, reg, o, out, err);
            claims = corpus.getClaims().size();
        }
        boolean saved = o.workspace == null || saveWorkspace(corpus, o.workspace, err);

        double seconds = (System.nanoTime() - start) / 1e9;
        // Failures count files and pages, of which a folder input stands for many: say both counts.
        err.printf(java.util.Locale.ROOT, "sightline: %d document(s), %d actor(s), %d claim(s) from %d input(s): %d file(s) or page(s), %d of them failed, in %.1f s%n",
                corpus.getDocuments().size(), corpus.getActors().size(), claims,
                o.inputs.size(), result.attempted(), result.failures().size(), seconds);
        String languages = LanguageCoverage.summary(reg, corpus.getDocuments());
        if (languages != null) {
            err.println("sightline: " + languages);
        }
        err.flush();
        if (!exported || !saved || !imported) {
            return SOME_FAILED;
        }
        return result.allSucceeded() ? OK : SOME_FAILED;
    }

    /** Adds results analysed elsewhere (a Spark job's output, an earlier JSON export), all or those the query finds. */
    private static boolean importResults(Options o, Corpus corpus, PrintStream err) {
        boolean ok = true;
        for (Path results : o.results) {
            try {
                ResultsImport.Outcome r = ResultsImport.importInto(results, corpus, o.query == null ? ResultsImport.Filter.ALL : new QueryFilter(o.query));
                err.printf(java.util.Locale.ROOT, "sightline: %s: %d of %d analysed document(s) imported%s%n", Printable.escape(results.toString()),
                        r.added().size(), r.read(), o.query == null ? "" : " (those the query finds)");
            } catch (IOException | RuntimeException e) {
                err.println(Printable.escape("error: " + results + ": the results were not imported: " + Problems.wording(e)));
                ok = false;
            }
        }
        return ok;
    }

    /**
     * The streaming run of {@code exporter}, or null when the result must be kept whole until the end:
     * a format that cannot stream, a workspace to save, results to add, nothing to analyse.
     */
    private static Streamed streamable(Registered<Exporter> exporter, Options o) {
        if (o.workspace != null || !o.results.isEmpty() || o.inputs.isEmpty()) {
            return null;
        }
        Exporter ex;
        try {
            ex = exporter.create();
        } catch (RuntimeException | LinkageError e) {
            return null; // the export below reports it
        }
        return ex instanceof StreamingExporter s ? new Streamed(s) : null;
    }

    /** A run whose result is written document by document ({@link Pipeline#stream}). */
    private static final class Streamed {
        private final StreamingExporter exporter;
        boolean ok;
        int claims;

        Streamed(StreamingExporter exporter) {
            this.exporter = exporter;
        }

        RunResult run(Pipeline pipeline, Corpus corpus, SightlineRegistry reg, Options o, PrintStream out, PrintStream err, Progress progress) {
            RunResult result = null;
            Path spool = null;
            try {
                // Standard output gets the result only once it is complete (a run stopped half-way,
                // out of memory say, writes nothing there): until then it waits in a file, not in memory.
                spool = o.out == null ? Files.createTempFile("sightline-analyze-", ".json") : null;
                try (ExportTarget target = o.out == null ? ExportTarget.file(spool) : target(o, null);
                        StreamingExporter.Stream stream = exporter.open(target, reg)) {
                    StreamingExporter.Result r;
                    try {
                        r = StreamingExporter.run(pipeline, o.inputs, corpus, stream, progress);
                    } finally {
                        progress.finish();
                    }
                    result = r.run();
                    claims = r.claims();
                    target.commit();
                }
                if (spool != null) {
                    OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                    Files.copy(spool, buffered);
                    buffered.flush();
                    if (out.checkError()) {
                        throw new IOException("writing failed (disk full, or the reading end of a pipe closed)");
                    }
                }
                ok = true;
            } catch (IOException | LinkageError e) {
                err.println(Printable.escape("error: " + (o.out == null ? "standard output" : o.out) + ": the " + o.format + " export failed: "
                        + Problems.wording(e)));
            } finally {
                if (spool != null) {
                    try {
                        Files.deleteIfExists(spool);
                    } catch (IOException e) {
                        err.println(Printable.escape("warning: " + spool + ": a temporary file was not deleted: " + Problems.wording(e)));
                    }
                }
            }
            return result != null ? result : new RunResult(List.of(), List.of(), List.of(), 0);
        }
    }

    /** Writes {@code corpus} with {@code exporter} where {@code o} says; false (and an error line) when that failed. Shared with export. */
    static boolean export(Registered<Exporter> exporter, Corpus corpus, SightlineRegistry reg, Options o, PrintStream out, PrintStream err) {
        try {
            Exporter ex = exporter.create();
            OutputStream buffered = o.out == null ? new BufferedOutputStream(out, 1 << 16) : null;
            try (ExportTarget target = target(o, buffered)) {
                ex.export(corpus, target, reg);
                target.commit();
            }
            // PrintStream swallows write errors: without this check a full disk or a closed pipe
            // would end in a truncated result and exit status 0.
            if (o.out == null && out.checkError()) {
                throw new IOException("writing failed (disk full, or the reading end of a pipe closed)");
            }
            return true;
        } catch (IOException | RuntimeException | LinkageError e) {
            // LinkageError: a plugin's exporter built against another API version.
            err.println(Printable.escape("error: " + (o.out == null ? "standard output" : o.out) + ": the " + o.format + " export failed: " + Problems.wording(e)));
            return false;
        }
    }

    /** Where {@code o} sends the result: standard output (through {@code buffered}), a file or a folder. */
    private static ExportTarget target(Options o, OutputStream buffered) throws IOException {
        return o.out == null ? ExportTarget.stream(buffered) : o.outIsFolder ? ExportTarget.directory(o.out) : ExportTarget.file(o.out);
    }

    /**
     * How long a run waits for another writer of its workspace (another run, the workbench) before it fails: runs
     * adding to one workspace take turns instead of losing each other's documents.
     */
    static final java.time.Duration WORKSPACE_WAIT = java.time.Duration.ofSeconds(120);

    /** The workspace's search index follows it; a failure there never fails the run (search rebuilds the index). */
    private static void updateIndex(Corpus saved, Path file, PrintStream err) {
        try {
            org.sightline.search.api.WorkspaceIndex.bringUpToDate(file, saved, org.sightline.search.api.IndexProgress.NONE);
        } catch (java.io.IOException | RuntimeException e) {
            err.println("warning: " + org.sightline.search.api.SearchIndex.folderOf(file) + ": the search index was not updated ("
                    + e.getMessage() + "); sightline search brings it up to date");
        }
    }

    private static boolean saveWorkspace(Corpus corpus, Path file, PrintStream err) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(file, "sightline analyze", WORKSPACE_WAIT)) {
            Corpus target = Files.exists(file) ? WorkspaceStore.load(file) : Corpora.create(file.getFileName().toString());
            CorpusMerge.copyInto(corpus, target);
            WorkspaceStore.save(target, file);
            updateIndex(target, file, err);
            return true;
        } catch (WorkspaceException | RuntimeException e) {
            err.println(Printable.escape("error: " + file + ": the workspace was not saved: " + Problems.wording(e)));
            return false;
        }
    }
}
