package org.sightline.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sightline.core.api.Exporter;
import org.sightline.core.api.Registered;

/**
 * File > Export: the format (every installed exporter: reports, CSV, GraphML, JSON, a plugin's), what to export
 * (the whole workspace, the claims the Claims view shows now: a document's, an actor's, a search result's, a filter's;
 * or the selected claims), and the folder the files go into.
 */
final class ExportDialog extends TitleAreaDialog {

    /** What the analyst chose: the exporter, the claims (null: all) and the folder. */
    record Choice(Registered<Exporter> exporter, Set<String> claimIds, String scopeLabel, Path folder) {
    }

    /** A scope offered: its label and its claims (null: the whole workspace); empty claims: offered disabled. */
    record Scope(String label, Set<String> claimIds) {
    }

    private final List<Registered<Exporter>> exporters;
    private final List<Scope> scopes;
    private final Path folder;
    private Combo format;
    private Button[] scopeButtons;
    private Text folderText;
    private Choice choice;

    ExportDialog(Shell shell, List<Registered<Exporter>> exporters, List<Scope> scopes, Path folder) {
        super(shell);
        this.exporters = exporters;
        this.scopes = scopes;
        this.folder = folder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Export the workspace");
        setMessage("As the analyst left it: merges and corrections kept; rejected and hidden claims and hidden actors left out.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText("&Format:");
        format = new Combo(body, SWT.READ_ONLY);
        exporters.forEach(e -> format.add(e.contribution().name()));
        int html = 0;
        for (int i = 0; i < exporters.size(); i++) {
            if ("html".equals(exporters.get(i).attribute("format", ""))) {
                html = i;
            }
        }
        format.select(html);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);

        Group what = new Group(body, SWT.NONE);
        what.setText("What");
        GridLayoutFactory.swtDefaults().applyTo(what);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(what);
        scopeButtons = new Button[scopes.size()];
        for (int i = 0; i < scopes.size(); i++) {
            Scope s = scopes.get(i);
            scopeButtons[i] = new Button(what, SWT.RADIO);
            scopeButtons[i].setText(s.label().replace("&", "&&"));
            scopeButtons[i].setEnabled(s.claimIds() == null || !s.claimIds().isEmpty());
            scopeButtons[i].setSelection(i == 0);
        }

        new Label(body, SWT.NONE).setText("F&older:");
        folderText = new Text(body, SWT.BORDER);
        folderText.setText(folder.toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(folderText);
        folderText.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setText("Export into");
            d.setFilterPath(folderText.getText());
            String chosen = d.open();
            if (chosen != null) {
                folderText.setText(chosen);
            }
        });
        return area;
    }

    private void validate() {
        boolean ok = !folderText.getText().isBlank();
        setErrorMessage(ok ? null : "Choose the folder to export into.");
        Button b = getButton(IDialogConstants.OK_ID);
        if (b != null) {
            b.setEnabled(ok);
        }
    }

    @Override
    protected void okPressed() {
        Scope scope = scopes.get(0);
        for (int i = 0; i < scopeButtons.length; i++) {
            if (scopeButtons[i].getSelection()) {
                scope = scopes.get(i);
            }
        }
        choice = new Choice(exporters.get(format.getSelectionIndex()), scope.claimIds(), scope.label(),
                Path.of(folderText.getText().strip()));
        super.okPressed();
    }

    /** What was chosen, or null when cancelled. */
    Choice choice() {
        return choice;
    }
}
