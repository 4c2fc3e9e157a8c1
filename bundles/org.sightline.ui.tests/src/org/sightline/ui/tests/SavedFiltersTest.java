package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sightline.model.ClaimType;
import org.sightline.model.Modality;
import org.sightline.ui.internal.ClaimsView;

/** Issue 19: a Claims filter (text, types, modality, actor) saved under a name and applied again from the Saved Filters menu. */
class SavedFiltersTest extends CurationSteps {

    @AfterEach
    void forget() {
        org.sightline.ui.internal.Preferences.setSavedFilters(List.of());
    }

    // ---- 4. saved filters ------------------------------------------------------------------------------

    @Test
    void aClaimsFilterIsSavedUnderANameAndAppliedAgainFromTheSavedFiltersMenu() {
        org.sightline.ui.internal.ActorsView actors = Ui.show(org.sightline.ui.internal.ActorsView.ID, org.sightline.ui.internal.ActorsView.class);
        org.eclipse.swt.widgets.Tree tree = actors.viewer().getTree();
        org.eclipse.swt.widgets.TreeItem japan = Arrays.stream(tree.getItems()).filter(t -> t.getText(0).equals("Japan")).findFirst().orElseThrow();
        tree.setSelection(japan);
        tree.notifyListeners(SWT.Selection, new Event());
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        Ui.spinUntil(() -> claims.rows().filter().actor() == sample.japan, 3000, "Claims narrowed to Japan");
        claims.setFilterText("missile");
        Menu menu = openDropDown(claims.typeChoices().button());
        toggle(menu, "Warning");
        closeDropDown(menu);
        menu = openDropDown(claims.modalityChoices().button());
        toggle(menu, "Asserted");
        closeDropDown(menu);
        Ui.spinUntil(() -> claims.rows().size() == 1, 3000, "one Japanese asserted warning about missiles");

        List<String> asked = new ArrayList<>();
        Ui.inDialog("Save Filter", shell -> {
            asked.add(WorkbenchTest.collectText(shell));
            org.eclipse.swt.widgets.Text name = Ui.find(shell, org.eclipse.swt.widgets.Text.class);
            name.setText("Japanese warnings");
            press(shell, "OK");
        });
        chooseFromDropDown(claims.savedFiltersButton(), "Save Filter...");
        Ui.spinUntil(() -> !asked.isEmpty(), 10000, "the Save Filter dialog was answered");
        assertTrue(asked.get(0).contains("“missile”, Warning, Asserted, by or about Japan"), asked.get(0));
        assertEquals(List.of("Japanese warnings"), org.sightline.ui.internal.Preferences.savedFilters().stream().map(f -> f.name()).toList());

        // Everything cleared: Show All, an empty box, all types and modalities.
        press(claims.table().getParent().getParent(), "Show All");
        claims.setFilterText("");
        menu = openDropDown(claims.typeChoices().button());
        toggle(menu, "All types");
        closeDropDown(menu);
        menu = openDropDown(claims.modalityChoices().button());
        toggle(menu, "Any modality");
        closeDropDown(menu);
        Ui.spinUntil(() -> claims.rows().size() == claims.rows().total(), 3000, "every claim again");

        chooseFromDropDown(claims.savedFiltersButton(), "Japanese warnings");
        Ui.spinUntil(() -> claims.rows().size() == 1, 3000, "the saved filter applied again");
        assertSame(japanWarns, claims.rows().row(0));
        assertEquals("missile", claims.rows().filter().text());
        assertEquals(Set.of(ClaimType.WARNING), claims.rows().filter().types());
        assertEquals(Set.of(Modality.ASSERTED), claims.rows().filter().modalities());
        assertSame(sample.japan, claims.rows().filter().actor());
        assertTrue(claims.typeChoices().text().startsWith("Warning"), "the drop-downs show it: " + claims.typeChoices().text());

        Menu saved = openDropDown(claims.savedFiltersButton());
        MenuItem delete = Arrays.stream(saved.getItems()).filter(i -> i.getText().replace("&", "").equals("Delete Saved Filter")).findFirst().orElseThrow();
        closeDropDown(saved);
        delete.getMenu().notifyListeners(SWT.Show, new Event());
        Ui.choose(delete.getMenu(), "Japanese warnings");
        assertEquals(List.of(), org.sightline.ui.internal.Preferences.savedFilters());
    }
}
