package org.sightline.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sightline.core.api.SightlineInfo;

/**
 * {@code sightline COMMAND ARGS...}: picks the command by its name and runs it. Whatever a command
 * throws ends as one clear line on standard error and exit status {@link Command#FAILED}, never as
 * a silent exit 0; running out of memory says how to give Java more. Runs without OSGi.
 */
public final class Dispatcher {

    private final List<Command> commands;

    /** The dispatcher over every registered command ({@link Commands#ALL}). */
    public Dispatcher() {
        this(Commands.ALL);
    }

    Dispatcher(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    /** The command of that name, if there is one. */
    Optional<Command> command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Runs {@code args} (the command's name first) and returns the exit status. */
    public int run(String[] args, CommandContext context) {
        PrintStream out = context.out();
        PrintStream err = context.err();
        if (args.length == 0) {
            err.print(overview());
            err.flush();
            return Command.USAGE;
        }
        String name = args[0];
        switch (name) {
            case "--help", "-h", "help" -> {
                if (args.length > 1 && command(args[1]).isPresent()) {
                    return run(new String[] {args[1], "--help"}, context);
                }
                out.print(overview());
                out.flush();
                return Command.OK;
            }
            case "--version" -> {
                out.println("sightline " + SightlineInfo.version());
                out.flush();
                return Command.OK;
            }
            default -> {
                // a command name, below
            }
        }
        Optional<Command> command = command(name);
        if (command.isEmpty()) {
            err.println("sightline: unknown command '" + name + "'; the commands are: "
                    + commands.stream().map(Command::name).collect(Collectors.joining(", ")) + " (see sightline --help)");
            err.flush();
            return Command.USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return command.get().run(rest, context);
        } catch (OutOfMemoryError e) {
            err.println(outOfMemory("sightline " + name));
            err.flush();
            return Command.FAILED;
        } catch (RuntimeException | Error e) {
            err.println(internalError("sightline " + name, e));
            e.printStackTrace(err);
            err.flush();
            return Command.FAILED;
        } finally {
            out.flush();
        }
    }

    /** The usage text of {@code sightline --help}. */
    String overview() {
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        StringBuilder b = new StringBuilder();
        b.append("Usage: sightline                    open the workbench (needs a display)\n");
        b.append("       sightline COMMAND ARGS...    run a command without a display\n");
        b.append("       sightline --version | --help\n\n");
        b.append("Commands:\n");
        for (Command c : commands) {
            b.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%n", c.name(), c.summary()));
        }
        b.append("\nsightline COMMAND --help describes a command. Arguments after the command name are the\n");
        b.append("command's own, even those that start with a dash: nothing reaches the Java or OSGi launcher.\n");
        b.append("Exit status: 0 done, 1 something failed (standard error says what), 2 usage error.\n");
        return b.toString();
    }

    /** The one wording for running out of memory, with the remedy. */
    static String outOfMemory(String who) {
        long maxMiB = Runtime.getRuntime().maxMemory() >> 20;
        return who + ": out of memory (Java may use at most " + maxMiB + " MiB); nothing more was written. "
                + "Give it more with SIGHTLINE_VMARGS=-Xmx<size>, e.g. SIGHTLINE_VMARGS=-Xmx" + suggestedHeapGiB(maxMiB) + "g";
    }

    /** The one wording for an error nobody caught: a defect, with its type and message. */
    static String internalError(String who, Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return who + ": internal error, " + e.getClass().getName() + message + " (please report it with the lines below)";
    }

    private static long suggestedHeapGiB(long maxMiB) {
        return Math.max(2, 2 * ((maxMiB + 1023) / 1024));
    }
}
