package org.sightline.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sightline.core.api.SightlineInfo;
import org.sightline.model.Claim;
import org.sightline.testing.SampleArticle;
import org.sightline.ui.internal.ActorsView;
import org.sightline.ui.internal.ClaimsView;
import org.sightline.ui.internal.DocumentView;
import org.sightline.ui.internal.DocumentsView;
import org.sightline.ui.internal.ImportJob;
import org.sightline.ui.internal.ImportWizard;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.internal.SightlineUi;
import org.sightline.ui.session.api.Session;

/**
 * Renders the user guide's pictures (docs/images) from the running workbench: the whole window and
 * each view on the sample article. Not a test: it runs only when -Dsightline.screenshots=FOLDER is
 * set (docs/images/render-screenshots.sh does that). With the extractors installed the sample is
 * analysed by the real pipeline; without them, the hand-marked sample is shown.
 */
class Screenshots {

    @Test
    void render() throws Exception {
        String target = System.getProperty("sightline.screenshots");
        Assumptions.assumeTrue(target != null && !target.isBlank(), "set -Dsightline.screenshots=FOLDER to render the screenshots");
        Path out = Files.createDirectories(Path.of(target));
        Shell shell = Ui.window().getShell();
        shell.setBounds(0, 0, 1280, 860);
        Ui.page().resetPerspective();
        Session session = workspace(out);
        Ui.flush();

        Ui.show(ActorsView.ID, ActorsView.class).viewer().expandAll();
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        Claim warn = session.corpus().getClaims().stream().filter(c -> c.getContent() != null && c.getContent().contains("miscalculation"))
                .findFirst().orElse(session.corpus().getClaims().isEmpty() ? null : session.corpus().getClaims().get(0));
        if (warn != null) {
            claims.getSite().getSelectionProvider().setSelection(new org.eclipse.jface.viewers.StructuredSelection(warn));
        }
        settle();
        // Activating a view publishes its selection to the others: the order keeps the claim selected.
        capture(shell, out.resolve("workbench.png"));
        view(ClaimsView.ID, out.resolve("view-claims.png"));
        view(SightlineUi.PROPERTIES_VIEW, out.resolve("view-properties.png"));
        view(DocumentView.ID, out.resolve("view-document.png"));
        view(DocumentsView.ID, out.resolve("view-documents.png"));
        view(ActorsView.ID, out.resolve("view-actors.png"));

        WizardDialog wizard = new WizardDialog(shell, new ImportWizard(session));
        wizard.setBlockOnOpen(false);
        wizard.open();
        List inputs = Ui.find(wizard.getShell(), List.class);
        inputs.add(Path.of(System.getProperty("user.home"), "news", "pentagon-north-korea-deterrence.html").toString());
        inputs.add(Path.of(System.getProperty("user.home"), "news", "statements").toString());
        inputs.add("https://www.defense.gov/News/Releases/rss/");
        settle();
        capture(wizard.getShell(), out.resolve("dialog-import.png"));
        wizard.close();

        for (String[] page : new String[][] { { "org.sightline.ui.preferences.pipeline", "preferences-pipeline.png" },
                { "org.sightline.ui.preferences.scale", "preferences-scale.png" } }) {
            PreferenceDialog prefs = PreferencesUtil.createPreferenceDialogOn(shell, page[0], null, null);
            prefs.setBlockOnOpen(false);
            prefs.open();
            prefs.getShell().setSize(820, 520);
            settle();
            capture(prefs.getShell(), out.resolve(page[1]));
            prefs.close();
        }
    }

    /** The sample: analysed by the installed pipeline when there is one, else marked by hand. */
    private static Session workspace(Path out) throws Exception {
        if (SessionService.get().registry().importers().isEmpty() || SessionService.get().registry().extractors().isEmpty()) {
            return Ui.open(new SampleArticle().corpus, Files.createTempDirectory("shots").resolve("pentagon.sightline"));
        }
        Session s = Session.create("pentagon", SessionService.recoveryRoot());
        SessionService.get().setCurrent(s);
        Path article = Files.createTempDirectory("shots").resolve(SightlineInfo.SAMPLE_NAME);
        Files.writeString(article, SightlineInfo.sampleText());
        ImportJob job = ImportJob.of(s, java.util.List.of(article.toString()));
        job.schedule();
        Ui.spinUntil(() -> job.getState() == Job.NONE && job.getResult() != null, 120_000, "the sample to be analysed");
        return s;
    }

    private static void view(String id, Path file) throws Exception {
        IViewPart part = Ui.page().showView(id);
        settle();
        Control area = tabFolderOf(part);
        capture(area.getDisplay(), area.getDisplay().map(area.getParent(), null, area.getBounds()), file);
    }

    /** The tab folder holding the view (its tab and toolbar included in the picture). */
    private static Control tabFolderOf(IViewPart part) {
        Control control = controlOf(part);
        for (Control p = control; p != null; p = p.getParent()) {
            if (p instanceof CTabFolder) {
                return p;
            }
        }
        return control;
    }

    private static Control controlOf(IViewPart part) {
        if (part instanceof DocumentView d) {
            return d.getTextWidget();
        }
        if (part instanceof ClaimsView v) {
            return v.table();
        }
        if (part instanceof DocumentsView v) {
            return v.table();
        }
        if (part instanceof ActorsView v) {
            return v.viewer().getControl();
        }
        part.setFocus(); // the Properties view: its page's tree takes the focus
        return part.getViewSite().getShell().getDisplay().getFocusControl();
    }

    private static void settle() {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 600;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(30, () -> { });
                display.sleep();
            }
        }
    }

    private static void capture(Shell shell, Path file) {
        capture(shell.getDisplay(), shell.getDisplay().map(shell, null, shell.getClientArea()), file);
    }

    /** Copies what the screen shows in {@code onScreen} (display coordinates) to a PNG. */
    private static void capture(Display display, Rectangle onScreen, Path file) {
        Image image = new Image(display, onScreen.width, onScreen.height);
        GC gc = new GC(display);
        gc.copyArea(image, onScreen.x, onScreen.y);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
    }
}
