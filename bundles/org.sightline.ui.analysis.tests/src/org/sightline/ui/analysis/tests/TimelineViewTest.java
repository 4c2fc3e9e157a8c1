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
        org.sightline.testing.ui.Robot.click(button, button.getSize().x / 2, button.getSize().y / 2, 0);
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
