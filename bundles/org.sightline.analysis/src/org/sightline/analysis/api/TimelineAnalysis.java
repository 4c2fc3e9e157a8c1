package org.sightline.analysis.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.sightline.analysis.api.Timeline.Period;
import org.sightline.analysis.api.Timeline.Point;
import org.sightline.analysis.api.Timeline.Series;
import org.sightline.analysis.internal.CorpusIndex;
import org.sightline.analysis.internal.LiveClaims;
import org.sightline.analysis.internal.Sources;
import org.sightline.core.api.Analysis;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * Builds the {@link Timeline}: non-rejected claims bucketed by their document's publication date. O(C log S + P + D)
 * for C claims, S series, P periods and D documents.
 *
 * @since 0.1.0
 */
public final class TimelineAnalysis implements Analysis<Timeline> {

    /** Id of this analysis in the {@code org.sightline.core.analyses} extension point. */
    public static final String ID = "org.sightline.analysis.timeline";

    /**
     * Longest axis accepted. A wrong date (year 0206 for 2026) would otherwise silently build an axis of hundreds of
     * thousands of empty days; better to name the document.
     */
    public static final int MAX_PERIODS = 100_000;

    private final Granularity granularity;
    private final boolean rollUp;

    /** Weekly buckets: news about one security issue moves in days to weeks, and a year still fits on a screen. */
    public TimelineAnalysis() {
        this(Granularity.WEEK, false);
    }

    /**
     * @param granularity bucket size
     * @param rollUpParts count a claim for the top of its source's part-of chain, as {@link StanceMatrixAnalysis} does
     */
    public TimelineAnalysis(Granularity granularity, boolean rollUpParts) {
        this.granularity = Objects.requireNonNull(granularity, "granularity");
        this.rollUp = rollUpParts;
    }

    @Override
    public Timeline analyze(Corpus corpus) {
        CorpusIndex index = new CorpusIndex(corpus);
        List<Document> undatedDocuments = corpus.getDocuments().stream().filter(d -> d.getPublished() == null).toList();
        List<Claim> claims = LiveClaims.of(corpus);

        LocalDate first = null;
        LocalDate last = null;
        Document firstDoc = null;
        Document lastDoc = null;
        for (Claim claim : claims) {
            LocalDate date = dateOf(claim);
            if (date != null) {
                if (first == null || date.isBefore(first)) {
                    first = date;
                    firstDoc = claim.getDocument();
                }
                if (last == null || date.isAfter(last)) {
                    last = date;
                    lastDoc = claim.getDocument();
                }
            }
        }
        List<Period> periods = new ArrayList<>();
        Map<LocalDate, Integer> periodIndex = new HashMap<>();
        if (first != null) {
            for (LocalDate start = granularity.start(first); !start.isAfter(last); start = granularity.next(start)) {
                if (periods.size() == MAX_PERIODS) {
                    throw new IllegalArgumentException("the claims span " + first + " (document " + firstDoc.getId() + ") to " + last
                            + " (document " + lastDoc.getId() + "): more than " + MAX_PERIODS + " " + granularity
                            + " periods; check those publication dates or use a coarser granularity");
                }
                LocalDate next = granularity.next(start);
                periodIndex.put(start, periods.size());
                periods.add(new Period(start, next, granularity.label(start)));
            }
        }

        // Series keyed by (actor position, type); position n stands for "no source actor" so it sorts last.
        int noSource = index.size();
        TreeMap<Long, Builder> builders = new TreeMap<>();
        for (Claim claim : claims) {
            Actor source = claim.getSource();
            if (source != null) {
                index.indexOf(source, claim, "source");
            }
            Actor counted = Sources.countedFor(source, rollUp);
            int position = counted == null ? noSource : counted != source ? index.indexOfWhole(counted, source) : index.indexOf(counted);
            long key = (long) position * ClaimType.VALUES.size() + claim.getType().ordinal();
            Builder builder = builders.computeIfAbsent(key, k -> new Builder(counted, claim.getType()));
            LocalDate date = dateOf(claim);
            if (date == null) {
                builder.undated.add(claim);
            } else {
                builder.dated.computeIfAbsent(periodIndex.get(granularity.start(date)), k -> new ArrayList<>()).add(claim);
            }
        }
        List<Series> series = new ArrayList<>(builders.size());
        for (Builder b : builders.values()) {
            List<Point> points = new ArrayList<>(b.dated.size());
            b.dated.forEach((period, list) -> points.add(new Point(period, list)));
            series.add(new Series(b.actor, b.type, points, b.undated));
        }
        return new Timeline(granularity, periods, series, undatedDocuments);
    }

    private static LocalDate dateOf(Claim claim) {
        Document document = claim.getDocument();
        if (document == null) {
            throw new IllegalArgumentException("claim " + claim.getId() + " has no document");
        }
        return document.getPublished();
    }

    private static final class Builder {
        final Actor actor;
        final ClaimType type;
        final TreeMap<Integer, List<Claim>> dated = new TreeMap<>(Comparator.naturalOrder());
        final List<Claim> undated = new ArrayList<>();

        Builder(Actor actor, ClaimType type) {
            this.actor = actor;
            this.type = type;
        }
    }
}
