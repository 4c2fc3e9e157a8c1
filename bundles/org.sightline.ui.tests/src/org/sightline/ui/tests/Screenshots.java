package org.sightline.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sightline.core.api.SightlineInfo;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Document;
import org.sightline.model.ReviewStatus;
import org.sightline.testing.Re3dReleases;
import org.sightline.testing.Re3dReleases.Release;
import org.sightline.testing.ui.Controls;
import org.sightline.ui.internal.ActorsView;
import org.sightline.ui.internal.ClaimsView;
import org.sightline.ui.internal.DocumentView;
import org.sightline.ui.internal.DocumentsView;
import org.sightline.ui.internal.ImportJob;
import org.sightline.ui.internal.ImportWizard;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.internal.SightlineUi;
import org.sightline.ui.session.api.DocumentDates;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/**
 * Renders the user guide's pictures (docs/images) from the running workbench on a corpus of 40 real
 * documents: the sample article and 39 re3d press releases (the 22 of the State Department and the
 * first 17 of CENTCOM, public domain, kept in the repository: bundles/org.sightline.testing/data/re3d),
 * imported by the installed pipeline. The releases are dated as an analyst would date them, with Date
 * Documents: first from their text, then, for the State Department's, from the file's time, which is set
 * to the month in the release's address. Not a test: it runs only when -Dsightline.screenshots=FOLDER is
 * set (docs/images/render-screenshots.sh does that).
 */
class Screenshots {

    /** The CENTCOM releases taken: with the 22 of the State Department and the sample, 40 documents. */
    static final int CENTCOM_RELEASES = 17;

    static final String NETWORK = "org.sightline.ui.views.analysis.network";
    static final String TIMELINE = "org.sightline.ui.views.analysis.timeline";
    static final String COMMITMENTS = "org.sightline.ui.views.analysis.commitments";
    static final String HYPOTHESES = "org.sightline.ui.views.analysis.hypotheses";
    static final String RELATIONS = "org.sightline.ui.views.analysis.relations";
    static final String SEARCH = "org.sightline.ui.views.search";

    /** The files given the month of their release's address as their time. */
    private static final java.util.Set<Path> DATED_FILES = new java.util.HashSet<>();

