package org.sightline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sightline.analysis.api.AchAnalysis;
import org.sightline.analysis.api.AchMatrix;
import org.sightline.analysis.api.AchMatrix.Evidence;
import org.sightline.analysis.api.AchMatrix.Ranked;
import org.sightline.analysis.api.AchMatrix.Rating;
import org.sightline.analysis.api.AchMatrix.Sensitivity;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Hypothesis;
import org.sightline.model.edit.Labels;
import org.sightline.ui.api.SelectionProvider;
import org.sightline.ui.api.SightlineWorkbench;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.api.Palette;

/**
 * Analysis of Competing Hypotheses (Heuer): hypotheses as columns, evidence (claims) as rows, each
 * cell a rating CC/C/N/I/II with its weight. Claims dropped on the matrix (from the Claims view or
 * any view that drags claims) become evidence; a click on a cell edits its rating in place; a click
 * on a column header renames the hypothesis. Every change is one undoable command on the shared
 * stack. Below: the ranking (least inconsistent first) and the evidence whose removal or reversal
 * would change it.
 */
public final class HypothesesView extends AnalysisView<HypothesesView.Computed> {

    /** Rows of the sensitivity table; more would only be scrolled past. */
    static final int MAX_SENSITIVITY_ROWS = 500;

    private static final String[] RATINGS = Consistency.VALUES.stream().map(Consistency::getLiteral).toArray(String[]::new);

    private SashForm root;
    private Label status;
    private TableViewer matrixViewer;
    private Table ranking;
    private Table sensitivity;
    private Label sensitivityLabel;
    private final SelectionProvider selection = new SelectionProvider();
    private AchMatrix matrix;
    private final List<TableViewerColumn> hypothesisColumns = new ArrayList<>();
    private Point lastMouse;
    private Drop drop;
    private Composite legend;
    private final List<Image> legendImages = new ArrayList<>();

