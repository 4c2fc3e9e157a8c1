package org.sightline.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.jar.Manifest;

/**
 * Facts about this Sightline build and the sample that ships with it; works with and without OSGi.
 *
 * @since 0.1.0
 */
public final class SightlineInfo {

    /** Resource path of the bundled sample article, inside this bundle. */
    public static final String SAMPLE_RESOURCE = "/samples/pentagon-north-korea-deterrence.txt";
    /** File name of the bundled sample article. */
    public static final String SAMPLE_NAME = "pentagon-north-korea-deterrence.txt";

    private static volatile String version;

    private SightlineInfo() {
    }

    /**
     * The version of this build, e.g. {@code 0.1.0.202611280900}, read from this bundle's manifest.
     * The manifest is found next to this class (jar, OSGi bundle entry or folder), not through the
     * class loader's resource search, which could return another bundle's manifest first.
     */
    public static String version() {
        String v = version;
        if (v == null) {
            v = readVersion();
            version = v;
        }
        return v;
    }

    private static String readVersion() {
        String self = SightlineInfo.class.getName().replace('.', '/') + ".class";
        URL classUrl = SightlineInfo.class.getClassLoader().getResource(self);
        if (classUrl != null) {
            String s = classUrl.toString();
            String root = s.substring(0, s.length() - self.length());
            for (String candidate : new String[] {root + "META-INF/MANIFEST.MF", root + "../META-INF/MANIFEST.MF"}) {
                try (InputStream in = new URL(candidate).openStream()) {
                    String bv = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
                    if (bv != null) {
                        return bv;
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // Not there: a class folder during development; try the next place.
                }
            }
        }
        return "0.0.0.development";
    }

    /** The text of the bundled sample article, exactly as the file is (UTF-8). */
    public static String sampleText() {
        try (InputStream in = SightlineInfo.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled sample " + SAMPLE_RESOURCE + " is missing from org.sightline.core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled sample " + SAMPLE_RESOURCE, e);
        }
    }
}
