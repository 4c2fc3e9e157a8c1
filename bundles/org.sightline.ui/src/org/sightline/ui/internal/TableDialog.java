package org.sightline.ui.internal;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A resizable dialog with a title area built around one table (Set Date, Suggested Merges): the
 * window title, the resize style and the table with its header and columns are made here once.
 */
public abstract class TableDialog extends TitleAreaDialog {

    private final String windowTitle;
    private Table table;

    TableDialog(Shell shell, String windowTitle) {
        super(shell);
        this.windowTitle = windowTitle;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(windowTitle);
    }

    /** Makes the dialog's table: {@code style} as for {@link Table}, a header row, and one left-aligned column per {name, width in pixels}. */
    protected final Table createTable(Composite parent, int style, String[][] columns) {
        table = new Table(parent, style);
        table.setHeaderVisible(true);
        for (String[] c : columns) {
            TableColumn tc = new TableColumn(table, SWT.LEFT);
            tc.setText(c[0]);
            tc.setWidth(Integer.parseInt(c[1]));
        }
        return table;
    }

    /** The table, for tests and for the subclass's own code. */
    public Table table() {
        return table;
    }
}
