package org.sightline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisTick;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.sightline.analysis.api.Granularity;
import org.sightline.analysis.api.Timeline;
import org.sightline.analysis.api.Timeline.Series;
import org.sightline.analysis.api.TimelineAnalysis;
import org.sightline.model.Actor;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.edit.Labels;
import org.sightline.ui.api.Palette;

/**
 * Claims over time: one stacked bar per period (day, ISO week or month of the documents'
 * publication dates), split by claim type or by the most active speakers. Documents without a date
 * cannot sit on the axis; the line under the chart says how many there are and how many claims
 * they hold, so nothing disappears silently, and a button offers to date them.
 */
public final class TimelineView extends AnalysisView<TimelineView.Shown> {

    /** Speakers shown on their own in "by actor" mode; the rest are summed as "others". */
    public static final int TOP_ACTORS = 8;

    /** What one bar is split by. */
    public enum Split {
        TYPE("By claim type"), ACTOR("By speaker");

        final String label;

        Split(String label) {
            this.label = label;
        }
    }

    /** One drawn series: its id in the chart, its legend text and one value per period. */
    public record Band(String id, String label, RGB color, double[] values) {
    }

    private Composite root;
    private Combo splitCombo;
    private Combo granularityCombo;
    private Chart chart;
    private Label undated;
    private Button dateUndated;
    private Timeline timeline;
    private List<Band> bands = List.of();
    private volatile Split split = Split.TYPE;
    private volatile Granularity granularity = Granularity.WEEK;

    /** What a refresh computes: the timeline and its bands. */
    record Shown(Timeline timeline, List<Band> bands) {
    }

