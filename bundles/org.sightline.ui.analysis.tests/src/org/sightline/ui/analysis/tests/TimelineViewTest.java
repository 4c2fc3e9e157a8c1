package org.sightline.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.Granularity;
import org.sightline.analysis.api.Timeline;
import org.sightline.analysis.api.TimelineAnalysis;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.edit.Labels;
import org.sightline.ui.analysis.api.AnalysisViews;
import org.sightline.ui.analysis.internal.TimelineView;
import org.sightline.ui.analysis.internal.TimelineView.Band;
import org.sightline.ui.analysis.internal.TimelineView.Split;

/** The timeline chart on the sample plus dated press releases (the sample itself has no date). */
class TimelineViewTest {

    @Test
    void barsPerClaimTypeAddUpToTheAnalysisPerWeek() {
        Corpus corpus = TestCorpora.pressReleases();
        TimelineView view = Workbench.show(AnalysisViews.TIMELINE, TimelineView.class, corpus);
        Timeline expected = new TimelineAnalysis(Granularity.WEEK, false).analyze(corpus);
        assertChartShows(view, expected);
        // Each band is one claim type: its values are the sum of that type's series.
        for (Band band : view.bands()) {
            ClaimType type = ClaimType.get(band.id());
            double[] sum = new double[expected.periods().size()];
            expected.series().stream().filter(s -> s.type() == type).forEach(s -> {
                int[] c = s.counts(sum.length);
                for (int i = 0; i < c.length; i++) {
                    sum[i] += c[i];
                }
            });
            assertArrayEquals(sum, band.values(), band.label());
        }
        Workbench.screenshot(view, view.chart().getParent(), "view-timeline");
    }

    @Test
    void bySpeakerPerMonthKeepsEveryClaim() {
        Corpus corpus = TestCorpora.pressReleases();
        TimelineView view = Workbench.show(AnalysisViews.TIMELINE, TimelineView.class, corpus);
        view.setGranularity(Granularity.MONTH);
        view.setSplit(Split.ACTOR);
        Workbench.settle(view);
        Timeline expected = new TimelineAnalysis(Granularity.MONTH, false).analyze(corpus);
        assertChartShows(view, expected);
        assertTrue(view.bands().size() <= TimelineView.TOP_ACTORS + 2, "top speakers, others, no source: " + view.bands().size());
        view.setSplit(Split.TYPE);
        view.setGranularity(Granularity.WEEK);
        Workbench.settle(view);
    }

    @Test
    void undatedDocumentsAreNamedNotDropped() {
        Corpus corpus = TestCorpora.pressReleases();
        TimelineView view = Workbench.show(AnalysisViews.TIMELINE, TimelineView.class, corpus);
        Timeline t = view.timeline();
        List<Document> undated = t.undatedDocuments();
        assertEquals(1, undated.size(), "only the sample article has no date");
        int undatedClaims = t.series().stream().mapToInt(s -> s.undated().size()).sum();
        assertTrue(undatedClaims > 0, "the sample's claims are kept apart, not lost");
        String text = view.undatedText();
        assertTrue(text.startsWith("Undated: 1 document (" + undatedClaims + " claims)"), text);
        assertTrue(text.contains(Labels.document(undated.get(0))), text);
    }

    /** The chart's categories are the periods, its series the view's bands, and they add up to the totals. */
    static void assertChartShows(TimelineView view, Timeline expected) {
        assertTrue(expected.periods().size() > 1, "the press releases span several periods");
        String[] categories = view.chart().getAxisSet().getXAxis(0).getCategorySeries();
        assertEquals(expected.periods().size(), categories.length, "one category per period");
        assertArrayEquals(TimelineView.categoryLabels(expected, view.chart().getSize().x), categories);
        assertEquals(expected.periods().get(0).label(), categories[0], "the first period is always labelled");
        for (int i = 0; i < categories.length; i++) {
            assertTrue(categories[i].isEmpty() || categories[i].equals(expected.periods().get(i).label()), "label of period " + i);
        }
        ISeries<?>[] series = view.chart().getSeriesSet().getSeries();
        assertEquals(view.bands().size(), series.length);
        double[] total = new double[expected.periods().size()];
        for (int i = 0; i < series.length; i++) {
            Band band = view.bands().get(i);
            assertEquals(band.id(), series[i].getId());
            assertArrayEquals(band.values(), series[i].getYSeries(), band.label());
            assertTrue(series[i].isStackEnabled());
            for (int p = 0; p < total.length; p++) {
                total[p] += band.values()[p];
            }
        }
        assertArrayEquals(Arrays.stream(expected.totals()).asDoubleStream().toArray(), total, "stacks add up to all dated claims per period");
    }
}
