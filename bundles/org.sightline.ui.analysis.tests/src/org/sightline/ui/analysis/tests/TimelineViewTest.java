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

    /**
     * Issue 19: "36 of 40 imported texts had no date; the view should offer to date them". The button under
     * the chart opens Date Documents on the undated ones; "from the text" dates a document whose text
     * holds a date; the chart takes it onto the axis; one undo takes it back.
     */
    @Test
    void theTimelineOffersToDateUndatedDocumentsFromTheirText() {
        Corpus corpus = TestCorpora.pressReleases();
        Document undatedDoc = new TimelineAnalysis(Granularity.WEEK, false).analyze(corpus).undatedDocuments().get(0);
        undatedDoc.setText(undatedDoc.getText() + "\nWashington, 2 December 2016.");
        TimelineView view = Workbench.show(AnalysisViews.TIMELINE, TimelineView.class, corpus);
        org.eclipse.swt.widgets.Button button = view.dateUndatedButton();
        assertTrue(button.isVisible(), "the Timeline offers to date the undated document");

        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        java.util.List<String> seen = new java.util.ArrayList<>();
        display.timerExec(100, new Runnable() {
            int tries;

            @Override
            public void run() {
                for (org.eclipse.swt.widgets.Shell s : display.getShells()) {
                    if ("Date Documents".equals(s.getText()) && s.isVisible()) {
                        org.eclipse.swt.widgets.Table table = find(s, org.eclipse.swt.widgets.Table.class).get(0);
                        for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                            seen.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
                        }
                        // "From the text" is chosen to begin with; the analyst presses Set Dates.
                        s.getDefaultButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                        return;
                    }
                }
                if (++tries < 100) {
                    display.timerExec(100, this);
                }
            }
        });
        org.sightline.testing.ui.Robot.press(button, () -> !seen.isEmpty()); // the click, or the widget's press if it was lost
        Workbench.spinUntil(() -> !seen.isEmpty(), 10000, "the Date Documents dialog was shown and answered");
        assertEquals(List.of(Labels.document(undatedDoc) + " |  | 2016-12-02"), seen, "the undated document, no date yet, the date in its text");
        assertEquals(java.time.LocalDate.of(2016, 12, 2), undatedDoc.getPublished());
        Workbench.settle(view);
        assertTrue(view.timeline().undatedDocuments().isEmpty(), "on the time axis now");
        assertTrue(view.undatedText().startsWith("Every document has a publication date"), view.undatedText());
        assertTrue(!button.isVisible(), "nothing left to date");

        Workbench.command("org.eclipse.ui.edit.undo");
        assertEquals(null, undatedDoc.getPublished(), "one undo takes the date back");
        Workbench.settle(view);
        assertTrue(button.isVisible());
    }

    /**
     * A corpus whose dated documents all fall in one month: one period. SWTChart's category axis keeps a
     * range of no width (0..0) for one category, and its tick labels then failed with "min must be less
     * than max" when drawn. The view shows the one bar (between two blank periods), draws without an error
     * logged or thrown, and switching to several periods and back still works.
     */
    @Test
    void oneMonthOfDocumentsIsOneBarWithoutAnError() {
        Corpus corpus = TestCorpora.pressReleases();
        int day = 1;
        for (Document d : corpus.getDocuments()) {
            d.setPublished(java.time.LocalDate.of(2016, 12, day++));
        }
        List<org.eclipse.core.runtime.IStatus> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.eclipse.core.runtime.ILogListener listener = (status, plugin) -> {
            if (status.getSeverity() >= org.eclipse.core.runtime.IStatus.WARNING) {
                logged.add(status);
            }
        };
        org.eclipse.core.runtime.Platform.addLogListener(listener);
        try {
            TimelineView view = Workbench.show(AnalysisViews.TIMELINE, TimelineView.class, corpus);
            view.setGranularity(Granularity.MONTH);
            Workbench.settle(view);
            Timeline expected = new TimelineAnalysis(Granularity.MONTH, false).analyze(corpus);
            assertEquals(1, expected.periods().size(), "every document is in December 2016");
            assertOneBar(view, expected);

            // Several periods, then one again: the axis follows both ways.
            view.setGranularity(Granularity.DAY);
            Workbench.settle(view);
            assertChartShows(view, new TimelineAnalysis(Granularity.DAY, false).analyze(corpus));
            view.setGranularity(Granularity.MONTH);
            Workbench.settle(view);
            assertOneBar(view, expected);

            // Then a workspace with no dated document (the sample alone): no period at all. An empty category
            // list made the axis numeric again with the one period's range of no width, and drawing it failed.
            Workbench.open(TestCorpora.sample());
            Workbench.settle(view);
            assertTrue(view.timeline().periods().isEmpty(), "the sample has no date");
            paint(view);
            assertEquals(0, Arrays.stream(view.chart().getSeriesSet().getSeries()).mapToInt(se -> se.getYSeries().length).sum(), "no bar");
            view.setGranularity(Granularity.WEEK);
            Workbench.settle(view);
        } finally {
            org.eclipse.core.runtime.Platform.removeLogListener(listener);
        }
        assertEquals(List.of(), logged.stream().map(s -> s.getMessage() + " " + s.getException()).toList(), "nothing logged");
    }

    /** One period: its label in the middle of the axis, each band's one value drawn there, and a range of some width. */
    private static void assertOneBar(TimelineView view, Timeline expected) {
        paint(view);
        org.eclipse.swtchart.IAxis x = view.chart().getAxisSet().getXAxis(0);
        String label = expected.periods().get(0).label();
        assertArrayEquals(new String[] { "", label, "" }, x.getCategorySeries(), "the one period between two blanks");
        ISeries<?>[] series = view.chart().getSeriesSet().getSeries();
        assertEquals(view.bands().size(), series.length);
        assertTrue(series.length > 0, "claims in the period");
        double total = 0;
        for (int i = 0; i < series.length; i++) {
            double value = view.bands().get(i).values()[0];
            assertArrayEquals(new double[] { 0, value, 0 }, series[i].getYSeries(), view.bands().get(i).label());
            total += value;
        }
        assertEquals(expected.totals()[0], total, "the bar holds every dated claim");
        org.eclipse.swtchart.Range range = x.getRange();
        assertTrue(range.upper > range.lower, "the x axis has a width: " + range);
    }

    /** Draws the chart now, on the UI thread, so that an error in drawing it (what failed) surfaces here. */
    private static void paint(TimelineView view) {
        org.eclipse.swt.graphics.Point size = view.chart().getSize();
        assertTrue(size.x > 0 && size.y > 0, "the chart is on screen");
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(view.chart().getDisplay(), size.x, size.y);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        try {
            view.chart().print(gc);
        } finally {
            gc.dispose();
            image.dispose();
        }
        view.chart().redraw();
        view.chart().update();
        Workbench.flush();
    }

    static <T extends org.eclipse.swt.widgets.Control> List<T> find(org.eclipse.swt.widgets.Control c, Class<T> type) {
        List<T> out = new java.util.ArrayList<>();
        if (type.isInstance(c)) {
            out.add(type.cast(c));
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
                out.addAll(find(child, type));
            }
        }
        return out;
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
