package org.sightline.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.SourceResolver;

/**
 * What a {@link Command} gets from whoever started it (the Equinox application, a test, a plain
 * {@code main}): the output streams, whether standard error is a terminal, and the runtime's parts.
 * The registry and the source resolvers are built on first use only, so that {@code --version} or
 * {@code --help} cost nothing; each is built once.
 */
public final class CommandContext {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean stderrIsTerminal;
    private final Supplier<SightlineRegistry> registry;
    private final Supplier<List<SourceResolver>> resolvers;

    public CommandContext(PrintStream out, PrintStream err, boolean stderrIsTerminal, Supplier<SightlineRegistry> registry,
            Supplier<List<SourceResolver>> resolvers) {
        this.out = Objects.requireNonNull(out);
        this.err = Objects.requireNonNull(err);
        this.stderrIsTerminal = stderrIsTerminal;
        this.registry = once(registry);
        this.resolvers = once(resolvers);
    }

    /** Where the result goes (standard output). */
    public PrintStream out() {
        return out;
    }

    /** Where progress, warnings and errors go (standard error). */
    public PrintStream err() {
        return err;
    }

    /** Whether standard error is a terminal (progress then redraws a bar in place). */
    public boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }

    /** Every contribution (importers, extractors, exporters, ...), read on first call. */
    public SightlineRegistry registry() {
        return registry.get();
    }

    /** How inputs (files, folders, URLs) are turned into sources, built on first call. */
    public List<SourceResolver> resolvers() {
        return resolvers.get();
    }

    /**
     * Prints {@code sightline COMMAND: MESSAGE (see sightline COMMAND --help)} on standard error and
     * returns {@link Command#USAGE}: the one wording of a command-line mistake.
     */
    public int usage(Command command, String message) {
        // Escaped: the message may quote an argument with control characters or bidi overrides.
        err.println(Printable.escape("sightline " + command.name() + ": " + message + " (see sightline " + command.name() + " --help)"));
        err.flush();
        return Command.USAGE;
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        Objects.requireNonNull(supplier);
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = Objects.requireNonNull(supplier.get());
                }
                return value;
            }
        };
    }
}
