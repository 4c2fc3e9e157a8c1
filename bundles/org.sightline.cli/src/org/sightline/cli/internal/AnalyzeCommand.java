package org.sightline.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import org.sightline.core.api.Contribution;
import org.sightline.core.api.SightlineInfo;

/**
 * {@code sightline analyze}: argument handling and exit codes of the batch command (contract in
 * docs/cli.md). Exit 0: every input analysed; 1: some inputs failed; 2: usage.
 */
public final class AnalyzeCommand {

    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: sightline analyze [--format json|csv|graphml|md|html] [--out FILE] INPUT...
                   sightline analyze --list-extensions | --version | --help

            Finds the actors in security news and official statements and the claims each makes
            (source, cue, content, type, modality, targets), with the exact text spans behind them.

            INPUT is a file (.txt, .html/.htm, RSS/Atom .xml, any of them .gz), a folder (recursive)
            or an http(s) URL.

            Options:
              --format FORMAT     json (default), csv, graphml, md or html
              --out FILE          write the result to FILE instead of standard output
              --list-extensions   list every contribution: kind, id, bundle, name (tab-separated)
              --version           print the version and exit
              --help              print this help and exit

            Exit status: 0 every input analysed, 1 some inputs failed (the others are still in the
            result), 2 usage error.
            """;

    private final Supplier<List<Contribution>> contributions;

    public AnalyzeCommand(Supplier<List<Contribution>> contributions) {
        this.contributions = contributions;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("sightline analyze: no input given");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        for (String arg : args) {
            switch (arg) {
                case "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    return OK;
                }
                case "--version" -> {
                    out.println("sightline " + SightlineInfo.version());
                    return OK;
                }
                case "--list-extensions" -> {
                    for (Contribution c : contributions.get()) {
                        out.println(c.toListLine());
                    }
                    return OK;
                }
                default -> {
                    if (arg.startsWith("-") && !List.of("--format", "--out").contains(arg)) {
                        err.println("sightline analyze: unknown option: " + arg + " (see sightline analyze --help)");
                        return USAGE;
                    }
                }
            }
        }
        err.println("sightline analyze: the analysis pipeline is not part of this build yet");
        return USAGE;
    }
}
