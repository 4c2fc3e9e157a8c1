package org.sightline.importer.base.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date out of the date strings pages and feeds carry: ISO 8601 / RFC 3339
 * (HTML meta, JSON-LD, Atom), RFC 822 / 1123 (RSS), JavaScript's Date.toString, and written
 * dates such as "November 20, 2019" or "20 Nov 2019". The calendar date is taken as written, in
 * the writer's own time zone: a story published at 23:30 in New York is dated that day.
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T|\\d)");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s+\\S+\\s+)?(\\d{4})\\b");

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private Dates() {
    }

    /** The date in {@code s}, or null when there is none or it is not a real calendar date. */
    public static LocalDate parse(String s) {
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
        if (m.find()) {
            LocalDate d = named(m.group(3), m.group(2), m.group(1));
            if (d != null) {
                return d;
            }
        }
        m = MONTH_DAY_YEAR.matcher(t);
        while (m.find()) {
            LocalDate d = named(m.group(3), m.group(1), m.group(2));
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

    private static LocalDate named(String year, String month, String day) {
        String mon = month.toLowerCase(Locale.ROOT);
        if (mon.length() < 3) {
            return null;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (mon.startsWith(MONTHS[i]) || (i == 8 && mon.equals("sept"))) {
                return date(year, String.valueOf(i + 1), day);
            }
        }
        return null;
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
