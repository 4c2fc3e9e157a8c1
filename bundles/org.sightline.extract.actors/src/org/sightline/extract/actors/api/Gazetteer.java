package org.sightline.extract.actors.api;

import java.util.List;

/**
 * A dictionary of actors. Third parties contribute their own (e.g. a company's list of units);
 * earlier gazetteers in the list given to the recognizer win when two claim the same surface form.
 *
 * @since 0.1.0
 */
public interface Gazetteer {

    /** Stable identifier, e.g. "phoenix". */
    String id();

    List<GazetteerEntry> entries();
}
