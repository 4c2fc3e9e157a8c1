package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.api.SightlineInfo;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.ReviewStatus;
import org.sightline.testing.SampleArticle;
import org.sightline.ui.internal.ActorsView;
import org.sightline.ui.internal.AnalysisPerspective;
import org.sightline.ui.internal.ClaimsView;
import org.sightline.ui.internal.DocumentView;
import org.sightline.ui.internal.DocumentsView;
import org.sightline.ui.internal.ImportJob;
import org.sightline.ui.internal.SampleJob;
import org.sightline.ui.internal.SaveHandler;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.internal.SightlineUi;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/**
 * The real Sightline workbench (Tycho UI harness, the product's application, Xvfb): views on the
 * sample workspace, linked selection, undo/redo through the workbench commands, save and reopen,
 * import through the job API, the Properties view's edit support.
 */
class WorkbenchTest {

    @TempDir
    Path dir;
    private SampleArticle sample;
    private Session session;

    @BeforeEach
    void openSample() throws Exception {
        sample = new SampleArticle();
        sample.article.setPublished(LocalDate.of(2026, 11, 26)); // the text file has no date; the view must show one
        session = Ui.open(sample.corpus, dir.resolve("pentagon.sightline"));
        Ui.page().resetPerspective();
        Ui.flush();
    }