    @Test
    void render() throws Exception {
        String target = System.getProperty("sightline.screenshots");
        Assumptions.assumeTrue(target != null && !target.isBlank(), "set -Dsightline.screenshots=FOLDER to render the screenshots");
        Assumptions.assumeFalse(SessionService.get().registry().importers().isEmpty() || SessionService.get().registry().extractors().isEmpty(),
                "the screenshots need the installed pipeline (importers and extractors)");
        Path out = Files.createDirectories(Path.of(target));
        Shell shell = Ui.window().getShell();
        shell.setBounds(0, 0, 1280, 860);
        // The pointer off the window (the display is 1024 high): a tooltip under it would be in the pictures.
        shell.getDisplay().setCursorLocation(1270, 1010);
        Ui.page().resetPerspective();
        Path folder = Files.createTempDirectory("shots");
        Session session = workspace(folder);
        Ui.flush();

        // Date Documents on the 40 undated documents ("from the text" is chosen to begin with).
        Ui.inDialog("Date Documents", s -> {
            s.setSize(760, 560);
            settle();
            capture(s, out.resolve("dialog-date-documents.png"));
            s.getDefaultButton().notifyListeners(SWT.Selection, new Event());
        });
        Ui.choose(Ui.submenu(shell.getMenuBar(), "Document"), "Date Undated Documents");
        settle();
        // The State Department's releases that kept no date: their file's time, the month in their address
        // (the one whose address has no month, the CENTCOM releases and the sample stay undated).
        Map<Document, LocalDate> byFile = new LinkedHashMap<>();
        for (Document d : DocumentDates.undated(session.corpus())) {
            if (d.getInput() != null && DATED_FILES.contains(Path.of(d.getInput()))) {
                byFile.put(d, DocumentDates.propose(d, DocumentDates.Source.FILE_TIME));
            }
        }
        if (!byFile.isEmpty()) {
            session.execute(DocumentDates.edit(byFile));
        }
        hypotheses(session);
        Ui.flush();
        Ui.countsReady(); // the Documents and Actors views' counts, counted in a job

        Ui.show(ActorsView.ID, ActorsView.class).viewer().expandAll();
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        Claim warn = session.corpus().getClaims().stream().filter(c -> c.getContent() != null && c.getContent().contains("miscalculation"))
                .findFirst().orElse(session.corpus().getClaims().get(0));
        claims.getSite().getSelectionProvider().setSelection(new org.eclipse.jface.viewers.StructuredSelection(warn));
        settle();
        // Activating a view publishes its selection to the others: the order keeps the claim selected.
        capture(shell, out.resolve("workbench.png"));
        view(ClaimsView.ID, out.resolve("view-claims.png"), false);
        view(SightlineUi.PROPERTIES_VIEW, out.resolve("view-properties.png"), false);
        view(DocumentView.ID, out.resolve("view-document.png"), false);
        view(DocumentsView.ID, out.resolve("view-documents.png"), false);
        view(ActorsView.ID, out.resolve("view-actors.png"), false);

        // 171 actors: the network of those with 3 claims or more, isolated ones hidden, is one that can be read.
        IViewPart network = Ui.page().showView(NETWORK);
        Spinner minimum = Controls.find(viewControl(network), Spinner.class);
        minimum.setSelection(3);
        minimum.notifyListeners(SWT.Selection, new Event());
        Button isolated = Controls.find(viewControl(network), Button.class, b -> b.getText().equals("Hide isolated"));
        isolated.setSelection(true);
        isolated.notifyListeners(SWT.Selection, new Event());
        view(NETWORK, out.resolve("view-actor-network.png"), true);
        IViewPart timeline = Ui.page().showView(TIMELINE);
        choose(timeline, "Month");
        view(TIMELINE, out.resolve("view-timeline.png"), true);
        view(COMMITMENTS, out.resolve("view-commitments.png"), true);
        view(HYPOTHESES, out.resolve("view-hypotheses.png"), true);
        view(RELATIONS, out.resolve("view-claim-relations.png"), true);
        IViewPart search = Ui.page().showView(SEARCH);
        settle();
        Controls.find(viewControl(search), Text.class).setText("missile"); // fires Modify, as typing does
        view(SEARCH, out.resolve("search-view.png"), true);

        Ui.inDialog("Suggested Merges", s -> {
            settle();
            capture(s, out.resolve("dialog-suggested-merges.png"));
            s.close();
        });
        Ui.choose(Ui.submenu(shell.getMenuBar(), "Actors"), "Suggested Merges");
        settle();
        Ui.inDialog("Export", s -> {
            settle();
            capture(s, out.resolve("dialog-export.png"));
            s.close();
        });
        Ui.choose(Ui.submenu(shell.getMenuBar(), "File"), "Export");
        settle();

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

    /**
     * The 40 documents as text files in {@code folder}, imported by the installed pipeline into a new
     * workspace. A State Department release's file has the month of its address as its time (the 1st,
     * 4th, 7th... of it, one release after the other), as a file saved then would.
     */
    private static Session workspace(Path folder) throws Exception {
        java.util.List<String> paths = new ArrayList<>();
        Path article = folder.resolve(SightlineInfo.SAMPLE_NAME);
        Files.writeString(article, SightlineInfo.sampleText());
        paths.add(article.toString());
        int n = 0;
        for (Release r : Re3dReleases.read(Re3dReleases.STATE_DEPARTMENT)) {
            Path f = folder.resolve(String.format("state-%02d.txt", ++n));
            Files.writeString(f, r.fileText());
            if (r.month().isPresent()) {
                LocalDate day = r.month().get().atDay(1 + 3 * (n % 10));
                Files.setLastModifiedTime(f, FileTime.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
                DATED_FILES.add(f);
            }
            paths.add(f.toString());
        }
        n = 0;
        for (Release r : Re3dReleases.read(Re3dReleases.CENTCOM).subList(0, CENTCOM_RELEASES)) {
            Path f = folder.resolve(String.format("centcom-%02d.txt", ++n));
            Files.writeString(f, r.fileText());
            paths.add(f.toString());
        }
        Session s = Session.create("re3d-40", SessionService.recoveryRoot());
        SessionService.get().setCurrent(s);
        ImportJob job = ImportJob.of(s, paths);
        job.schedule();
        Ui.spinUntil(() -> job.getState() == Job.NONE && job.getResult() != null, 600_000, "the 40 documents to be analysed");
        if (s.corpus().getDocuments().size() != 40) {
            throw new AssertionError("expected 40 documents, imported " + s.corpus().getDocuments().size());
        }
        return s;
    }

    /**
     * Two hypotheses on the sample's question and five of its claims as evidence, rated as an analyst
     * might, so the matrix, the ranking and the CC...II legend have something to show.
     */
    private static void hypotheses(Session session) {
        Document sample = session.corpus().getDocuments().stream().filter(d -> d.getInput() != null && d.getInput().endsWith(SightlineInfo.SAMPLE_NAME))
                .findFirst().orElseThrow();
        session.execute(new Edit.AddHypothesis("H1: US deterrence in Korea holds"));
        session.execute(new Edit.AddHypothesis("H2: The Pentagon shift weakens the alliance"));
        String h1 = session.corpus().getHypotheses().get(0).getId();
        String h2 = session.corpus().getHypotheses().get(1).getId();
        Consistency[][] ratings = { { Consistency.CC, Consistency.I }, { Consistency.C, Consistency.N }, { Consistency.N, Consistency.C },
                { Consistency.I, Consistency.CC }, { Consistency.C, Consistency.II } };
        java.util.List<Claim> evidence = session.corpus().getClaims().stream().filter(c -> c.getDocument() == sample && c.getStatus() != ReviewStatus.REJECTED)
                .limit(ratings.length).toList();
        for (int i = 0; i < evidence.size(); i++) {
            session.execute(new Edit.AddAssessment(evidence.get(i).getId(), h1, ratings[i][0], 1));
            session.execute(new Edit.AddAssessment(evidence.get(i).getId(), h2, ratings[i][1], 1));
        }
    }

    /** Picks {@code label} in the view's first drop-down that offers it, as a click on it would. */
    private static void choose(IViewPart part, String label) {
        Combo combo = Controls.find(viewControl(part), Combo.class, c -> c.indexOf(label) >= 0);
        combo.select(combo.indexOf(label));
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** Shows the view, lets its analysis run, and saves its tab folder (maximized when {@code big}). */
    private static void view(String id, Path file, boolean big) throws Exception {
        IViewPart part = Ui.page().showView(id);
        if (big) {
            Ui.page().setPartState(Ui.page().getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
        }
        // The analyses run as jobs: give them time (at most a few seconds on 40 documents).
        settle();
        Ui.spinUntil(() -> Job.getJobManager().isIdle(), 60_000, "the analyses to finish");
        settle();
        try {
            Control area = tabFolderOf(part);
            capture(area.getDisplay(), area.getDisplay().map(area.getParent(), null, area.getBounds()), file);
        } finally {
            if (big) {
                Ui.page().setPartState(Ui.page().getReference(part), IWorkbenchPage.STATE_RESTORED);
                settle();
            }
        }
    }

    /** The tab folder holding the view (its tab and toolbar included in the picture): the visible one showing its tab. */
    private static Control tabFolderOf(IViewPart part) {
        Shell shell = part.getSite().getShell();
        String name = Ui.page().getReference(part).getPartName();
        CTabFolder folder = Controls.find(shell, CTabFolder.class,
                f -> f.isVisible() && f.getSelection() != null && name.equals(f.getSelection().getText()));
        if (folder == null) {
            throw new AssertionError("no tab folder shows " + name);
        }
        return folder;
    }

    /** What the view shows: the control of its tab. */
    private static Control viewControl(IViewPart part) {
        return ((CTabFolder) tabFolderOf(part)).getSelection().getControl();
    }

    private static void settle() {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 800;
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
