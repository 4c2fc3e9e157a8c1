package org.sightline.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The press releases of the re3d corpus (public domain, works of the US government), as the
 * repository keeps them in {@code data/re3d/<set>/documents.json} (see {@code data/README.md}), in
 * file order: for corpora of real documents in the UI tests and the user guide's screenshots.
 */
public final class Re3dReleases {

    /** The State Department's releases (22). */
    public static final String STATE_DEPARTMENT = "us-state-department";
    /** CENTCOM's releases (23). */
    public static final String CENTCOM = "centcom";

    private static final Pattern YEAR_MONTH = Pattern.compile("/(20\\d\\d)/(\\d\\d)/");

    /** One release: its title, address and text. */
    public record Release(String set, String id, String title, String url, String text) {

        /** The month of publication when the address carries it (/yyyy/mm/, as the State Department's do). */
        public Optional<YearMonth> month() {
            Matcher m = YEAR_MONTH.matcher(url);
            return m.find() ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : Optional.empty();
        }

        /** The text as a plain-text file holds it: the title, a blank line, the body. */
        public String fileText() {
            return title + "\n\n" + text;
        }
    }

    private Re3dReleases() {
    }

    /** Every release of {@code set} ({@link #STATE_DEPARTMENT} or {@link #CENTCOM}), in file order. */
    public static List<Release> read(String set) {
        Path file = SharedFiles.resolve("data/re3d/" + set + "/documents.json");
        List<Release> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser p = new JsonFactory().createParser(reader)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> fields = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (p.nextToken() == JsonToken.VALUE_STRING) {
                        fields.put(name, p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
                out.add(new Release(set, fields.get("_id"), fields.get("title"), fields.getOrDefault("sourceUrl", ""), fields.get("text")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the re3d releases " + file, e);
        }
        return out;
    }
}
