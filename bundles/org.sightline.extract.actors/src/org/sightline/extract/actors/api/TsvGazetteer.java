package org.sightline.extract.actors.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sightline.lexicon.api.TsvLines;

/**
 * A gazetteer read from a UTF-8 tab-separated file, one entry a line, '#' starting a comment line:
 * {@code kind  code  partOf  name  role  aliases  adjectives}, lists separated by '|', empty field = none.
 *
 * @since 0.1.0
 */
public final class TsvGazetteer implements Gazetteer {

    private final String id;
    private final List<GazetteerEntry> entries;

    public TsvGazetteer(String id, List<GazetteerEntry> entries) {
        this.id = id;
        this.entries = List.copyOf(entries);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** @param sourceName names the input in error messages (file or resource name) */
    public static TsvGazetteer read(String id, InputStream in, String sourceName) {
        List<GazetteerEntry> out = new ArrayList<>();
        try {
            TsvLines.read(in, (no, line, f) -> {
                if (f.length != 7) {
                    throw new IllegalArgumentException(sourceName + ":" + no + ": expected 7 tab-separated fields, found "
                            + f.length + ": " + line);
                }
                ActorKind kind;
                try {
                    kind = ActorKind.valueOf(f[0]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(sourceName + ":" + no + ": unknown actor kind '" + f[0] + "'", e);
                }
                out.add(new GazetteerEntry(f[3], list(f[5]), list(f[6]), kind, empty(f[1]), empty(f[2]), empty(f[4])));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer " + sourceName, e);
        }
        return new TsvGazetteer(id, out);
    }

    public static void write(List<GazetteerEntry> entries, Writer w) throws IOException {
        for (GazetteerEntry e : entries) {
            w.write(String.join("\t", e.kind().name(), n(e.code()), n(e.partOf()), e.name(), n(e.role()),
                    String.join("|", e.aliases()), String.join("|", e.adjectives())));
            w.write('\n');
        }
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private static String empty(String s) {
        return s.isEmpty() ? null : s;
    }

    private static List<String> list(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|"));
    }
}
