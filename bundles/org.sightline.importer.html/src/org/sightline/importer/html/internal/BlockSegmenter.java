package org.sightline.importer.html.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.sightline.importer.base.api.Structure;

/**
 * Cuts a DOM subtree into {@link Block}s the way a browser lays it out: block-level elements start
 * and end blocks, inline content is joined with collapsed whitespace, {@code <br>} is a line break
 * and table cells are separated by spaces. Records for every element the range of blocks it holds,
 * so that "the blocks inside this element" is a sublist, not a tree walk.
 */
final class BlockSegmenter {

    /** Elements that break the inline flow. Custom elements count as inline, like in a browser. */
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
            "p", "pre", "section", "summary", "table", "caption", "tbody", "thead", "tfoot", "tr", "ul", "legend",
            "option", "listing", "plaintext", "xmp", "noscript", "frameset", "frame");

    /** First block index (inclusive) and last (exclusive) of each element that holds text. */
    record Range(int from, int to) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final Map<Element, Range> ranges = new IdentityHashMap<>();

    private final StringBuilder buffer = new StringBuilder();
    private int bufferLinkChars;
    private Element owner;
    private int linkDepth;
    private int preDepth;
    private int listDepth;
    private int headingLevel;

    private BlockSegmenter() {
    }

    static BlockSegmenter segment(Element root) {
        BlockSegmenter s = new BlockSegmenter();
        s.owner = root;
        Map<Element, Integer> starts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    s.appendText(t.getWholeText());
                } else if (node instanceof Element e) {
                    starts.put(e, s.blocks.size());
                    s.open(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    s.close(e);
                    int from = starts.remove(e);
                    if (s.blocks.size() > from) {
                        s.ranges.put(e, new Range(from, s.blocks.size()));
                    }
                }
            }
        }, root);
        s.flush();
        return s;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** Blocks inside {@code e}, in document order. */
    List<Block> blocksOf(Element e) {
        Range r = ranges.get(e);
        return r == null ? List.of() : blocks.subList(r.from(), r.to());
    }

    Range range(Element e) {
        return ranges.get(e);
    }

    private void open(Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
            if (!buffer.isEmpty()) {
                trimTrailingSpace();
                buffer.append('\n');
            }
            return;
        }
        if (tag.equals("td") || tag.equals("th")) {
            separate();
            return;
        }
        if (tag.equals("a")) {
            linkDepth++;
        }
        if (tag.equals("img") || tag.equals("wbr")) {
            separate();
            return;
        }
        if (!BLOCK_TAGS.contains(tag)) {
            return;
        }
        flush();
        owner = e;
        switch (tag) {
            case "pre", "listing", "xmp", "plaintext" -> preDepth++;
            case "li", "dd", "dt" -> listDepth++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = tag.charAt(1) - '0';
            default -> {
                // other block elements only delimit blocks
            }
        }
    }

    private void close(Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
            linkDepth--;
            return;
        }
        if (tag.equals("td") || tag.equals("th")) {
            separate();
            return;
        }
        if (!BLOCK_TAGS.contains(tag)) {
            return;
        }
        flush();
        switch (tag) {
            case "pre", "listing", "xmp", "plaintext" -> preDepth--;
            case "li", "dd", "dt" -> listDepth--;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = 0;
            default -> {
                // nothing to undo
            }
        }
        // Text after this element's end belongs to the nearest open block ancestor.
        Element up = e.parent();
        while (up != null && !BLOCK_TAGS.contains(up.normalName())) {
            up = up.parent();
        }
        owner = up == null ? e : up;
    }

    private void appendText(String s) {
        if (preDepth > 0) {
            buffer.append(s);
            if (linkDepth > 0) {
                bufferLinkChars += s.length();
            }
            return;
        }
        int before = buffer.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!buffer.isEmpty()) {
                    char last = buffer.charAt(buffer.length() - 1);
                    if (last != ' ' && last != '\n') {
                        buffer.append(' ');
                    }
                }
            } else {
                buffer.append(c);
            }
        }
        if (linkDepth > 0) {
            bufferLinkChars += buffer.length() - before;
        }
    }

    /** A space between inline things that a browser shows apart (table cells, images). */
    private void separate() {
        if (!buffer.isEmpty()) {
            char last = buffer.charAt(buffer.length() - 1);
            if (last != ' ' && last != '\n') {
                buffer.append(' ');
            }
        }
    }

    private void trimTrailingSpace() {
        while (!buffer.isEmpty() && buffer.charAt(buffer.length() - 1) == ' ') {
            buffer.setLength(buffer.length() - 1);
        }
    }

    private void flush() {
        String text = preDepth > 0 ? stripBlankLines(buffer.toString()) : buffer.toString().strip();
        if (!text.isEmpty()) {
            Structure.Kind kind = headingLevel > 0 ? Structure.Kind.HEADING
                    : listDepth > 0 ? Structure.Kind.LIST_ITEM : Structure.Kind.PARAGRAPH;
            int linkChars = Math.min(bufferLinkChars, text.length());
            blocks.add(Block.of(owner, kind, text, linkChars, headingLevel));
        }
        buffer.setLength(0);
        bufferLinkChars = 0;
    }

    private static String stripBlankLines(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && (s.charAt(begin) == '\n' || s.charAt(begin) == '\r')) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(begin, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }
}
