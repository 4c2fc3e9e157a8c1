package org.sightline.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The command line handed over by the start script as system properties. */
class LaunchArgumentsTest {

    private static Properties encode(String... args) {
        // What the start script does: -Dsightline.arg.N=VALUE for each argument, then the count.
        Properties p = new Properties();
        for (int i = 0; i < args.length; i++) {
            p.setProperty(LaunchArguments.PREFIX + i, args[i]);
        }
        p.setProperty(LaunchArguments.COUNT, Integer.toString(args.length));
        return p;
    }

    @Test
    void everyArgumentComesBackAsGivenLauncherOptionsEmptyAndOddOnesIncluded() {
        String[] args = {"analyze", "--", "-clean", "-vmargs", "-Xmx1m", "", "a=b", "two words", "Zürich\n.txt", "-noExit"};
        assertArrayEquals(args, LaunchArguments.read(encode(args), new String[] {"ignored"}));
    }

    @Test
    void withoutTheScriptsPropertiesTheApplicationArgumentsAreUsed() {
        assertArrayEquals(new String[] {"analyze", "--help"}, LaunchArguments.read(new Properties(), new String[] {"analyze", "--help"}));
        assertEquals(0, LaunchArguments.read(new Properties(), null).length);
    }

    @Test
    void aMissingArgumentIsAnErrorNotAShorterCommandLine() {
        Properties p = encode("analyze", "a.txt");
        p.remove(LaunchArguments.PREFIX + 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LaunchArguments.read(p, null));
        assertEquals("the start script passed 2 arguments but sightline.arg.1 is missing", e.getMessage());
    }
}
