package org.sightline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.State;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.sightline.analysis.api.StanceMatrix;
import org.sightline.analysis.api.StanceMatrix.Cell;
import org.sightline.analysis.api.StanceMatrix.Row;
import org.sightline.analysis.api.StanceMatrixAnalysis;
import org.sightline.model.Actor;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.edit.Labels;
import org.sightline.ui.api.SelectionProvider;
import org.sightline.ui.api.Palette;

/**
 * Commitments and stances: one row per actor with claims, one column per claim type, the number of
 * claims in each cell tinted in the type's colour. Clicking a cell selects its claims, and the
 * Claims view narrows to them (see {@link ClaimsScope}); clicking an actor's name selects the actor. "Roll up" counts parts with their whole
 * (US officials, Pentagon, lawmakers under United States).
 */
public final class CommitmentsView extends AnalysisView<StanceMatrix> {

    private Composite root;
    private Label status;
    private Table table;
    private final SelectionProvider selection = new SelectionProvider();
    private StanceMatrix matrix;
    private volatile boolean rollUp;
    private Cell selectedCell;
    /** The column the rows are sorted by (-1: the analysis's order) and its direction. */
    private int sortColumn = -1;
    private boolean sortAscending;

    @Override
    protected void createContents(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
        status = createStatusLabel(root, 1);
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        TableColumn actor = new TableColumn(table, SWT.LEFT);
        actor.setText("Actor");
        actor.setWidth(220);
        for (ClaimType type : ClaimType.VALUES) {
            TableColumn c = new TableColumn(table, SWT.RIGHT);
            c.setText(title(type));
            c.setToolTipText(type.getLiteral());
            c.setWidth(Math.max(72, 10 * title(type).length() + 8));
        }
        TableColumn total = new TableColumn(table, SWT.RIGHT);
        total.setText("Total");
        total.setWidth(60);
        for (TableColumn c : table.getColumns()) {
            c.addListener(SWT.Selection, e -> sortBy(table.indexOf(c)));
        }
        table.addListener(SWT.MouseDown, this::mouseDown);
        getSite().setSelectionProvider(selection);

        rollUpState().setValue(Boolean.FALSE); // the toolbar's toggle shows this view's setting
    }

    /** "Commitment": column titles in sentence case, the enum name in the tooltip. */
    static String title(ClaimType type) {
        return Labels.literal(type);
    }

    @Override
    protected Control control() {
        return table;
    }

    /** Counts parts with their whole (true) or each actor on its own (false). */
    public void setRollUp(boolean value) {
        rollUp = value;
        rollUpState().setValue(value);
        refreshNow();
    }

    public boolean isRollUp() {
        return rollUp;
    }

    private State rollUpState() {
        return getSite().getService(ICommandService.class).getCommand(AnalysisHandlers.ROLL_UP).getState(RegistryToggleState.STATE_ID);
    }

    @Override
    protected StanceMatrix compute(Corpus corpus, IProgressMonitor monitor) {
        return new StanceMatrixAnalysis(rollUp).analyze(corpus);
    }

    @Override
    protected void show(StanceMatrix result) {
        table.setRedraw(false);
        try {
            table.removeAll();
            selectedCell = null;
            matrix = result;
            if (result == null) {
                status.setText("No workspace open.");
                return;
            }
            int max = 1;
            for (Row row : matrix.rows()) {
                for (ClaimType t : matrix.columns()) {
                    max = Math.max(max, row.cell(t).count());
                }
            }
            for (Row row : sorted(matrix)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(row);
                item.setText(0, row.label());
                int col = 1;
                for (ClaimType t : matrix.columns()) {
                    int n = row.cell(t).count();
                    item.setText(col, n == 0 ? "" : Integer.toString(n));
                    if (n > 0) {
                        // Square root: one claim stays visible next to fifty.
                        RGB tint = Palette.tint(Palette.of(t), 0.15 + 0.6 * Math.sqrt((double) n / max));
                        item.setBackground(col, Palette.color(tint));
                    }
                    col++;
                }
                item.setText(col, Integer.toString(row.total()));
            }
            TableItem totals = new TableItem(table, SWT.NONE);
            totals.setText(0, "Total");
            int col = 1;
            for (ClaimType t : matrix.columns()) {
                int n = matrix.columnTotal(t);
                totals.setText(col++, n == 0 ? "" : Integer.toString(n));
            }
            totals.setText(col, Integer.toString(matrix.total()));
            totals.setFont(boldFont());
            status.setText(matrix.rows().size() + (matrix.rows().size() == 1 ? " row, " : " rows, ") + matrix.total()
                    + " claims" + (rollUp ? " (parts rolled up into their whole)" : "") + ". Click a cell to see its claims.");
        } finally {
            table.setRedraw(true);
            root.layout();
        }
    }

