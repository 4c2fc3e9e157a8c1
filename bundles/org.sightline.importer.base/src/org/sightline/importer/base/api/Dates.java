package org.sightline.importer.base.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sightline.core.api.CalendarWords;

/**
 * Reads the publication date out of the date strings pages and feeds carry: ISO 8601 / RFC 3339
 * (HTML meta, JSON-LD, Atom), RFC 822 / 1123 (RSS), JavaScript's Date.toString, and written
 * dates such as "November 20, 2019", "20 Nov 2019", "20 novembre 2019", "20. November 2019" or
 * "20 de noviembre de 2019". The calendar date is taken as written, in the writer's own time zone: a
 * story published at 23:30 in New York is dated that day. Month names come from
 * {@link CalendarWords} and must be whole words: "Decision 2, 2021" holds no date.
 *
 * @since 0.1.0
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T|\\d)");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    /** A word of letters in any script ("Nov", "novembre", "ноября"), then a dot or not. */
    private static final String WORD = "(\\p{L}{3,12})";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?" + WORD + "(?!\\p{L})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + WORD + "(?!\\p{L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s+\\S+\\s+)?(\\d{4})(?!\\d)");

    /** ISO and slashed dates inside running text: not part of a longer number ("12026-01-011"). */
    private static final Pattern TEXT_ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])");

    /**
     * How far into a text its dateline may lie: headline, byline and the place and date line before the
     * story ("KYIV, March 3, 2026 (Reuters) -") fit; a date further down is what the story is about.
     */
    public static final int DATELINE_CHARS = 400;

    private Dates() {
    }

    /**
     * The first date written in {@code text} by position ("3 March 2026", "March 3, 2026", "2026-03-03",
     * "2026/03/03"), or null when there is none: the date the analyst is offered for a document whose
     * metadata has none. Same forms and month names as {@link #parse(String, String)}.
     *
     * @since 0.2.0
     */
    public static LocalDate firstIn(String text, String language) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {TEXT_ISO, SLASHED, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find() && m.start() < bestAt) {
                LocalDate d = p == DAY_MONTH_YEAR ? named(m.group(3), m.group(2), m.group(1), language)
                        : p == MONTH_DAY_YEAR ? named(m.group(3), m.group(1), m.group(2), language)
                        : date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    best = d;
                    bestAt = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The dateline's date: the first date within the first {@link #DATELINE_CHARS} characters of
     * {@code text}, or null. Importers take it when the metadata give no date.
     *
     * @since 0.2.0
     */
    public static LocalDate dateline(String text, String language) {
        return text == null ? null : firstIn(text.substring(0, Math.min(text.length(), DATELINE_CHARS)), language);
    }

    /** The date in {@code s}, or null when there is none or it is not a real calendar date. */
    public static LocalDate parse(String s) {
        return parse(s, null);
    }

    /**
     * The date in {@code s}, or null.
     *
     * @param language the language the string is written in (ISO 639-1, e.g. "pt"), or null when
     *                 unknown: then only English abbreviations of month names count (see
     *                 {@link CalendarWords#month(String, String)})
     */
    public static LocalDate parse(String s, String language) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > 200) {
            return null;
        }
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(t);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED.matcher(t);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        while (m.find()) {
            LocalDate d = named(m.group(3), m.group(2), m.group(1), language);
            if (d != null) {
                return d;
            }
        }
        m = MONTH_DAY_YEAR.matcher(t);
        while (m.find()) {
            LocalDate d = named(m.group(3), m.group(1), m.group(2), language);
            if (d != null) {
                return d;
            }
        }
        try {
            return LocalDate.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate named(String year, String month, String day, String language) {
        OptionalInt mon = CalendarWords.month(month, language);
        return mon.isPresent() ? date(year, String.valueOf(mon.getAsInt()), day) : null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1800 || y > 2200) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
