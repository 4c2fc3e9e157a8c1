package org.sightline.analysis.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;

/**
 * Claims per actor and type over publication date: the result of {@link TimelineAnalysis}. A chart draws
 * {@link #periods()} as the x axis and one line or stacked bar per {@link Series}. Claims from documents without a
 * publication date are not dropped: each series keeps them apart in {@link Series#undated()}.
 *
 * @param granularity      bucket size
 * @param periods          contiguous buckets from the earliest to the latest dated claim, empty ones included, so the
 *                         axis is even; empty when no claim is dated
 * @param series           one per (actor, claim type) with at least one claim: actors in corpus order (the null actor,
 *                         claims without a source actor, last), then types in enum order
 * @param undatedDocuments documents without a publication date, in corpus order (also those without claims)
 *
 * @since 0.1.0
 */
public record Timeline(Granularity granularity, List<Period> periods, List<Series> series, List<Document> undatedDocuments) {

    public Timeline {
        Objects.requireNonNull(granularity, "granularity");
        periods = List.copyOf(periods);
        series = List.copyOf(series);
        undatedDocuments = List.copyOf(undatedDocuments);
    }

    /** One bucket [start, end). */
    public record Period(LocalDate start, LocalDate end, String label) {
    }

    /** The claims of one series falling into period number {@code period}. */
    public record Point(int period, List<Claim> claims) {
        public Point {
            claims = List.copyOf(claims);
        }
    }

    /**
     * One series.
     *
     * @param actor   the source actor; null for claims without a source actor
     * @param type    the claim type
     * @param points  the non-empty periods only, by period index ascending (sparse: a long daily axis stays small)
     * @param undated claims of this series in documents without a publication date, in corpus order
     */
    public record Series(Actor actor, ClaimType type, List<Point> points, List<Claim> undated) {
        public Series {
            Objects.requireNonNull(type, "type");
            points = List.copyOf(points);
            undated = List.copyOf(undated);
        }

        /** Claims in period number {@code period}. */
        public int count(int period) {
            for (Point point : points) {
                if (point.period() == period) {
                    return point.claims().size();
                }
            }
            return 0;
        }

        /** Dense counts, one per period of a timeline with {@code periodCount} periods. */
        public int[] counts(int periodCount) {
            int[] counts = new int[periodCount];
            for (Point point : points) {
                counts[point.period()] = point.claims().size();
            }
            return counts;
        }

        /** Dated claims of the series. */
        public int datedTotal() {
            return points.stream().mapToInt(p -> p.claims().size()).sum();
        }
    }

    /** The series of {@code actor} (null: no source) and {@code type}, or null if it has no claims. */
    public Series series(Actor actor, ClaimType type) {
        return series.stream().filter(s -> s.actor() == actor && s.type() == type).findFirst().orElse(null);
    }

    /** Index of the period holding {@code date}, or -1 if it lies outside the axis. */
    public int periodOf(LocalDate date) {
        if (periods.isEmpty() || date.isBefore(periods.get(0).start()) || !date.isBefore(periods.get(periods.size() - 1).end())) {
            return -1;
        }
        // Periods are contiguous and sorted: binary search on the start.
        int low = 0;
        int high = periods.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (periods.get(mid).start().isAfter(date)) {
                high = mid - 1;
            } else {
                low = mid;
            }
        }
        return low;
    }

    /** All dated claims per period, across series. */
    public int[] totals() {
        int[] totals = new int[periods.size()];
        for (Series s : series) {
            for (Point point : s.points()) {
                totals[point.period()] += point.claims().size();
            }
        }
        return totals;
    }
}
