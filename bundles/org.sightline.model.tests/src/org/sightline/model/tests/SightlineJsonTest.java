package org.sightline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Mention;
import org.sightline.model.TextSpan;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.SightlineJson;
import org.sightline.model.io.Validation;
import org.sightline.testing.SampleArticle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** The "sightline/1" JSON of design.md: exact shape, byte-stable round trip, preserved offsets, clear errors. */
class SightlineJsonTest {

    private final SampleArticle sample = new SampleArticle().withAnalysis();

    SightlineJsonTest() {
        sample.article.setPublished(LocalDate.of(2026, 11, 26)); // the text file has no date; the JSON must write one
    }

    @Test
    void writeReadWriteGivesIdenticalBytes() throws IOException {
        String first = write(sample.corpus);
        Corpus read = SightlineJson.read(new StringReader(first), "sample.json");
        assertEquals(first, write(read));
        assertEquals(Diagnostic.OK, Validation.validate(read).getSeverity(), () -> Validation.problems(Validation.validate(read)).toString());
    }

    @Test
    void offsetsAndReferencesArePreserved() throws IOException {
        Corpus read = SightlineJson.read(new StringReader(write(sample.corpus)));
        assertEquals(sample.article.getText(), read.getDocuments().get(0).getText());
        assertEquals(sample.corpus.getClaims().size(), read.getClaims().size());
        for (int i = 0; i < read.getClaims().size(); i++) {
            Claim original = sample.corpus.getClaims().get(i);
            Claim copy = read.getClaims().get(i);
            assertSpan(original.getSourceSpan(), copy.getSourceSpan());
            assertSpan(original.getCueSpan(), copy.getCueSpan());
            assertSpan(original.getContentSpan(), copy.getContentSpan());
            assertEquals(original.getContent(), Corpora.textOf(copy.getContentSpan()));
            assertEquals(original.getSource() == null ? null : original.getSource().getId(),
                    copy.getSource() == null ? null : copy.getSource().getId());
            assertEquals(original.getTargets().stream().map(a -> a.getId()).toList(), copy.getTargets().stream().map(a -> a.getId()).toList());
        }
        Mention pyongyang = read.getActors().get(sample.corpus.getActors().indexOf(sample.northKorea)).getMentions().get(1);
        assertEquals("Pyongyang", Corpora.textOf(pyongyang.getSpan()));
        assertEquals(sample.article.getContentHash(), read.getDocuments().get(0).getContentHash());
        assertEquals(sample.skDefenseMinistry.getPartOf().getId(),
                read.getActors().get(sample.corpus.getActors().indexOf(sample.skDefenseMinistry)).getPartOf().getId());
    }

    @Test
    void fieldsAreExactlyThoseOfTheContractInItsOrder() throws IOException {
        List<List<String>> objects = fieldListsOf(write(sample.corpus));
        assertEquals(List.of("schema", "documents", "actors", "claims"), objects.get(objects.size() - 1));
        assertTrue(objects.contains(List.of("id", "input", "title", "publisher", "author", "published", "language", "duplicateOf", "text")));
        assertTrue(objects.contains(List.of("id", "name", "kind", "aliases", "partOf", "code", "mentions")));
        assertTrue(objects.contains(List.of("doc", "begin", "end", "text")));
        assertTrue(objects.contains(List.of("id", "doc", "source", "sourceText", "sourceSpan", "cue", "cueSpan", "content",
                "contentSpan", "contentParts", "type", "modality", "confidence", "polarity", "targets", "rule")));
        assertEquals(5, objects.stream().distinct().count(), "no other object shapes: " + objects.stream().distinct().toList());
    }

    @Test
    void sourcelessClaimHasNullSourceAndCue() throws IOException {
        String json = write(sample.corpus);
        assertTrue(json.contains("{\"id\":\"" + sample.sourceless.getId()
                + "\",\"doc\":\"d1\",\"source\":null,\"sourceText\":null,\"sourceSpan\":null,\"cue\":null,\"cueSpan\":null,"), json);
        assertTrue(json.startsWith("{\"schema\":\"sightline/1\",\"documents\":[{\"id\":\"d1\""));
        assertTrue(json.contains("\"published\":\"2026-11-26\""));
        Claim read = SightlineJson.read(new StringReader(json)).getClaims().get(sample.corpus.getClaims().indexOf(sample.sourceless));
        assertNull(read.getSource());
        assertNull(read.getSourceSpan());
    }

    @Test
    void readsHandWrittenInputWithForwardReferences() throws IOException {
        String json = """
                {"schema":"sightline/1",
                 "claims":[{"id":"c1","doc":"d1","source":"a2","sourceText":"Seoul","sourceSpan":[0,5],"cue":"said",
                            "cueSpan":[6,10],"content":"it is ready","contentSpan":[11,22],"type":"STATEMENT",
                            "modality":"ASSERTED","confidence":1,"polarity":"NEUTRAL","targets":["a1"]}],
                 "actors":[{"id":"a1","name":"North Korea","kind":"STATE","aliases":[],"partOf":null,"code":"PRK","mentions":[]},
                           {"id":"a2","name":"South Korea","kind":"STATE","aliases":["Seoul"],"partOf":null,"code":"KOR",
                            "mentions":[{"doc":"d1","begin":0,"end":5,"text":"Seoul"}]}],
                 "documents":[{"id":"d1","input":"x.txt","title":null,"publisher":null,"author":null,"published":null,
                               "language":"en","text":"Seoul said it is ready."}],
                 "generator":"someone else's extension field"}
                """;
        Corpus corpus = SightlineJson.read(new StringReader(json), "hand.json");
        assertEquals(Diagnostic.OK, Validation.validate(corpus).getSeverity(), () -> Validation.problems(Validation.validate(corpus)).toString());
        assertEquals("m1", corpus.getActors().get(1).getMentions().get(0).getId());
        assertEquals("North Korea", corpus.getClaims().get(0).getTargets().get(0).getName());
    }

