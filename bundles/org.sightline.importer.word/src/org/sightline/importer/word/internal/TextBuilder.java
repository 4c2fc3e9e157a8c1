package org.sightline.importer.word.internal;

import java.util.ArrayList;
import java.util.List;

import org.sightline.importer.base.api.Structure;

/**
 * Collects the blocks of a word-processor document as the text importers lay text out: one line per
 * paragraph, heading, list item or table row, each with its structure span. Notes are kept apart and
 * come last, numbered ("1 ..."), so that a footnote never cuts a paragraph.
 */
final class TextBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<Structure> structure = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** The table row and cell being read, or null outside a table. */
    private List<String> row;
    private StringBuilder cell;

    /** Adds one block; blank blocks are left out, inner line breaks and runs of white space become one space. */
    void block(Structure.Kind kind, String content) {
        String line = content.replace('\u00a0', ' ').replaceAll("[\\s&&[^\\t]]+", " ").strip();
        if (line.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        int begin = text.length();
        text.append(line);
        structure.add(new Structure(kind, begin, text.length()));
    }

    /** A paragraph of {@code kind}: inside a table cell it joins the cell's text, elsewhere it is a block. */
    void paragraph(Structure.Kind kind, CharSequence content) {
        if (cell != null) {
            cell.append(cell.isEmpty() ? "" : " ").append(content);
        } else {
            block(kind, content.toString());
        }
    }

    void startRow() {
        row = new ArrayList<>();
    }

    void startCell() {
        cell = new StringBuilder();
    }

    void endCell() {
        if (row != null && cell != null) {
            row.add(cell.toString().strip());
        }
        cell = null;
    }

    /** Ends a table row: one paragraph of its cells separated by tabs. */
    void endRow() {
        if (row != null) {
            block(Structure.Kind.PARAGRAPH, String.join("\t", row));
        }
        row = null;
    }

    void note(String content) {
        String line = content.replaceAll("\\s+", " ").strip();
        if (!line.isEmpty()) {
            notes.add(line);
        }
    }

    String text() {
        return text.toString();
    }

    List<Structure> structure() {
        return structure;
    }

    /** Appends the notes as paragraphs and returns the finished text. */
    String finish() {
        for (int i = 0; i < notes.size(); i++) {
            block(Structure.Kind.PARAGRAPH, (i + 1) + " " + notes.get(i));
        }
        notes.clear();
        return text.toString();
    }
}
