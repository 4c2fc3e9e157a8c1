package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import java.util.function.Function;

import org.eclipse.swt.graphics.Color;

/**
 * A table of many rows as a window over them: the SWT table only ever holds the rows that fit on
 * screen; a slider beside it scrolls the window. SWT's own VIRTUAL table is not enough on GTK:
 * changing its item count costs time per row added or removed (measured: 1 to 5 s per keystroke
 * between 100,000 and 20,000 rows in the Claims view, 0.65-1.5 s to show 100,000 documents), while
 * this costs the same few milliseconds whatever the number of rows. Selection is kept by row object,
 * so it survives scrolling, filtering and sorting. SWT only (no JFace), so a bench can drive it
 * without a workbench. The Claims view's ({@link ClaimGrid}) and the Documents view's table.
 *
 * @param <T> the row objects
 */
public class RowGrid<T> extends Composite {

    /** What a grid shows: the number of rows, the row at an index, the index of a row (-1: not there). Read again at each refresh. */
    public interface Rows<T> {
        int size();

        T row(int index);

        int indexOf(T row);
    }

    /** A column: its title, initial width, SWT.LEFT or SWT.RIGHT, the text of a row, and data for the TableColumn (e.g. a sort key). */
    public record Column<T>(String title, int width, int alignment, Function<T, String> text, Object data) {
    }

    private final Table table;
    private final Slider slider;
    private final Set<T> selected = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Listener> selectionListeners = new ArrayList<>();
    private final List<Column<T>> columns;
    private final Function<T, Color> foreground;
    private Rows<T> rows;
    private int offset;

