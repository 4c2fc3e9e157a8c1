package org.sightline.core.api;

import java.util.Locale;

/**
 * The kinds of contribution a bundle can make to Sightline. Their lower-case names are the first
 * column of {@code sightline analyze --list-extensions} (see docs/cli.md), which scripts parse.
 *
 * @since 0.1.0
 */
public enum ContributionKind {
    IMPORTER("importers"), EXTRACTOR("extractors"), GAZETTEER("gazetteers"), ANALYSIS("analyses"),
    EXPORTER("exporters"),
    /** Views are contributed to org.eclipse.ui.views in the Sightline category, not to a point of ours. */
    VIEW(null);

    /** Namespace of Sightline's own extension points. */
    public static final String NAMESPACE = "org.sightline.core";

    private final String pointName;

    ContributionKind(String pointName) {
        this.pointName = pointName;
    }

    /** The name used on the command line and in listings, e.g. {@code importer}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Full id of the extension point, e.g. {@code org.sightline.core.importers}; null for views. */
    public String extensionPointId() {
        return pointName == null ? null : NAMESPACE + "." + pointName;
    }
}
