package org.sightline.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sightline.core.api.CuratedCorpus;
import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Problems;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.ui.session.api.ClaimTable;
import org.sightline.ui.session.api.Session;

/**
 * File > Export: the open workspace as the analyst curated it ({@link CuratedCorpus}), whole or narrowed to the
 * claims the Claims view shows or to the selected claims, written by an installed exporter into a folder. The copy is
 * made on the UI thread (the model is the views'); writing runs as a job. Files go only into the chosen folder
 * ({@link ExportTarget#directory}); a failed export leaves the files already there as they were.
 */
public final class ExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Session session = SessionService.get().current();
        Shell shell = HandlerUtil.getActiveShell(event);
        if (session == null) {
            return null;
        }
        SightlineRegistry registry = SessionService.get().registry();
        ExportDialog dialog = new ExportDialog(shell, registry.exporters(), scopes(session, HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(),
                HandlerUtil.getCurrentSelection(event)), defaultFolder(session));
        if (dialog.open() != Window.OK) {
            return null;
        }
        ExportDialog.Choice choice = dialog.choice();
        export(shell, registry, CuratedCorpus.of(session.corpus(), choice.claimIds()), choice);
        return null;
    }

    /** The whole workspace; the claims the Claims view shows (when it narrows); the selected claims (when any). */
    static List<ExportDialog.Scope> scopes(Session session, IWorkbenchPage page, ISelection selection) {
        List<ExportDialog.Scope> scopes = new ArrayList<>();
        scopes.add(new ExportDialog.Scope("The whole workspace (" + session.corpus().getClaims().size() + " claims)", null));
        if (page != null && page.findView(SightlineUi.CLAIMS_VIEW) instanceof ClaimsView view && view.rows() != null) {
            ClaimTable rows = view.rows();
            Set<String> shown = new LinkedHashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                shown.add(rows.row(i).getId());
            }
            String what = view.scopeText();
            scopes.add(new ExportDialog.Scope("The claims the Claims view shows (" + shown.size() + "; " + what + ")",
                    rows.size() == rows.total() ? Set.of() : shown));
        }
        Set<String> selected = new LinkedHashSet<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                if (o instanceof Claim c) {
                    selected.add(c.getId());
                }
            }
        }
        scopes.add(new ExportDialog.Scope("The selected claims (" + selected.size() + ")", selected));
        return scopes;
    }

    private static Path defaultFolder(Session session) {
        Path file = session.file().orElse(null);
        Path home = Path.of(System.getProperty("user.home"));
        return file == null || file.toAbsolutePath().getParent() == null ? home.resolve(session.name() + "-export")
                : file.toAbsolutePath().getParent().resolve(session.name() + "-export");
    }

    /** Writes {@code corpus} in the background; says where when done, or what failed. */
    static Job export(Shell shell, SightlineRegistry registry, Corpus corpus, ExportDialog.Choice choice) {
        Display display = shell.getDisplay();
        String name = choice.exporter().contribution().name();
        Job job = new Job("Export " + name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String message;
                boolean ok;
                try {
                    Files.createDirectories(choice.folder());
                    try (ExportTarget target = ExportTarget.directory(choice.folder())) {
                        choice.exporter().create().export(corpus, target, registry);
                        target.commit();
                    }
                    ok = true;
                    message = name + " of " + choice.scopeLabel().toLowerCase(java.util.Locale.ROOT) + " written to " + choice.folder() + ".";
                } catch (IOException | RuntimeException | LinkageError e) {
                    ok = false;
                    message = "The export into " + choice.folder() + " failed: " + Problems.wording(e);
                }
                boolean done = ok;
                String text = message;
                display.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        if (done) {
                            MessageDialog.openInformation(shell, "Exported", text);
                        } else {
                            MessageDialog.openError(shell, "Export Failed", text);
                        }
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
