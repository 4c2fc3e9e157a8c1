package org.sightline.ui.session.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sightline.model.ActorKind;
import org.sightline.model.ClaimType;
import org.sightline.model.Consistency;
import org.sightline.model.RelationKind;
import org.sightline.model.ReviewStatus;
import org.sightline.ui.session.api.Edit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The recovery journal of one session: a folder holding {@code journal.jsonl} (a header line, then
 * one line per edit, undo, redo or save, each written and fsynced before the change reaches the
 * model) and the files those lines refer to (the workspace as opened, import attachments,
 * snapshots). Replaying the lines on the base file rebuilds the session as it was at a crash.
 * <p>
 * Lines are JSON objects: {@code {"op":"do","edit":{...}}}, {@code {"op":"undo"}},
 * {@code {"op":"redo"}}, {@code {"op":"saved","file":"/abs/path"}},
 * {@code {"op":"snapshot","file":"snapshot-3.sightlinebin"}} (the whole corpus, written when a
 * command that is not an {@link Edit} ran; replay then starts from it).
 */
public final class Journal implements AutoCloseable {

    public static final String FILE_NAME = "journal.jsonl";
    private static final JsonFactory JSON = new JsonFactory();

    /** First line: what the session was opened from. */
    public record Header(String name, String file, String base) {
    }

    /** One line after the header. */
    public record Entry(String op, Edit edit, String file) {
    }

    private final Path folder;
    private final FileChannel channel;

    private Journal(Path folder, FileChannel channel) {
        this.folder = folder;
        this.channel = channel;
    }

