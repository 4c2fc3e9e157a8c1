package org.sightline.cli.internal;

import java.util.List;

/** The commands of {@code sightline}, in the order {@code sightline --help} lists them. */
final class Commands {

    /** One line per command: add yours here (see {@link Command}). */
    static final List<Command> ALL = List.of(
            new AnalyzeCommand(),
            new SearchCommand(),
            new ExportCommand(),
            new SparkCommand());

    private Commands() {
    }
}