    @Override
    protected void createContents(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(root);
        Composite bar = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(bar);
        splitCombo = new Combo(bar, SWT.READ_ONLY);
        for (Split s : Split.values()) {
            splitCombo.add(s.label);
        }
        splitCombo.select(split.ordinal());
        splitCombo.addListener(SWT.Selection, e -> setSplit(Split.values()[splitCombo.getSelectionIndex()]));
        granularityCombo = new Combo(bar, SWT.READ_ONLY);
        for (Granularity g : Granularity.values()) {
            granularityCombo.add(g.name().charAt(0) + g.name().substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        granularityCombo.select(granularity.ordinal());
        granularityCombo.addListener(SWT.Selection, e -> setGranularity(Granularity.values()[granularityCombo.getSelectionIndex()]));

        chart = new Chart(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart);
        chart.getTitle().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setText("Publication date");
        chart.getAxisSet().getYAxis(0).getTitle().setText("Claims");
        // Whole claims on even steps: SWTChart's integer axis rounded uneven steps (0, 5, 9, 14...), so the
        // range is made a multiple of a 1-2-5 step and the labels are whole numbers.
        chart.getAxisSet().getYAxis(0).getTick().setFormat(new java.text.DecimalFormat("0"));
        chart.addListener(SWT.Resize, e -> {
            if (timeline != null) {
                chart.getAxisSet().getXAxis(0).setCategorySeries(axisCategories(timeline, chart.getSize().x));
            }
        });
        Composite under = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(under);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(under);
        undated = new Label(under, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(4, 0).applyTo(undated);
        // Undated documents cannot sit on the axis: offer to date them (from the text, the file's time, by hand).
        dateUndated = new Button(under, SWT.PUSH);
        dateUndated.setText("Date Undated Documents...");
        dateUndated.setToolTipText("Give the undated documents a date: the first date in their text, their file's time, or one typed in");
        dateUndated.addListener(SWT.Selection, e -> dateUndated());
        GridDataFactory.swtDefaults().exclude(true).applyTo(dateUndated);
        dateUndated.setVisible(false);
    }

    /** The command of the workbench bundle (its dialog); a command keeps this bundle free of its internals. */
    static final String DATE_DOCUMENTS = "org.sightline.ui.commands.dateDocuments";

    private void dateUndated() {
        ICommandService commands = getSite().getService(ICommandService.class);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        Command command = commands.getCommand(DATE_DOCUMENTS);
        try {
            handlers.executeCommand(ParameterizedCommand.generateCommand(command, Map.of("org.sightline.ui.undated", "true")), null);
        } catch (CommandException e) {
            undated.setText("Cannot date the documents: " + e.getMessage());
        }
    }

    /** The claims axis from 0 to a multiple of a whole 1-2-5 step, with ticks on that step. */
    private void evenClaimTicks() {
        IAxis y = chart.getAxisSet().getYAxis(0);
        double top = Math.max(1, y.getRange().upper);
        int step = tickStep(top);
        double upper = Math.ceil(top / step) * step;
        y.setRange(new org.eclipse.swtchart.Range(0, upper));
        // SWTChart spaces ticks about this many pixels apart and rounds the step to 1, 2 or 5 times a power of ten.
        int height = Math.max(100, chart.getSize().y - 60);
        y.getTick().setTickMarkStepHint(Math.max((int) IAxisTick.MIN_GRID_STEP_HINT, (int) Math.floor(height * step / upper)));
    }

    /** A whole step of 1, 2 or 5 times a power of ten giving at most 8 ticks up to {@code top}. */
    public static int tickStep(double top) {
        for (int power = 1; ; power *= 10) {
            for (int m : new int[] { 1, 2, 5 }) {
                if (top / (m * power) <= 8) {
                    return m * power;
                }
            }
        }
    }

    @Override
    protected Control control() {
        return chart;
    }

    public void setSplit(Split value) {
        split = value;
        splitCombo.select(value.ordinal());
        refreshNow();
    }

    public void setGranularity(Granularity value) {
        granularity = value;
        granularityCombo.select(value.ordinal());
        refreshNow();
    }

    @Override
    protected Shown compute(Corpus corpus, IProgressMonitor monitor) {
        Timeline t = new TimelineAnalysis(granularity, false).analyze(corpus);
        return new Shown(t, split == Split.TYPE ? byType(t) : byActor(t));
    }

    @Override
    protected void show(Shown result) {
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            if (result == null) {
                timeline = null;
                bands = List.of();
                undated.setText("No workspace open.");
                return;
            }
            timeline = result.timeline();
            bands = result.bands();
            IAxis x = chart.getAxisSet().getXAxis(0);
            x.enableCategory(true);
            x.setCategorySeries(axisCategories(timeline, chart.getSize().x));
            for (Band band : bands) {
                @SuppressWarnings("unchecked")
                IBarSeries<Object> series = (IBarSeries<Object>) chart.getSeriesSet().createSeries(SeriesType.BAR, band.id());
                series.setDescription(band.label());
                series.setYSeries(band.values().length == 1 ? new double[] { 0, band.values()[0], 0 } : band.values());
                series.setBarColor(Palette.color(band.color()));
                series.enableStack(true);
            }
            chart.getAxisSet().adjustRange();
            evenClaimTicks();
            undated.setText(undatedText(timeline));
            boolean offer = !timeline.undatedDocuments().isEmpty();
            ((org.eclipse.swt.layout.GridData) dateUndated.getLayoutData()).exclude = !offer;
            dateUndated.setVisible(offer);
            dateUndated.getParent().layout();
        } finally {
            chart.suspendUpdate(false);
            chart.redraw();
            root.layout();
        }
    }

    /** Pixels one period label needs on the axis ("2016-W41" and a gap). */
    static final int LABEL_PIXELS = 72;

    /**
     * The x axis labels: every period's label when they fit in {@code width} pixels, else every k-th
     * (the others blank), so a long weekly axis stays readable. The bars are there for every period.
     */
    public static String[] categoryLabels(Timeline timeline, int width) {
        int n = timeline.periods().size();
        int fit = Math.max(1, Math.max(width, 400) / LABEL_PIXELS);
        int step = (n + fit - 1) / fit;
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = step <= 1 || i % step == 0 ? timeline.periods().get(i).label() : "";
        }
        return labels;
    }

    /**
     * The x axis categories: {@link #categoryLabels}, except for one period and none. SWTChart's category axis
     * gives one category a range of no width (0..0), and an empty category list turns it back into a numeric
     * axis that keeps that range, whose tick labels then fail ("min must be less than max"). So one period sits
     * between two blank ones (its bar in the middle, the axis 0..2; the series are padded to match), and no
     * period is one blank category, which keeps the axis a category axis.
     */
    public static String[] axisCategories(Timeline timeline, int width) {
        String[] labels = categoryLabels(timeline, width);
        return switch (labels.length) {
            case 0 -> new String[] { "" };
            case 1 -> new String[] { "", labels[0], "" };
            default -> labels;
        };
    }

    /** One band per claim type with dated claims, in enum order. */
    static List<Band> byType(Timeline timeline) {
        int n = timeline.periods().size();
        Map<ClaimType, double[]> sums = new LinkedHashMap<>();
        for (ClaimType t : ClaimType.VALUES) {
            sums.put(t, new double[n]);
        }
        for (Series s : timeline.series()) {
            add(sums.get(s.type()), s.counts(n));
        }
        List<Band> out = new ArrayList<>();
        sums.forEach((type, values) -> {
            if (total(values) > 0) {
                out.add(new Band(type.getLiteral(), CommitmentsView.title(type), Palette.of(type), values));
            }
        });
        return out;
    }

    /** One band for each of the {@link #TOP_ACTORS} speakers with most dated claims, then "others". */
    static List<Band> byActor(Timeline timeline) {
        int n = timeline.periods().size();
        Map<Actor, double[]> sums = new IdentityHashMap<>();
        List<Actor> order = new ArrayList<>();
        double[] noSource = new double[n];
        for (Series s : timeline.series()) {
            if (s.actor() == null) {
                add(noSource, s.counts(n));
                continue;
            }
            double[] values = sums.get(s.actor());
            if (values == null) {
                values = new double[n];
                sums.put(s.actor(), values);
                order.add(s.actor());
            }
            add(values, s.counts(n));
        }
        List<Actor> ranked = new ArrayList<>(order);
        ranked.removeIf(a -> total(sums.get(a)) == 0);
        // Stable sort: equal totals stay in corpus order.
        ranked.sort(Comparator.comparingDouble((Actor a) -> total(sums.get(a))).reversed());
        List<Band> out = new ArrayList<>();
        double[] others = new double[n];
        for (int i = 0; i < ranked.size(); i++) {
            Actor a = ranked.get(i);
            if (i < TOP_ACTORS) {
                out.add(new Band(a.getId(), a.getName(), Palette.of(ClaimType.VALUES.get(i % ClaimType.VALUES.size())), sums.get(a)));
            } else {
                add(others, sums.get(a));
            }
        }
        if (total(others) > 0) {
            out.add(new Band("others", "Other speakers", Palette.STRUCTURE, others));
        }
        if (total(noSource) > 0) {
            out.add(new Band("no-source", "(no source)", Palette.tint(Palette.TEXT, 0.5), noSource));
        }
        return out;
    }

    /** "Undated: 1 document (19 claims), not on the axis: Pentagon to Reduce ...". */
    static String undatedText(Timeline timeline) {
        List<Document> docs = timeline.undatedDocuments();
        if (docs.isEmpty()) {
            return timeline.periods().isEmpty() ? "No dated claims." : "Every document has a publication date.";
        }
        int claims = timeline.series().stream().mapToInt(s -> s.undated().size()).sum();
        StringBuilder b = new StringBuilder("Undated: ").append(docs.size()).append(docs.size() == 1 ? " document" : " documents")
                .append(" (").append(NetworkLayout.claimsCaption(claims)).append("), not on the time axis: ");
        for (int i = 0; i < Math.min(3, docs.size()); i++) {
            b.append(i == 0 ? "" : "; ").append(Labels.document(docs.get(i)));
        }
        if (docs.size() > 3) {
            b.append("; and ").append(docs.size() - 3).append(" more");
        }
        return b.toString();
    }

    private static void add(double[] into, int[] values) {
        for (int i = 0; i < values.length; i++) {
            into[i] += values[i];
        }
    }

    private static void add(double[] into, double[] values) {
        for (int i = 0; i < values.length; i++) {
            into[i] += values[i];
        }
    }

    private static double total(double[] values) {
        double t = 0;
        for (double v : values) {
            t += v;
        }
        return t;
    }

    // ---- for tests and the benchmark ------------------------------------------------------------

    public Timeline timeline() {
        return timeline;
    }

    public List<Band> bands() {
        return bands;
    }

    public Chart chart() {
        return chart;
    }

    /** The button that offers to date the undated documents (shown when there are some). */
    public Button dateUndatedButton() {
        return dateUndated;
    }

    public String undatedText() {
        return undated.getText();
    }
}
