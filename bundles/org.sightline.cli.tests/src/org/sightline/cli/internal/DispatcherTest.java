package org.sightline.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.sightline.core.api.SightlineInfo;
import org.sightline.core.registry.api.ExtensionRegistryReader;
import org.sightline.importer.web.api.StandardInputs;

/** {@code sightline COMMAND ...}: finding the command, the overview, and what happens when a command fails. */
class DispatcherTest {

    /** A run's exit status and what it printed. */
    record Run(int exit, String out, String err) {
    }

    /** A command that records its arguments and then does what it is told. */
    static final class Probe implements Command {
        final List<List<String>> calls = new ArrayList<>();
        private final Runnable body;

        Probe(Runnable body) {
            this.body = body;
        }

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public String summary() {
            return "records its arguments";
        }

        @Override
        public int run(List<String> args, CommandContext context) {
            calls.add(args);
            body.run();
            context.out().println("probed " + args.size());
            return OK;
        }
    }

    static Run run(Dispatcher dispatcher, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false,
                () -> ExtensionRegistryReader.read(RegistryFactory.getRegistry()), StandardInputs::resolvers);
        int exit = dispatcher.run(args, context);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandGetsExactlyTheArgumentsAfterItsNameEvenLauncherOptions() {
        Probe probe = new Probe(() -> { });
        List<String> args = List.of("-clean", "-vmargs", "-data", "--", "-application", "", "plain.txt");
        List<String> line = new ArrayList<>(List.of("probe"));
        line.addAll(args);
        Run r = run(new Dispatcher(List.of(probe)), line.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(args), probe.calls);
        assertEquals("probed 7\n", r.out());
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingTheCommandsThatExist() {
        Run r = run(new Dispatcher(), "analyse", "x.txt");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("sightline: unknown command 'analyse'; the commands are: "
                + String.join(", ", Commands.ALL.stream().map(Command::name).toList()) + " (see sightline --help)\n", r.err());
    }

    @Test
    void helpListsEveryRegisteredCommandWithItsSummary() {
        Run r = run(new Dispatcher(), "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Usage: sightline "), r.out());
        assertTrue(Commands.ALL.stream().anyMatch(c -> c.name().equals("analyze")), "analyze is registered");
        for (Command c : Commands.ALL) {
            assertTrue(r.out().lines().anyMatch(l -> l.matches("  " + c.name() + " +" + java.util.regex.Pattern.quote(c.summary()))),
                    c.name() + " in " + r.out());
        }
        assertEquals("", r.err());
    }

    @Test
    void helpWithACommandNameIsThatCommandsHelp() {
        Run r = run(new Dispatcher(), "help", "analyze");
        assertEquals(0, r.exit(), r.err());
        assertEquals(AnalyzeCommand.USAGE_TEXT, r.out());
    }

    @Test
    void noArgumentsPrintTheOverviewOnStandardErrorAsAUsageError() {
        Run r = run(new Dispatcher());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Usage: sightline "), r.err());
    }

    @Test
    void versionIsTheBuildVersion() {
        Run r = run(new Dispatcher(), "--version");
        assertEquals(0, r.exit());
        assertEquals("sightline " + SightlineInfo.version() + "\n", r.out());
    }

    @Test
    void commandNamesAreUniqueLowerCaseWords() {
        List<String> names = Commands.ALL.stream().map(Command::name).toList();
        assertEquals(names.stream().distinct().toList(), names);
        for (String n : names) {
            assertTrue(n.matches("[a-z][a-z0-9-]*"), n);
        }
    }

    @Test
    void anErrorEscapingACommandIsOneClearLineAndExitOneNeverZero() {
        Run r = run(new Dispatcher(List.of(new Probe(() -> {
            throw new IllegalStateException("the index is gone");
        }))), "probe", "a");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        String first = r.err().lines().findFirst().orElseThrow();
        assertEquals("sightline probe: internal error, java.lang.IllegalStateException: the index is gone (please report it with the lines below)", first);
        assertTrue(r.err().contains("at org.sightline.cli.internal.DispatcherTest"), "the stack follows for the report: " + r.err());
    }

    @Test
    void runningOutOfMemorySaysSoAndHowToGiveJavaMore() {
        Run r = run(new Dispatcher(List.of(new Probe(() -> {
            throw new OutOfMemoryError("Java heap space");
        }))), "probe");
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("sightline probe: out of memory (Java may use at most "), r.err());
        assertTrue(r.err().contains("SIGHTLINE_VMARGS=-Xmx"), r.err());
    }
}
