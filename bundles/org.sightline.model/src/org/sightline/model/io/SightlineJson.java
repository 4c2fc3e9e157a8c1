package org.sightline.model.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.Modality;
import org.sightline.model.Polarity;
import org.sightline.model.SightlineFactory;
import org.sightline.model.TextSpan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The JSON exchange format "sightline/1" of design.md, both ways, with jackson-core's streaming API.
 * <p>
 * {@link #write} emits exactly the contract's fields in the contract's order (compact, one line, then a newline), so
 * the output is deterministic: write -> read -> write gives identical bytes. Fields of the model that the contract does
 * not carry (review status, notes, relations, hypotheses...) are not written; {@link #read} leaves them at their
 * defaults, allocates mention ids and computes content hashes. Offsets are UTF-16 indices into documents[].text.
 *
 * @since 0.1.0
 */
public final class SightlineJson {

    /** Value of the top-level "schema" field. */
    public static final String SCHEMA = "sightline/1";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** The JSON input does not follow the "sightline/1" contract; the message says where and why. */
    public static class ContractException extends IOException {
        private static final long serialVersionUID = 1L;

        public ContractException(String message) {
            super(message);
        }

        public ContractException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SightlineJson() {
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** Writes {@code corpus} as "sightline/1" JSON. The writer is flushed, not closed. */
    public static void write(Corpus corpus, Writer out) throws IOException {
        write(corpus, out, d -> null);
    }

    /**
     * Writes {@code corpus} as "sightline/1" JSON with, for each document that the pipeline did not
     * analyse fully, an {@code "analysis"} field saying what it did not get (e.g. steps declared for
     * English only on a German text); documents without a note have no such field. The field is
     * informative: {@link #read} ignores it.
     *
     * @param analysis the note for a document, or null when every step ran on it
     * @since 0.2.0
     */
    public static void write(Corpus corpus, Writer out, java.util.function.Function<Document, String> analysis) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeArrayFieldStart("documents");
            for (Document d : corpus.getDocuments()) {
                writeDocument(g, d, analysis.apply(d));
            }
            g.writeEndArray();
            writeActors(g, corpus.getActors());
            g.writeArrayFieldStart("claims");
            for (Claim c : corpus.getClaims()) {
                writeClaim(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    /**
     * Writes "sightline/1" JSON document by document while a run goes on, so that a run need not keep
     * its documents' texts and claims until the end: the bytes are those of {@link #write(Corpus, Writer,
     * java.util.function.Function)} for the corpus the run ends with. Documents go to the output at
     * once; claims (which the contract puts after the actors) wait in a temporary file; the actors,
     * complete only at the end, are written by {@link #finish}.
     *
     * @param analysis the note for a document, or null when every step ran on it
     * @since 0.2.0
     */
    public static Streaming stream(Writer out, java.util.function.Function<Document, String> analysis) throws IOException {
        return new Streaming(out, analysis);
    }

    /** A write in progress; see {@link SightlineJson#stream}. Not thread-safe. */
    public static final class Streaming implements java.io.Closeable {
        private final Writer out;
        private final java.util.function.Function<Document, String> analysis;
        private final JsonGenerator g;
        private final java.nio.file.Path claimsFile;
        private final JsonGenerator claims;
        private int claimCount;

        private Streaming(Writer out, java.util.function.Function<Document, String> analysis) throws IOException {
            this.out = out;
            this.analysis = analysis;
            claimsFile = java.nio.file.Files.createTempFile("sightline-claims-", ".json");
            try {
                claims = FACTORY.createGenerator(java.nio.file.Files.newBufferedWriter(claimsFile, java.nio.charset.StandardCharsets.UTF_8));
                claims.writeStartArray();
            } catch (IOException | RuntimeException e) {
                java.nio.file.Files.deleteIfExists(claimsFile);
                throw e;
            }
            g = FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeArrayFieldStart("documents");
        }

        /** Writes the next document (its id and duplicate mark final) and its claims (their actor ids final). */
        public void document(Document d, Iterable<Claim> claimsOfIt) throws IOException {
            writeDocument(g, d, analysis.apply(d));
            for (Claim c : claimsOfIt) {
                writeClaim(claims, c);
                claimCount++;
            }
        }

        /** The claims written so far. */
        public int claims() {
            return claimCount;
        }

        /** Writes the actors (all of the run's, with their mentions), then the claims, and ends the JSON; flushes the writer. */
        public void finish(Iterable<Actor> actors) throws IOException {
            g.writeEndArray();
            writeActors(g, actors);
            claims.writeEndArray();
            claims.close();
            g.writeFieldName("claims");
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(claimsFile, java.nio.charset.StandardCharsets.UTF_8)) {
                char[] buffer = new char[1 << 16];
                boolean first = true;
                for (int n; (n = in.read(buffer)) > 0;) {
                    // The first chunk is the value of "claims"; the rest continues it verbatim.
                    if (first) {
                        g.writeRawValue(buffer, 0, n);
                        first = false;
                    } else {
                        g.writeRaw(buffer, 0, n);
                    }
                }
            }
            g.writeEndObject();
            g.writeRaw('\n');
            g.close();
            out.flush();
        }

        /** Deletes the temporary claims file; does not close the writer. */
        @Override
        public void close() throws IOException {
            try {
                claims.close();
            } finally {
                java.nio.file.Files.deleteIfExists(claimsFile);
            }
        }
    }

    private static void writeDocument(JsonGenerator g, Document d, String note) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.getId());
        g.writeStringField("input", d.getInput());
        g.writeStringField("title", d.getTitle());
        g.writeStringField("publisher", d.getPublisher());
        g.writeStringField("author", d.getAuthor());
        g.writeStringField("published", d.getPublished() == null ? null : d.getPublished().toString());
        g.writeStringField("language", d.getLanguage());
        g.writeStringField("duplicateOf", d.getDuplicateOf() == null ? null : d.getDuplicateOf().getId());
        if (note != null) {
            g.writeStringField("analysis", note);
        }
        g.writeStringField("text", d.getText());
        g.writeEndObject();
    }

    private static void writeActors(JsonGenerator g, Iterable<Actor> actors) throws IOException {
        g.writeArrayFieldStart("actors");
        for (Actor a : actors) {
            g.writeStartObject();
            g.writeStringField("id", a.getId());
            g.writeStringField("name", a.getName());
            g.writeStringField("kind", a.getKind().getLiteral());
            g.writeArrayFieldStart("aliases");
            for (String alias : a.getAliases()) {
                g.writeString(alias);
            }
            g.writeEndArray();
            g.writeStringField("partOf", a.getPartOf() == null ? null : a.getPartOf().getId());
            g.writeStringField("code", a.getCode());
            g.writeArrayFieldStart("mentions");
            for (Mention m : a.getMentions()) {
                g.writeStartObject();
                g.writeStringField("doc", m.getDocument() == null ? null : m.getDocument().getId());
                g.writeNumberField("begin", m.getSpan() == null ? -1 : m.getSpan().getBegin());
                g.writeNumberField("end", m.getSpan() == null ? -1 : m.getSpan().getEnd());
                g.writeStringField("text", m.getText());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeClaim(JsonGenerator g, Claim c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.getId());
        g.writeStringField("doc", c.getDocument() == null ? null : c.getDocument().getId());
        g.writeStringField("source", c.getSource() == null ? null : c.getSource().getId());
        g.writeStringField("sourceText", c.getSourceText());
        writeSpan(g, "sourceSpan", c.getSourceSpan());
        g.writeStringField("cue", c.getCue());
        writeSpan(g, "cueSpan", c.getCueSpan());
        g.writeStringField("content", c.getContent());
        writeSpan(g, "contentSpan", c.getContentSpan());
        g.writeArrayFieldStart("contentParts");
        for (TextSpan part : c.getContentParts()) {
            writeSpan(g, null, part);
        }
        g.writeEndArray();
        g.writeStringField("type", c.getType().getLiteral());
        g.writeStringField("modality", c.getModality().getLiteral());
        g.writeNumberField("confidence", c.getConfidence());
        g.writeStringField("polarity", c.getPolarity().getLiteral());
        g.writeArrayFieldStart("targets");
        for (Actor target : c.getTargets()) {
            g.writeString(target.getId());
        }
        g.writeEndArray();
        g.writeStringField("rule", c.getRule());
        g.writeEndObject();
    }

    /** Writes a span as [begin, end] (null when absent), as a field or, with a null field name, as an array element. */
    private static void writeSpan(JsonGenerator g, String field, TextSpan span) throws IOException {
        if (field != null) {
            g.writeFieldName(field);
        }
        if (span == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            g.writeNumber(span.getBegin());
            g.writeNumber(span.getEnd());
            g.writeEndArray();
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** Reads "sightline/1" JSON into a new corpus. */
    public static Corpus read(Reader in) throws IOException {
        return read(in, "JSON input");
    }

    /**
     * Reads "sightline/1" JSON into a new corpus; {@code sourceName} (a file name, URL...) starts every error message.
     *
     * @throws ContractException if the input is not JSON or does not follow the contract (wrong schema, missing or
     *         mistyped field, unknown id, unknown enum literal, bad date)
     */
    public static Corpus read(Reader in, String sourceName) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return new JsonReading(p, sourceName).corpus();
        } catch (JsonProcessingException e) {
            throw new ContractException(sourceName + ": not valid JSON: " + e.getOriginalMessage() + at(e.getLocation()), e);
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** One read: the parser, the path for messages, and references to resolve once every id is known. */
    private static final class JsonReading {
        private final JsonParser p;
        private final String sourceName;
        private final Corpus corpus = Corpora.create(null);
        private final Map<String, Document> documents = new HashMap<>();
        private final Map<String, Actor> actors = new HashMap<>();
        private final Map<String, String> claimIds = new HashMap<>();
        private final List<Runnable> resolutions = new ArrayList<>();
        private final List<ContractException> unresolved = new ArrayList<>();

        JsonReading(JsonParser p, String sourceName) {
            this.p = p;
            this.sourceName = sourceName;
        }

        Corpus corpus() throws IOException {
            expect(p.nextToken(), JsonToken.START_OBJECT, "");
            String schema = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "schema" -> schema = string("schema");
                    case "documents" -> array("documents", this::document);
                    case "actors" -> array("actors", this::actor);
                    case "claims" -> array("claims", this::claim);
                    default -> p.skipChildren(); // later minor additions to the format
                }
            }
            if (!SCHEMA.equals(schema)) {
                throw error("schema", schema == null ? "missing \"schema\": \"" + SCHEMA + "\""
                        : "schema is \"" + schema + "\"; this Sightline reads \"" + SCHEMA + "\"");
            }
            if (p.nextToken() != null) {
                throw error("", "unexpected content after the top-level object");
            }
            resolutions.forEach(Runnable::run);
            if (!unresolved.isEmpty()) {
                throw unresolved.get(0);
            }
            Ids.assignMissing(corpus); // mentions carry no id in "sightline/1"
            return corpus;
        }

        private interface ElementReader {
            void read(String path) throws IOException;
        }

        private void array(String path, ElementReader element) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return;
            }
            expect(p.currentToken(), JsonToken.START_ARRAY, path);
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                element.read(path + "[" + index++ + "]");
            }
        }

        private void document(String path) throws IOException {
            expect(p.currentToken(), JsonToken.START_OBJECT, path);
            Document d = SightlineFactory.eINSTANCE.createDocument();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String fieldPath = path + "." + field;
                p.nextToken();
                switch (field) {
                    case "id" -> d.setId(id(fieldPath, documents.containsKey(p.getText())));
                    case "input" -> d.setInput(string(fieldPath));
                    case "title" -> d.setTitle(string(fieldPath));
                    case "publisher" -> d.setPublisher(string(fieldPath));
                    case "author" -> d.setAuthor(string(fieldPath));
                    case "published" -> d.setPublished(date(fieldPath));
                    case "language" -> d.setLanguage(string(fieldPath));
                    case "duplicateOf" -> reference(fieldPath, string(fieldPath), documents, "document", d::setDuplicateOf);
                    case "text" -> d.setText(string(fieldPath));
                    default -> p.skipChildren();
                }
            }
            require(d.getId(), path, "id");
            d.setContentHash(Corpora.sha256Hex(d.getText()));
            documents.put(d.getId(), d);
            corpus.getDocuments().add(d);
        }

        private void actor(String path) throws IOException {
            expect(p.currentToken(), JsonToken.START_OBJECT, path);
            Actor a = SightlineFactory.eINSTANCE.createActor();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String fieldPath = path + "." + field;
                p.nextToken();
                switch (field) {
                    case "id" -> a.setId(id(fieldPath, actors.containsKey(p.getText())));
                    case "name" -> a.setName(string(fieldPath));
                    case "kind" -> a.setKind(literal(fieldPath, ActorKind::get, ActorKind.VALUES, a.getKind()));
                    case "aliases" -> array(fieldPath, i -> a.getAliases().add(string(i)));
                    case "partOf" -> reference(fieldPath, string(fieldPath), actors, "actor", a::setPartOf);
                    case "code" -> a.setCode(string(fieldPath));
                    case "mentions" -> array(fieldPath, i -> a.getMentions().add(mention(i)));
                    default -> p.skipChildren();
                }
            }
            require(a.getId(), path, "id");
            actors.put(a.getId(), a);
            corpus.getActors().add(a);
        }

        private Mention mention(String path) throws IOException {
            expect(p.currentToken(), JsonToken.START_OBJECT, path);
            Mention m = SightlineFactory.eINSTANCE.createMention();
            Integer begin = null;
            Integer end = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String fieldPath = path + "." + field;
                p.nextToken();
                switch (field) {
                    case "doc" -> reference(fieldPath, string(fieldPath), documents, "document", m::setDocument);
                    case "begin" -> begin = offset(fieldPath);
                    case "end" -> end = offset(fieldPath);
                    case "text" -> m.setText(string(fieldPath));
                    default -> p.skipChildren();
                }
            }
            require(begin, path, "begin");
            require(end, path, "end");
            m.setSpan(span(path, begin, end));
            return m;
        }

        private void claim(String path) throws IOException {
            expect(p.currentToken(), JsonToken.START_OBJECT, path);
            Claim c = SightlineFactory.eINSTANCE.createClaim();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String fieldPath = path + "." + field;
                p.nextToken();
                switch (field) {
                    case "id" -> c.setId(id(fieldPath, claimIds.containsKey(p.getText())));
                    case "doc" -> reference(fieldPath, string(fieldPath), documents, "document", c::setDocument);
                    case "source" -> reference(fieldPath, string(fieldPath), actors, "actor", c::setSource);
                    case "sourceText" -> c.setSourceText(string(fieldPath));
                    case "sourceSpan" -> c.setSourceSpan(spanArray(fieldPath));
                    case "cue" -> c.setCue(string(fieldPath));
                    case "cueSpan" -> c.setCueSpan(spanArray(fieldPath));
                    case "content" -> c.setContent(string(fieldPath));
                    case "contentSpan" -> c.setContentSpan(spanArray(fieldPath));
                    case "contentParts" -> array(fieldPath, i -> {
                        TextSpan part = spanArray(i);
                        if (part == null) {
                            throw error(i, "a content part is [begin, end], not null");
                        }
                        c.getContentParts().add(part);
                    });
                    case "type" -> c.setType(literal(fieldPath, ClaimType::get, ClaimType.VALUES, c.getType()));
                    case "modality" -> c.setModality(literal(fieldPath, Modality::get, Modality.VALUES, c.getModality()));
                    case "confidence" -> c.setConfidence(number(fieldPath));
                    case "polarity" -> c.setPolarity(literal(fieldPath, Polarity::get, Polarity.VALUES, c.getPolarity()));
                    case "targets" -> array(fieldPath, i -> reference(i, string(i), actors, "actor", c.getTargets()::add));
                    case "rule" -> c.setRule(string(fieldPath));
                    default -> p.skipChildren();
                }
            }
            require(c.getId(), path, "id");
            claimIds.put(c.getId(), path);
            corpus.getClaims().add(c);
        }

        // ---- values

        private String id(String path, boolean duplicate) throws IOException {
            String id = string(path);
            if (id == null || id.isEmpty()) {
                throw error(path, "id must be a non-empty string");
            }
            if (duplicate) {
                throw error(path, "duplicate id \"" + id + "\"");
            }
            return id;
        }

        private String string(String path) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_STRING) {
                throw error(path, "expected a string or null, found " + describe(token));
            }
            return p.getText();
        }

        private int offset(String path) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                throw error(path, "expected an offset (integer), found " + describe(p.currentToken()));
            }
            return p.getIntValue();
        }

        private double number(String path) throws IOException {
            if (!p.currentToken().isNumeric()) {
                throw error(path, "expected a number, found " + describe(p.currentToken()));
            }
            return p.getDoubleValue();
        }

        private LocalDate date(String path) throws IOException {
            String value = string(path);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(path, "\"" + value + "\" is not a date yyyy-MM-dd");
            }
        }

        private <E extends Enumerator> E literal(String path, Function<String, E> byLiteral, List<E> values, E fallback)
                throws IOException {
            String value = string(path);
            if (value == null) {
                return fallback;
            }
            E literal = byLiteral.apply(value);
            if (literal == null) {
                throw error(path, "\"" + value + "\" is not one of " + values.stream().map(Enumerator::getLiteral).toList());
            }
            return literal;
        }

        private TextSpan spanArray(String path) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(p.currentToken(), JsonToken.START_ARRAY, path);
            p.nextToken();
            int begin = offset(path + "[0]");
            p.nextToken();
            int end = offset(path + "[1]");
            if (p.nextToken() != JsonToken.END_ARRAY) {
                throw error(path, "a span is [begin, end], found more elements");
            }
            return span(path, begin, end);
        }

        private TextSpan span(String path, int begin, int end) throws ContractException {
            if (begin < 0 || end < begin) {
                throw error(path, "[" + begin + "," + end + "] is not a span (need 0 <= begin <= end)");
            }
            return Corpora.span(begin, end);
        }

        /** Resolves {@code id} in {@code table} after the whole input is read (forward references are fine). */
        private <T> void reference(String path, String id, Map<String, T> table, String kind, java.util.function.Consumer<T> setter)
                throws ContractException {
            if (id == null) {
                return;
            }
            String location = locationNow();
            resolutions.add(() -> {
                T target = table.get(id);
                if (target == null) {
                    unresolved.add(new ContractException(sourceName + ": " + path + ": no " + kind + " with id \"" + id + "\"" + location));
                } else {
                    setter.accept(target);
                }
            });
        }

        private void require(Object value, String path, String field) throws ContractException {
            if (value == null) {
                throw error(path, "missing \"" + field + "\"");
            }
        }

        private void expect(JsonToken actual, JsonToken expected, String path) throws ContractException {
            if (actual != expected) {
                throw error(path, "expected " + describe(expected) + ", found " + describe(actual));
            }
        }

        private ContractException error(String path, String problem) {
            return new ContractException(sourceName + ": " + (path.isEmpty() ? "" : path + ": ") + problem + locationNow());
        }

        private String locationNow() {
            return at(p.currentTokenLocation());
        }

        private static String describe(JsonToken token) {
            if (token == null) {
                return "end of input";
            }
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> token.asString() == null ? token.name() : token.asString();
            };
        }
    }
}
