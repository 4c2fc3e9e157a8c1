package org.sightline.cli.internal;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.sightline.core.registry.api.ExtensionRegistryReader;
import org.sightline.importer.web.api.StandardInputs;

/**
 * Equinox entry point of {@code sightline analyze}. It only adapts the OSGi application to
 * {@link AnalyzeCommand}, which holds the logic and runs without OSGi too.
 */
public final class AnalyzeApplication implements IApplication {

    /** Set by the start script when standard error is a terminal (Java cannot tell by itself). */
    static final String STDERR_TTY = "sightline.stderr.tty";

    /** Set by the start script to the command word (analyze, search) until the command dispatcher takes this over. */
    static final String COMMAND = "sightline.command";

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        // Straight to the file descriptors: the runtime may have wrapped System.out/err for logging.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        String[] arguments = args == null ? new String[0] : args;
        int code;
        if ("search".equals(System.getProperty(COMMAND))) {
            code = new SearchCommand().run(arguments, out, err);
        } else {
            AnalyzeCommand command = new AnalyzeCommand(() -> ExtensionRegistryReader.read(RegistryFactory.getRegistry()),
                    StandardInputs.resolvers(), Boolean.getBoolean(STDERR_TTY));
            code = command.run(arguments, out, err);
        }
        out.flush();
        err.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Nothing to stop: the command runs to completion on the calling thread.
    }
}
