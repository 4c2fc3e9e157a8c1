package org.sightline.analysis.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.sightline.analysis.api.AchMatrix.Change;
import org.sightline.analysis.api.AchMatrix.Evidence;
import org.sightline.analysis.api.AchMatrix.Ranked;
import org.sightline.analysis.api.AchMatrix.Rating;
import org.sightline.analysis.api.AchMatrix.Sensitivity;
import org.sightline.analysis.internal.LiveClaims;
import org.sightline.core.api.Analysis;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Hypothesis;

/**
 * Builds the {@link AchMatrix} from the corpus' hypotheses and assessments: ranks hypotheses by weighted inconsistency
 * (Heuer: I counts 1, II counts 2, times the assessment's weight; the hypothesis with the least evidence against it is
 * the most likely) and checks, for every piece of evidence, whether removing it or flipping its ratings changes the
 * ranking. O(A + E&middot;H log H) for A assessments, E evidence and H hypotheses.
 *
 * @since 0.1.0
 */
public final class AchAnalysis implements Analysis<AchMatrix> {

    /** Id of this analysis in the {@code org.sightline.core.analyses} extension point. */
    public static final String ID = "org.sightline.analysis.ach";

    /** Scores closer than this are equal: weights are decimals and sums of them are not exact in binary. */
    static final double EPSILON = 1e-9;

    public AchAnalysis() {
        // Public no-arg constructor for the extension registry; the analysis has no state.
    }

    @Override
    public AchMatrix analyze(Corpus corpus) {
        List<Hypothesis> hypotheses = List.copyOf(corpus.getHypotheses());
        Map<Hypothesis, Integer> column = new IdentityHashMap<>();
        for (int i = 0; i < hypotheses.size(); i++) {
            column.put(hypotheses.get(i), i);
        }
        Map<Claim, Integer> claimOrder = new IdentityHashMap<>();
        for (int i = 0; i < corpus.getClaims().size(); i++) {
            claimOrder.put(corpus.getClaims().get(i), i);
        }

        // Cells per claim; a second assessment of the same cell is an error, not a silent overwrite.
        Map<Claim, Assessment[]> cells = new IdentityHashMap<>();
        int ignored = 0;
        for (Assessment a : corpus.getAssessments()) {
            check(a, column, claimOrder);
            if (!LiveClaims.isLive(a.getClaim())) {
                ignored++;
                continue;
            }
            Assessment[] row = cells.computeIfAbsent(a.getClaim(), c -> new Assessment[hypotheses.size()]);
            int h = column.get(a.getHypothesis());
            if (row[h] != null) {
                throw new IllegalArgumentException("assessments " + row[h].getId() + " and " + a.getId() + " both rate claim "
                        + a.getClaim().getId() + " against hypothesis " + a.getHypothesis().getId() + "; keep one");
            }
            row[h] = a;
        }
        List<Claim> evidenceClaims = new ArrayList<>(cells.keySet());
        evidenceClaims.sort(Comparator.comparingInt(claimOrder::get));

        List<Evidence> evidence = new ArrayList<>();
        double[] inconsistency = new double[hypotheses.size()];
        double[] consistency = new double[hypotheses.size()];
        for (Claim claim : evidenceClaims) {
            Assessment[] row = cells.get(claim);
            List<Rating> ratings = new ArrayList<>(hypotheses.size());
            for (int h = 0; h < hypotheses.size(); h++) {
                Assessment a = row[h];
                Rating rating = a == null ? new Rating(hypotheses.get(h), Consistency.N, 1.0, null)
                        : new Rating(hypotheses.get(h), a.getConsistency(), a.getWeight(), a);
                ratings.add(rating);
                inconsistency[h] += rating.inconsistency();
                consistency[h] += rating.weight() * AchMatrix.consistencyPoints(rating.consistency());
            }
            evidence.add(new Evidence(claim, ratings));
        }
        List<Ranked> ranking = rank(hypotheses, inconsistency, consistency);

        List<Sensitivity> sensitivity = new ArrayList<>();
        for (Evidence e : evidence) {
            for (Change change : Change.values()) {
                double[] inc = inconsistency.clone();
                double[] con = consistency.clone();
                for (int h = 0; h < hypotheses.size(); h++) {
                    Rating r = e.ratings().get(h);
                    inc[h] -= r.inconsistency();
                    con[h] -= r.weight() * AchMatrix.consistencyPoints(r.consistency());
                    if (change == Change.FLIPPED) {
                        Consistency flipped = AchMatrix.flip(r.consistency());
                        inc[h] += r.weight() * AchMatrix.inconsistencyPoints(flipped);
                        con[h] += r.weight() * AchMatrix.consistencyPoints(flipped);
                    }
                }
                List<Ranked> changed = rank(hypotheses, inc, con);
                sensitivity.add(new Sensitivity(e.claim(), change, changed, !sameRanks(ranking, changed),
                        !leaders(ranking).equals(leaders(changed))));
            }
        }
        return new AchMatrix(hypotheses, evidence, ranking, sensitivity, ignored);
    }

