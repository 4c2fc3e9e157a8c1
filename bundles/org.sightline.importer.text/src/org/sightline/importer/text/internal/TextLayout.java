package org.sightline.importer.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.sightline.core.api.Headings;
import org.sightline.importer.base.api.Structure;
import org.sightline.importer.base.api.Structure.Kind;

/**
 * Reads the layout of a plain text: which lines are the title, subtitle, headings, paragraphs,
 * list items and trailing furniture. Works on units that are single lines, or runs of lines when
 * the text is hard-wrapped (paragraphs separated by blank lines, lines broken at a fixed width).
 */
public final class TextLayout {

    /** Lines after a "...:" line at most this long, without a final stop, are list items. */
    private static final int MAX_ITEM = 250;

    private static final Pattern BULLET = Pattern.compile(
            "^\\s*([-*\u2022\u2013\u25AA\u25CF]|\\d{1,3}[.)]|[a-z][.)])\\s+\\S");

    /** What starts the furniture that web pages leave at the end of a copied article. */
    private static final Pattern FURNITURE_START = Pattern.compile(
            "(\\d+\\s+)?(comments?|leave a (comment|reply)|share( this( article| story)?)?|related( articles| stories)?|"
                    + "tags|read more|advertisement|there are no comments.*|sign up.*|subscribe.*)",
            Pattern.CASE_INSENSITIVE);

    /** A unit: a line or a hard-wrapped paragraph, with its offsets (end excludes the line break). */
    private record Unit(int begin, int end, String text, boolean afterBlank) {
    }

    private final String title;
    private final List<Structure> structure;

    private TextLayout(String title, List<Structure> structure) {
        this.title = title;
        this.structure = structure;
    }

    /** The first line, or null for a text without any. */
    public String title() {
        return title;
    }

    /** One span per unit, in text order. */
    public List<Structure> structure() {
        return structure;
    }

    public static TextLayout of(String text) {
        List<Unit> units = units(text);
        if (units.isEmpty()) {
            return new TextLayout(null, List.of());
        }
        Kind[] kinds = new Kind[units.size()];
        kinds[0] = Kind.TITLE;
        int furnitureFrom = furnitureStart(units);
        for (int i = furnitureFrom; i < units.size(); i++) {
            kinds[i] = Kind.FURNITURE;
        }
        boolean inList = false;
        for (int i = 1; i < furnitureFrom; i++) {
            Unit u = units.get(i);
            String t = u.text();
            boolean stop = Headings.endsAsSentence(t);
            if (BULLET.matcher(t).find() || (inList && !stop && t.length() <= MAX_ITEM && !u.afterBlank())) {
                kinds[i] = Kind.LIST_ITEM;
                continue;
            }
            if (i == 1 && !u.afterBlank() && Headings.endsOpen(t)) {
                kinds[i] = Kind.SUBTITLE; // a standfirst right under the title
            } else if (Headings.isHeading(t) && i + 1 < furnitureFrom) {
                kinds[i] = Kind.HEADING;
            } else {
                kinds[i] = Kind.PARAGRAPH;
            }
            inList = t.endsWith(":");
        }
        List<Structure> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            out.add(new Structure(kinds[i], units.get(i).begin(), units.get(i).end()));
        }
        return new TextLayout(units.get(0).text(), List.copyOf(out));
    }

    /**
     * Index of the first unit of trailing furniture, or the number of units when there is none:
     * a short line such as "Comments" among the last few units, after which only short lines follow.
     */
    private static int furnitureStart(List<Unit> units) {
        int n = units.size();
        for (int i = Math.max(1, n - 6); i < n; i++) {
            String t = units.get(i).text().replaceAll("[\\p{P}\\s]+$", "");
            if (t.length() <= 60 && FURNITURE_START.matcher(t).matches()) {
                boolean shortTail = true;
                for (int j = i + 1; j < n; j++) {
                    shortTail &= units.get(j).text().length() <= 200;
                }
                if (shortTail) {
                    return i;
                }
            }
        }
        return n;
    }

    /** Units of the text: lines, or paragraphs of joined lines when the text is hard-wrapped. */
    private static List<Unit> units(String text) {
        List<Unit> lines = new ArrayList<>();
        int i = 0;
        boolean blankBefore = false;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int b = i;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                lines.add(new Unit(b, e, text.substring(b, e), blankBefore));
                blankBefore = false;
            } else if (!lines.isEmpty()) {
                blankBefore = true;
            }
            boolean crlf = end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
            i = crlf ? end + 2 : end + 1;
        }
        return isHardWrapped(lines) ? joinWrapped(lines) : lines;
    }

    /**
     * Hard-wrapped text: most lines are long, none much longer than the others, and paragraphs are
     * separated by blank lines. Then a run of lines without a blank line between is one paragraph.
     */
    private static boolean isHardWrapped(List<Unit> lines) {
        if (lines.size() < 4) {
            return false;
        }
        int max = 0;
        int wide = 0;
        int blanks = 0;
        for (Unit u : lines) {
            int len = u.end() - u.begin();
            max = Math.max(max, len);
            if (len >= 55) {
                wide++;
            }
            if (u.afterBlank()) {
                blanks++;
            }
        }
        return max <= 100 && wide * 2 >= lines.size() && blanks > 0 && blanks * 3 < lines.size() * 2;
    }

    private static List<Unit> joinWrapped(List<Unit> lines) {
        List<Unit> out = new ArrayList<>();
        Unit current = null;
        for (Unit u : lines) {
            boolean startsNew = current == null || u.afterBlank() || BULLET.matcher(u.text()).find()
                    || current.text().endsWith(":");
            if (startsNew) {
                if (current != null) {
                    out.add(current);
                }
                current = u;
            } else {
                current = new Unit(current.begin(), u.end(), current.text() + " " + u.text(), current.afterBlank());
            }
        }
        out.add(current);
        return out;
    }
}