    @Test
    void discontinuousContentRuleAndDuplicateRoundTrip() throws IOException {
        String text = "\u201cWe will stand firm,\u201d the minister said. \u201cNothing has changed.\u201d";
        String json = """
                {"schema":"sightline/1",
                 "documents":[{"id":"d1","input":"a.txt","language":"en","text":"%1$s"},
                              {"id":"d2","input":"b.txt","language":"en","duplicateOf":"d1","text":"%1$s"}],
                 "actors":[],
                 "claims":[{"id":"c1","doc":"d1","source":null,"sourceText":"the minister","sourceSpan":[22,34],"cue":"said",
                            "cueSpan":[35,39],"content":"\u201cWe will stand firm,\u201d \u2026 \u201cNothing has changed.\u201d",
                            "contentSpan":[0,21],"contentParts":[[41,63]],"type":"STATEMENT","modality":"ASSERTED",
                            "confidence":1,"polarity":"NEUTRAL","targets":[],"rule":"quote.split"}]}
                """.formatted(text.replace("\u201c", "\\u201c").replace("\u201d", "\\u201d"));
        Corpus corpus = SightlineJson.read(new StringReader(json), "parts.json");
        Claim claim = corpus.getClaims().get(0);
        assertEquals("quote.split", claim.getRule());
        assertEquals(1, claim.getContentParts().size());
        assertEquals("\u201cNothing has changed.\u201d", Corpora.textOf(claim.getContentParts().get(0)));
        assertEquals(corpus.getDocuments().get(0), corpus.getDocuments().get(1).getDuplicateOf());
        assertEquals(Diagnostic.OK, Validation.validate(corpus).getSeverity(), () -> Validation.problems(Validation.validate(corpus)).toString());
        String written = write(corpus);
        assertTrue(written.contains("\"contentParts\":[[41,63]]"), written);
        assertTrue(written.contains("\"rule\":\"quote.split\""), written);
        assertTrue(written.contains("\"duplicateOf\":\"d1\""), written);
        assertEquals(written, write(SightlineJson.read(new StringReader(written), "again.json")));

        claim.setContent("\u201cWe will stand firm,\u201d");
        assertTrue(Validation.problems(Validation.validate(corpus)).toString().contains("differs from the text of its 2 pieces"),
                () -> Validation.problems(Validation.validate(corpus)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"schema\":\"sightline/2\"}                                                       | schema is \"sightline/2\"",
        "{\"documents\":[]}                                                                 | missing \"schema\"",
        "{\"schema\":\"sightline/1\",\"documents\":[{\"id\":\"d1\",\"published\":\"2026-13-01\"}]} | documents[0].published: \"2026-13-01\" is not a date",
        "{\"schema\":\"sightline/1\",\"actors\":[{\"id\":\"a1\",\"kind\":\"ALIEN\"}]}              | actors[0].kind: \"ALIEN\" is not one of [STATE",
        "{\"schema\":\"sightline/1\",\"claims\":[{\"id\":\"c1\",\"source\":\"a9\"}]}               | claims[0].source: no actor with id \"a9\"",
        "{\"schema\":\"sightline/1\",\"claims\":[{\"id\":\"c1\",\"cueSpan\":[5,2]}]}               | claims[0].cueSpan: [5,2] is not a span",
        "{\"schema\":\"sightline/1\",\"claims\":[{\"id\":\"c1\",\"cueSpan\":\"5-7\"}]}             | claims[0].cueSpan: expected an array, found a string",
        "{\"schema\":\"sightline/1\",\"documents\":[{\"id\":\"d1\"},{\"id\":\"d1\"}]}              | documents[1].id: duplicate id \"d1\"",
        "{\"schema\":\"sightline/1\",\"actors\":[{\"name\":\"x\"}]}                               | actors[0]: missing \"id\"",
        "{\"schema\":\"sightline/1\",\"claims\":[{\"id\":\"c1\",\"contentParts\":[null]}]}         | claims[0].contentParts[0]: a content part is [begin, end], not null",
        "{\"schema\":\"sightline/1\",\"documents\":[{\"id\":\"d1\",\"duplicateOf\":\"d7\"}]}       | documents[0].duplicateOf: no document with id \"d7\"",
        "{\"schema\":\"sightline/1\",\"documents\":[{\"id\":\"d1\",\"text\":\"abc                  | not valid JSON",
    })
    void badInputIsReportedWithNameAndPlace(String json, String expected) {
        SightlineJson.ContractException e = assertThrows(SightlineJson.ContractException.class,
                () -> SightlineJson.read(new StringReader(json), "in.json"));
        assertTrue(e.getMessage().startsWith("in.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
    }

    private static void assertSpan(TextSpan expected, TextSpan actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertEquals(List.of(expected.getBegin(), expected.getEnd()), List.of(actual.getBegin(), actual.getEnd()));
        }
    }

    private static String write(Corpus corpus) throws IOException {
        StringWriter out = new StringWriter();
        SightlineJson.write(corpus, out);
        return out.toString();
    }

    /** The field names of every JSON object, in order, innermost objects first (as they close). */
    private static List<List<String>> fieldListsOf(String json) throws IOException {
        List<List<String>> result = new ArrayList<>();
        java.util.Deque<List<String>> open = new java.util.ArrayDeque<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    open.push(new ArrayList<>());
                } else if (t == JsonToken.FIELD_NAME) {
                    open.peek().add(p.currentName());
                } else if (t == JsonToken.END_OBJECT) {
                    result.add(open.pop());
                }
            }
        }
        return result;
    }
}
