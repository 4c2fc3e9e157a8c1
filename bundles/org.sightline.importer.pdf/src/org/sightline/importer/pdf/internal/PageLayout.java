package org.sightline.importer.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reading order of one page from the positions of its words, in named steps:
 * <ol>
 * <li>{@link #lines}: words on one baseline form a line, split where a gap is wider than
 * {@value #SEGMENT_GAP_EM} em (two columns side by side are two segments);</li>
 * <li>{@link #gutter}: the widest vertical strip in the middle of the page that no segment crosses,
 * with text on both sides (a tenth of the lines each, two at least), is a column gutter;</li>
 * <li>{@link #readingOrder}: segments that span the gutter (titles, full-width paragraphs) cut the
 * page into bands; inside a band the left column is read before the right one. Without a gutter the
 * segments of one row are joined again (table cells).</li>
 * </ol>
 */
final class PageLayout {

    /** A gap wider than this many font sizes between two words ends a segment. */
    static final double SEGMENT_GAP_EM = 1.5;
    /** Baselines closer than this share of the font size are one line. */
    static final double SAME_LINE = 0.35;
    /** The narrowest gutter, in points (a space between columns is at least this). */
    static final double MIN_GUTTER = 8;

    /** One word as the PDF places it: left, right, baseline (y grows downwards), font size, bold. */
    record Word(String text, double x0, double x1, double y, double size, boolean bold) {
    }

    /** Words on one baseline, read left to right. */
    record Segment(List<Word> words, double x0, double x1, double y, double size, boolean bold) {
        String text() {
            StringBuilder b = new StringBuilder();
            for (Word w : words) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(w.text());
            }
            return b.toString();
        }
    }

    private PageLayout() {
    }

    /** Step 1: words grouped into line segments, top to bottom, left to right. */
    static List<Segment> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x0));
        List<List<Word>> rows = new ArrayList<>();
        List<Word> row = null;
        double rowY = 0;
        for (Word w : sorted) {
            if (row == null || Math.abs(w.y() - rowY) > SAME_LINE * Math.max(w.size(), 1)) {
                row = new ArrayList<>();
                rows.add(row);
                rowY = w.y();
            }
            row.add(w);
        }
        List<Segment> out = new ArrayList<>();
        for (List<Word> r : rows) {
            r.sort(Comparator.comparingDouble(Word::x0));
            List<Word> seg = new ArrayList<>();
            for (Word w : r) {
                if (!seg.isEmpty()) {
                    Word prev = seg.get(seg.size() - 1);
                    if (w.x0() - prev.x1() > SEGMENT_GAP_EM * Math.max(prev.size(), w.size())) {
                        out.add(segment(seg));
                        seg = new ArrayList<>();
                    }
                }
                seg.add(w);
            }
            if (!seg.isEmpty()) {
                out.add(segment(seg));
            }
        }
        return out;
    }

    private static Segment segment(List<Word> words) {
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y = 0;
        double size = 0;
        int bold = 0;
        int chars = 0;
        for (Word w : words) {
            x0 = Math.min(x0, w.x0());
            x1 = Math.max(x1, w.x1());
            y = Math.max(y, w.y());
            size = Math.max(size, w.size());
            int n = w.text().length();
            chars += n;
            bold += w.bold() ? n : 0;
        }
        return new Segment(List.copyOf(words), x0, x1, y, size, bold * 2 > chars);
    }

    /**
     * Step 2: the x of a column gutter, or NaN for a single column. Looks in the middle 60% of the text
     * width for the widest strip no segment covers; each side must hold at least a quarter of the lines.
     */
    static double gutter(List<Segment> segments) {
        if (segments.size() < 6) {
            return Double.NaN;
        }
        double left = segments.stream().mapToDouble(Segment::x0).min().orElse(0);
        double right = segments.stream().mapToDouble(Segment::x1).max().orElse(0);
        double width = right - left;
        if (width <= 0) {
            return Double.NaN;
        }
        int cells = (int) Math.ceil(width);
        int[] cover = new int[cells + 1];
        for (Segment s : segments) {
            for (int x = (int) (s.x0() - left); x < Math.min(cells, (int) Math.ceil(s.x1() - left)); x++) {
                cover[x]++;
            }
        }
        // Segments that span everything (a title) would hide the gutter: a strip crossed by at most 15% of the lines counts.
        int allowed = segments.size() * 15 / 100;
        int bestStart = -1;
        int bestLen = 0;
        int from = (int) (cells * 0.2);
        int to = (int) (cells * 0.8);
        for (int x = from; x < to; ) {
            if (cover[x] <= allowed) {
                int start = x;
                while (x < to && cover[x] <= allowed) {
                    x++;
                }
                if (x - start > bestLen) {
                    bestLen = x - start;
                    bestStart = start;
                }
            } else {
                x++;
            }
        }
        if (bestLen < MIN_GUTTER) {
            return Double.NaN;
        }
        double g = left + bestStart + bestLen / 2.0;
        long leftSide = segments.stream().filter(s -> s.x1() <= g).count();
        long rightSide = segments.stream().filter(s -> s.x0() >= g).count();
        // A last page may hold a full left column and a short right one: a tenth of the lines, two at least.
        long least = Math.max(2, segments.size() / 10);
        return leftSide >= least && rightSide >= least ? g : Double.NaN;
    }

    /** Without columns, the segments of one row are one line again (table cells: "2  CARD16 MAJOR_VERSION"). */
    static List<Segment> rows(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        List<Word> row = new ArrayList<>();
        double y = Double.NaN;
        for (Segment s : segments) {
            if (!row.isEmpty() && Math.abs(s.y() - y) > SAME_LINE * s.size()) {
                out.add(segment(row));
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                y = s.y();
            }
            row.addAll(s.words());
        }
        if (!row.isEmpty()) {
            out.add(segment(row));
        }
        return out;
    }

    /** Step 3: the segments in reading order (columns within bands between full-width segments). */
    static List<Segment> readingOrder(List<Segment> segments) {
        double g = gutter(segments);
        if (Double.isNaN(g)) {
            return rows(segments);
        }
        List<Segment> out = new ArrayList<>();
        List<Segment> leftCol = new ArrayList<>();
        List<Segment> rightCol = new ArrayList<>();
        for (Segment s : segments) {
            if (s.x1() <= g) {
                leftCol.add(s);
            } else if (s.x0() >= g) {
                rightCol.add(s);
            } else {
                out.addAll(leftCol);
                out.addAll(rightCol);
                leftCol.clear();
                rightCol.clear();
                out.add(s);
            }
        }
        out.addAll(leftCol);
        out.addAll(rightCol);
        return out;
    }
}
