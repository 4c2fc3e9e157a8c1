package org.sightline.cli.internal;

import java.util.Properties;

/**
 * The command line as the user typed it. The start script hands each argument over as a system
 * property ({@code sightline.argc}, {@code sightline.arg.0}, ...), never as a launcher argument: the
 * Equinox launcher takes {@code -clean}, {@code -data}, {@code -vmargs} and the like for itself,
 * wherever they stand, so a file named {@code -clean} would vanish or swallow the next input.
 */
final class LaunchArguments {

    static final String COUNT = "sightline.argc";
    static final String PREFIX = "sightline.arg.";

    private LaunchArguments() {
    }

    /**
     * The arguments from {@code properties} when the start script set them, else {@code fallback}
     * (the application arguments of a launch that did not come through the script), else none.
     */
    static String[] read(Properties properties, String[] fallback) {
        String count = properties.getProperty(COUNT);
        if (count == null) {
            return fallback == null ? new String[0] : fallback.clone();
        }
        int n = Integer.parseInt(count);
        String[] args = new String[n];
        for (int i = 0; i < n; i++) {
            String a = properties.getProperty(PREFIX + i);
            if (a == null) {
                throw new IllegalStateException("the start script passed " + n + " arguments but " + PREFIX + i + " is missing");
            }
            args[i] = a;
        }
        return args;
    }
}
