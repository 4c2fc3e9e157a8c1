package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.sightline.core.api.SightlineInfo;
import org.sightline.ui.internal.AnalysisPerspective;
import org.sightline.ui.internal.DocumentView;

/** Runs inside the real Sightline workbench (Tycho UI harness, product application). */
class WorkbenchTest {

    private static IWorkbenchWindow window() {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(w, "the workbench has an active window");
        return w;
    }

    @Test
    void windowIsTitledSightlineAndShowsTheAnalysisPerspective() {
        IWorkbenchWindow w = window();
        assertTrue(w.getShell().getText().endsWith("Sightline"), "window title: " + w.getShell().getText());
        IWorkbenchPage page = w.getActivePage();
        assertEquals(AnalysisPerspective.ID, page.getPerspective().getId());
        assertEquals("Analysis", page.getPerspective().getLabel());
    }

    @Test
    void documentViewShowsTheBundledSampleArticle() {
        IViewPart view = window().getActivePage().findView(DocumentView.ID);
        assertNotNull(view, "the Document view is open in the Analysis perspective");
        String text = ((DocumentView) view).getTextWidget().getText();
        assertTrue(text.startsWith("Pentagon to Reduce Its Role in Deterrence of North Korea"), text.substring(0, 80));
        assertEquals(SightlineInfo.sampleText(), text);
    }

    @Test
    void aboutDialogShowsTheVersion() throws Exception {
        Display display = Display.getCurrent();
        AtomicReference<String> seen = new AtomicReference<>();
        // The dialog is modal: look for it from the nested event loop it runs, then close it.
        display.timerExec(200, new Runnable() {
            int tries;

            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if ("About Sightline".equals(s.getText())) {
                        seen.set(collectText(s));
                        s.close();
                        return;
                    }
                }
                if (++tries < 50) {
                    display.timerExec(100, this);
                }
            }
        });
        IHandlerService handlers = window().getService(IHandlerService.class);
        handlers.executeCommand("org.sightline.ui.commands.about", null);
        assertNotNull(seen.get(), "an About Sightline dialog opened");
        assertTrue(seen.get().contains("Sightline " + SightlineInfo.version()), seen.get());
        assertTrue(!SightlineInfo.version().contains("qualifier") && !SightlineInfo.version().startsWith("0.0.0"),
                "a real build version: " + SightlineInfo.version());
    }

    private static String collectText(org.eclipse.swt.widgets.Control c) {
        StringBuilder b = new StringBuilder();
        if (c instanceof org.eclipse.swt.widgets.Label l) {
            b.append(l.getText()).append('\n');
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
                b.append(collectText(child));
            }
        }
        return b.toString();
    }
}
