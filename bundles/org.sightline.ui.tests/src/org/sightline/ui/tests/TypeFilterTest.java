package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.Test;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.ui.internal.ClaimsView;

/** Issue 19: several claim types at once in the Claims view, through its type drop-down. */
class TypeFilterTest extends CurationSteps {

    // ---- 1. several types at once --------------------------------------------------------------------

    @Test
    void theTypeDropDownOfTheClaimsViewChoosesSeveralTypesAtOnce() {
        ClaimsView claims = Ui.show(ClaimsView.ID, ClaimsView.class);
        int total = claims.rows().total();
        Button types = claims.typeChoices().button();
        claims.typeChoices().set(Set.of(), true); // the view outlives the tests' workspaces: start from all types
        assertTrue(types.getText().startsWith("All types"), types.getText());

        Menu menu = openDropDown(types);
        toggle(menu, "Warning");
        toggle(menu, "Reassurance");
        closeDropDown(menu);
        long warningsAndReassurances = session.corpus().getClaims().stream()
                .filter(c -> c.getType() == ClaimType.WARNING || c.getType() == ClaimType.REASSURANCE).count();
        long reassurances = session.corpus().getClaims().stream().filter(c -> c.getType() == ClaimType.REASSURANCE).count();
        assertTrue(reassurances >= 1 && warningsAndReassurances > reassurances, "the fixture has both types");
        Ui.spinUntil(() -> claims.rows().size() == warningsAndReassurances, 3000, "warnings and reassurances: " + warningsAndReassurances + " claims; types "
                + claims.rows().filter().types() + ", button " + types.getText());
        assertEquals(Set.of(ClaimType.WARNING, ClaimType.REASSURANCE), claims.rows().filter().types());
        List<Claim> shown = new ArrayList<>();
        for (int i = 0; i < claims.rows().size(); i++) {
            shown.add(claims.rows().row(i));
        }
        assertTrue(shown.containsAll(List.of(sample.analystsWarn, japanWarns, sample.reassurance)), shown.toString());
        assertTrue(types.getText().contains("Warning") && types.getText().contains("Reassurance"), "the button names both: " + types.getText());
        assertTrue(claims.scopeText().contains("Warning"), claims.scopeText());

        menu = openDropDown(types);
        toggle(menu, "Warning"); // unticked again: only reassurances
        closeDropDown(menu);
        Ui.spinUntil(() -> claims.rows().size() == reassurances, 3000, "only the reassurances");
        List<Claim> left = new ArrayList<>();
        for (int i = 0; i < claims.rows().size(); i++) {
            left.add(claims.rows().row(i));
        }
        assertTrue(left.contains(sample.reassurance) && left.stream().allMatch(c -> c.getType() == ClaimType.REASSURANCE), left.toString());

        menu = openDropDown(types);
        toggle(menu, "All types");
        closeDropDown(menu);
        Ui.spinUntil(() -> claims.rows().size() == total, 3000, "all types again");
        assertTrue(types.getText().startsWith("All types"), types.getText());
    }
}
