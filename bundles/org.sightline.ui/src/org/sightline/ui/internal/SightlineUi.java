package org.sightline.ui.internal;

import org.sightline.core.api.SightlineInfo;

/** Constants and texts shared by the workbench's parts. */
public final class SightlineUi {

    public static final String TITLE = "Sightline";

    private SightlineUi() {
    }

    /** The About text: name, version and what the product is for. */
    public static String aboutText() {
        return "Sightline " + SightlineInfo.version() + "\n\n"
                + "An analyst workbench for security news and official statements: who the actors are,\n"
                + "what each claims (commitments, warnings, predictions, denials, demands), how certain,\n"
                + "about whom, with the exact text behind every claim.\n\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }
}
