package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/** Issue 19: undated documents dated in bulk from the text, the file's time or by hand, from the Documents view and the Document menu. */
class DatingTest extends CurationSteps {

    // ---- 3. undated documents -------------------------------------------------------------------------

    @Test
    void documentsAreDatedInBulkFromTheFileTimeByHandAndFromTheirText() throws Exception {
        Path file = dir.resolve("kyiv.txt");
        java.nio.file.Files.writeString(file, KYIV);
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                LocalDate.of(2026, 2, 14).atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
        org.sightline.ui.internal.DocumentsView documents = Ui.show(org.sightline.ui.internal.DocumentsView.ID,
                org.sightline.ui.internal.DocumentsView.class);
        Table docs = documents.table();

        // Kyiv (undated, its file on disk) and Tokyo (dated, no file) together, from the file's time.
        select(docs, "Kyiv Talks", "Tokyo Talks Resume");
        List<String> listed = new ArrayList<>();
        Ui.inDialog("Date Documents", shell -> {
            listed.addAll(rows(Ui.find(shell, Table.class)));
            radio(shell, "From the file's time (last modified)");
            press(shell, "Set Dates");
        });
        chooseInPopup(docs.getMenu(), "Set Date");
        Ui.spinUntil(() -> kyiv.getPublished() != null, 10000, "Kyiv dated from its file");
        assertEquals(List.of("Kyiv Talks |  | 2026-03-03 | 2026-02-14", "Tokyo Talks Resume | 2026-11-30 |  | "), listed.stream().sorted().toList(),
                "each document with its date now, the first date in its text and its file's time");
        assertEquals(LocalDate.of(2026, 2, 14), kyiv.getPublished());
        assertEquals(LocalDate.of(2026, 11, 30), tokyo.getPublished(), "a document without a file keeps its date");
        assertEquals("Date 1 document", session.undoLabel());

        // By hand.
        select(docs, "Kyiv Talks");
        Ui.inDialog("Date Documents", shell -> {
            radio(shell, "By hand:");
            org.eclipse.swt.widgets.DateTime field = Ui.find(shell, org.eclipse.swt.widgets.DateTime.class);
            assertTrue(field.isEnabled(), "the date field is enabled with By hand");
            field.setDate(2026, 2, 5); // 5 March 2026, months from 0
            field.notifyListeners(SWT.Selection, new Event());
            press(shell, "Set Dates");
        });
        chooseInPopup(docs.getMenu(), "Set Date");
        Ui.spinUntil(() -> LocalDate.of(2026, 3, 5).equals(kyiv.getPublished()), 10000, "Kyiv dated by hand");

        // From the text: the first date written in it.
        select(docs, "Kyiv Talks");
        Ui.inDialog("Date Documents", shell -> press(shell, "Set Dates"));
        chooseInPopup(docs.getMenu(), "Set Date");
        Ui.spinUntil(() -> LocalDate.of(2026, 3, 3).equals(kyiv.getPublished()), 10000, "Kyiv dated from its text");

        session.undo();
        session.undo();
        session.undo();
        Ui.flush();
        assertNull(kyiv.getPublished(), "three undos: undated again");
    }

    @Test
    void theDocumentMenuDatesEveryUndatedDocumentWhateverIsSelected() {
        List<String> listed = new ArrayList<>();
        Ui.inDialog("Date Documents", shell -> {
            listed.addAll(rows(Ui.find(shell, Table.class)));
            press(shell, "Set Dates");
        });
        Ui.choose(Ui.submenu(Ui.window().getShell().getMenuBar(), "Document"), "Date Undated Documents");
        Ui.spinUntil(() -> !listed.isEmpty(), 10000, "the dialog was answered");
        assertEquals(List.of("Kyiv Talks |  | 2026-03-03 | "), listed, "only the undated document (its file is not on disk here)");
        assertEquals(LocalDate.of(2026, 3, 3), kyiv.getPublished());
    }
}
