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
import org.sightline.model.Claim;
import org.sightline.model.ReviewStatus;
import org.sightline.ui.session.api.ClaimTable;
import org.sightline.ui.session.api.ClaimTable.Column;

/**
 * The Claims view's table: a window of rows over a {@link ClaimTable}. The SWT table only ever
 * holds the rows that fit on screen; a slider beside it scrolls the window. SWT's own VIRTUAL
 * table is not enough on GTK: changing its item count costs time per row added or removed
 * (measured: 1 to 5 s per keystroke between 100,000 and 20,000 rows), while this costs the same
 * few milliseconds whatever the number of claims. Selection is kept by claim, so it survives
 * scrolling, filtering and sorting. SWT only (no JFace), so the bench can drive it without a
 * workbench.
 */
public final class ClaimGrid extends Composite {

    private final Table table;
    private final Slider slider;
    private final Set<Claim> selected = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Listener> selectionListeners = new ArrayList<>();
    private ClaimTable rows;
    private int offset;

    public ClaimGrid(Composite parent) {
        super(parent, SWT.NONE);
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
        for (Column c : Column.values()) {
            TableColumn tc = new TableColumn(table, c == Column.CONFIDENCE ? SWT.RIGHT : SWT.LEFT);
            tc.setText(c.title());
            tc.setWidth(c.width());
            tc.setData(c);
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
    public void setRows(ClaimTable r) {
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
            Claim claim = rows.row(offset + i);
            TableItem item = table.getItem(i);
            item.setData(claim);
            for (Column c : Column.values()) {
                item.setText(c.ordinal(), c.text(claim));
            }
            item.setForeground(claim.getStatus() == ReviewStatus.REJECTED ? getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null);
            if (selected.contains(claim)) {
                indices.add(i);
            }
        }
        table.deselectAll();
        table.select(indices.stream().mapToInt(Integer::intValue).toArray());
        slider.setValues(offset, 0, Math.max(1, size), Math.max(1, Math.min(visible, size)), 1, Math.max(1, visible));
        slider.setEnabled(size > visible);
    }

    /** The selected claims in row order. */
    public List<Claim> selection() {
        List<Claim> out = new ArrayList<>();
        if (rows != null && !selected.isEmpty()) {
            for (int i = 0; i < rows.size() && out.size() < selected.size(); i++) {
                if (selected.contains(rows.row(i))) {
                    out.add(rows.row(i));
                }
            }
        }
        return out;
    }

    /** Selects {@code claims} (those the filter shows); with {@code reveal}, scrolls to the first. */
    public void setSelection(List<Claim> claims, boolean reveal) {
        selected.clear();
        int first = -1;
        for (Claim c : claims) {
            int i = rows == null ? -1 : rows.indexOf(c);
            if (i >= 0) {
                selected.add(c);
                first = first < 0 ? i : Math.min(first, i);
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
            selected.add((Claim) item.getData());
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