    @AfterEach
    void discard() {
        // Nothing to save: a fresh workspace replaces this one in the next test.
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot()));
        Ui.flush();
    }

    private static void execute(String commandId) throws Exception {
        Ui.window().getService(IHandlerService.class).executeCommand(commandId, null);
        Ui.flush();
    }

    @Test
    void windowShowsTheAnalysisPerspectiveWithAllViewsAndTheDirtyState() throws Exception {
        IWorkbenchPage page = Ui.page();
        assertEquals(AnalysisPerspective.ID, page.getPerspective().getId());
        for (String id : List.of(SightlineUi.DOCUMENTS_VIEW, SightlineUi.ACTORS_VIEW, DocumentView.ID, SightlineUi.CLAIMS_VIEW, IPageLayout.ID_PROP_SHEET)) {
            assertNotNull(page.findView(id), "view " + id + " is open");
        }
        Shell shell = Ui.window().getShell();
        assertEquals("pentagon - Sightline", shell.getText());
        session.execute(new Edit.SetFeature(sample.troops.getId(), "status", "CONFIRMED"));
        Ui.flush();
        assertEquals("*pentagon - Sightline", shell.getText());
        session.undo();
        Ui.flush();
        assertEquals("pentagon - Sightline", shell.getText());
    }

    /**
     * Issue 16: a document in a language the English-only steps do not handle says in the Document view what it
     * got (gazetteer actors) and which installed steps did not run on it; an English document says nothing of the kind.
     */
    @Test
    void aDocumentInAnotherLanguageSaysInTheDocumentViewWhatDidNotRunOnIt() throws Exception {
        CorpusBuilder b = new CorpusBuilder("languages");
        Document english = new SampleArticle(b).article;
        Document german = b.document("berlin.txt", "Gespr\u00e4che in Berlin",
                "Die Bundesregierung erkl\u00e4rte am Montag, sie werde die Gespr\u00e4che mit Warschau fortsetzen.", null, null, "de");
        session = Ui.open(b.corpus(), dir.resolve("languages.sightline"));
        DocumentView view = Ui.show(DocumentView.ID, DocumentView.class);
        ISelectionProvider documents = Ui.show(DocumentsView.ID, DocumentsView.class).getSite().getSelectionProvider();

        documents.setSelection(new StructuredSelection(german));
        Ui.spinUntil(() -> view.document() == german, 3000, "the German document is shown");
        String description = view.getContentDescription();
        assertTrue(description.contains("de: steps for any language only (gazetteer actors); not run: "), description);
        assertTrue(description.contains("[en]"), "names the English-only steps with their language: " + description);

        documents.setSelection(new StructuredSelection(english));
        Ui.spinUntil(() -> view.document() == english, 3000, "the English sample is shown");
        assertFalse(view.getContentDescription().contains("not run"), view.getContentDescription());
    }

    @Test
    void theSampleShowsItsDocumentActorsAndClaims() {
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        Ui.countsReady(); // counted in a job
        assertEquals(1, documents.table().getItemCount());
        String[] row = { documents.table().getItem(0).getText(0), documents.table().getItem(0).getText(1),
                documents.table().getItem(0).getText(3), documents.table().getItem(0).getText(4) };
        assertEquals(List.of("Pentagon to Reduce Its Role in Deterrence of North Korea", "2026-11-26", "12", "20"), List.of(row));

        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        actors.viewer().expandAll();
        TreeItem us = Arrays.stream(actors.viewer().getTree().getItems()).filter(i -> i.getText(0).equals("United States")).findFirst().orElseThrow();
        assertEquals("State", us.getText(1));
        assertEquals(List.of("Pentagon", "US officials", "lawmakers"), Arrays.stream(us.getItems()).map(i -> i.getText(0)).sorted().toList());
        assertFalse(Arrays.stream(actors.viewer().getTree().getItems()).anyMatch(i -> i.getText(0).equals("Pentagon")), "parts sit under their whole");

        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        assertEquals(20, claims.rows().size()); // the table holds only the rows on screen
        claims.setFilterText("miscalculation");
        assertEquals(1, claims.table().getItemCount());
        assertEquals("Warning", claims.table().getItem(0).getText(3));
        assertEquals("analysts", claims.table().getItem(0).getText(0));
        claims.setFilterText("");

        DocumentView document = Ui.show(DocumentView.ID, DocumentView.class);
        assertEquals(SightlineInfo.sampleText(), document.getTextWidget().getText());
        int pyongyang = sample.article.getText().indexOf("Pyongyang");
        StyleRange style = document.styleAt(pyongyang);
        assertNotNull(style, "the mention of North Korea is styled");
        assertEquals(new org.eclipse.swt.graphics.RGB(0, 70, 170), style.foreground.getRGB(), "coloured as a STATE");
        StyleRange cue = document.styleAt(sample.troops.getCueSpan().getBegin());
        assertEquals(SWT.UNDERLINE_DOUBLE, cue.underlineStyle, "the cue is double-underlined");
        StyleRange source = document.styleAt(sample.troops.getSourceSpan().getBegin());
        assertEquals(SWT.BORDER_SOLID, source.borderStyle, "the source is boxed");
    }

    @Test
    void selectingAClaimInTheClaimsViewHighlightsItsEvidenceInTheDocumentView() {
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        claims.grid().setSelection(List.of(sample.analystsWarn), true); // scrolled into the rows on screen, as a click needs
        claims.table().notifyListeners(SWT.Selection, new Event());
        Ui.flush();

        DocumentView document = (DocumentView) Ui.page().findView(DocumentView.ID);
        assertSame(sample.analystsWarn, document.highlighted());
        int begin = sample.analystsWarn.getContentSpan().getBegin();
        StyleRange content = document.styleAt(begin + 3);
        assertEquals(new org.eclipse.swt.graphics.RGB(255, 196, 120), content.background.getRGB(), "the content span is highlighted");
        StyleRange other = document.styleAt(sample.troops.getContentSpan().getBegin());
        assertEquals(new org.eclipse.swt.graphics.RGB(255, 246, 190), other.background.getRGB(), "other claims keep the plain mark");
        int line = document.getTextWidget().getLineAtOffset(begin);
        assertTrue(line >= document.getTextWidget().getTopIndex(), "scrolled so the claim is visible");

        ActorsView actors = (ActorsView) Ui.page().findView(ActorsView.ID);
        assertEquals(new StructuredSelection(sample.analysts), actors.viewer().getStructuredSelection(), "its source is selected among the actors");
    }

    @Test
    void confirmThenCtrlZAndCtrlYThroughTheWorkbenchCommands() throws Exception {
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        claims.table().setSelection(claims.rows().indexOf(sample.troops));
        claims.table().notifyListeners(SWT.Selection, new Event());
        Ui.flush();

        execute("org.sightline.ui.commands.confirm");
        assertEquals(ReviewStatus.CONFIRMED, sample.troops.getStatus());
        assertEquals("Confirmed", claims.table().getItem(claims.rows().indexOf(sample.troops)).getText(8));

        Ui.show(ActorsView.ID, ActorsView.class); // undo works from whichever view is active
        execute("org.eclipse.ui.edit.undo");
        assertEquals(ReviewStatus.EXTRACTED, sample.troops.getStatus());
        assertFalse(session.isDirty());
        execute("org.eclipse.ui.edit.redo");
        assertEquals(ReviewStatus.CONFIRMED, sample.troops.getStatus());

        IBindingService bindings = Ui.window().getService(IBindingService.class);
        List<String> undoKeys = Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.edit.undo")).map(TriggerSequence::format).toList();
        List<String> redoKeys = Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.edit.redo")).map(TriggerSequence::format).toList();
        assertTrue(undoKeys.contains("Ctrl+Z"), undoKeys.toString());
        assertTrue(redoKeys.contains("Ctrl+Y"), redoKeys.toString());
    }

    @Test
    void thePropertiesViewEditsTheSelectedClaimUndoably() throws Exception {
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        IPropertySheetPage page = claims.getAdapter(IPropertySheetPage.class);
        assertNotNull(page);
        IPropertySource source = new org.sightline.ui.internal.ItemPropertySource.Provider().getPropertySource(sample.analystsWarn);
        IPropertyDescriptor type = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Type")).findFirst().orElseThrow();
        assertEquals(ClaimType.WARNING, source.getPropertyValue(type.getId()));
        assertNotNull(type.createPropertyEditor(claims.table()), "Type can be edited");
        source.setPropertyValue(type.getId(), ClaimType.PREDICTION);
        assertEquals(ClaimType.PREDICTION, sample.analystsWarn.getType());
        assertEquals(ReviewStatus.EDITED, sample.analystsWarn.getStatus());
        execute("org.eclipse.ui.edit.undo");
        assertEquals(ClaimType.WARNING, sample.analystsWarn.getType());
    }

    @Test
    void aSavedEditIsThereAfterReopening() throws Exception {
        session.execute(new Edit.SetFeature(sample.skWork.getId(), "status", "REJECTED"));
        assertTrue(SaveHandler.save(Ui.window().getShell(), session, false));
        assertFalse(session.isDirty());
        Path file = session.file().orElseThrow();
        SessionService.get().setCurrent(Session.create("other", SessionService.recoveryRoot()));
        Session reopened = SessionService.get().open(file);
        Ui.flush();
        String id = sample.skWork.getId();
        assertEquals(ReviewStatus.REJECTED, reopened.corpus().getClaims().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow().getStatus());
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        assertEquals(20, claims.rows().size(), "a rejected claim stays listed");
    }

    /** A folder of two texts to import (the sample and a short one); skips the test when no importer is installed. */
    private Path inbox() throws IOException {
        Assumptions.assumeFalse(SessionService.get().registry().importers().isEmpty(),
                "no importer is installed in this build (the importer bundles come with the main branch)");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("a.txt"), SightlineInfo.sampleText(), StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("b.txt"), "Japan pledges support\nJapan said it will support the plan.\n", StandardCharsets.UTF_8);
        return inbox;
    }

    @Test
    void importingAFolderThroughTheJobApiAddsItsDocuments() throws Exception {
        Path folder = inbox();
        int before = session.corpus().getDocuments().size();
        ImportJob job = ImportJob.of(session, List.of(folder.toString()));
        job.schedule();
        Ui.spinUntil(() -> job.getState() == Job.NONE && job.getResult() != null, 60_000, "the import job to finish");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(before + 2, session.corpus().getDocuments().size());
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        assertEquals(before + 2, documents.table().getItemCount());
        execute("org.eclipse.ui.edit.undo");
        assertEquals(before, session.corpus().getDocuments().size(), "the import is one undoable step");
    }

    @Test
    void sparkResultsComeInWithoutAnalysisAsOneUndoableStep() throws Exception {
        Path inbox = inbox();
        Path results = dir.resolve("results");
        List<org.sightline.model.Corpus> analysed = writeJobOutput(inbox, results);
        int claims = analysed.stream().mapToInt(c -> c.getClaims().size()).sum();
        assertEquals(2, analysed.size());
        assertTrue(claims > 0, "the sample has claims");

        int documentsBefore = session.corpus().getDocuments().size();
        int claimsBefore = session.corpus().getClaims().size();
        org.sightline.ui.internal.ResultsImportJob job = new org.sightline.ui.internal.ResultsImportJob(session, dir.resolve("results"),
                org.sightline.ui.internal.Preferences.scale());
        job.schedule();
        Ui.spinUntil(() -> job.getState() == Job.NONE && job.getResult() != null, 60_000, "the results import to finish");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(2, job.outcome().read());
        assertEquals(documentsBefore + 2, session.corpus().getDocuments().size());
        assertEquals(claimsBefore + claims, session.corpus().getClaims().size());
        assertEquals(SightlineInfo.sampleText(), session.corpus().getDocuments().get(documentsBefore).getText());
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        assertEquals(documentsBefore + 2, documents.table().getItemCount());
        execute("org.eclipse.ui.edit.undo");
        assertEquals(documentsBefore, session.corpus().getDocuments().size(), "the import is one undoable step");

        // The File menu's command exists with its handler (the folder dialog itself is the platform's).
        org.eclipse.ui.commands.ICommandService commands = org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        assertTrue(commands.getCommand("org.sightline.ui.commands.importResults").isDefined());
        assertTrue(commands.getCommand("org.sightline.ui.commands.importResults").isHandled());
    }

    /**
     * The Spark job's {@code json/} output for the files of {@code inbox}, as the job makes it: each
     * document analysed in a corpus of its own (Pipeline.runEach, the job's analysis) and written as one
     * "sightline/1" line (SightlineJson.write), with Spark's {@code _SUCCESS} marker. Returns the analysed
     * documents' corpora in input order.
     */
    private static List<org.sightline.model.Corpus> writeJobOutput(Path inbox, Path results) throws Exception {
        Path json = Files.createDirectories(results.resolve("json"));
        List<org.sightline.model.Corpus> analysed = new java.util.ArrayList<>();
        StringBuilder lines = new StringBuilder();
        new org.sightline.core.api.Pipeline(SessionService.get().registry(), SessionService.resolvers()).runEach(List.of(inbox.toString()), c -> {
            analysed.add(c);
            java.io.StringWriter w = new java.io.StringWriter();
            try {
                org.sightline.model.io.SightlineJson.write(c, w);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            lines.append(w.toString().strip()).append('\n');
        }, org.sightline.core.api.PipelineListener.NONE);
        Files.writeString(json.resolve("part-00000.txt"), lines, StandardCharsets.UTF_8);
        Files.writeString(json.resolve("_SUCCESS"), "");
        return analysed;
    }

    @Test
    void aQueryImportsOnlyTheSparkResultsItFindsAndABadOneImportsNothing() throws Exception {
        Path inbox = inbox();
        Files.writeString(inbox.resolve("c.txt"), "Brazil rejects the tariffs\nBrazil said it will not accept the new tariffs.\n", StandardCharsets.UTF_8);
        Path results = dir.resolve("results");
        List<org.sightline.model.Corpus> analysed = writeJobOutput(inbox, results);
        assertEquals(3, analysed.size());
        // The query picks b.txt by its title and c.txt by the actor it mentions; the sample has neither.
        String query = "title:pledges OR actor:brazil";
        List<org.sightline.model.Corpus> expected = List.of(analysed.get(1), analysed.get(2));

        // The dialog checks the query as it is typed, with the import's own QueryFilter.
        org.sightline.ui.internal.ResultsImportDialog dialog = new org.sightline.ui.internal.ResultsImportDialog(Ui.page().getWorkbenchWindow().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.fill(results.toString(), query);
            assertTrue(dialog.canImport(), String.valueOf(dialog.getErrorMessage()));
            dialog.fill(results.toString(), "type:(warning");
            assertFalse(dialog.canImport());
            assertTrue(dialog.getErrorMessage().contains("\"type:(warning\" cannot be read: bad query"), dialog.getErrorMessage());
            dialog.fill(results.toString(), "  ");
            assertFalse(dialog.canImport());
            assertTrue(dialog.getErrorMessage().contains("the query is empty"), dialog.getErrorMessage());
            dialog.fill(results.toString(), null);
            assertTrue(dialog.canImport(), "no query: everything");
            dialog.fill(dir.resolve("nowhere").toString(), query);
            assertFalse(dialog.canImport());
            assertTrue(dialog.getErrorMessage().contains("nowhere: no such file or folder"), dialog.getErrorMessage());
        } finally {
            dialog.close();
        }

        int documentsBefore = session.corpus().getDocuments().size();
        int claimsBefore = session.corpus().getClaims().size();
        int actorsBefore = session.corpus().getActors().size();
        // A bad query: the error names it, nothing is read or imported.
        AtomicReference<org.sightline.core.api.ResultsImport.Outcome> asked = new AtomicReference<>();
        org.sightline.ui.internal.ResultsImportJob bad = new org.sightline.ui.internal.ResultsImportJob(session, results, "type:(warning",
                org.sightline.ui.internal.Preferences.scale(), found -> asked.getAndSet(found) == null);
        bad.schedule();
        Ui.spinUntil(() -> bad.getState() == Job.NONE && bad.getResult() != null, 60_000, "the bad query's import to finish");
        assertEquals(org.eclipse.core.runtime.IStatus.ERROR, bad.getResult().getSeverity());
        assertTrue(bad.getResult().getMessage().contains("the query \"type:(warning\" cannot be read: bad query: "), bad.getResult().getMessage());
        assertEquals(null, asked.get(), "nothing was read, nothing to confirm");
        assertEquals(documentsBefore, session.corpus().getDocuments().size());
        assertEquals(claimsBefore, session.corpus().getClaims().size());

        // A query that finds nothing: said so, nothing imported.
        org.sightline.ui.internal.ResultsImportJob none = new org.sightline.ui.internal.ResultsImportJob(session, results, "title:nonexistentword",
                org.sightline.ui.internal.Preferences.scale(), found -> true);
        none.schedule();
        Ui.spinUntil(() -> none.getState() == Job.NONE && none.getResult() != null, 60_000, "the empty query's import to finish");
        assertEquals(org.eclipse.core.runtime.IStatus.ERROR, none.getResult().getSeverity());
        assertTrue(none.getResult().getMessage().contains("finds none of its 3 analysed documents; nothing imported"), none.getResult().getMessage());
        assertEquals(documentsBefore, session.corpus().getDocuments().size());

        // The query: the count is offered before anything changes, then exactly those documents come in.
        org.sightline.ui.internal.ResultsImportJob job = new org.sightline.ui.internal.ResultsImportJob(session, results, query,
                org.sightline.ui.internal.Preferences.scale(), found -> {
                    asked.set(found);
                    return session.corpus().getDocuments().size() == documentsBefore; // asked before the import
                });
        job.schedule();
        Ui.spinUntil(() -> job.getState() == Job.NONE && job.getResult() != null, 60_000, "the query's import to finish");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(3, asked.get().read());
        assertEquals(2, asked.get().added().size());
        List<Document> added = session.corpus().getDocuments().subList(documentsBefore, session.corpus().getDocuments().size());
        assertEquals(expected.stream().map(c -> c.getDocuments().get(0).getText()).toList(), added.stream().map(Document::getText).toList());
        assertEquals(expected.stream().map(c -> c.getDocuments().get(0).getInput()).toList(), added.stream().map(Document::getInput).toList());
        // Their claims, all of them, and their actors.
        for (int i = 0; i < expected.size(); i++) {
            org.sightline.model.Corpus want = expected.get(i);
            Document got = added.get(i);
            List<String> wantClaims = want.getClaims().stream().map(c -> c.getType() + " " + c.getCue() + ": " + c.getContent()).sorted().toList();
            List<String> gotClaims = session.corpus().getClaims().stream().filter(c -> c.getDocument() == got)
                    .map(c -> c.getType() + " " + c.getCue() + ": " + c.getContent()).sorted().toList();
            assertFalse(wantClaims.isEmpty(), got.getInput() + " has claims");
            assertEquals(wantClaims, gotClaims, got.getInput());
            java.util.Set<String> wantActors = new java.util.TreeSet<>();
            want.getActors().forEach(a -> wantActors.add(a.getName()));
            java.util.Set<String> gotActors = new java.util.TreeSet<>();
            org.sightline.model.io.Corpora.mentionsIn(session.corpus(), got).forEach(m -> gotActors.add(m.getActor().getName()));
            assertEquals(wantActors, gotActors, got.getInput());
        }
        assertEquals(claimsBefore + expected.stream().mapToInt(c -> c.getClaims().size()).sum(), session.corpus().getClaims().size());
        assertTrue(session.corpus().getActors().stream().anyMatch(a -> a.getName().equals("Brazil")));
        execute("org.eclipse.ui.edit.undo");
        assertEquals(documentsBefore, session.corpus().getDocuments().size(), "the import is one undoable step");
        assertEquals(claimsBefore, session.corpus().getClaims().size());
        assertEquals(actorsBefore, session.corpus().getActors().size());
    }

    @Test
    void theClaimsTableScrollsAWindowOverManyClaimsAndKeepsTheSelection() throws Exception {
        org.sightline.model.Corpus big = org.sightline.ui.tests.bench.BigWorkspace.build(300);
        session = Ui.open(big, dir.resolve("big.sightline"));
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        int visible = claims.grid().visibleRows();
        assertEquals(3000, claims.rows().size());
        assertEquals(Math.min(visible, 3000), claims.table().getItemCount(), "the widget holds only the rows on screen");

        org.sightline.model.Claim last = big.getClaims().get(big.getClaims().size() - 1);
        claims.getSite().getSelectionProvider().setSelection(new StructuredSelection(last));
        Ui.flush();
        assertTrue(claims.grid().offset() > 0, "scrolled down to the claim");
        assertEquals(List.of(last), claims.grid().selection());
        assertSame(last, claims.table().getSelection()[0].getData());

        claims.setFilterText("missile arsenal");
        assertEquals(300, claims.rows().size());
        assertEquals(List.of(last), claims.grid().selection(), "the selection survives the filter");
        claims.setFilterText("");
        assertEquals(List.of(last), claims.grid().selection());
    }

    @Test
    void theFirstStartAnalysesTheBundledSampleWithTheInstalledPipeline() throws Exception {
        Assumptions.assumeFalse(SessionService.get().registry().extractors().isEmpty(), "no extractor is installed in this build");
        Files.deleteIfExists(SampleJob.sampleFile());
        SampleJob job = new SampleJob();
        job.schedule();
        Ui.spinUntil(() -> SessionService.get().current() != null
                && SessionService.get().current().file().filter(f -> f.equals(SampleJob.sampleFile())).isPresent(), 120_000,
                "the analysed sample to open");
        Session sample = SessionService.get().current();
        assertEquals(1, sample.corpus().getDocuments().size());
        assertEquals(SightlineInfo.sampleText(), sample.corpus().getDocuments().get(0).getText());
        assertTrue(sample.corpus().getActors().stream().anyMatch(a -> a.getName().contains("North Korea")), "actors were found");
        assertTrue(sample.corpus().getClaims().size() >= 3, "claims were found: " + sample.corpus().getClaims().size());
        assertFalse(sample.isDirty(), "the analysed sample is saved as it opens");
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        assertEquals(sample.corpus().getClaims().size(), claims.rows().size());
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        assertTrue(actors.viewer().getTree().getItemCount() > 0);
    }

    @Test
    void aboutDialogShowsTheVersion() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        Ui.answerDialog("About Sightline", "OK", s -> seen.set(collectText(s)));
        execute("org.sightline.ui.commands.about");
        assertNotNull(seen.get(), "an About Sightline dialog opened");
        assertTrue(seen.get().contains("Sightline " + SightlineInfo.version()), seen.get());
        assertTrue(!SightlineInfo.version().contains("qualifier") && !SightlineInfo.version().startsWith("0.0.0"),
                "a real build version: " + SightlineInfo.version());
    }

    static String collectText(org.eclipse.swt.widgets.Control c) {
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

    @Test
    void theShowClaimsCommandNarrowsTheClaimsViewToThoseClaimsAndClaimsCanBeDragged() throws Exception {
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        assertEquals(20, claims.rows().size()); // the table holds only the rows on screen
        org.eclipse.ui.commands.ICommandService commands = Ui.window().getService(org.eclipse.ui.commands.ICommandService.class);
        org.eclipse.core.commands.ParameterizedCommand show = org.eclipse.core.commands.ParameterizedCommand.generateCommand(
                commands.getCommand("org.sightline.ui.commands.showClaims"),
                java.util.Map.of("org.sightline.ui.claimIds", sample.troops.getId() + ", " + sample.analystsWarn.getId(),
                        "org.sightline.ui.claimsLabel", "two claims"));
        Ui.window().getService(IHandlerService.class).executeCommand(show, null);
        Ui.flush();
        assertEquals(2, claims.table().getItemCount(), "only the two claims the command named");
        assertEquals(List.of(sample.troops.getContent(), sample.analystsWarn.getContent()).stream().sorted().toList(),
                Arrays.stream(claims.table().getItems()).map(item -> item.getText(2)).sorted().toList());
        // Selecting the document (as the Documents view does) replaces the narrowing with the document's claims.
        Ui.show(DocumentsView.ID, DocumentsView.class).getSite().getSelectionProvider().setSelection(new StructuredSelection(sample.article));
        Ui.flush();
        assertEquals(20, claims.rows().size()); // the table holds only the rows on screen

        Object dragSource = claims.table().getData(org.eclipse.swt.dnd.DND.DRAG_SOURCE_KEY);
        assertTrue(dragSource instanceof org.eclipse.swt.dnd.DragSource, "the Claims table is a drag source");
        assertTrue(Arrays.asList(((org.eclipse.swt.dnd.DragSource) dragSource).getTransfer())
                .contains(org.eclipse.jface.util.LocalSelectionTransfer.getTransfer()), "claims are dragged as a local selection");
    }

    private static boolean enabled(String commandId) {
        org.eclipse.core.commands.Command command = Ui.window().getService(org.eclipse.ui.commands.ICommandService.class).getCommand(commandId);
        command.setEnabled(Ui.window().getService(IHandlerService.class).getCurrentState());
        return command.isEnabled();
    }

    @Test
    void editCommandsAreEnabledOnlyForWhatTheyEdit() throws Exception {
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        actors.viewer().setSelection(StructuredSelection.EMPTY);
        Ui.flush();
        for (String id : List.of("confirm", "reject", "merge", "addAlias", "changeKind", "properties")) {
            assertFalse(enabled("org.sightline.ui.commands." + id), id + " with nothing selected");
        }
        assertFalse(enabled("org.sightline.ui.commands.createClaim"), "text commands need the Document view");

        actors.viewer().setSelection(new StructuredSelection(sample.japan));
        Ui.flush();
        assertTrue(enabled("org.sightline.ui.commands.addAlias"));
        assertTrue(enabled("org.sightline.ui.commands.changeKind"));
        assertTrue(enabled("org.sightline.ui.commands.properties"));
        assertFalse(enabled("org.sightline.ui.commands.merge"), "merging needs two actors");
        assertFalse(enabled("org.sightline.ui.commands.confirm"), "an actor is not a claim");

        actors.viewer().setSelection(new StructuredSelection(List.of(sample.usOfficials, sample.unitedStates)));
        Ui.flush();
        assertTrue(enabled("org.sightline.ui.commands.merge"));
        assertFalse(enabled("org.sightline.ui.commands.addAlias"), "one alias is added to one actor");

        Ui.show(DocumentsView.ID, DocumentsView.class).getSite().getSelectionProvider().setSelection(new StructuredSelection(sample.article));
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class); // the article's claims
        claims.table().setSelection(claims.rows().indexOf(sample.troops));
        claims.table().notifyListeners(SWT.Selection, new Event());
        Ui.flush();
        assertTrue(enabled("org.sightline.ui.commands.confirm"), () -> "selection " + Ui.page().getSelection());
        assertFalse(enabled("org.sightline.ui.commands.changeKind"));

        Ui.show(DocumentView.ID, DocumentView.class);
        Ui.flush();
        assertTrue(enabled("org.sightline.ui.commands.createClaim"), "the Document view is active");
    }

    @Test
    void theChangeKindMenuListsTheModelsKindsAndChangesTheSelectedActors() throws Exception {
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        actors.viewer().setSelection(new StructuredSelection(sample.japan));
        Ui.flush();
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(Ui.window().getShell(), SWT.DROP_DOWN);
        try {
            new org.sightline.ui.internal.ModelHandlers.KindItems().fill(menu, 0);
            List<String> labels = Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList();
            assertEquals(org.sightline.model.ActorKind.VALUES.stream().map(org.sightline.model.edit.Labels::literal).toList(), labels);
            assertEquals(List.of("State", "Government body", "Military", "International organization", "Organization", "Person", "Group",
                    "Media"), labels, "the words the menu showed when it was written out in plugin.xml");
            org.eclipse.swt.widgets.MenuItem group = menu.getItem(labels.indexOf("Group"));
            group.notifyListeners(SWT.Selection, new Event());
            Ui.flush();
            assertEquals(org.sightline.model.ActorKind.GROUP, sample.japan.getKind());
            assertEquals("Change kind to GROUP", session.undoLabel());
        } finally {
            menu.dispose();
        }
    }
}
