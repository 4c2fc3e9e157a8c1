package org.sightline.importer.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sightline.core.api.Headings;
import org.sightline.importer.base.api.Structure;

/** Drops the blocks of a chosen container that are not article text. */
final class BlockFilter {

    private BlockFilter() {
    }

    static List<Block> filter(List<Block> blocks, String title) {
        String normTitle = title == null ? "" : norm(title);
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            // Link lists and "Read more: <link>" lines; a long item that merely has a linked lead stays.
            if (b.linkDensity() > 0.5 && b.nonLinkWeight() < 40) {
                continue;
            }
            if (b.kind() == Structure.Kind.HEADING && (b.headingLevel() == 1 || norm(b.text()).equals(normTitle))) {
                continue;
            }
            out.add(b);
        }
        return trimTail(out);
    }

    /**
     * After the last long paragraph, a heading or a short line that is not a sentence belongs to
     * what follows the article ("Comments", "Related Articles", "Tags: ..."), not to it.
     */
    private static List<Block> trimTail(List<Block> blocks) {
        int lastGood = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (ArticleExtractor.quality(blocks.get(i)) == ArticleExtractor.Quality.GOOD) {
                lastGood = i;
            }
        }
        if (lastGood < 0) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.subList(0, lastGood + 1));
        for (Block b : blocks.subList(lastGood + 1, blocks.size())) {
            if (b.kind() != Structure.Kind.HEADING && isSentence(b.text())) {
                out.add(b);
            }
        }
        return out;
    }

    /** Ends like a sentence ({@link Headings#endsAsSentence}) and is at least 20 characters long. */
    static boolean isSentence(String text) {
        String t = text.strip();
        return Headings.endsAsSentence(t) && t.length() >= 20;
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
