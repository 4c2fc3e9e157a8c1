package org.sightline.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sightline.model.io.WorkspaceException;
import org.sightline.ui.session.api.Session;

/** File > Save (Ctrl+S); with the parameter-less Save As command, File > Save As. */
public class SaveHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Session s = SessionService.get().current();
        if (s != null) {
            save(HandlerUtil.getActiveShell(event), s, false);
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        Session s = SessionService.get().current();
        return s != null;
    }

    /** File > Save As. */
    public static final class SaveAs extends SaveHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Session s = SessionService.get().current();
            if (s != null) {
                save(HandlerUtil.getActiveShell(event), s, true);
            }
            return null;
        }
    }

    /**
     * Saves {@code session}, asking for a file when it has none or {@code as} is set; true when saved.
     * Runs under a progress dialog on the UI thread: the views read the corpus meanwhile.
     */
    public static boolean save(Shell shell, Session session, boolean as) {
        Path target = session.file().orElse(null);
        if (as || target == null) {
            target = askFile(shell, session);
            if (target == null) {
                return false;
            }
        }
        Path file = target;
        try {
            new ProgressMonitorDialog(shell).run(false, false, monitor -> {
                monitor.beginTask("Saving " + file.getFileName(), 1);
                try {
                    session.saveAs(file);
                } catch (WorkspaceException e) {
                    throw new InvocationTargetException(e);
                }
                monitor.done();
            });
            SessionService.get().setCurrent(session); // records the file as recent and last
            return true;
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, "Save Failed", e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Path askFile(Shell shell, Session session) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Workspace As");
        dialog.setFilterExtensions(new String[] { "*.sightline", "*.sightlinebin", "*.*" });
        dialog.setFilterNames(new String[] { "Sightline workspace (XMI)", "Sightline workspace (binary)", "All files" });
        dialog.setFileName(session.name() + ".sightline");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        return Path.of(chosen.contains(".") ? chosen : chosen + ".sightline");
    }
}
