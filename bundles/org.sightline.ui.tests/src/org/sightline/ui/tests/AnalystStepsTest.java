package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.testing.SampleArticle;
import org.sightline.testing.ui.Controls;
import org.sightline.testing.ui.Robot;
import org.sightline.ui.internal.ActorsView;
import org.sightline.ui.internal.ClaimsView;
import org.sightline.ui.internal.DocumentView;
import org.sightline.ui.internal.DocumentsView;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.internal.SightlineUi;
import org.sightline.ui.session.api.Session;

/**
 * The defects an analyst met in an afternoon of use (issue 19), each replayed as the analyst did it:
 * real clicks and keys posted to the X server, menus opened and chosen, dialogs answered.
 */
class AnalystStepsTest {

    /** A second document of the workspace, written for these tests. */
    static final String SECOND = """
            Tokyo Talks Resume
            Japan warned that further missile tests threaten regional stability, officials in Tokyo said.
            """;

    @TempDir
    Path dir;
    private SampleArticle sample;
    private Document second;
    private Claim japanWarns;
    private Session session;

    @BeforeEach
    void open() throws Exception {
        CorpusBuilder b = new CorpusBuilder("pentagon");
        sample = new SampleArticle(b);
        second = b.document("tokyo.txt", "Tokyo Talks Resume", SECOND, "Test Wire", LocalDate.of(2026, 11, 30), "en");
        b.mention(sample.japan, second, "Japan", 0);
        japanWarns = b.claim(second).source(sample.japan, "Japan", 0).cue("warned").content("further missile tests threaten regional stability")
                .type(ClaimType.WARNING).modality(Modality.ASSERTED).confidence(0.9).build();
        session = Ui.open(b.corpus(), dir.resolve("pentagon.sightline"));
        Ui.page().resetPerspective();
        Ui.window().getShell().forceActive();
        Ui.flush();
    }

