package org.sightline.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.sightline.ui.session.api.EstimativeScale;
import org.sightline.ui.session.api.SavedFilter;
import org.sightline.ui.session.api.PipelineSettings;

/** The workbench's preferences (instance scope, node org.sightline.ui), with their meaning in one place. */
public final class Preferences {

    public static final String NODE = "org.sightline.ui";
    public static final String RECENT = "recentWorkspaces";
    public static final String LAST = "lastWorkspace";
    public static final String PIPELINE_ORDER = "pipeline.order";
    public static final String PIPELINE_DISABLED = "pipeline.disabled";
    public static final String SCALE = "estimativeScale";
    /** The Claims view's saved filters (JSON, {@link SavedFilter#format}). */
    public static final String SAVED_FILTERS = "claims.savedFilters";
    static final int RECENT_MAX = 8;

    private Preferences() {
    }

    static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    private static void flush() {
        try {
            node().flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: the next change tries again
        }
    }

    /** Recently opened workspace files, most recent first, existing ones only. */
    public static List<Path> recent() {
        String v = node().get(RECENT, "");
        return Arrays.stream(v.split("\n")).filter(s -> !s.isBlank()).map(Path::of).filter(Files::isRegularFile).toList();
    }

    static void addRecent(Path file) {
        List<Path> list = new ArrayList<>(recent());
        Path f = file.toAbsolutePath().normalize();
        list.remove(f);
        list.add(0, f);
        node().put(RECENT, String.join("\n", list.stream().limit(RECENT_MAX).map(Path::toString).toList()));
        flush();
    }

    static void setLastWorkspace(Path file) {
        node().put(LAST, file.toAbsolutePath().normalize().toString());
        flush();
    }

    /** The workspace open when the workbench last closed, if it still exists. */
    public static Optional<Path> lastWorkspace() {
        String v = node().get(LAST, null);
        return v == null ? Optional.empty() : Optional.of(Path.of(v)).filter(Files::isRegularFile);
    }

    public static PipelineSettings pipeline() {
        return PipelineSettings.parse(node().get(PIPELINE_ORDER, ""), node().get(PIPELINE_DISABLED, ""));
    }

    public static void setPipeline(PipelineSettings settings) {
        node().put(PIPELINE_ORDER, settings.orderString());
        node().put(PIPELINE_DISABLED, settings.disabledString());
        flush();
    }

    /** The words-of-estimative-probability scale imports apply (default: Kent). */
    public static EstimativeScale scale() {
        String v = node().get(SCALE, null);
        if (v == null) {
            return EstimativeScale.KENT;
        }
        try {
            return EstimativeScale.parse(v);
        } catch (IllegalArgumentException e) {
            return EstimativeScale.KENT;
        }
    }

    public static void setScale(EstimativeScale scale) {
        node().put(SCALE, scale.format());
        flush();
    }

    /**
     * The Claims view's saved filters, in the order saved. Kept here rather than in a workspace: a filter is the
     * analyst's way of reading ("Russian warnings") and serves every workspace; a value that cannot be read gives none.
     */
    public static List<SavedFilter> savedFilters() {
        try {
            return SavedFilter.parse(node().get(SAVED_FILTERS, ""));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    public static void setSavedFilters(List<SavedFilter> filters) {
        if (filters.isEmpty()) {
            node().remove(SAVED_FILTERS);
        } else {
            node().put(SAVED_FILTERS, SavedFilter.format(filters));
        }
        flush();
    }
}
