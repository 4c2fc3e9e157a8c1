package org.sightline.ui.internal;

import org.sightline.core.api.SightlineInfo;

/** Constants and texts shared by the workbench's parts. */
public final class SightlineUi {

    public static final String TITLE = "Sightline";
    public static final String PLUGIN_ID = "org.sightline.ui";

    public static final String DOCUMENTS_VIEW = "org.sightline.ui.views.documents";
    public static final String ACTORS_VIEW = "org.sightline.ui.views.actors";
    public static final String CLAIMS_VIEW = "org.sightline.ui.views.claims";
    public static final String PROPERTIES_VIEW = "org.eclipse.ui.views.PropertySheet";

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
