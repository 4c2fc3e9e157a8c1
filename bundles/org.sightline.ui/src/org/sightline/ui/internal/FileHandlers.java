package org.sightline.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sightline.core.api.ResultsImport;
import org.sightline.ui.session.api.Session;

/** The File menu's commands other than Save: New, Open, Open Recent, Import. */
public final class FileHandlers {

    private FileHandlers() {
    }

    /** File > New Workspace (Ctrl+N): an empty, untitled workspace. */
    public static final class New extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            if (!SessionService.get().confirmDiscard(shell, "start a new workspace")) {
                return null;
            }
            InputDialog name = new InputDialog(shell, "New Workspace", "Name of the new workspace:", "Untitled",
                    s -> s.isBlank() ? "Give the workspace a name." : null);
            if (name.open() == Window.OK) {
                SessionService.get().setCurrent(Session.create(name.getValue().strip(), SessionService.recoveryRoot()));
            }
            return null;
        }
    }

    /** File > Open Workspace (Ctrl+O). */
    public static final class Open extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText("Open Workspace");
            dialog.setFilterExtensions(new String[] { "*.sightline;*.sightlinebin;*.xmi", "*.*" });
            dialog.setFilterNames(new String[] { "Sightline workspaces", "All files" });
            String chosen = dialog.open();
            if (chosen != null) {
                open(shell, Path.of(chosen));
            }
            return null;
        }
    }

    /** Opens {@code file} in the background after asking about unsaved changes. */
    static void open(Shell shell, Path file) {
        if (SessionService.get().confirmDiscard(shell, "open " + file.getFileName())) {
            new OpenJob(file, null).schedule();
        }
    }

    /** File > Open Recent: the recently opened workspaces, most recent first. */
    public static final class Recent extends CompoundContributionItem {
        @Override
        protected IContributionItem[] getContributionItems() {
            List<Path> recent = Preferences.recent();
            if (recent.isEmpty()) {
                return new IContributionItem[] { new ContributionItem() {
                    @Override
                    public void fill(Menu menu, int index) {
                        MenuItem item = new MenuItem(menu, SWT.PUSH, index);
                        item.setText("(no recent workspaces)");
                        item.setEnabled(false);
                    }
                } };
            }
            IContributionItem[] items = new IContributionItem[recent.size()];
            for (int i = 0; i < items.length; i++) {
                Path file = recent.get(i);
                int number = i + 1;
                items[i] = new ContributionItem() {
                    @Override
                    public void fill(Menu menu, int index) {
                        MenuItem item = new MenuItem(menu, SWT.PUSH, index);
                        item.setText("&" + number + " " + file.getFileName() + "  [" + file.getParent() + "]");
                        item.addListener(SWT.Selection, e -> open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), file));
                    }
                };
            }
            return items;
        }
    }

    /** File > Import (Ctrl+I): files, a folder, URLs or feeds, analysed in the background. */
    public static final class Import extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Session s = SessionService.get().current();
            if (s != null) {
                new WizardDialog(HandlerUtil.getActiveShell(event), new ImportWizard(s)).open();
            }
            return null;
        }
    }

    /**
     * File > Import Spark Results: the output folder of {@code sightline spark} (or a JSON export's folder)
     * and an optional query, without analysing again; with a query the count found is shown before import.
     */
    public static final class ImportResults extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Session s = SessionService.get().current();
            if (s == null) {
                return null;
            }
            Shell shell = HandlerUtil.getActiveShell(event);
            ResultsImportDialog dialog = new ResultsImportDialog(shell);
            if (dialog.open() != Window.OK) {
                return null;
            }
            String query = dialog.query();
            Path folder = dialog.folder();
            new ResultsImportJob(s, folder, query, Preferences.scale(), found -> query == null || askToImport(folder, query, found)).schedule();
            return null;
        }

        /** Asks on the UI thread whether to import what the query found (the job waits). */
        private static boolean askToImport(Path folder, String query, ResultsImport.Outcome found) {
            boolean[] yes = new boolean[1];
            Display.getDefault().syncExec(() -> yes[0] = MessageDialog.openQuestion(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), ResultsImportDialog.TITLE,
                    String.format(Locale.ROOT, "The query %s finds %,d of the %,d analysed documents in %s.%n%nImport them, with their actors and claims?",
                            query, found.added().size(), found.read(), folder)));
            return yes[0];
        }
    }
}
