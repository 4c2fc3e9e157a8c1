package org.sightline.export.internal;

import java.util.ArrayList;
import java.util.List;

import org.sightline.analysis.api.AchAnalysis;
import org.sightline.analysis.api.AchMatrix;
import org.sightline.analysis.api.AchMatrix.Ranked;
import org.sightline.analysis.api.AchMatrix.Rating;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Hypothesis;

/**
 * The ACH matrix as the reports and the CSV write it, worked out once by {@link AchAnalysis} (the Hypotheses view's
 * own analysis), so the export says what the view shows: evidence rows, hypothesis columns, each cell its rating (with
 * its weight when not 1), then the ranking and the evidence the leader depends on.
 */
public final class AchText {

    public static final String HEADING = "Analysis of competing hypotheses";

    private AchText() {
    }

    /** The matrix of {@code corpus}, or null when it has no hypotheses (the reports then have no ACH section). */
    public static AchMatrix matrix(Corpus corpus) {
        return corpus.getHypotheses().isEmpty() ? null : new AchAnalysis().analyze(corpus);
    }

    /** The column heading of a hypothesis: its label, or its id when it has none. */
    public static String hypothesis(Hypothesis h) {
        return h.getLabel() == null || h.getLabel().isBlank() ? h.getId() : h.getLabel().strip().replaceAll("\\s+", " ");
    }

    /** The row heading of a piece of evidence: "US officials: the move does not signal ... (c1)". */
    public static String evidence(Claim c) {
        String source = c.getSource() != null ? ReportText.actorName(c.getSource()) : c.getSourceText() != null ? c.getSourceText().strip() : null;
        String content = c.getContent() == null ? "" : c.getContent().strip().replaceAll("\\s+", " ");
        return (source == null || source.isEmpty() ? "" : source.replaceAll("\\s+", " ") + ": ") + content + " (" + c.getId() + ")";
    }

    /** A cell: the rating ("CC", "C", "N", "I", "II"), with "×w" when its weight is not 1. */
    public static String cell(Rating r) {
        return r.consistency().getLiteral() + (r.weight() == 1 ? "" : " \u00D7" + Numbers.plain(r.weight()));
    }

    /** "rank 1: Deterrence holds (inconsistency 0, consistency 3)", most likely first; ties share a rank. */
    public static List<String> ranking(AchMatrix m) {
        List<String> out = new ArrayList<>();
        for (Ranked r : m.ranking()) {
            out.add("rank " + r.rank() + ": " + hypothesis(r.hypothesis()) + " (inconsistency " + Numbers.plain(r.inconsistency())
                    + ", consistency " + Numbers.plain(r.consistency()) + ")");
        }
        return out;
    }

    /** One line under the matrix: which evidence the leading hypothesis depends on, and ratings of rejected claims left out. */
    public static String notes(AchMatrix m) {
        List<Claim> critical = m.criticalEvidence();
        String s = critical.isEmpty() ? "No single piece of evidence changes which hypothesis leads when removed or flipped."
                : "The lead changes when any of these is removed or flipped: "
                        + String.join("; ", critical.stream().map(AchText::evidence).toList()) + ".";
        if (m.ignoredAssessments() > 0) {
            s += " " + m.ignoredAssessments() + " rating" + (m.ignoredAssessments() == 1 ? "" : "s") + " of rejected claims left out.";
        }
        return s;
    }
}
