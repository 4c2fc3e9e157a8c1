package org.sightline.ui.internal;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sightline.core.api.ResultsImport;
import org.sightline.search.api.QueryFilter;

/**
 * File > Import Spark Results: the results folder (the output folder of {@code sightline spark}, its
 * {@code json/} folder, or a folder of JSON exports) and, optionally, a search query choosing the
 * documents to import. The folder and the query are checked as they are typed, by the code the import
 * itself runs ({@link ResultsImport#files}, {@link QueryFilter}); OK is enabled only when both are usable.
 */
public final class ResultsImportDialog extends TitleAreaDialog {

    static final String TITLE = "Import Spark Results";

    private Text folder;
    private Button all;
    private Button some;
    private Text query;
    private Path chosenFolder;
    private String chosenQuery;

    public ResultsImportDialog(Shell shell) {
        super(shell);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(TITLE);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 6).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText("Results &folder:");
        folder = new Text(body, SWT.BORDER | SWT.SINGLE);
        folder.setMessage("the --out folder of sightline spark");
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(folder);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setText(TITLE);
            d.setMessage("The output folder of sightline spark (its json/ folder is read), or a folder of JSON exports");
            String chosen = d.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });

        all = new Button(body, SWT.RADIO);
        all.setText("&All the documents");
        all.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(all);
        some = new Button(body, SWT.RADIO);
        some.setText("Only the documents this &query finds:");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(some);
        query = new Text(body, SWT.BORDER | SWT.SINGLE);
        query.setMessage("type:warning    actor:\"north korea\"    publisher:reuters AND month:2026-03");
        GridDataFactory.fillDefaults().span(3, 1).indent(20, 0).applyTo(query);
        Label syntax = new Label(body, SWT.WRAP);
        syntax.setText("The syntax of the Search view; a document comes in when it or one of its claims matches, with all its claims.");
        GridDataFactory.fillDefaults().span(3, 1).indent(20, 0).hint(380, SWT.DEFAULT).applyTo(syntax);

        folder.addListener(SWT.Modify, e -> validate());
        query.addListener(SWT.Modify, e -> {
            if (!query.getText().isEmpty() && !some.getSelection()) {
                some.setSelection(true);
                all.setSelection(false);
            }
            validate();
        });
        all.addListener(SWT.Selection, e -> validate());
        some.addListener(SWT.Selection, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("&Import");
        validate();
    }

    /** Sets the folder and the query (null: all the documents) as the analyst would type them. */
    public void fill(String folderText, String queryText) {
        folder.setText(folderText);
        some.setSelection(queryText != null);
        all.setSelection(queryText == null);
        query.setText(queryText == null ? "" : queryText);
        validate();
    }

    /** Whether Import is enabled. */
    public boolean canImport() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    /** The folder chosen (after OK). */
    public Path folder() {
        return chosenFolder;
    }

    /** The query chosen, or null for all the documents (after OK). */
    public String query() {
        return chosenQuery;
    }

    @Override
    protected void okPressed() {
        chosenFolder = Path.of(folder.getText().strip());
        chosenQuery = some.getSelection() ? query.getText().strip() : null;
        super.okPressed();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String problem = problem();
        setErrorMessage(problem);
        if (problem == null) {
            setMessage(some.getSelection() ? "The documents the query finds are counted before they are imported." : "Every analysed document in the folder is imported.");
        }
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    /** What stops the import, in words, or null. */
    private String problem() {
        String f = folder.getText().strip();
        if (f.isEmpty()) {
            return "Choose the results folder.";
        }
        try {
            ResultsImport.files(Path.of(f));
        } catch (IOException | InvalidPathException e) {
            return e.getMessage();
        }
        if (some.getSelection()) {
            try {
                new QueryFilter(query.getText());
            } catch (IOException e) {
                return e.getMessage();
            }
        }
        return null;
    }
}
