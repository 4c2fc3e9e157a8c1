package org.sightline.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.export.api.JsonExporter;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.TextSpan;
import org.sightline.model.io.SightlineJson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** The JSON export read back by SightlineJson (the contract's reader) and by a plain jackson parser. */
class JsonExportTest {

    private final ExportFixture fixture = new ExportFixture();

    @Test
    void isExactlyWhatSightlineJsonWrites() throws IOException {
        StringWriter expected = new StringWriter();
        SightlineJson.write(fixture.corpus, expected);
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), Exports.bytes(new JsonExporter(), fixture.corpus),
                "the exporter delegates to the one writer of the contract");
    }

    @Test
    void readsBackIntoTheSameCorpus() throws IOException {
        Corpus read = SightlineJson.read(new StringReader(Exports.text(new JsonExporter(), fixture.corpus)), "export");

        assertEquals(2, read.getDocuments().size());
        for (int i = 0; i < 2; i++) {
            Document expected = fixture.corpus.getDocuments().get(i);
            Document actual = read.getDocuments().get(i);
            assertEquals(expected.getId(), actual.getId());
            assertEquals(expected.getText(), actual.getText(), "text byte for byte, CRLF and form feed included");
            assertEquals(expected.getTitle(), actual.getTitle());
            assertEquals(expected.getPublished(), actual.getPublished());
            assertEquals(expected.getContentHash(), actual.getContentHash());
        }
        assertEquals(fixture.corpus.getActors().stream().map(Actor::getId).toList(), read.getActors().stream().map(Actor::getId).toList());
        Actor readSpokesman = read.getActors().get(12); // a13
        assertEquals("org:truth/1", readSpokesman.getPartOf().getId());
        assertEquals(List.of("the spokesman;aide", "back\\slash"), readSpokesman.getAliases());
        assertEquals(fixture.claims().size(), read.getClaims().size());
        for (int i = 0; i < read.getClaims().size(); i++) {
            Claim expected = fixture.claims().get(i);
            Claim actual = read.getClaims().get(i);
            assertEquals(expected.getId(), actual.getId());
            assertEquals(expected.getContent(), actual.getContent());
            assertSpan(expected.getContentSpan(), actual.getContentSpan());
            assertSpan(expected.getCueSpan(), actual.getCueSpan());
            assertSpan(expected.getSourceSpan(), actual.getSourceSpan());
            assertEquals(expected.getContent(), actual.getDocument().getText().substring(actual.getContentSpan().getBegin(),
                    actual.getContentSpan().getEnd()), "offsets still index the text after the round trip");
            assertEquals(expected.getTargets().stream().map(Actor::getId).toList(), actual.getTargets().stream().map(Actor::getId).toList());
            assertEquals(expected.getConfidence(), actual.getConfidence());
        }
        assertNull(read.getClaims().get(19).getSource(), "the source-less claim (c20) stays source-less");
    }

    @Test
    void jacksonSeesTheContractsTopLevelAndFieldOrder() throws IOException {
        try (JsonParser p = new JsonFactory().createParser(Exports.text(new JsonExporter(), fixture.corpus))) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            List<String> topLevel = new ArrayList<>();
            List<String> documentFields = new ArrayList<>();
            String schema = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                topLevel.add(name);
                p.nextToken();
                if (name.equals("schema")) {
                    schema = p.getText();
                } else if (name.equals("documents")) {
                    p.nextToken(); // first document
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        documentFields.add(p.currentName());
                        p.nextToken();
                        p.skipChildren();
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
            assertEquals("sightline/1", schema);
            assertEquals(List.of("schema", "documents", "actors", "claims"), topLevel);
            assertEquals(List.of("id", "input", "title", "publisher", "author", "published", "language", "duplicateOf", "text"), documentFields);
            assertNull(p.nextToken(), "nothing after the top-level object");
        }
    }

    private static void assertSpan(TextSpan expected, TextSpan actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertEquals(expected.getBegin(), actual.getBegin());
            assertEquals(expected.getEnd(), actual.getEnd());
        }
    }
}
