package org.sightline.lexicon.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Tab-separated data files (gazetteers, word lists), line by line: blank lines and {@code #} comments skipped.
 *
 * @since 0.2.0
 */
public final class TsvLines {

    /** One data line: its number in the input (from 1), the line as read, its tab-separated fields (empty ones kept). */
    public interface Row {
        void accept(int number, String line, String[] fields) throws IOException;
    }

    private TsvLines() {
    }

    /** Reads {@code in} as UTF-8 and hands every data line to {@code row}. */
    public static void read(InputStream in, Row row) throws IOException {
        read(new InputStreamReader(in, StandardCharsets.UTF_8), row);
    }

    /** Reads {@code in} to its end and hands every data line to {@code row}; closes it. */
    public static void read(Reader in, Row row) throws IOException {
        try (BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(no, line, line.split("\t", -1));
                }
            }
        }
    }
}
