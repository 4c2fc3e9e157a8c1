package org.sightline.extract.actors.api;

import java.io.InputStream;
import java.util.List;

/**
 * The gazetteers shipped in this bundle: "sightline" (hand-written: government bodies by their usual
 * names, generic bodies such as "defense ministry" and "state media") and "phoenix" (derived from the
 * CAMEO/Phoenix actor dictionaries, MIT licence, see gazetteer/PHOENIX-LICENSE.txt; regenerate with
 * {@code org.sightline.extract.actors.internal.DerivePhoenixGazetteer}).
 *
 * @since 0.1.0
 */
public final class BundledGazetteers {

    private static final String DIR = "/org/sightline/extract/actors/gazetteer/";
    private static volatile List<Gazetteer> defaults;

    private BundledGazetteers() {
    }

    public static Gazetteer sightline() {
        return load("sightline", "sightline-gazetteer.tsv");
    }

    public static Gazetteer phoenix() {
        return load("phoenix", "phoenix-gazetteer.tsv");
    }

    /** Sightline first (its names win), then Phoenix; loaded once. */
    public static List<Gazetteer> defaults() {
        List<Gazetteer> d = defaults;
        if (d == null) {
            d = defaults = List.of(sightline(), phoenix());
        }
        return d;
    }

    private static Gazetteer load(String id, String file) {
        InputStream in = BundledGazetteers.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("Bundled gazetteer resource " + DIR + file + " is missing");
        }
        return TsvGazetteer.read(id, in, DIR + file);
    }
}