    @Override
    protected void createContents(Composite parent) {
        root = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(top);
        status = createStatusLabel(top, 1, SWT.WRAP);
        createLegend(top);
        // Virtual: only visible rows get items (thousands of evidence rows on a big workspace).
        matrixViewer = new TableViewer(top, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        matrixViewer.setUseHashlookup(true);
        Table table = matrixViewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        matrixViewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn evidence = new TableViewerColumn(matrixViewer, SWT.LEFT);
        evidence.getColumn().setText("Evidence");
        evidence.getColumn().setWidth(420);
        evidence.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Evidence e = (Evidence) element;
                return e.claim().getId() + "  " + Labels.claim(e.claim());
            }

            @Override
            public Color getForeground(Object element) {
                return ((Evidence) element).diagnostic() ? null : table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Evidence) element).diagnostic() ? null : "Rated the same for every hypothesis: not diagnostic";
            }
        });
        table.addListener(SWT.MouseDown, e -> lastMouse = new Point(e.x, e.y));
        matrixViewer.addSelectionChangedListener(e -> {
            List<Claim> claims = new ArrayList<>();
            for (Object o : e.getStructuredSelection()) {
                claims.add(((Evidence) o).claim());
            }
            selection.fire(new StructuredSelection(claims));
        });
        getSite().setSelectionProvider(selection);
        drop = new Drop(matrixViewer);
        drop.install();

        // Context menu: commands contributed to popup:<view id> (Set Weight), enabled by the selection.
        SightlineWorkbench.installContextMenu(getSite(), table, selection);

        SashForm bottom = new SashForm(root, SWT.HORIZONTAL);
        Composite rankBox = new Composite(bottom, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(rankBox);
        Label rankLabel = new Label(rankBox, SWT.NONE);
        rankLabel.setText("Ranking (least inconsistent evidence first)");
        ranking = table(rankBox, "Rank", 50, "Hypothesis", 200, "Inconsistency", 100, "Consistency", 100);
        Composite sensBox = new Composite(bottom, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(sensBox);
        sensitivityLabel = new Label(sensBox, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sensitivityLabel);
        sensitivity = table(sensBox, "Evidence", 260, "If", 80, "Effect", 140, "Leader then", 200);
        root.setWeights(65, 35);
    }

    /** What the analyst rates with, in Heuer's words; (N) and the weight mark say what the cells show besides. */
    static final List<String[]> LEGEND = List.of(
            new String[] { "CC", "very consistent" },
            new String[] { "C", "consistent" },
            new String[] { "N", "neutral / not applicable" },
            new String[] { "I", "inconsistent" },
            new String[] { "II", "very inconsistent" },
            new String[] { "(N)", "not rated yet" },
            new String[] { "\u00D72", "weight 2 (Set Weight)" });

    /** One line under the status: each rating on its cell colour, then its meaning. */
    private void createLegend(Composite parent) {
        legend = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(legend);
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.marginTop = 0;
        row.marginBottom = 0;
        legend.setLayout(row);
        for (String[] entry : LEGEND) {
            Label code = new Label(legend, SWT.NONE);
            Consistency c = Consistency.get(entry[0]);
            // Painted into an image: the workbench's CSS theme resets label backgrounds, not images.
            code.setImage(ratingImage(entry[0], c == null ? null : cellColor(c)));
            code.setData(entry[0]);
            code.setToolTipText(entry[0]);
            Label meaning = new Label(legend, SWT.NONE);
            meaning.setText(entry[1] + "   ");
        }
    }

    /** The rating {@code code} as a cell shows it: on its colour ({@code rgb}, or white), in the text colour. */
    private Image ratingImage(String code, RGB rgb) {
        GC measure = new GC(legend);
        Point size;
        try {
            size = measure.textExtent(code);
        } finally {
            measure.dispose();
        }
        Image image = new Image(legend.getDisplay(), size.x + 10, size.y + 4);
        GC gc = new GC(image);
        try {
            gc.setBackground(rgb == null ? legend.getDisplay().getSystemColor(SWT.COLOR_WHITE) : Palette.color(rgb));
            gc.fillRectangle(0, 0, size.x + 10, size.y + 4);
            gc.setForeground(Palette.color(Palette.TEXT));
            gc.drawText(code, 5, 2, true);
        } finally {
            gc.dispose();
        }
        legendImages.add(image);
        return image;
    }

    @Override
    public void dispose() {
        legendImages.forEach(Image::dispose);
        super.dispose();
    }

    private static Table table(Composite parent, Object... columns) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(t);
        for (int i = 0; i < columns.length; i += 2) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText((String) columns[i]);
            c.setWidth((Integer) columns[i + 1]);
        }
        return t;
    }

    @Override
    protected Control control() {
        return matrixViewer.getTable();
    }

    /** The ACH matrix, or why the hypotheses cannot be weighed (an assessment the analysis refuses). */
    record Computed(AchMatrix matrix, String problem) {
    }

    @Override
    protected Computed compute(Corpus corpus, IProgressMonitor monitor) {
        try {
            return new Computed(new AchAnalysis().analyze(corpus), null);
        } catch (IllegalArgumentException e) {
            return new Computed(null, e.getMessage());
        }
    }

    @Override
    protected void show(Computed result) {
        Table table = matrixViewer.getTable();
        table.setRedraw(false);
        try {
            for (TableViewerColumn c : hypothesisColumns) {
                c.getColumn().dispose();
            }
            hypothesisColumns.clear();
            ranking.removeAll();
            sensitivity.removeAll();
            matrix = null;
            if (result == null) {
                matrixViewer.setInput(List.of());
                status.setText("No workspace open.");
                sensitivityLabel.setText("");
                return;
            }
            if (result.problem() != null) {
                matrixViewer.setInput(List.of());
                status.setText("The hypotheses cannot be weighed: " + result.problem());
                sensitivityLabel.setText("");
                return;
            }
            matrix = result.matrix();
            for (Hypothesis h : matrix.hypotheses()) {
                hypothesisColumns.add(hypothesisColumn(h));
            }
            matrixViewer.setInput(matrix.evidence());
            fillRanking();
            fillSensitivity();
            status.setText(summary(matrix));
        } finally {
            table.setRedraw(true);
            status.getParent().layout();
        }
    }

    static String summary(AchMatrix m) {
        if (m.hypotheses().isEmpty()) {
            return "No hypotheses yet: add one with Add Hypothesis, then drag claims here as evidence.";
        }
        long notDiagnostic = m.evidence().stream().filter(e -> !e.diagnostic()).count();
        StringBuilder b = new StringBuilder();
        b.append(m.hypotheses().size()).append(m.hypotheses().size() == 1 ? " hypothesis, " : " hypotheses, ")
                .append(m.evidence().size()).append(m.evidence().size() == 1 ? " piece" : " pieces").append(" of evidence");
        if (notDiagnostic > 0) {
            b.append(" (").append(notDiagnostic).append(" not diagnostic)");
        }
        if (m.ignoredAssessments() > 0) {
            b.append("; ").append(m.ignoredAssessments()).append(" rating(s) of rejected claims ignored");
        }
        b.append(". Drag claims here to add evidence; click a cell to rate it, a header to rename.");
        return b.toString();
    }

    private TableViewerColumn hypothesisColumn(Hypothesis h) {
        TableViewerColumn column = new TableViewerColumn(matrixViewer, SWT.CENTER);
        column.getColumn().setText(Labels.hypothesis(h));
        column.getColumn().setToolTipText((h.getDescription() == null ? "" : h.getDescription() + "\n") + "Click to rename");
        column.getColumn().setWidth(Math.max(90, 8 * Labels.hypothesis(h).length()));
        column.getColumn().setData(h);
        column.getColumn().addListener(SWT.Selection, e -> askRename(h));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return cellText(((Evidence) element).rating(h));
            }

            @Override
            public Color getBackground(Object element) {
                RGB rgb = cellColor(((Evidence) element).rating(h).consistency());
                return rgb == null ? null : Palette.color(rgb);
            }

            @Override
            public Color getForeground(Object element) {
                Rating r = ((Evidence) element).rating(h);
                return r.assessment() == null ? matrixViewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
            }
        });
        column.setEditingSupport(new RatingEditing(h));
        return column;
    }

    /** "II", or "I ×2" when the weight is not 1; "(N)" for a cell nobody rated. */
    static String cellText(Rating r) {
        String c = r.consistency().getLiteral();
        if (r.assessment() == null) {
            return "(" + c + ")";
        }
        return r.weight() == 1.0 ? c : c + " \u00D7" + weight(r.weight());
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? Long.toString((long) w) : String.format(Locale.ROOT, "%.2f", w);
    }

    /** Green for consistent, red for inconsistent, stronger for the double ratings. */
    static RGB cellColor(Consistency c) {
        return switch (c) {
            case CC -> new RGB(0x8f, 0xd1, 0x8a);
            case C -> new RGB(0xd4, 0xee, 0xd1);
            case N -> null;
            case I -> new RGB(0xf8, 0xd0, 0xcd);
            case II -> new RGB(0xee, 0x8a, 0x84);
        };
    }

    private void fillRanking() {
        for (Ranked r : matrix.ranking()) {
            TableItem item = new TableItem(ranking, SWT.NONE);
            item.setData(r);
            item.setText(new String[] { Integer.toString(r.rank()), Labels.hypothesis(r.hypothesis()), weight(r.inconsistency()),
                    weight(r.consistency()) });
        }
    }

    private void fillSensitivity() {
        List<Sensitivity> changers = matrix.rankingChangers();
        List<Claim> critical = matrix.criticalEvidence();
        if (matrix.evidence().isEmpty()) {
            sensitivityLabel.setText("Sensitivity: no evidence yet.");
        } else if (changers.isEmpty()) {
            sensitivityLabel.setText("Sensitivity: no single piece of evidence changes the ranking if removed or reversed.");
        } else {
            sensitivityLabel.setText("Sensitivity: " + changers.size() + " change(s) alter the ranking"
                    + (changers.size() > MAX_SENSITIVITY_ROWS ? " (the first " + MAX_SENSITIVITY_ROWS + " listed)" : "") + "; "
                    + (critical.isEmpty() ? "none changes the leader."
                            : "the leader depends on " + ids(critical) + "."));
        }
        for (Sensitivity s : changers.subList(0, Math.min(changers.size(), MAX_SENSITIVITY_ROWS))) {
            TableItem item = new TableItem(sensitivity, SWT.NONE);
            item.setData(s);
            String leaders = s.ranking().stream().filter(r -> r.rank() == 1).map(r -> Labels.hypothesis(r.hypothesis()))
                    .collect(Collectors.joining(", "));
            item.setText(new String[] { s.claim().getId() + "  " + Labels.claim(s.claim()),
                    s.change() == AchMatrix.Change.REMOVED ? "removed" : "reversed",
                    s.leaderChanged() ? "leader changes" : "ranking changes", leaders });
            if (s.leaderChanged()) {
                item.setForeground(Palette.color(Palette.HIGHLIGHT));
            }
        }
        sensitivityLabel.getParent().layout();
    }

    /** "c1, c3, c4", or the first ten and how many more. */
    private static String ids(List<Claim> claims) {
        String shown = claims.stream().limit(10).map(Claim::getId).collect(Collectors.joining(", "));
        return claims.size() <= 10 ? shown : shown + " and " + (claims.size() - 10) + " more";
    }

    // ---- edits ----------------------------------------------------------------------------------

    /** Asks for a hypothesis' label and adds it (the Add Hypothesis command). */
    void askNewHypothesis() {
        if (corpus() == null) {
            MessageDialog.openInformation(root.getShell(), "Add Hypothesis", "Open or import a workspace first.");
            return;
        }
        InputDialog d = new InputDialog(root.getShell(), "Add Hypothesis", "Hypothesis (one possible explanation):",
                "H" + (corpus().getHypotheses().size() + 1) + ": ", NOT_BLANK);
        if (d.open() == Window.OK) {
            addHypothesis(d.getValue());
        }
    }

    private void askRename(Hypothesis h) {
        InputDialog d = new InputDialog(root.getShell(), "Rename Hypothesis", "Hypothesis:", Labels.hypothesis(h), NOT_BLANK);
        if (d.open() == Window.OK) {
            rename(h, d.getValue());
        }
    }

    private static final IInputValidator NOT_BLANK = text -> text == null || text.isBlank() ? "A hypothesis needs a label." : null;

    /** Adds a hypothesis column (undoable). */
    public void addHypothesis(String label) {
        execute(new Edit.AddHypothesis(label));
    }

    /** Renames a hypothesis (undoable). */
    public void rename(Hypothesis h, String label) {
        execute(AnalysisEdits.renameHypothesis(h, label));
    }

    /** Rates a cell (undoable): changes its assessment, or adds one (weight 1) if it was unrated. */
    public void rate(Claim claim, Hypothesis h, Consistency consistency) {
        Edit edit = AnalysisEdits.rate(corpus(), claim, h, consistency);
        if (edit != null) {
            execute(edit);
        }
    }

    /** Sets a cell's weight (undoable), adding an N assessment if it was unrated. */
    public void weigh(Claim claim, Hypothesis h, double weight) {
        execute(AnalysisEdits.weigh(corpus(), claim, h, weight));
    }

    /** Makes {@code claims} evidence; false (and a note in the view) when there is no hypothesis yet. */
    public boolean addEvidence(List<Claim> claims) {
        if (corpus() == null) {
            return false;
        }
        if (corpus().getHypotheses().isEmpty()) {
            status.setText("Add a hypothesis first: evidence is rated against hypotheses.");
            return false;
        }
        Edit edit = AnalysisEdits.addEvidence(corpus(), claims);
        if (edit == null) {
            return false;
        }
        execute(edit);
        return true;
    }

    /** Takes {@code claims} out of the matrix (undoable); the claims stay in the workspace. */
    public void removeEvidence(List<Claim> claims) {
        if (!claims.isEmpty()) {
            execute(new Edit.RemoveEvidence(claims.stream().map(Claim::getId).toList()));
        }
    }

    /** Removes hypothesis {@code h} and its ratings (undoable). */
    public void removeHypothesis(Hypothesis h) {
        execute(new Edit.RemoveHypothesis(h.getId()));
    }

    /** The selected rows' claims (the Remove Evidence command). */
    void removeSelectedEvidence() {
        List<Claim> claims = new ArrayList<>();
        for (Object o : matrixViewer.getStructuredSelection()) {
            claims.add(((Evidence) o).claim());
        }
        if (claims.isEmpty()) {
            MessageDialog.openInformation(root.getShell(), "Remove Evidence", "Select the rows of evidence to remove.");
            return;
        }
        removeEvidence(claims);
    }

    /** The hypothesis of the column last right-clicked (the Remove Hypothesis command), after asking. */
    void askRemoveHypothesis() {
        Hypothesis h = hypothesisAt(lastMouse);
        if (h == null) {
            MessageDialog.openInformation(root.getShell(), "Remove Hypothesis", "Right-click a cell of the hypothesis' column to remove it.");
            return;
        }
        removeHypothesis(h); // undoable: no confirmation needed
    }

    /** The rating legend's entries (each code, then its meaning), for tests. */
    public List<String> legendTexts() {
        List<String> out = new ArrayList<>();
        for (Control c : legend.getChildren()) {
            out.add(c.getData() instanceof String code ? code : ((Label) c).getText().strip());
        }
        return out;
    }

    /** The colour rating {@code code} is shown on in the legend (read from its picture), or null for none. */
    public RGB legendColor(String code) {
        for (Control c : legend.getChildren()) {
            if (code.equals(c.getData())) {
                ImageData data = ((Label) c).getImage().getImageData();
                RGB rgb = data.palette.getRGB(data.getPixel(1, 1));
                return rgb.equals(new RGB(255, 255, 255)) ? null : rgb;
            }
        }
        throw new IllegalArgumentException("no legend entry " + code);
    }

    /** Asks for the weight of the cell last clicked and sets it (the Set Weight command). */
    void askWeight() {
        Evidence row = rowAt(lastMouse);
        Hypothesis h = hypothesisAt(lastMouse);
        if (row == null || h == null) {
            MessageDialog.openInformation(root.getShell(), "Set Weight", "Right-click the rating cell whose weight to set.");
            return;
        }
        InputDialog d = new InputDialog(root.getShell(), "Set Weight", "Weight of " + row.claim().getId() + " for "
                + Labels.hypothesis(h) + " (a number >= 0):", weight(row.rating(h).weight()), text -> {
                    try {
                        double w = Double.parseDouble(text.strip());
                        return w >= 0 && !Double.isInfinite(w) ? null : "The weight must be a finite number >= 0.";
                    } catch (NumberFormatException e) {
                        return "\"" + text + "\" is not a number.";
                    }
                });
        if (d.open() == Window.OK) {
            weigh(row.claim(), h, Double.parseDouble(d.getValue().strip()));
        }
    }

    private Evidence rowAt(Point p) {
        if (p == null) {
            return null;
        }
        TableItem item = matrixViewer.getTable().getItem(p);
        return item == null ? null : (Evidence) item.getData();
    }

    private Hypothesis hypothesisAt(Point p) {
        if (p == null) {
            return null;
        }
        TableItem item = matrixViewer.getTable().getItem(p);
        if (item == null) {
            return null;
        }
        for (int i = 1; i < matrixViewer.getTable().getColumnCount(); i++) {
            if (item.getBounds(i).contains(p)) {
                return (Hypothesis) matrixViewer.getTable().getColumn(i).getData();
            }
        }
        return null;
    }

    /** In-place editing of one hypothesis' ratings with a drop-down of CC, C, N, I, II. */
    private final class RatingEditing extends EditingSupport {
        private final Hypothesis hypothesis;

        RatingEditing(Hypothesis hypothesis) {
            super(matrixViewer);
            this.hypothesis = hypothesis;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(matrixViewer.getTable(), RATINGS, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return session() != null;
        }

        @Override
        protected Object getValue(Object element) {
            return ((Evidence) element).rating(hypothesis).consistency().getValue();
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index < 0) {
                return;
            }
            rate(((Evidence) element).claim(), hypothesis, Consistency.get(index));
        }
    }

    /** Claims dropped on the matrix (LocalSelectionTransfer, the workbench's in-process drag) become evidence. */
    private final class Drop extends ViewerDropAdapter {
        Drop(TableViewer viewer) {
            super(viewer);
            setFeedbackEnabled(false);
        }

        void install() {
            matrixViewer.addDropSupport(DND.DROP_COPY | DND.DROP_LINK | DND.DROP_MOVE | DND.DROP_DEFAULT,
                    new Transfer[] { LocalSelectionTransfer.getTransfer() }, this);
        }

        /** A plain drag asks for MOVE (or the default): the claims are copied in as evidence, so say COPY. */
        private void copy(DropTargetEvent event) {
            if ((event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) && (event.operations & DND.DROP_COPY) != 0) {
                event.detail = DND.DROP_COPY;
            }
        }

        @Override
        public void dragEnter(DropTargetEvent event) {
            copy(event);
            super.dragEnter(event);
        }

        @Override
        public void dragOperationChanged(DropTargetEvent event) {
            copy(event);
            super.dragOperationChanged(event);
        }

        @Override
        public boolean validateDrop(Object target, int operation, TransferData type) {
            return LocalSelectionTransfer.getTransfer().isSupportedType(type)
                    && !claimsOf(LocalSelectionTransfer.getTransfer().getSelection()).isEmpty();
        }

        @Override
        public boolean performDrop(Object data) {
            ISelection s = data instanceof ISelection sel ? sel : LocalSelectionTransfer.getTransfer().getSelection();
            return addEvidence(claimsOf(s));
        }
    }

    static List<Claim> claimsOf(ISelection s) {
        List<Claim> claims = new ArrayList<>();
        if (s instanceof IStructuredSelection ss) {
            for (Object o : ss) {
                if (o instanceof Claim c) {
                    claims.add(c);
                }
            }
        }
        return claims;
    }

    // ---- for tests and the benchmark ------------------------------------------------------------

    public AchMatrix matrix() {
        return matrix;
    }

    public TableViewer matrixViewer() {
        return matrixViewer;
    }

    public Table rankingTable() {
        return ranking;
    }

    public Table sensitivityTable() {
        return sensitivity;
    }

    public String statusText() {
        return status.getText();
    }

    /**
     * Drops {@code claims} through the view's drop adapter as the workbench does at the end of a drag
     * (a real drag cannot be posted under Xvfb): the selection travels in LocalSelectionTransfer.
     */
    public boolean drop(ISelection claims) {
        LocalSelectionTransfer.getTransfer().setSelection(claims);
        try {
            return drop.performDrop(LocalSelectionTransfer.getTransfer().getSelection());
        } finally {
            LocalSelectionTransfer.getTransfer().setSelection(null);
        }
    }
}
