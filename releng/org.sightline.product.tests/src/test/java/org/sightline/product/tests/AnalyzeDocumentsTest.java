package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The documents of issue 16 through the product's own {@code sightline analyze}: the sample as .txt, as a PDF with a
 * running header and page numbers and as a .docx (made once with LibreOffice, in the repository), an e-mail and a
 * German text in one folder. The product ships the PDF, Word and mail importers and the language detector; the PDF and
 * the .docx give the .txt's claims and are marked as its near-duplicates; the German text gets gazetteer actors only,
 * and the summary line and the JSON say so.
 */
class AnalyzeDocumentsTest {

    /** The repository's copies (the checkout this module is in), so that no shared data is needed. */
    static final Path REPO = Path.of(System.getProperty("user.dir")).toAbsolutePath().resolve("../..").normalize();
    static final Path SAMPLE = REPO.resolve("bundles/org.sightline.core/samples/pentagon-north-korea-deterrence.txt");
    static final Path DOCUMENTS = REPO.resolve("bundles/org.sightline.testing/documents");

    static final String GERMAN = """
            NATO verstärkt ihre Präsenz an der Ostflanke

            Die NATO hat am Donnerstag angekündigt, ihre Truppen in Polen und den baltischen Staaten deutlich aufzustocken. \
            Der Generalsekretär sagte, das Bündnis werde jeden Zentimeter seines Gebiets verteidigen. \
            Russland warnte vor einer weiteren Eskalation, während das Pentagon zusätzliche Einheiten nach Europa verlegt.
            """;

    static final String MAIL = String.join("\r\n",
            "From: Seoul Desk <desk@example.kr>",
            "To: analysts@example.org",
            "Subject: South Korea responds",
            "Date: Fri, 27 Nov 2026 08:00:00 +0900",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "South Korea's defense ministry responded cautiously on Friday, stating that it would work closely with its US "
                    + "counterparts to ensure that deterrence remains credible, while officials in Tokyo reiterated Japan's "
                    + "commitment to regional stability and highlighted recent increases in its defense spending.",
            "");

    @TempDir
    Path dir;

    @Test
    void pdfWordMailAndAnotherLanguageInOneRun() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inputs"));
        Path txt = Files.copy(SAMPLE, folder.resolve("a-sample.txt"));
        Path pdf = Files.copy(DOCUMENTS.resolve("sample-header-footer.pdf"), folder.resolve("b-sample.pdf"));
        Path docx = Files.copy(DOCUMENTS.resolve("sample-header-footer.docx"), folder.resolve("c-sample.docx"));
        Path eml = Files.writeString(folder.resolve("d-seoul.eml"), MAIL, StandardCharsets.UTF_8);
        Path german = Files.writeString(folder.resolve("e-ostflanke.txt"), GERMAN, StandardCharsets.UTF_8);

        Products.Result run = Products.run(Products.workbench(), Products.noDisplay(), "analyze", folder.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("\nsightline: 1 of 5 document(s) in languages not every step handles (de 1): "), run.err());

        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        Map<String, JsonObject> byInput = new HashMap<>();
        for (JsonElement e : json.getAsJsonArray("documents")) {
            byInput.put(e.getAsJsonObject().get("input").getAsString(), e.getAsJsonObject());
        }
        assertEquals(5, byInput.size(), byInput.keySet().toString());
        JsonObject t = byInput.get(txt.toString());
        JsonObject p = byInput.get(pdf.toString());
        JsonObject w = byInput.get(docx.toString());
        JsonObject m = byInput.get(eml.toString());
        JsonObject g = byInput.get(german.toString());

        // The sample in three formats: one text, the .txt's claims, the copies marked as its near-duplicates.
        String id = t.get("id").getAsString();
        assertTrue(claims(json, id) >= 10, "the sample's claims: " + claims(json, id));
        for (JsonObject copy : new JsonObject[] {p, w}) {
            String input = copy.get("input").getAsString();
            assertEquals(t.get("title").getAsString(), copy.get("title").getAsString(), input);
            assertEquals(claims(json, id), claims(json, copy.get("id").getAsString()), input + ": the .txt's claims");
            assertEquals(id, copy.get("duplicateOf").getAsString(), input + " is a near-duplicate of the .txt");
            assertFalse(copy.get("text").getAsString().contains("Defense Policy Review"), input + ": no running header in the text");
            assertFalse(copy.get("text").getAsString().matches("(?s).*Page \\d+ of \\d+.*"), input + ": no page number in the text");
            assertEquals("en", copy.get("language").getAsString(), input);
        }
        assertTrue(t.get("duplicateOf").isJsonNull(), "the first of the group is the original");

        // The e-mail: sender as author, subject as title, its body analysed in English.
        assertEquals("Seoul Desk", m.get("author").getAsString());
        assertEquals("South Korea responds", m.get("title").getAsString());
        assertEquals("2026-11-27", m.get("published").getAsString());
        assertEquals("en", m.get("language").getAsString());
        assertFalse(m.has("analysis"), "an English mail is fully analysed");

        // The German text: gazetteer actors only, said in its analysis note.
        assertEquals("de", g.get("language").getAsString());
        assertNotNull(g.get("analysis"), "a note for the German text");
        assertTrue(g.get("analysis").getAsString().startsWith("de: steps for any language only (gazetteer actors)"), g.toString());
        assertEquals(0, claims(json, g.get("id").getAsString()), "no claims from the English-only claims step");
    }

    private static long claims(JsonObject json, String documentId) {
        long n = 0;
        for (JsonElement c : json.getAsJsonArray("claims")) {
            if (c.getAsJsonObject().get("doc").getAsString().equals(documentId)) {
                n++;
            }
        }
        return n;
    }
}