    /** Starts a new journal in an empty {@code folder} with its header. */
    public static Journal create(Path folder, Header header) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Journal journal = new Journal(folder, channel);
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("version", 1);
        h.put("name", header.name());
        h.put("file", header.file());
        h.put("base", header.base());
        journal.writeLine(h);
        return journal;
    }

    /** Continues an existing journal (after recovery): new lines go after the old ones. */
    public static Journal append(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new Journal(folder, channel);
    }

    public Path folder() {
        return folder;
    }

    public void logEdit(Edit edit) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("op", "do");
        line.put("edit", encode(edit));
        write(line);
    }

    public void logUndo() {
        write(Map.of("op", "undo"));
    }

    public void logRedo() {
        write(Map.of("op", "redo"));
    }

    public void logSaved(Path file) {
        write(Map.of("op", "saved", "file", file.toAbsolutePath().toString()));
    }

    public void logSnapshot(String fileName) {
        write(Map.of("op", "snapshot", "file", fileName));
    }

    private void write(Map<String, Object> line) {
        try {
            writeLine(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recovery journal " + folder.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    private void writeLine(Map<String, Object> line) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writeValue(g, line);
        }
        out.write('\n');
        ByteBuffer bytes = ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to lose: every line was forced when written
        }
    }

    // ---- reading -----------------------------------------------------------------------------

    /** The header and entries of the journal in {@code folder}; a torn last line (crash mid-write) is dropped. */
    public static Contents read(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(FILE_NAME), StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(folder.resolve(FILE_NAME) + ": empty journal (no header)");
        }
        Map<String, Object> h = parseObject(lines.get(0), folder, 1);
        Header header = new Header((String) h.get("name"), (String) h.get("file"), (String) h.get("base"));
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> m;
            try {
                m = parseObject(line, folder, i + 1);
            } catch (IOException e) {
                if (i == lines.size() - 1) {
                    break; // the process died while writing this line: the change never reached the model
                }
                throw e;
            }
            String op = (String) m.get("op");
            @SuppressWarnings("unchecked")
            Edit edit = "do".equals(op) ? decode((Map<String, Object>) m.get("edit")) : null;
            entries.add(new Entry(op, edit, (String) m.get("file")));
        }
        return new Contents(header, entries);
    }

    /** A journal as read back. */
    public record Contents(Header header, List<Entry> entries) {
        /** Edits, undos and redos after the last save: what recovery would give back. */
        public int unsavedChanges() {
            int n = 0;
            for (Entry e : entries) {
                switch (e.op()) {
                    case "saved" -> n = 0;
                    case "do", "undo", "redo" -> n++;
                    default -> {
                    }
                }
            }
            return n;
        }
    }

    // ---- edit <-> JSON ---------------------------------------------------------------------------

    static Map<String, Object> encode(Edit edit) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (edit) {
            case Edit.SetFeature s -> {
                m.put("type", "set");
                m.put("label", s.label());
                m.put("owner", s.ownerId());
                m.put("feature", s.feature());
                m.put("values", s.values());
            }
            case Edit.MergeActors a -> {
                m.put("type", "merge");
                m.put("kept", a.keptId());
                m.put("merged", a.mergedId());
            }
            case Edit.CreateActor a -> {
                m.put("type", "createActor");
                m.put("document", a.documentId());
                m.put("begin", a.begin());
                m.put("end", a.end());
                m.put("kind", a.kind().getLiteral());
                m.put("name", a.name());
            }
            case Edit.AddMention a -> {
                m.put("type", "addMention");
                m.put("actor", a.actorId());
                m.put("document", a.documentId());
                m.put("begin", a.begin());
                m.put("end", a.end());
            }
            case Edit.CreateClaim c -> {
                m.put("type", "createClaim");
                m.put("document", c.documentId());
                m.put("begin", c.begin());
                m.put("end", c.end());
                m.put("claimType", c.type().getLiteral());
                m.put("source", c.sourceActorId());
            }
            case Edit.ImportCorpus i -> {
                m.put("type", "import");
                m.put("attachment", i.attachment());
                m.put("documents", i.documentCount());
            }
            case Edit.AddHypothesis h -> {
                m.put("type", "addHypothesis");
                m.put("text", h.text());
            }
            case Edit.AddAssessment a -> {
                m.put("type", "addAssessment");
                m.put("claim", a.claimId());
                m.put("hypothesis", a.hypothesisId());
                m.put("consistency", a.consistency().getLiteral());
                m.put("weight", a.weight());
            }
            case Edit.AddEvidence e -> {
                m.put("type", "addEvidence");
                m.put("claims", e.claimIds());
            }
            case Edit.RemoveEvidence e -> {
                m.put("type", "removeEvidence");
                m.put("claims", e.claimIds());
            }
            case Edit.RemoveHypothesis h -> {
                m.put("type", "removeHypothesis");
                m.put("hypothesis", h.hypothesisId());
            }
            case Edit.DecideRelation r -> {
                m.put("type", "decideRelation");
                m.put("kind", r.kind().getLiteral());
                m.put("from", r.fromClaimId());
                m.put("to", r.toClaimId());
                m.put("reason", r.reason());
                m.put("producer", r.producerId());
                m.put("status", r.status().getLiteral());
            }
            case Edit.Compound c -> {
                m.put("type", "compound");
                m.put("label", c.label());
                m.put("edits", c.edits().stream().map(Journal::encode).toList());
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    static Edit decode(Map<String, Object> m) {
        String type = (String) m.get("type");
        return switch (type == null ? "" : type) {
            case "set" -> new Edit.SetFeature((String) m.get("label"), (String) m.get("owner"), (String) m.get("feature"),
                    ((List<Object>) m.get("values")).stream().map(String.class::cast).toList());
            case "merge" -> new Edit.MergeActors((String) m.get("kept"), (String) m.get("merged"));
            case "createActor" -> new Edit.CreateActor((String) m.get("document"), num(m, "begin"), num(m, "end"),
                    ActorKind.get((String) m.get("kind")), (String) m.get("name"));
            case "addMention" -> new Edit.AddMention((String) m.get("actor"), (String) m.get("document"), num(m, "begin"), num(m, "end"));
            case "createClaim" -> new Edit.CreateClaim((String) m.get("document"), num(m, "begin"), num(m, "end"),
                    ClaimType.get((String) m.get("claimType")), (String) m.get("source"));
            case "import" -> new Edit.ImportCorpus((String) m.get("attachment"), num(m, "documents"));
            case "addHypothesis" -> new Edit.AddHypothesis((String) m.get("text"));
            case "addAssessment" -> new Edit.AddAssessment((String) m.get("claim"), (String) m.get("hypothesis"),
                    Consistency.get((String) m.get("consistency")), ((Number) m.get("weight")).doubleValue());
            case "addEvidence" -> new Edit.AddEvidence(((List<Object>) m.get("claims")).stream().map(String.class::cast).toList());
            case "removeEvidence" -> new Edit.RemoveEvidence(((List<Object>) m.get("claims")).stream().map(String.class::cast).toList());
            case "removeHypothesis" -> new Edit.RemoveHypothesis((String) m.get("hypothesis"));
            case "decideRelation" -> new Edit.DecideRelation(RelationKind.get((String) m.get("kind")), (String) m.get("from"),
                    (String) m.get("to"), (String) m.get("reason"), (String) m.get("producer"), ReviewStatus.get((String) m.get("status")));
            case "compound" -> new Edit.Compound((String) m.get("label"),
                    ((List<Object>) m.get("edits")).stream().map(e -> decode((Map<String, Object>) e)).toList());
            default -> throw new IllegalArgumentException("unknown edit type \"" + type + "\" in the journal");
        };
    }

    private static int num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Integer i -> g.writeNumber(i);
            case Double d -> g.writeNumber(d);
            case Map<?, ?> map -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    g.writeFieldName((String) e.getKey());
                    writeValue(g, e.getValue());
                }
                g.writeEndObject();
            }
            case List<?> list -> {
                g.writeStartArray();
                for (Object o : list) {
                    writeValue(g, o);
                }
                g.writeEndArray();
            }
            default -> throw new IllegalArgumentException("cannot journal a " + v.getClass().getName());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parseObject(String line, Path folder, int lineNumber) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            Object v = readValue(p, p.nextToken());
            if (!(v instanceof Map)) {
                throw new IOException("not an object");
            }
            return (Map<String, Object>) v;
        } catch (IOException | RuntimeException e) {
            throw new IOException(folder.resolve(FILE_NAME) + " line " + lineNumber + ": damaged (" + e.getMessage() + ")", e);
        }
    }

    private static Object readValue(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw new IOException("unexpected end of line");
        }
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    if (k != JsonToken.FIELD_NAME) {
                        throw new IOException("expected a field name, found " + k);
                    }
                    String name = p.currentName();
                    m.put(name, readValue(p, p.nextToken()));
                }
                yield m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    l.add(readValue(p, k));
                }
                yield l;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getIntValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + t);
        };
    }
}
