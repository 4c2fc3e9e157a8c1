package org.sightline.cli.internal;

import java.util.List;

/**
 * One command of {@code sightline COMMAND ARGS...} (analyze, search, export, ...). Adding a command
 * is a class implementing this interface plus one line in {@link Commands#ALL}; the {@link Dispatcher}
 * finds it by {@link #name()}, lists it in {@code sightline --help}, and turns anything it throws into
 * a clear line on standard error and a non-zero exit status.
 * <p>
 * A command must be cheap to construct (every command is constructed at each start): do the work in
 * {@link #run}. It runs without OSGi: what it needs from the runtime comes through the
 * {@link CommandContext}.
 */
public interface Command {

    /** Exit status: the command did everything it was asked. */
    int OK = 0;
    /** Exit status: something failed and standard error says what (for analyze: the other inputs are still in the result). */
    int FAILED = 1;
    /** Exit status: the command line is wrong; nothing was done. */
    int USAGE = 2;

    /** The word after {@code sightline}, e.g. {@code analyze}: lower case, no spaces. */
    String name();

    /** One line for {@code sightline --help}: what the command does. */
    String summary();

    /**
     * Runs the command on its arguments (those after its name, exactly as given) and returns the
     * exit status ({@link #OK}, {@link #FAILED}, {@link #USAGE}). The result goes to
     * {@link CommandContext#out()}, everything else (progress, errors) to {@link CommandContext#err()}.
     */
    int run(List<String> args, CommandContext context);
}
