package org.sightline.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.sightline.ui.api.SessionTracker;
import org.sightline.ui.session.api.Session;

/**
 * Workbench-wide policy: the Analysis perspective first; the window title shows the workspace and
 * whether it has unsaved changes; closing asks to save them; at start, a crashed session is offered
 * back, else the last workspace (or, the first time, the analysed sample) opens.
 */
final class SightlineWorkbenchAdvisor extends WorkbenchAdvisor {

    /** Set -Dsightline.startup=none to open nothing at start (the UI tests set up their own workspaces). */
    static final String STARTUP_PROPERTY = "sightline.startup";

    private boolean closeConfirmed;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return AnalysisPerspective.ID;
    }

    @Override
    public void postStartup() {
        if (!"none".equals(System.getProperty(STARTUP_PROPERTY))) {
            Startup.run(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        }
    }

    @Override
    public boolean preShutdown() {
        if (closeConfirmed) {
            return true;
        }
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        closeConfirmed = SessionService.get().confirmDiscard(w == null ? null : w.getShell(), "close Sightline");
        return closeConfirmed;
    }

    @Override
    public void postShutdown() {
        Session s = SessionService.get().current();
        if (s != null) {
            s.close(); // a clean end: the recovery journal goes
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            private SessionTracker tracker;

            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer c = getWindowConfigurer();
                c.setTitle(SightlineUi.TITLE);
                c.setInitialSize(new Point(1280, 860));
                c.setShowStatusLine(true);
                c.setShowCoolBar(true);
                c.setShowProgressIndicator(true);
                c.setShowPerspectiveBar(false);
            }

            @Override
            public void postWindowOpen() {
                tracker = new SessionTracker(this::updateTitle, (s, affected) -> updateTitle(s));
            }

            @Override
            public void postWindowClose() {
                if (tracker != null) {
                    tracker.dispose();
                }
            }

            private void updateTitle(Session s) {
                String title = s == null ? SightlineUi.TITLE : (s.isDirty() ? "*" : "") + s.name() + " - " + SightlineUi.TITLE;
                if (!getWindowConfigurer().getWindow().getShell().isDisposed()) {
                    getWindowConfigurer().setTitle(title);
                }
            }

            @Override
            public boolean preWindowShellClose() {
                closeConfirmed = SessionService.get().confirmDiscard(getWindowConfigurer().getWindow().getShell(), "close Sightline");
                return closeConfirmed;
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer abc) {
                return new SightlineActionBarAdvisor(abc);
            }
        };
    }
}
