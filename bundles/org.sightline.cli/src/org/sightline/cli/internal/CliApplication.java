package org.sightline.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.sightline.core.registry.api.ExtensionRegistryReader;
import org.sightline.importer.web.api.StandardInputs;

/**
 * Equinox entry point of every {@code sightline COMMAND}: adapts the OSGi application to the
 * {@link Dispatcher}, which holds the logic and runs without OSGi too. Returns the exit status, and
 * never 0 when an error escaped somewhere (here or in another thread).
 */
public final class CliApplication implements IApplication {

    /** Set by the start script when standard error is a terminal (Java cannot tell by itself). */
    static final String STDERR_TTY = "sightline.stderr.tty";

    @Override
    public Object start(IApplicationContext context) {
        String[] args = LaunchArguments.read(System.getProperties(),
                (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
        context.applicationRunning();
        // Straight to the file descriptors; and whatever a library prints on System.out goes to
        // standard error, so that standard output carries the result and nothing else.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            escaped.compareAndSet(null, e);
            err.println(e instanceof OutOfMemoryError ? Dispatcher.outOfMemory("sightline")
                    : Dispatcher.internalError("sightline (thread " + thread.getName() + ")", e));
        });
        CommandContext commandContext = new CommandContext(out, err, Boolean.getBoolean(STDERR_TTY),
                () -> ExtensionRegistryReader.read(RegistryFactory.getRegistry()), StandardInputs::resolvers);
        int code = new Dispatcher().run(args, commandContext);
        out.flush();
        err.flush();
        if (code == Command.OK && escaped.get() != null) {
            code = Command.FAILED;
        }
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Nothing to stop: the command runs to completion on the calling thread.
    }
}