    @AfterEach
    void discard() {
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot()));
        Ui.flush();
    }

    // ---- defect 2: closed views could not be reopened ------------------------------------------------

    @Test
    void aClosedViewComesBackFromWindowShowViewAndResetPerspectiveRestoresTheLayout() {
        Ui.page().hideView(Ui.page().findView(SightlineUi.CLAIMS_VIEW));
        Ui.page().hideView(Ui.page().findView(SightlineUi.DOCUMENTS_VIEW));
        Ui.flush();
        assertNull(Ui.page().findView(SightlineUi.CLAIMS_VIEW));

        Menu showView = Ui.submenu(Ui.submenu(Ui.window().getShell().getMenuBar(), "Window"), "Show View");
        List<String> offered = Arrays.stream(showView.getItems()).map(i -> i.getText().replace("&", "")).toList();
        for (String name : List.of("Actors", "Claims", "Document", "Documents", "Properties")) {
            assertTrue(offered.contains(name), "Show View offers " + name + ": " + offered);
        }
        Ui.choose(showView, "Claims");
        assertNotNull(Ui.page().findView(SightlineUi.CLAIMS_VIEW), "Window > Show View > Claims reopened the view");

        Ui.pressDefaultButton("Reset Perspective");
        Ui.choose(Ui.submenu(Ui.window().getShell().getMenuBar(), "Window"), "Reset Perspective");
        Ui.spinUntil(() -> Ui.page().findView(SightlineUi.DOCUMENTS_VIEW) != null, 5000, "Reset Perspective brings Documents back");
    }

    // ---- defect 3: no horizontal scrollbar in the Claims table -----------------------------------------

    @Test
    void theClaimsTableScrollsSidewaysToItsLastColumnsAfterContentIsWidened() {
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        Table table = claims.table();
        TableColumn content = Arrays.stream(table.getColumns()).filter(c -> c.getText().equals("Content")).findFirst().orElseThrow();
        content.setWidth(content.getWidth() + 1500); // the analyst drags the Content column wider
        Ui.flush();
        TableColumn status = Arrays.stream(table.getColumns()).filter(c -> c.getText().equals("Status")).findFirst().orElseThrow();
        int statusIndex = Arrays.asList(table.getColumns()).indexOf(status);
        Rectangle client = table.getClientArea();
        assertTrue(table.getItem(0).getBounds(statusIndex).x > client.x + client.width, "Status starts out of sight");

        ScrollBar bar = table.getHorizontalBar();
        assertNotNull(bar, "the Claims table has a horizontal scrollbar");
        Ui.spinUntil(bar::isVisible, 2000, "the horizontal scrollbar is shown when the columns are wider than the view");
        // GTK updates the bar's range after the column's new width is laid out: scrolling before that stops at the old end
        int columns = Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).sum();
        Ui.spinUntil(() -> bar.getMaximum() >= columns - 10, 2000, "the horizontal scrollbar spans the widened columns (" + columns + " px)");
        bar.setSelection(bar.getMaximum() - bar.getThumb());
        bar.notifyListeners(SWT.Selection, new Event());
        Robot.settle(300);
        Rectangle cell = table.getItem(0).getBounds(statusIndex);
        Rectangle shown = table.getClientArea(); // GTK gives it in scrolled coordinates, as the cells
        assertTrue(cell.x >= shown.x && cell.x + cell.width <= shown.x + shown.width + 2, "scrolled to the end, the Status column is in sight: "
                + cell + " in " + table.getClientArea() + "; bar " + bar.getSelection() + " of " + bar.getMinimum() + ".." + bar.getMaximum()
                + " thumb " + bar.getThumb());
        assertTrue(claims.grid().visibleRows() >= 1);
    }

    // ---- defect 4: Save dropped the Claims filter and the selected document ---------------------------

    @Test
    void afterSaveTheClaimsFilterAndTheSelectedDocumentStay() throws Exception {
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        Table docs = documents.table();
        int row = Ui.indexOf(docs, "Tokyo Talks Resume");
        Rectangle r = docs.getItem(row).getBounds(0);
        Robot.pick(docs.getItem(row), r.x + 5, r.y + r.height / 2, () -> claims.rows().size() == 1);
        Ui.spinUntil(() -> claims.rows().size() == 1, 3000, "selecting the Tokyo document narrows Claims to its claim");

        Ui.show(ClaimsView.ID, ClaimsView.class);
        Text filter = Ui.find(claims.table().getParent().getParent(), Text.class);
        Rectangle f = filter.getBounds();
        Robot.click(filter, f.width / 2, f.height / 2, 0);
        // The typed text as the box receives it (Modify, then the filter after a pause in typing): posted
        // key strokes were lost now and then when an earlier test left the X input focus elsewhere.
        filter.setText("missile");
        Ui.spinUntil(() -> claims.rows().size() == 1 && claims.rows().filter().text().equals("missile"), 3000, "the typed filter is applied");

        FileTime before = Files.getLastModifiedTime(session.file().orElseThrow());
        Thread.sleep(20);
        Robot.key(SWT.CTRL, 's');
        Ui.spinUntil(() -> {
            try {
                return !Files.getLastModifiedTime(session.file().orElseThrow()).equals(before);
            } catch (java.io.IOException e) {
                return false;
            }
        }, 10000, "Ctrl+S saved the workspace");
        Robot.settle(300);

        assertEquals("missile", filter.getText());
        assertEquals("missile", claims.rows().filter().text(), "the filter box's text is still applied");
        assertSame(second, claims.rows().filter().document(), "Claims is still narrowed to the selected document");
        assertEquals(List.of(japanWarns), List.of(claims.rows().row(0)));
        assertEquals(1, claims.rows().size());
        assertEquals(row, docs.getSelectionIndex(), "the Documents view keeps its selection");
    }

    // ---- defect 8: literal '&' in menu labels, shortcut twice in tooltips; stale claim tooltip ---------

    @Test
    void menuLabelsShowNoLiteralAmpersandAndToolbarTooltipsNameTheShortcutOnce() {
        Menu file = Ui.submenu(Ui.window().getShell().getMenuBar(), "File");
        List<String> labels = new ArrayList<>();
        for (MenuItem item : file.getItems()) {
            String label = item.getText().split("\t")[0];
            labels.add(label);
            assertFalse(label.contains("&&"), "\"" + label + "\" shows a literal '&'");
        }
        assertTrue(labels.contains("&Save"), "File > Save has its mnemonic: " + labels);
        assertTrue(labels.contains("&Import..."), "File > Import has its mnemonic: " + labels);

        List<String> tips = new ArrayList<>();
        collectToolTips(Ui.window().getShell(), tips);
        assertTrue(tips.contains("Import (Ctrl+I)"), "the Import button names its shortcut once: " + tips);
        assertTrue(tips.contains("Save (Ctrl+S)"), "the Save button names its shortcut once: " + tips);
        assertFalse(tips.stream().anyMatch(t -> t.matches(".*(\\(Ctrl\\+\\w\\)).*\\1.*")), "no tooltip names a shortcut twice: " + tips);
    }

    @Test
    void theClaimTooltipDoesNotStayWhenAnotherDocumentIsShownUnderTheMouse() {
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        DocumentView view = Ui.show(DocumentView.ID, DocumentView.class);
        Table docs = documents.table();
        docs.setSelection(Ui.indexOf(docs, sample.article.getTitle()));
        docs.notifyListeners(SWT.Selection, new Event());
        Ui.spinUntil(() -> view.document() == sample.article, 3000, "the sample is shown");
        view.showClaim(sample.analystsWarn);
        Ui.flush();

        var text = view.getTextWidget();
        int at = sample.analystsWarn.getContentSpan().getBegin() + 5;
        Point p = text.getLocationAtOffset(at);
        Robot.move(text, p.x + 2, p.y + text.getLineHeight(at) / 2);
        Robot.move(text, p.x + 4, p.y + text.getLineHeight(at) / 2);
        Ui.spinUntil(() -> text.getToolTipText() != null && text.getToolTipText().contains("analysts warn"), 3000,
                "hovering the analysts' warning shows it");

        // The mouse rests on the text; the analyst moves to the next document with the keyboard.
        docs.setFocus();
        docs.setSelection(Ui.indexOf(docs, "Tokyo Talks Resume"));
        docs.notifyListeners(SWT.Selection, new Event());
        Ui.spinUntil(() -> view.document() == second, 3000, "the Tokyo document is shown");
        String tip = text.getToolTipText();
        assertTrue(tip == null || !tip.contains("analysts warn"), "the sample's claim is not offered over the Tokyo text: " + tip);
    }

    // ---- defect 9: kinds as GOVERNMENT_BODY in tables, "Government body" in menus ----------------------

    @Test
    void kindsTypesAndStatusesReadTheSameInTablesAsInMenus() {
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        actors.viewer().expandAll();
        Ui.flush();
        TreeItem us = item(actors.viewer().getTree(), "United States");
        TreeItem pentagon = Arrays.stream(us.getItems()).filter(i -> i.getText(0).equals("Pentagon")).findFirst().orElseThrow();
        assertEquals("Government body", pentagon.getText(1));
        Menu kinds = Ui.submenu(Ui.submenu(Ui.window().getShell().getMenuBar(), "Actors"), "Change Kind");
        assertTrue(Arrays.stream(kinds.getItems()).anyMatch(i -> i.getText().replace("&", "").equals("Government body")));
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        claims.grid().setSelection(List.of(japanWarns), true);
        int row = Arrays.asList(claims.table().getItems()).indexOf(Arrays.stream(claims.table().getItems())
                .filter(i -> i.getData() == japanWarns).findFirst().orElseThrow());
        assertEquals(List.of("Warning", "Asserted", "Extracted"), List.of(claims.table().getItem(row).getText(3),
                claims.table().getItem(row).getText(4), claims.table().getItem(row).getText(8)));
    }

    @Test
    void theDocumentsListFollowsAnActorSelection() {
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        Tree tree = actors.viewer().getTree();
        pick(tree, "Japan", () -> documents.table().getSelectionCount() == 2);
        Ui.spinUntil(() -> documents.table().getSelectionCount() == 2, 3000, "both documents that mention Japan are selected");
        pick(tree, "analysts", () -> documents.table().getSelectionCount() == 1);
        Ui.spinUntil(() -> documents.table().getSelectionCount() == 1, 3000, "only the sample has analysts");
        assertEquals(sample.article.getTitle(), documents.table().getSelection()[0].getText(0));
    }

    // ---- defect 6: merge kept the topmost actor, not the first selected ------------------------------

    @Test
    void mergeOffersTheFirstSelectedActorAndKeepsIt() {
        List<String> offered = new ArrayList<>();
        Actor kept = mergeByClicks("South Korea", "Japan", 0, offered);
        assertEquals(List.of("South Korea", "Japan"), offered.stream().map(s -> s.substring(0, s.indexOf("  ("))).toList(),
                "the dialog lists the first selected first");
        assertSame(sample.southKorea, kept);
        assertTrue(sample.southKorea.getAliases().contains("Japan"));
        assertFalse(session.corpus().getActors().contains(sample.japan));
        assertSame(sample.southKorea, japanWarns.getSource(), "the merged actor's claims move to the survivor");
    }

    @Test
    void theMergeDialogLetsTheAnalystPickTheSurvivingName() {
        Actor kept = mergeByClicks("South Korea", "Japan", 1, new ArrayList<>());
        assertSame(sample.japan, kept);
        assertTrue(sample.japan.getAliases().contains("South Korea"));
        assertFalse(session.corpus().getActors().contains(sample.southKorea));
        assertSame(sample.japan, sample.skDefenseMinistry.getPartOf(), "parts move to the survivor");
    }

    /**
     * Clicks {@code first}, Ctrl+clicks {@code then} in the Actors view, presses Ctrl+Shift+M and
     * picks the {@code choice}-th name in the Merge dialog; the survivor.
     */
    private Actor mergeByClicks(String first, String then, int choice, List<String> offered) {
        int before = session.corpus().getActors().size();
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        Tree tree = actors.viewer().getTree();
        pick(tree, first, () -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getText(0).equals(first));
        // Ctrl+click: button events posted through XTest reach GTK without the held Ctrl here
        // (measured with SWT 3.135 under Xvfb), so the second pick is the tree's own ctrl-click path.
        TreeItem added = item(tree, then);
        tree.select(added);
        Event ctrlClick = new Event();
        ctrlClick.item = added;
        ctrlClick.stateMask = SWT.CTRL | SWT.BUTTON1;
        tree.notifyListeners(SWT.Selection, ctrlClick);
        Robot.settle(200);
        assertEquals(2, tree.getSelectionCount(), "two actors selected: " + Arrays.stream(tree.getSelection()).map(i -> i.getText(0)).toList()
                + " at " + centre(item(tree, first)) + ", " + centre(item(tree, then)) + " of " + tree.getClientArea());
        Display display = Display.getCurrent();
        AtomicReference<Boolean> answered = new AtomicReference<>(false);
        AtomicReference<Boolean> firstChosen = new AtomicReference<>(false);
        display.timerExec(100, new Runnable() {
            int tries;

            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if ("Merge Actors".equals(s.getText()) && s.isVisible()) {
                        List<Button> radios = Controls.all(s, Button.class, b -> (b.getStyle() & SWT.RADIO) != 0);
                        radios.forEach(b -> offered.add(b.getText()));
                        firstChosen.set(radios.get(0).getSelection() && !radios.get(1).getSelection());
                        Robot.pickRadio(radios.get(choice));
                        Button ok = s.getDefaultButton();
                        Robot.click(ok, ok.getSize().x / 2, ok.getSize().y / 2, 0);
                        if (!s.isDisposed()) {
                            // The posted click did not reach the button (seen once under heavy load): press it.
                            ok.notifyListeners(SWT.Selection, new Event());
                        }
                        answered.set(true);
                        return;
                    }
                }
                if (++tries < 100) {
                    display.timerExec(100, this);
                }
            }
        });
        Robot.key(SWT.CTRL | SWT.SHIFT, 'm');
        Ui.spinUntil(answered::get, 10000, "the Merge dialog was shown and answered");
        assertTrue(firstChosen.get(), "the first selected is chosen to begin with");
        Ui.spinUntil(() -> session.corpus().getActors().size() == before - 1, 5000, "two actors became one");
        return session.corpus().getActors().contains(sample.southKorea) ? sample.southKorea : sample.japan;
    }

    // ---- missing: finding and curation ---------------------------------------------------------------

    @Test
    void theClaimsFilterMatchesActorsAliases() {
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        claims.setFilterText("pyongyang"); // an alias of North Korea, the target of the analysts' warning
        assertTrue(claims.rows().indexOf(sample.analystsWarn) >= 0, "a claim about the actor is found by its alias");
    }

    @Test
    void theActorFinderMatchesAliases() {
        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        actors.finder().setText("pyongyang"); // as typed: an alias of North Korea
        Ui.flush();
        Tree tree = actors.viewer().getTree();
        assertEquals(List.of("North Korea"), Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList());
        actors.finder().setText("officials"); // a part's name keeps its whole in the tree
        Ui.flush();
        assertEquals(List.of("United States"), Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList());
        assertEquals(List.of("US officials"), Arrays.stream(tree.getItems()[0].getItems()).map(i -> i.getText(0)).toList());
        actors.finder().setText("");
        Ui.flush();
        assertEquals(7, tree.getItemCount(), "United States, North Korea, South Korea, Japan, analysts, Critics, experts");
    }

    @Test
    void hideFromTheContextMenusTakesClaimsAndActorsOutOfTheViewsUntilUndone() {
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        int total = claims.rows().total();
        claims.grid().setSelection(List.of(japanWarns), true);
        claims.table().notifyListeners(SWT.Selection, new Event());
        claims.grid().setSelection(List.of(japanWarns), true);
        Ui.flush();
        chooseInPopup(claims.table().getMenu(), "Hide");
        Ui.spinUntil(() -> claims.rows().total() == total - 1, 3000, "the hidden claim leaves the Claims view");
        assertTrue(japanWarns.isHidden());
        assertEquals("Hide 1 item", session.undoLabel());
        session.undo();
        Ui.flush();
        assertEquals(total, claims.rows().total(), "undo brings it back");

        ActorsView actors = Ui.show(ActorsView.ID, ActorsView.class);
        Tree tree = actors.viewer().getTree();
        pick(tree, "analysts", () -> tree.getSelectionCount() == 1);
        Ui.spinUntil(() -> tree.getSelectionCount() == 1, 3000, "analysts selected");
        chooseInPopup(tree.getMenu(), "Hide");
        Ui.spinUntil(() -> Arrays.stream(tree.getItems()).noneMatch(i -> i.getText(0).equals("analysts")), 3000, "the hidden actor leaves the tree");
        assertTrue(claims.rows().indexOf(sample.analystsWarn) < 0, "and its claims leave the Claims view");
    }

    private static void chooseInPopup(Menu popup, String label) {
        popup.notifyListeners(SWT.Show, new Event());
        Ui.choose(popup, label);
        popup.notifyListeners(SWT.Hide, new Event());
        Ui.flush();
    }

    // ---- missing: report and export from the workbench -----------------------------------------------

    @Test
    void fileExportWritesTheReportOfTheClaimsTheClaimsViewShowsIntoTheChosenFolder() throws Exception {
        DocumentsView documents = Ui.show(DocumentsView.ID, DocumentsView.class);
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        Table docs = documents.table();
        TableItem tokyo = docs.getItem(Ui.indexOf(docs, "Tokyo Talks Resume"));
        Rectangle r = tokyo.getBounds(0);
        Robot.pick(tokyo, r.x + 5, r.y + r.height / 2, () -> claims.rows().size() == 1);
        Ui.spinUntil(() -> claims.rows().size() == 1, 3000, "Claims narrowed to the Tokyo document");

        Path folder = dir.resolve("out");
        List<String> offered = exportThroughTheMenu("Markdown report", 1, folder, "report.md");
        assertTrue(offered.get(1).startsWith("The claims the Claims view shows (1; In: Tokyo Talks Resume"), offered.toString());
        String report = Files.readString(folder.resolve("report.md"));
        assertTrue(report.contains("further missile tests threaten regional stability"), report);
        assertFalse(report.contains("miscalculation"), "claims the Claims view does not show are left out");
    }

    @Test
    void fileExportOfTheWholeWorkspaceLeavesRejectedClaimsOut() throws Exception {
        session.execute(new org.sightline.ui.session.api.Edit.SetFeature(sample.analystsWarn.getId(), "status", "REJECTED"));
        Ui.flush();
        Path folder = dir.resolve("whole");
        exportThroughTheMenu("HTML report (self-contained)", 0, folder, "report.html");
        String report = Files.readString(folder.resolve("report.html"));
        assertFalse(report.contains("miscalculation"), "the rejected claim is left out");
        assertTrue(report.contains("further missile tests"));
        assertEquals(List.of("report.html"), Files.list(folder).map(p -> p.getFileName().toString()).toList(), "only the report, in the folder");
    }

    /** File > Export...: picks {@code format} and the {@code scope}-th choice, types the folder, presses OK; the scopes offered. */
    static List<String> exportThroughTheMenu(String format, int scope, Path folder, String file) {
        Display display = Display.getCurrent();
        List<String> offered = new ArrayList<>();
        AtomicReference<String> problem = new AtomicReference<>("the Export dialog did not open");
        display.timerExec(100, new Runnable() {
            int tries;

            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if ("Export".equals(s.getText()) && s.isVisible() && s.getDefaultButton() != null) {
                        org.eclipse.swt.widgets.Combo combo = Ui.find(s, org.eclipse.swt.widgets.Combo.class);
                        int index = Arrays.asList(combo.getItems()).indexOf(format);
                        combo.select(index);
                        List<Button> radios = Controls.all(s, Button.class, b -> (b.getStyle() & SWT.RADIO) != 0);
                        radios.forEach(b -> offered.add(b.getText()));
                        Button chosen = radios.get(scope);
                        Robot.pickRadio(chosen);
                        Text folderText = Ui.find(s, Text.class);
                        folderText.setText(folder.toString());
                        problem.set(index < 0 ? "no format " + format + " in " + Arrays.toString(combo.getItems())
                                : !chosen.getSelection() ? "the scope radio was not selected" : null);
                        s.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                if (++tries < 100) {
                    display.timerExec(100, this);
                }
            }
        });
        Ui.answerDialog("Exported", "OK", null); // the note that says where the files went
        Ui.choose(Ui.submenu(Ui.window().getShell().getMenuBar(), "File"), "Export");
        assertNull(problem.get());
        // The file is written beside its name and moved there when complete.
        Ui.spinUntil(() -> Files.isRegularFile(folder.resolve(file)), 20000, "the export wrote " + file + " into " + folder);
        Robot.settle(300);
        return offered;
    }

    // ---- helpers ---------------------------------------------------------------------------------



    private static TreeItem item(Tree tree, String name) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem i : tree.getItems()) {
            all.add(i);
        }
        return all.stream().filter(i -> i.getText(0).equals(name)).findFirst().orElseThrow(() -> new AssertionError("no actor " + name));
    }

    /** Clicks the actor {@code name} in {@code tree} (see {@link Robot#pick}). */
    private static void pick(Tree tree, String name, java.util.function.BooleanSupplier done) {
        Point p = centre(item(tree, name));
        Robot.pick(item(tree, name), p.x, p.y, done);
    }

    private static Point centre(TreeItem item) {
        Rectangle r = item.getBounds(0);
        return new Point(r.x + Math.min(r.width / 2, 40), r.y + r.height / 2);
    }



    private static void collectToolTips(Control c, List<String> out) {
        if (c instanceof ToolBar bar) {
            for (ToolItem item : bar.getItems()) {
                if (item.getToolTipText() != null) {
                    out.add(item.getToolTipText());
                }
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collectToolTips(child, out);
            }
        }
    }
}
