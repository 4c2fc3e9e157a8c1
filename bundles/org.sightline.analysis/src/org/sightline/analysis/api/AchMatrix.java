package org.sightline.analysis.api;

import java.util.List;
import java.util.Objects;

import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Hypothesis;

/**
 * Analysis of Competing Hypotheses (Heuer): the result of {@link AchAnalysis}. A view draws {@link #evidence()} as
 * rows and {@link #hypotheses()} as columns, then the {@link #ranking()} and the {@link #sensitivity()} check.
 *
 * @param hypotheses         the corpus' hypotheses, in corpus order (the columns)
 * @param evidence           claims with at least one assessment, in corpus order (the rows)
 * @param ranking            hypotheses from most to least likely: by weighted inconsistency ascending, ties in corpus
 *                           order and sharing a rank
 * @param sensitivity        for each piece of evidence, what happens to the ranking if it is removed and if its ratings
 *                           are flipped; in evidence order, REMOVED before FLIPPED
 * @param ignoredAssessments assessments of claims the analyst rejected: not evidence
 *
 * @since 0.1.0
 */
public record AchMatrix(List<Hypothesis> hypotheses, List<Evidence> evidence, List<Ranked> ranking,
        List<Sensitivity> sensitivity, int ignoredAssessments) {

    public AchMatrix {
        hypotheses = List.copyOf(hypotheses);
        evidence = List.copyOf(evidence);
        ranking = List.copyOf(ranking);
        sensitivity = List.copyOf(sensitivity);
    }

    /** Heuer's inconsistency points: I counts 1, II counts 2, the rest 0. */
    public static int inconsistencyPoints(Consistency c) {
        return switch (c) {
            case I -> 1;
            case II -> 2;
            default -> 0;
        };
    }

    /** Consistency points, for display only (Heuer ranks by inconsistency): CC 2, C 1, the rest 0. */
    public static int consistencyPoints(Consistency c) {
        return switch (c) {
            case CC -> 2;
            case C -> 1;
            default -> 0;
        };
    }

    /** The rating as if the evidence were wrong: CC and II swap, C and I swap, N stays. */
    public static Consistency flip(Consistency c) {
        return switch (c) {
            case CC -> Consistency.II;
            case C -> Consistency.I;
            case N -> Consistency.N;
            case I -> Consistency.C;
            case II -> Consistency.CC;
        };
    }

    /**
     * One cell.
     *
     * @param hypothesis  the column
     * @param consistency the rating; N when not rated
     * @param weight      the assessment's weight; 1 when not rated
     * @param assessment  the model object, null when not rated
     */
    public record Rating(Hypothesis hypothesis, Consistency consistency, double weight, Assessment assessment) {
        public Rating {
            Objects.requireNonNull(hypothesis, "hypothesis");
            Objects.requireNonNull(consistency, "consistency");
        }

        /** Weighted inconsistency this cell adds to its hypothesis. */
        public double inconsistency() {
            return weight * inconsistencyPoints(consistency);
        }
    }

    /**
     * One row.
     *
     * @param claim   the evidence
     * @param ratings one per hypothesis, in hypothesis order
     */
    public record Evidence(Claim claim, List<Rating> ratings) {
        public Evidence {
            Objects.requireNonNull(claim, "claim");
            ratings = List.copyOf(ratings);
        }

        /** The rating for {@code hypothesis}. */
        public Rating rating(Hypothesis hypothesis) {
            return ratings.stream().filter(r -> r.hypothesis() == hypothesis).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("hypothesis " + hypothesis.getId() + " is not in this matrix"));
        }

        /**
         * Heuer's diagnosticity: evidence rated the same for every hypothesis does not help to choose between them.
         */
        public boolean diagnostic() {
            return ratings.stream().map(Rating::consistency).distinct().count() > 1;
        }
    }

    /**
     * A hypothesis' place.
     *
     * @param hypothesis    the hypothesis
     * @param rank          1 = most likely; tied scores share a rank (1, 1, 3)
     * @param inconsistency sum over evidence of weight &times; (I: 1, II: 2); lower is more likely
     * @param consistency   sum over evidence of weight &times; (CC: 2, C: 1); shown, not used to rank
     */
    public record Ranked(Hypothesis hypothesis, int rank, double inconsistency, double consistency) {
    }

    /** What was done to one piece of evidence in the sensitivity check. */
    public enum Change {
        /** Left out, as if it had never been reported. */
        REMOVED,
        /** Every rating flipped ({@link AchMatrix#flip}), as if the claim were false. */
        FLIPPED
    }

    /**
     * The ranking with one piece of evidence changed.
     *
     * @param claim          the evidence changed
     * @param change         how
     * @param ranking        the ranking that results
     * @param rankingChanged any hypothesis' rank differs from the real ranking
     * @param leaderChanged  the set of hypotheses ranked 1 differs: the conclusion depends on this evidence
     */
    public record Sensitivity(Claim claim, Change change, List<Ranked> ranking, boolean rankingChanged, boolean leaderChanged) {
        public Sensitivity {
            ranking = List.copyOf(ranking);
        }
    }

    /** The rank-1 hypotheses. */
    public List<Hypothesis> leaders() {
        return ranking.stream().filter(r -> r.rank() == 1).map(Ranked::hypothesis).toList();
    }

    /** The sensitivity entries whose change alters the ranking. */
    public List<Sensitivity> rankingChangers() {
        return sensitivity.stream().filter(Sensitivity::rankingChanged).toList();
    }

    /** Evidence whose removal or flip changes which hypothesis leads, each claim once, in evidence order. */
    public List<Claim> criticalEvidence() {
        return sensitivity.stream().filter(Sensitivity::leaderChanged).map(Sensitivity::claim).distinct().toList();
    }
}
