package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.sightline.model.Actor;

/** Issue 19: suggested duplicate actors (Trump / Donald Trump, four spellings of Zelensky), one click to merge, undoable. */
class SuggestedMergesTest extends CurationSteps {

    // ---- 2. suggested duplicate actors ---------------------------------------------------------------

    @Test
    void suggestedMergesListTheNameVariantsAndOneClickMergesThemUndoably() {
        int before = session.corpus().getActors().size();
        List<List<String>> rows = new ArrayList<>();
        Ui.inDialog("Suggested Merges", shell -> {
            Table table = Ui.find(shell, Table.class);
            rows.add(texts(table));
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, new Event());
            press(shell, "Merge"); // Donald Trump keeps Trump
            rows.add(texts(table));
            table.setSelection(0);
            press(shell, "Merge"); // the four spellings of Zelensky
            rows.add(texts(table));
            press(shell, "Close");
        });
        Ui.choose(Ui.submenu(Ui.window().getShell().getMenuBar(), "Actors"), "Suggested Merges");
        Ui.spinUntil(() -> rows.size() == 3, 10000, "the dialog was answered");

        assertEquals(List.of("Donald Trump / Trump", "Volodymyr Zelensky / Zelenskiy / Zelenskyy / Volodymyr Zelenskyi"), rows.get(0),
                "the two people the merge rule would join, each in one row");
        assertEquals(List.of("Volodymyr Zelensky / Zelenskiy / Zelenskyy / Volodymyr Zelenskyi"), rows.get(1), "the merged row leaves the list");
        assertEquals(List.of(), rows.get(2));

        assertEquals(before - 4, session.corpus().getActors().size());
        assertFalse(session.corpus().getActors().contains(trump));
        assertTrue(donaldTrump.getAliases().contains("Trump"), "the merged name stays as an alias");
        assertSame(donaldTrump, trumpAdds.getSource(), "Trump's claim moves to Donald Trump");
        Actor z = zelensky.get(0);
        assertTrue(z.getAliases().containsAll(List.of("Zelenskiy", "Zelenskyy", "Volodymyr Zelenskyi")), z.getAliases().toString());
        assertEquals(List.of(z), trumpAdds.getTargets(), "the target moves too");
        assertEquals(4, z.getMentions().size());

        assertEquals("Merge 4 actors", session.undoLabel());
        session.undo();
        Ui.flush();
        assertEquals(before - 1, session.corpus().getActors().size(), "undo brings the four spellings back");
        session.undo();
        Ui.flush();
        assertEquals(before, session.corpus().getActors().size());
        assertSame(trump, trumpAdds.getSource());
    }
}
