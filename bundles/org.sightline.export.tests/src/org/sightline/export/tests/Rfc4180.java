package org.sightline.export.tests;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV exporter's output back with Apache Commons CSV (the reader the product tests use too), independently
 * of the exporter's code, and holds it to RFC 4180 where Commons CSV is lenient: CRLF after every record (the last
 * one included), every record as wide as the header. Commons CSV itself refuses an unterminated quote and text after
 * a closing quote. A failure names the record (and field) where it happened.
 */
public final class Rfc4180 {

    /** RFC 4180, and nothing after a closing quote. */
    private static final CSVFormat STRICT = CSVFormat.RFC4180.builder().setTrailingData(false).get();
    /** The exporter's multi-value cells: values split on {@code ;}, a backslash escapes the next character. */
    private static final CSVFormat VALUES = CSVFormat.Builder.create().setDelimiter(';').setEscape('\\').setQuote(null)
            .setRecordSeparator("\n").setIgnoreEmptyLines(false).get();

    private Rfc4180() {
    }

    /** The records of {@code csv}, header included. */
    public static List<List<String>> parse(String csv) {
        if (csv.isEmpty()) {
            throw new AssertionError("empty CSV: not even a header");
        }
        if (!csv.endsWith("\r\n")) {
            throw new AssertionError("CSV record " + (csv.lines().count()) + ": last record does not end with CRLF");
        }
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), STRICT)) {
            for (CSVRecord record : parser) {
                int at = (int) record.getCharacterPosition();
                if (at > 0 && !csv.startsWith("\r\n", at - 2)) {
                    throw new AssertionError("CSV record " + (records.size() + 1) + ": the record before it does not end with CRLF");
                }
                if (!records.isEmpty() && record.size() != records.get(0).size()) {
                    throw new AssertionError("CSV record " + (records.size() + 1) + ": record has " + record.size()
                            + " fields, header has " + records.get(0).size());
                }
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new AssertionError("CSV record " + (records.size() + 1) + ": " + e.getMessage(), e);
        }
        return records;
    }

    /** Undoes the exporter's documented formula guard: one leading apostrophe before {@code '*[=+-@\t\r]}. */
    public static String unguard(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < cell.length() && "=+-@\t\r".indexOf(cell.charAt(i)) >= 0 ? cell.substring(1) : cell;
    }

    /** Splits a multi-value cell on unescaped {@code ;}, removing the backslash escapes. */
    public static List<String> values(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(cell), VALUES)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new AssertionError("multi-value cell " + cell + " is " + records.size() + " records");
            }
            return records.get(0).toList();
        } catch (IOException e) {
            throw new AssertionError("multi-value cell " + cell + ": " + e.getMessage(), e);
        }
    }
}
