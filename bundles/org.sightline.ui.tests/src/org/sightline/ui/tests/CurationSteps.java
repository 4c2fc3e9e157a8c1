package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.testing.SampleArticle;
import org.sightline.testing.ui.Controls;
import org.sightline.testing.ui.Robot;
import org.sightline.ui.internal.ClaimsView;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.session.api.Session;

/**
 * The workspace and the steps of the finding and curation tests (issue 19): the sample, a Tokyo
 * document, and a Kyiv document with one person under four spellings and another as full name and
 * surname. The tests open menus and drop-downs and answer dialogs through their buttons.
 */
abstract class CurationSteps {

    static final String TOKYO = """
            Tokyo Talks Resume
            Japan warned that further missile tests threaten regional stability, officials in Tokyo said.
            """;

    /** One person under four spellings, another as full name and surname: what the issue met in 40 texts. */
    static final String KYIV = """
            Kyiv Talks
            Donald Trump said talks with Volodymyr Zelensky would continue. Trump added that Zelenskiy and Zelenskyy had
            agreed, and Volodymyr Zelenskyi confirmed it on 3 March 2026.
            """;

    @TempDir
    Path dir;
    SampleArticle sample;
    Document tokyo;
    Document kyiv;
    Claim japanWarns;
    Claim trumpAdds;
    Actor donaldTrump;
    Actor trump;
    List<Actor> zelensky = new ArrayList<>();
    Session session;

    @BeforeEach
    void open() throws Exception {
        CorpusBuilder b = new CorpusBuilder("curation");
        sample = new SampleArticle(b);
        sample.article.setPublished(LocalDate.of(2026, 11, 26)); // dated: only the test's own documents are undated
        tokyo = b.document("tokyo.txt", "Tokyo Talks Resume", TOKYO, "Test Wire", LocalDate.of(2026, 11, 30), "en");
        b.mention(sample.japan, tokyo, "Japan", 0);
        japanWarns = b.claim(tokyo).source(sample.japan, "Japan", 0).cue("warned").content("further missile tests threaten regional stability")
                .type(ClaimType.WARNING).modality(Modality.ASSERTED).confidence(0.9).build();
        kyiv = b.document(dir.resolve("kyiv.txt").toString(), "Kyiv Talks", KYIV, null, null, "en");
        donaldTrump = b.actor("Donald Trump", ActorKind.PERSON, null);
        b.mention(donaldTrump, kyiv, "Donald Trump", 0);
        int at = 0;
        for (String spelling : List.of("Volodymyr Zelensky", "Zelenskiy", "Zelenskyy", "Volodymyr Zelenskyi")) {
            Actor z = b.actor(spelling, ActorKind.PERSON, null);
            at = KYIV.indexOf(spelling, at);
            b.mention(z, kyiv, spelling, at);
            zelensky.add(z);
        }
        trump = b.actor("Trump", ActorKind.PERSON, null);
        b.mention(trump, kyiv, "Trump", KYIV.indexOf("Trump added"));
        trumpAdds = b.claim(kyiv).source(trump, "Trump", KYIV.indexOf("Trump added")).cue("added").content("Zelenskiy and Zelenskyy had")
                .type(ClaimType.STATEMENT).modality(Modality.ASSERTED).confidence(0.8).targets(zelensky.get(1)).build();
        session = Ui.open(b.corpus(), dir.resolve("curation.sightline"));
        Ui.page().resetPerspective();
        Ui.window().getShell().forceActive();
        Ui.flush();
    }

    @AfterEach
    void discard() {
        // The views outlive the tests' workspaces: a filter left here would hide claims from the next test.
        if (Ui.page().findView(ClaimsView.ID) instanceof ClaimsView claims) {
            claims.clearFilters();
        }
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot()));
        Ui.flush();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** Presses the dialog button labelled {@code label} (mnemonics ignored). */
    static void press(org.eclipse.swt.widgets.Control shell, String label) {
        List<Button> buttons = Controls.all(shell, Button.class, x -> true);
        Button b = buttons.stream().filter(x -> x.getText().replace("&", "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + buttons.stream().map(Button::getText).toList()));
        assertTrue(b.isEnabled(), label + " is enabled");
        b.notifyListeners(SWT.Selection, new Event());
    }

    static List<String> texts(Table table) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            out.add(table.getItem(i).getText(0));
        }
        return out;
    }

    /**
     * Presses a drop-down button; its menu, filled and shown as GTK shows a popup. The press is the button's
     * Selection, not a posted click: a posted button release landed on the popped-up menu now and then and
     * toggled the item under the pointer.
     */
    static Menu openDropDown(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        Menu menu = button.getMenu();
        Ui.spinUntil(menu::isVisible, 3000, "the drop-down of " + button.getText() + " opens");
        return menu;
    }

    static void closeDropDown(Menu menu) {
        menu.setVisible(false);
        Ui.flush();
    }

    /** Ticks or unticks the check item {@code label}, as a click on it does. */
    static void toggle(Menu menu, String label) {
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&&", "&").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + label + " in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
        item.setSelection(!item.getSelection());
        item.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
    }

    /** Selects the rows whose first cell is one of {@code titles}, as Ctrl+clicks do, and tells the view. */
    static void select(Table table, String... titles) {
        int[] rows = Arrays.stream(titles).mapToInt(t -> Ui.indexOf(table, t)).toArray();
        table.setSelection(rows);
        table.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
        assertEquals(titles.length, table.getSelectionCount());
    }

    /** The rows of a table, cells joined by " | ". */
    static List<String> rows(Table table) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                cells.add(table.getItem(i).getText(c));
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    /** Chooses the radio button labelled {@code label}, the others of its group cleared as a click does. */
    static void radio(Shell shell, String label) {
        List<Button> radios = Controls.all(shell, Button.class, b -> (b.getStyle() & SWT.RADIO) != 0);
        Button chosen = radios.stream().filter(b -> b.getText().replace("&", "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no radio " + label + " in " + radios.stream().map(Button::getText).toList()));
        Robot.selectRadio(chosen);
    }

    /** Opens a view's context menu as the workbench fills it, and chooses {@code label}. */
    static void chooseInPopup(Menu popup, String label) {
        popup.notifyListeners(SWT.Show, new Event());
        Ui.choose(popup, label);
        popup.notifyListeners(SWT.Hide, new Event());
        Ui.flush();
    }

    /** Opens a drop-down button's menu and chooses {@code label} (mnemonics and "..." as written). */
    static void chooseFromDropDown(Button button, String label) {
        Menu menu = openDropDown(button);
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&&", "\u0000").replace("&", "").replace("\u0000", "&").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
        closeDropDown(menu);
        item.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
    }
}
