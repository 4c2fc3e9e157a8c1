package org.sightline.export.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for checking the CSV exporter: CRLF between records (and after the last), fields quoted
 * only as a whole, quotes inside quoted fields doubled, every record as wide as the header. Anything else (a bare CR or
 * LF outside quotes, a quote inside an unquoted field, text after a closing quote, an unterminated quote, a ragged
 * record) fails with the record and column where it happened. Deliberately independent of the exporter's code.
 */
public final class Rfc4180 {

    private Rfc4180() {
    }

    /** The records of {@code csv}, header included. */
    public static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = csv.length();
        if (n == 0) {
            throw new AssertionError("empty CSV: not even a header");
        }
        while (i < n) {
            if (csv.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw error(records, record, "unterminated quoted field");
                    }
                    char c = csv.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && csv.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
            } else {
                while (i < n && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                    char c = csv.charAt(i);
                    if (c == '"' || c == '\n') {
                        throw error(records, record, (c == '"' ? "quote" : "bare LF") + " inside an unquoted field");
                    }
                    field.append(c);
                    i++;
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                throw error(records, record, "last record does not end with CRLF");
            }
            char c = csv.charAt(i);
            if (c == ',') {
                i++;
                continue;
            }
            if (c == '\r' && i + 1 < n && csv.charAt(i + 1) == '\n') {
                i += 2;
                if (!records.isEmpty() && record.size() != records.get(0).size()) {
                    throw error(records, record, "record has " + record.size() + " fields, header has " + records.get(0).size());
                }
                records.add(List.copyOf(record));
                record.clear();
                continue;
            }
            throw error(records, record, "unexpected character " + (int) c + " after a field");
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
        List<String> values = new ArrayList<>();
        if (cell.isEmpty()) {
            return values;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                value.append(cell.charAt(++i));
            } else if (c == ';') {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }

    private static AssertionError error(List<List<String>> records, List<String> record, String problem) {
        return new AssertionError("CSV record " + (records.size() + 1) + ", field " + (record.size() + 1) + ": " + problem);
    }
}
