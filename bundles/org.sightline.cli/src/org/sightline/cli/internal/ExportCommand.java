package org.sightline.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.sightline.core.api.CuratedCorpus;
import org.sightline.core.api.Exporter;
import org.sightline.core.api.Registered;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.model.Corpus;
import org.sightline.model.io.WorkspaceException;
import org.sightline.model.io.WorkspaceStore;

/**
 * {@code sightline export}: a saved workspace written as the analyst left it in the workbench ({@link CuratedCorpus}:
 * merges, corrections and confirmations kept; rejected and hidden claims, hidden actors and rejected mentions left
 * out), by the exporter of the format, without extracting anything again. The exit codes of {@code analyze}: 0
 * written, 1 the workspace could not be read or the export failed, 2 usage.
 */
final class ExportCommand implements Command {

    static final String USAGE_TEXT = """
            Usage: sightline export --workspace FILE.sightline [--format json|csv|graphml|md|html] [--out PATH]

            Writes what a saved workspace holds, as the analyst left it in the workbench: merges,
            corrections, confirmations, hypotheses and assessments kept; rejected and hidden claims,
            hidden actors and rejected mentions left out. Nothing is extracted again.

            Options:
              --workspace FILE  the workspace (.sightline or .sightlinebin)
              --format FORMAT   json (default), csv, graphml, md or html (and formats of plugins)
              --out PATH        write to PATH instead of standard output; with csv, a folder (existing,
                                or ending in /) receives claims.csv, actors.csv and mentions.csv
              --help            print this help and exit

            Exit status: 0 written, 1 the workspace could not be read or the export failed, 2 usage error.
            """;

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write a saved workspace as the analyst curated it: JSON, CSV, GraphML, Markdown or HTML";
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        PrintStream out = context.out();
        PrintStream err = context.err();
        AnalyzeCommand.Options o = new AnalyzeCommand.Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    out.flush();
                    return OK;
                }
                case "--workspace", "--format", "--out" -> {
                    if (i + 1 >= args.size()) {
                        return context.usage(this, a + " needs a value");
                    }
                    String v = args.get(++i);
                    if (a.equals("--workspace")) {
                        o.workspace = Path.of(v);
                    } else if (a.equals("--format")) {
                        o.format = v.toLowerCase(Locale.ROOT);
                    } else {
                        o.out = Path.of(v);
                        o.outIsFolder = v.endsWith("/") || Files.isDirectory(o.out);
                    }
                }
                default -> {
                    return context.usage(this, a.startsWith("-") ? "unknown option: " + a : "unexpected argument: " + a);
                }
            }
        }
        if (o.workspace == null) {
            return context.usage(this, "--workspace FILE.sightline is required");
        }
        SightlineRegistry reg = context.registry();
        Registered<Exporter> exporter = reg.exporter(o.format).orElse(null);
        if (exporter == null) {
            return context.usage(this, "unknown format '" + o.format + "'; available: "
                    + reg.exporters().stream().map(r -> r.attribute("format", r.id())).sorted().collect(Collectors.joining(", ")));
        }
        Corpus corpus;
        try {
            corpus = WorkspaceStore.load(o.workspace);
        } catch (WorkspaceException e) {
            err.println(Printable.escape("error: " + o.workspace + ": " + e.getMessage()));
            err.flush();
            return FAILED;
        }
        Corpus curated = CuratedCorpus.of(corpus);
        if (!AnalyzeCommand.export(exporter, curated, reg, o, out, err)) {
            return FAILED;
        }
        err.printf(Locale.ROOT, "sightline export: %d document(s), %d actor(s), %d claim(s) of %d (%d left out: rejected or hidden)%n",
                curated.getDocuments().size(), curated.getActors().size(), curated.getClaims().size(), corpus.getClaims().size(),
                corpus.getClaims().size() - curated.getClaims().size());
        err.flush();
        return OK;
    }
}
