import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The floor of an OSGi start for bench-startup.sh: the Equinox framework alone (no bundle, no
 * application) started and stopped through the standard launch API, storage in the folder given.
 *   java -cp org.eclipse.osgi_*.jar:CLASSES BareEquinox STORAGE_DIR
 */
public final class BareEquinox {
    public static void main(String[] args) throws Exception {
        Path storage = Files.createDirectories(Path.of(args[0]));
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        Framework framework = factory.newFramework(Map.of("org.osgi.framework.storage", storage.toString()));
        framework.start();
        framework.stop();
        framework.waitForStop(0);
    }
}
