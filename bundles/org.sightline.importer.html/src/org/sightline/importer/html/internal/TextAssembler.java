package org.sightline.importer.html.internal;

import java.util.ArrayList;
import java.util.List;

import org.sightline.importer.base.api.Structure;

/**
 * Joins blocks into the document text and records a structure span per block: a blank line
 * between paragraphs and headings, a single line break between consecutive list items.
 */
final class TextAssembler {

    record Assembled(String text, List<Structure> structure) {
    }

    private TextAssembler() {
    }

    static Assembled assemble(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        List<Structure> structure = new ArrayList<>();
        Structure.Kind previous = null;
        for (Block b : blocks) {
            if (previous != null) {
                boolean list = previous == Structure.Kind.LIST_ITEM && b.kind() == Structure.Kind.LIST_ITEM;
                text.append(list ? "\n" : "\n\n");
            }
            int begin = text.length();
            text.append(b.text());
            structure.add(new Structure(b.kind(), begin, text.length()));
            previous = b.kind();
        }
        return new Assembled(text.toString(), structure);
    }
}
