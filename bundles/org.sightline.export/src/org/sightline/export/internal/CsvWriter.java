package org.sightline.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it holds a comma,
 * double quote, CR or LF (quotes inside doubled). Not thread-safe; one writer per file.
 * <p>
 * Text cells go through {@link #text(String)}, which also applies the spreadsheet formula guard: analysts open these
 * files in Excel or LibreOffice, where a cell starting with {@code = + - @}, TAB or CR is run as a formula (OWASP "CSV
 * injection"). Such a cell gets a leading apostrophe. To keep that reversible, a cell that already starts with
 * apostrophes followed by one of those characters gets one more. A reader undoes it with one rule: if a cell matches
 * {@code '+[=+\-@\t\r]...}, drop its first apostrophe. Numbers written by {@link #number} are not guarded: they are
 * ours, never start with a trigger character except a minus sign, and our numbers are never negative.
 */
public final class CsvWriter {

    private static final String TRIGGERS = "=+-@\t\r";

    private final Writer out;
    private boolean atRecordStart = true;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes a header or data record of plain text cells. */
    public CsvWriter record(List<String> cells) throws IOException {
        for (String cell : cells) {
            text(cell);
        }
        return end();
    }

    /** Appends a text cell (null is written as an empty cell). */
    public CsvWriter text(String value) throws IOException {
        return raw(guard(value == null ? "" : value));
    }

    /** Appends an integer cell. */
    public CsvWriter number(long value) throws IOException {
        return raw(Long.toString(value));
    }

    /** Appends a decimal cell in plain notation ({@code 0.9}, never {@code 9.0E-1}); empty when not finite. */
    public CsvWriter decimal(double value) throws IOException {
        return raw(Numbers.plain(value));
    }

    /** Appends an integer cell, or an empty cell when {@code value} is null. */
    public CsvWriter number(Integer value) throws IOException {
        return raw(value == null ? "" : value.toString());
    }

    /** Ends the current record with CRLF. */
    public CsvWriter end() throws IOException {
        out.write("\r\n");
        atRecordStart = true;
        return this;
    }

    /** The cell as written before quoting: {@code value} with the formula guard applied. */
    public static String guard(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i < value.length() && TRIGGERS.indexOf(value.charAt(i)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private CsvWriter raw(String value) throws IOException {
        if (!atRecordStart) {
            out.write(',');
        }
        atRecordStart = false;
        if (needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
        return this;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