    private static void check(Assessment a, Map<Hypothesis, Integer> column, Map<Claim, Integer> claimOrder) {
        if (a.getClaim() == null || !claimOrder.containsKey(a.getClaim())) {
            throw new IllegalArgumentException("assessment " + a.getId() + " rates "
                    + (a.getClaim() == null ? "no claim" : "claim " + a.getClaim().getId() + ", which is not in the corpus"));
        }
        if (a.getHypothesis() == null || !column.containsKey(a.getHypothesis())) {
            throw new IllegalArgumentException("assessment " + a.getId() + " rates against " + (a.getHypothesis() == null
                    ? "no hypothesis" : "hypothesis " + a.getHypothesis().getId() + ", which is not in the corpus"));
        }
        double w = a.getWeight();
        if (!(w >= 0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException("assessment " + a.getId() + " has weight " + w + "; weights must be finite and >= 0");
        }
    }

    /** Ranks by inconsistency ascending (ties within EPSILON share a rank, listed in corpus order). */
    private static List<Ranked> rank(List<Hypothesis> hypotheses, double[] inconsistency, double[] consistency) {
        List<Integer> order = new ArrayList<>();
        for (int h = 0; h < hypotheses.size(); h++) {
            order.add(h);
        }
        order.sort((x, y) -> equal(inconsistency[x], inconsistency[y]) ? Integer.compare(x, y)
                : Double.compare(inconsistency[x], inconsistency[y]));
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int h = order.get(i);
            int rank = i == 0 || !equal(inconsistency[order.get(i - 1)], inconsistency[h]) ? i + 1 : ranking.get(i - 1).rank();
            ranking.add(new Ranked(hypotheses.get(h), rank, clean(inconsistency[h]), clean(consistency[h])));
        }
        return ranking;
    }

    private static boolean equal(double a, double b) {
        return Math.abs(a - b) < EPSILON;
    }

    /** Drops the binary noise left by subtracting and re-adding decimal weights (1.9999999999999998 -> 2.0). */
    private static double clean(double v) {
        return Math.round(v * 1e9) / 1e9;
    }

    private static boolean sameRanks(List<Ranked> a, List<Ranked> b) {
        return rankOf(a).equals(rankOf(b));
    }

    private static Map<Hypothesis, Integer> rankOf(List<Ranked> ranking) {
        Map<Hypothesis, Integer> ranks = new HashMap<>(); // EObjects compare by identity; IdentityHashMap.equals would compare the Integers by ==
        ranking.forEach(r -> ranks.put(r.hypothesis(), r.rank()));
        return ranks;
    }

    /** Rank-1 hypotheses; ties are listed in corpus order, so equal sets give equal lists. */
    private static List<Hypothesis> leaders(List<Ranked> ranking) {
        return ranking.stream().filter(r -> r.rank() == 1).map(Ranked::hypothesis).toList();
    }
}
