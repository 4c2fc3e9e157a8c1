package org.sightline.ui.analysis.api;

import java.util.List;

/**
 * Ids of the analysis views this bundle contributes to {@code org.eclipse.ui.views} (category
 * {@code org.sightline.ui.category}), for code that opens them or places them in a perspective.
 *
 * @since 0.1.0
 */
public final class AnalysisViews {

    /** Actors as nodes, claims between them as edges, laid out with ELK. */
    public static final String NETWORK = "org.sightline.ui.views.analysis.network";
    /** Actors by claim type (the stance matrix); a cell narrows the Claims view to its claims. */
    public static final String COMMITMENTS = "org.sightline.ui.views.analysis.commitments";
    /** Claims per period and claim type (or actor) as a stacked bar chart. */
    public static final String TIMELINE = "org.sightline.ui.views.analysis.timeline";
    /** The ACH matrix: hypotheses by evidence, ratings edited in place, ranking and sensitivity. */
    public static final String HYPOTHESES = "org.sightline.ui.views.analysis.hypotheses";
    /** Proposed relations between claims, to confirm or reject. */
    public static final String RELATIONS = "org.sightline.ui.views.analysis.relations";

    /** All of them, in menu order. */
    public static final List<String> ALL = List.of(NETWORK, COMMITMENTS, TIMELINE, HYPOTHESES, RELATIONS);

    private AnalysisViews() {
    }
}
