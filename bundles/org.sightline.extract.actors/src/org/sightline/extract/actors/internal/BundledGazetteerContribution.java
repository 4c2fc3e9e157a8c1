package org.sightline.extract.actors.internal;

import java.util.List;

import org.sightline.extract.actors.api.BundledGazetteers;
import org.sightline.extract.actors.api.Gazetteer;
import org.sightline.extract.actors.api.GazetteerEntry;

/**
 * A gazetteer shipped in this bundle, as a contribution to org.sightline.core.gazetteers (the
 * extension registry needs a class with a no-argument constructor per contribution).
 */
abstract class BundledGazetteerContribution implements Gazetteer {

    private final Gazetteer bundled;

    BundledGazetteerContribution(Gazetteer bundled) {
        this.bundled = bundled;
    }

    @Override
    public String id() {
        return bundled.id();
    }

    @Override
    public List<GazetteerEntry> entries() {
        return bundled.entries();
    }

    /** Hand-written: government bodies, groups, media. */
    public static final class Sightline extends BundledGazetteerContribution {
        public Sightline() {
            super(BundledGazetteers.sightline());
        }
    }

    /** Derived from the CAMEO/Phoenix dictionaries (MIT licence, see gazetteer/PHOENIX-LICENSE.txt). */
    public static final class Phoenix extends BundledGazetteerContribution {
        public Phoenix() {
            super(BundledGazetteers.phoenix());
        }
    }
}
