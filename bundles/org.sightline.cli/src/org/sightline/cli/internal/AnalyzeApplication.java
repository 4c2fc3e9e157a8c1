package org.sightline.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Equinox entry point of {@code sightline analyze}. It only adapts the OSGi application to
 * {@link AnalyzeCommand}, which holds the logic and runs without OSGi too.
 */
public final class AnalyzeApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Map<?, ?> arguments = context.getArguments();
        String[] args = (String[]) arguments.get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = new AnalyzeCommand(new RegistryContributions()).run(args == null ? new String[0] : args, out, err);
        out.flush();
        err.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Nothing to stop: the command runs to completion on the calling thread.
    }
}