    /**
     * Sorts the rows by a column, as its header was clicked: the actor column by name (A first), the others by count
     * (most first); clicking the same header again reverses. The Total row stays last.
     */
    public void sortBy(int column) {
        sortAscending = column == sortColumn ? !sortAscending : column == 0;
        sortColumn = column;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(sortAscending ? SWT.UP : SWT.DOWN);
        show(matrix);
    }

    /** The matrix's rows in the order of the sorted column (the analysis's order when none is). */
    private List<Row> sorted(StanceMatrix m) {
        if (sortColumn < 0) {
            return m.rows();
        }
        int types = m.columns().size();
        Comparator<Row> by = sortColumn == 0 ? Comparator.comparing(Row::label, String.CASE_INSENSITIVE_ORDER)
                : sortColumn > types ? Comparator.comparingInt(Row::total)
                : Comparator.comparingInt(r -> r.cell(m.columns().get(sortColumn - 1)).count());
        List<Row> rows = new ArrayList<>(m.rows());
        rows.sort(sortAscending ? by : by.reversed());
        return rows;
    }

    private org.eclipse.swt.graphics.Font boldFont() {
        return org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
    }

    private void mouseDown(Event e) {
        if (e.button != 1 || matrix == null) {
            return;
        }
        Point p = new Point(e.x, e.y);
        TableItem item = table.getItem(p);
        if (item == null || !(item.getData() instanceof Row row)) {
            return;
        }
        if (item.getBounds(0).contains(p)) {
            // The actor's name selects the actor: the network, Actors and Claims views follow.
            if (row.actor() != null) {
                selectedCell = null;
                selection.fire(new StructuredSelection(row.actor()));
            }
            return;
        }
        for (int col = 1; col <= matrix.columns().size(); col++) {
            if (item.getBounds(col).contains(p)) {
                selectCell(row.cell(matrix.columns().get(col - 1)));
                return;
            }
        }
    }

    /** Selects a cell's claims: the workbench hears them and the Claims view narrows to them. */
    public void selectCell(Cell cell) {
        selectedCell = cell;
        ISelection s = new StructuredSelection(cell.claims());
        selection.fire(s);
        ClaimsScope.show(getSite().getPage(), describe(cell), cell.claims());
    }

    /** "Pentagon, Reassurance: 2 claims". */
    static String describe(Cell cell) {
        String who = cell.actor() == null ? StanceMatrix.Row.NO_SOURCE : cell.actor().getName();
        return who + ", " + title(cell.type()) + ": " + NetworkLayout.claimsCaption(cell.count());
    }

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection s) {
        if (first(s) instanceof Actor actor && matrix != null) {
            List<Row> rows = matrix.rows();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).actor() == actor) {
                    table.setSelection(i);
                    table.showSelection();
                    return;
                }
            }
        }
    }

    // ---- for tests and the benchmark ------------------------------------------------------------

    public StanceMatrix matrix() {
        return matrix;
    }

    public Table table() {
        return table;
    }

    public Cell selectedCell() {
        return selectedCell;
    }
}