    /** {@code foreground}: a row's text colour, null for the default. */
    public RowGrid(Composite parent, List<Column<T>> columns, Function<T, Color> foreground) {
        super(parent, SWT.NONE);
        this.columns = List.copyOf(columns);
        this.foreground = foreground;
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = layout.marginHeight = layout.horizontalSpacing = 0;
        setLayout(layout);
        // No vertical bar of its own (the slider scrolls the rows), but a horizontal one: the
        // columns are wider than the view in the default layout, and a widened Content column
        // must not push the others out of reach.
        table = new Table(this, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.NO_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (Column<T> c : this.columns) {
            TableColumn tc = new TableColumn(table, c.alignment());
            tc.setText(c.title());
            tc.setWidth(c.width());
            tc.setData(c.data());
        }
        slider = new Slider(this, SWT.VERTICAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        slider.addListener(SWT.Selection, e -> scrollTo(slider.getSelection()));
        table.addListener(SWT.Resize, e -> refresh());
        table.addListener(SWT.Selection, this::tableSelected);
        table.addListener(SWT.MouseVerticalWheel, e -> {
            e.doit = false;
            scrollTo(offset - e.count);
        });
        table.addListener(SWT.KeyDown, this::key);
    }

    public Table table() {
        return table;
    }

    /** Shows {@code r} from its first row. */
    public void setRows(Rows<T> r) {
        rows = r;
        offset = 0;
        selected.clear();
        refresh();
    }

    /** Notified when the analyst changes the selection (not when code does). */
    public void addSelectionListener(Listener l) {
        selectionListeners.add(l);
    }

    /** How many rows fit on screen. */
    public int visibleRows() {
        int header = table.getHeaderVisible() ? table.getHeaderHeight() : 0;
        int height = table.getClientArea().height;
        if (table.getClientArea().y < header) {
            height -= header - table.getClientArea().y;
        }
        return Math.max(1, height / Math.max(1, table.getItemHeight()));
    }

    /** The first row shown. */
    public int offset() {
        return offset;
    }

    /** Re-reads the rows (after a filter, sort or edit) and draws the window; keeps the selection that is still there. */
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        int size = rows == null ? 0 : rows.size();
        int visible = visibleRows();
        offset = Math.max(0, Math.min(offset, size - visible));
        int n = Math.max(0, Math.min(visible, size - offset));
        if (table.getItemCount() != n) {
            table.setItemCount(n);
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            T row = rows.row(offset + i);
            TableItem item = table.getItem(i);
            item.setData(row);
            for (int c = 0; c < columns.size(); c++) {
                String text = columns.get(c).text().apply(row);
                item.setText(c, text == null ? "" : text);
            }
            item.setForeground(foreground.apply(row));
            if (selected.contains(row)) {
                indices.add(i);
            }
        }
        table.deselectAll();
        table.select(indices.stream().mapToInt(Integer::intValue).toArray());
        slider.setValues(offset, 0, Math.max(1, size), Math.max(1, Math.min(visible, size)), 1, Math.max(1, visible));
        slider.setEnabled(size > visible);
    }

    /** The selected rows in row order. */
    public List<T> selection() {
        List<T> out = new ArrayList<>();
        if (rows != null && !selected.isEmpty()) {
            for (int i = 0; i < rows.size() && out.size() < selected.size(); i++) {
                if (selected.contains(rows.row(i))) {
                    out.add(rows.row(i));
                }
            }
        }
        return out;
    }

    /** Selects {@code chosen} (those among the rows); with {@code reveal}, scrolls to the first. */
    public void setSelection(List<? extends T> chosen, boolean reveal) {
        selected.clear();
        int first = -1;
        if (rows != null && chosen.size() > 8) {
            // many (the documents of an actor): one pass over the rows, not a search per row chosen
            Set<T> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
            wanted.addAll(chosen);
            for (int i = 0, n = rows.size(); i < n && selected.size() < wanted.size(); i++) {
                T row = rows.row(i);
                if (wanted.contains(row)) {
                    selected.add(row);
                    first = first < 0 ? i : first;
                }
            }
        } else {
            for (T c : chosen) {
                int i = rows == null ? -1 : rows.indexOf(c);
                if (i >= 0) {
                    selected.add(c);
                    first = first < 0 ? i : Math.min(first, i);
                }
            }
        }
        if (reveal && first >= 0 && (first < offset || first >= offset + visibleRows())) {
            offset = Math.max(0, first - visibleRows() / 3);
        }
        refresh();
    }

    private void scrollTo(int newOffset) {
        offset = newOffset;
        refresh();
    }

    private void tableSelected(Event e) {
        boolean adding = (e.stateMask & (SWT.MOD1 | SWT.MOD2)) != 0;
        if (adding) {
            for (TableItem item : table.getItems()) {
                selected.remove(item.getData());
            }
        } else {
            selected.clear();
        }
        for (TableItem item : table.getSelection()) {
            @SuppressWarnings("unchecked")
            T row = (T) item.getData();
            selected.add(row);
        }
        fire(e);
    }

    /** Arrow keys, Page Up/Down, Home and End move past the window's edge by scrolling it. */
    private void key(Event e) {
        if (rows == null || rows.size() == 0) {
            return;
        }
        int visible = visibleRows();
        int index = table.getSelectionIndex();
        int current = offset + Math.max(0, index);
        boolean moreBelow = offset + table.getItemCount() < rows.size();
        Integer target = switch (e.keyCode) {
            case SWT.ARROW_UP -> index == 0 && offset > 0 ? current - 1 : null;
            case SWT.ARROW_DOWN -> index == table.getItemCount() - 1 && moreBelow ? current + 1 : null;
            case SWT.PAGE_UP -> current - visible;
            case SWT.PAGE_DOWN -> current + visible;
            case SWT.HOME -> (e.stateMask & SWT.MOD1) != 0 ? 0 : null;
            case SWT.END -> (e.stateMask & SWT.MOD1) != 0 ? rows.size() - 1 : null;
            default -> null;
        };
        if (target == null) {
            return; // the table moves within the window by itself
        }
        int row = Math.max(0, Math.min(rows.size() - 1, target));
        e.doit = false;
        if (row < offset) {
            offset = row;
        } else if (row >= offset + visible) {
            offset = row - visible + 1;
        }
        selected.clear();
        selected.add(rows.row(row));
        refresh();
        fire(e);
    }

    private void fire(Event cause) {
        Event e = new Event();
        e.widget = this;
        e.stateMask = cause.stateMask;
        for (Listener l : selectionListeners) {
            l.handleEvent(e);
        }
    }
}
