package org.sightline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.Granularity;
import org.sightline.analysis.api.Timeline;
import org.sightline.analysis.api.Timeline.Period;
import org.sightline.analysis.api.Timeline.Series;
import org.sightline.analysis.api.TimelineAnalysis;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.testing.SampleArticle;

class TimelineAnalysisTest {

    /** The sample has no publication date: nothing on the axis, every live claim kept apart, none dropped. */
    @Test
    void undatedSampleIsReportedApart() {
        SampleArticle s = new SampleArticle();
        Timeline t = new TimelineAnalysis().analyze(s.corpus);

        assertTrue(t.periods().isEmpty());
        assertEquals(List.of(s.article), t.undatedDocuments());
        assertEquals(19, t.series().stream().mapToInt(x -> x.undated().size()).sum(), "20 claims minus rejected c19");
        assertEquals(List.of(s.claims[3], s.claims[4], s.claims[5]), t.series(s.usOfficials, ClaimType.COMMITMENT).undated());
        assertEquals(List.of(s.claims[20]), t.series(null, ClaimType.ASSESSMENT).undated());
    }

    /*
     * Monthly, sample + releases. Dated claims: 2015-08-13 c21 ACC, c22 COM; 2015-10-29 c23 ACC, c24 DEM;
     * 2015-12-10 c25 ACC, c26 COM; 2016-10-15 c27 ACC, c28 COM; 2017-01-02 c29 ACC, c30 ISIL ANN, c31 COM, c32 COM.
     * Axis 2015-08 .. 2017-01: Aug-Dec 2015 = 5, 2016 = 12, Jan 2017 = 1 => 18 periods. Indices: 2015-08 -> 0,
     * 2015-10 -> 2, 2015-12 -> 4, 2016-10 -> 14, 2017-01 -> 17.
     */
    @Test
    void monthlyBucketsWithUndatedSampleApart() {
        PressReleases p = new PressReleases();
        Timeline t = new TimelineAnalysis(Granularity.MONTH, false).analyze(p.sample.corpus);

        assertEquals(18, t.periods().size());
        assertEquals(new Period(LocalDate.of(2015, 8, 1), LocalDate.of(2015, 9, 1), "2015-08"), t.periods().get(0));
        assertEquals("2017-01", t.periods().get(17).label());
        Series accusations = t.series(p.sample.unitedStates, ClaimType.ACCUSATION);
        int[] expected = new int[18];
        expected[0] = expected[2] = expected[4] = expected[14] = expected[17] = 1;
        assertArrayEquals(expected, accusations.counts(18));
        Series commitments = t.series(p.sample.unitedStates, ClaimType.COMMITMENT);
        assertEquals(List.of(p.claims[31], p.claims[32]), commitments.points().get(3).claims());
        assertEquals(17, commitments.points().get(3).period());
        assertEquals(2, commitments.count(17));
        assertEquals(1, t.series(p.isil, ClaimType.ANNOUNCEMENT).count(17));
        assertEquals(List.of(p.sample.article), t.undatedDocuments());
        // 12 dated claims per period; the sample's 19 claims are only in the undated lists.
        int[] totals = t.totals();
        assertEquals(12, java.util.Arrays.stream(totals).sum());
        assertEquals(4, totals[17]);
        assertEquals(19, t.series().stream().mapToInt(x -> x.undated().size()).sum());
        // Series order: actors in corpus order (a1 US before a3 officials ... a13 ISIL), then no-source; types by enum.
        List<Series> series = t.series();
        assertEquals(p.sample.unitedStates, series.get(0).actor());
        assertEquals(List.of(ClaimType.COMMITMENT, ClaimType.DEMAND, ClaimType.ACCUSATION),
                series.stream().filter(x -> x.actor() == p.sample.unitedStates).map(Series::type).toList());
        assertNull(series.get(series.size() - 1).actor());
    }

    /*
     * Weekly (ISO, Monday start): first week starts Mon 2015-08-10 (2015-W33), last 2017-01-02 (a Monday, 2017-W01).
     * Days between: 2015-08-10 -> 2016-08-10 = 366 (29 Feb 2016), -> 2017-01-02 = 21 + 30 + 31 + 30 + 31 + 2 = 145;
     * 511 days = 73 weeks => 74 periods. 2016-10-15 (Sat) is in the week of Mon 2016-10-10: 366 + 21 + 30 + 10 = 427
     * days = 61 weeks after the start => index 61, ISO week 2016-W41.
     */
    @Test
    void weeklyBucketsAreIsoWeeks() {
        PressReleases p = new PressReleases();
        Timeline t = new TimelineAnalysis(Granularity.WEEK, false).analyze(p.sample.corpus);

        assertEquals(74, t.periods().size());
        assertEquals("2015-W33", t.periods().get(0).label());
        assertEquals(LocalDate.of(2015, 8, 10), t.periods().get(0).start());
        assertEquals("2017-W01", t.periods().get(73).label());
        assertEquals(61, t.periodOf(LocalDate.of(2016, 10, 15)));
        assertEquals("2016-W41", t.periods().get(61).label());
        Series accusations = t.series(p.sample.unitedStates, ClaimType.ACCUSATION);
        assertEquals(List.of(p.claims[27]), accusations.points().stream().filter(x -> x.period() == 61).findFirst().orElseThrow().claims());
    }

    /* Daily: 2015-08-13 -> 2016-08-13 = 366 days, -> 2017-01-02 = 18 + 30 + 31 + 30 + 31 + 2 = 142; 508 + 1 = 509. */
    @Test
    void dailyBuckets() {
        PressReleases p = new PressReleases();
        Timeline t = new TimelineAnalysis(Granularity.DAY, false).analyze(p.sample.corpus);
        assertEquals(509, t.periods().size());
        assertEquals("2015-08-13", t.periods().get(0).label());
        assertEquals(508, t.periodOf(LocalDate.of(2017, 1, 2)));
    }

    @Test
    void implausibleSpanNamesTheDocuments() {
        PressReleases p = new PressReleases();
        p.market.setPublished(LocalDate.of(215, 8, 13)); // a typo for 2015
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimelineAnalysis(Granularity.DAY, false).analyze(p.sample.corpus));
        assertTrue(e.getMessage().startsWith("the claims span 0215-08-13 (document " + p.market.getId() + ") to 2017-01-02 (document "
                + p.baghdad.getId() + ")"), e.getMessage());
    }

    @Test
    void rejectedClaimsAreLeftOut() {
        PressReleases p = new PressReleases();
        Claim c = p.claims[29];
        c.setStatus(org.sightline.model.ReviewStatus.REJECTED);
        Timeline t = new TimelineAnalysis(Granularity.MONTH, false).analyze(p.sample.corpus);
        assertEquals(0, t.series(p.sample.unitedStates, ClaimType.ACCUSATION).count(17));
    }
}
