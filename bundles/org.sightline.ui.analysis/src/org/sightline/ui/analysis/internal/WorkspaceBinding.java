package org.sightline.ui.analysis.internal;

/**
 * Connects the analysis views to the workspace the workbench has open. Until the workbench's session
 * service is available to this bundle, views get their input only through
 * {@link AnalysisView#setInput}; this is the one place that changes when it is.
 */
final class WorkspaceBinding {

    private WorkspaceBinding() {
    }

    static void attach(AnalysisView view) {
        // No session service yet: the view waits for setInput.
    }

    static void detach(AnalysisView view) {
    }
}
