package org.sightline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.export.api.CsvExporter;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Mention;
import org.sightline.model.TextSpan;

/** The CSV files parsed back with a strict RFC 4180 reader and compared with the corpus, cell by cell. */
class CsvExportTest {

    private final ExportFixture fixture = new ExportFixture();

    @Test
    void streamTargetGetsClaimsCsvThatParsesStrictlyAndMatchesEveryClaim() {
        String csv = Exports.text(new CsvExporter(), fixture.corpus);
        List<List<String>> records = Rfc4180.parse(csv);

        assertEquals(CsvExporter.CLAIM_COLUMNS, records.get(0));
        assertEquals(fixture.claims().size(), records.size() - 1, "one row per claim, rejected ones included");
        for (int i = 0; i < fixture.claims().size(); i++) {
            Claim c = fixture.claims().get(i);
            List<String> row = records.get(i + 1).stream().map(Rfc4180::unguard).toList();
            assertEquals(c.getId(), cell(row, "id"));
            assertEquals(c.getDocument().getId(), cell(row, "doc"));
            assertEquals(c.getSource() == null ? "" : c.getSource().getId(), cell(row, "source"));
            assertEquals(c.getSource() == null ? "" : c.getSource().getName(), cell(row, "sourceName"));
            assertEquals(orEmpty(c.getSourceText()), cell(row, "sourceText"));
            assertEquals(orEmpty(c.getCue()), cell(row, "cue"));
            assertEquals(c.getContent(), cell(row, "content"), "content survives commas, quotes, CR, LF, form feed");
            assertEquals(c.getType().getLiteral(), cell(row, "type"));
            assertEquals(c.getModality().getLiteral(), cell(row, "modality"));
            assertEquals(c.getConfidence(), Double.parseDouble(cell(row, "confidence")));
            assertFalse(cell(row, "confidence").contains("E"), "no exponent notation: " + cell(row, "confidence"));
            assertEquals(c.getPolarity().getLiteral(), cell(row, "polarity"));
            assertEquals(c.getTargets().stream().map(Actor::getId).toList(), Rfc4180.values(cell(row, "targets")));
            assertEquals(c.getTargets().stream().map(Actor::getName).toList(), Rfc4180.values(cell(row, "targetNames")));
            assertSpan(c.getSourceSpan(), cell(row, "sourceBegin"), cell(row, "sourceEnd"));
            assertSpan(c.getCueSpan(), cell(row, "cueBegin"), cell(row, "cueEnd"));
            assertSpan(c.getContentSpan(), cell(row, "contentBegin"), cell(row, "contentEnd"));
            assertEquals(c.getStatus().getLiteral(), cell(row, "status"));
            // The offsets point at the quoted text in the document, so a spreadsheet user can find it.
            String text = c.getDocument().getText();
            assertEquals(c.getContent(), text.substring(Integer.parseInt(cell(row, "contentBegin")), Integer.parseInt(cell(row, "contentEnd"))));
        }
        assertEquals("REJECTED", cell(records.get(19), "status"), "c19");
        assertEquals("0.0000001", cell(records.get(22), "confidence"), "c22");
    }

    @Test
    void formulaCellsAreGuardedAndPlainCellsUntouched() {
        List<List<String>> claims = Rfc4180.parse(Exports.text(new CsvExporter(), fixture.corpus));
        List<String> formulaRow = claims.get(21); // c21
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", cell(formulaRow, "content"));
        assertEquals("'@Spokesman, \"Ministry\"", cell(formulaRow, "sourceName"));
        assertEquals("Maintain troop deployments in the region", cell(claims.get(3), "content"));
        assertEquals("c3", cell(claims.get(3), "id"));
        // No raw cell anywhere starts a formula.
        for (List<String> record : claims) {
            for (String raw : record) {
                assertFalse(!raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0, "unguarded cell: " + raw);
            }
        }
    }

    @Test
    void folderTargetAddsActorsAndMentions(@TempDir Path folder) throws IOException {
        Exports.toFolder(new CsvExporter(), fixture.corpus, folder);

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("actors.csv", "claims.csv", "mentions.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "three files, no temporary leftovers");
        }
        assertEquals(Exports.text(new CsvExporter(), fixture.corpus), Exports.utf8(Files.readAllBytes(folder.resolve("claims.csv"))));

        List<List<String>> actors = Rfc4180.parse(Exports.utf8(Files.readAllBytes(folder.resolve("actors.csv"))));
        assertEquals(CsvExporter.ACTOR_COLUMNS, actors.get(0));
        assertEquals(fixture.corpus.getActors().size(), actors.size() - 1);
        for (int i = 0; i < fixture.corpus.getActors().size(); i++) {
            Actor a = fixture.corpus.getActors().get(i);
            List<String> row = actors.get(i + 1).stream().map(Rfc4180::unguard).toList();
            assertEquals(a.getId(), actorCell(row, "id"), "actors.csv row");
            assertEquals(a.getName(), actorCell(row, "name"));
            assertEquals(a.getKind().getLiteral(), actorCell(row, "kind"));
            assertEquals(orEmpty(a.getCode()), actorCell(row, "code"));
            assertEquals(a.getPartOf() == null ? "" : a.getPartOf().getId(), actorCell(row, "partOf"));
            assertEquals(a.getAliases(), Rfc4180.values(actorCell(row, "aliases")));
            assertEquals(a.getMentions().size(), Integer.parseInt(actorCell(row, "mentions")));
        }
        List<String> spokesman = actors.get(13); // a13
        assertEquals("'=1+1", actorCell(spokesman, "code"));
        assertEquals("the spokesman\\;aide;back\\\\slash", actorCell(spokesman, "aliases"));

        List<List<String>> mentions = Rfc4180.parse(Exports.utf8(Files.readAllBytes(folder.resolve("mentions.csv"))));
        assertEquals(CsvExporter.MENTION_COLUMNS, mentions.get(0));
        List<Mention> all = new ArrayList<>();
        fixture.corpus.getActors().forEach(a -> all.addAll(a.getMentions()));
        assertEquals(all.size(), mentions.size() - 1);
        for (int i = 0; i < all.size(); i++) {
            Mention m = all.get(i);
            List<String> row = mentions.get(i + 1).stream().map(Rfc4180::unguard).toList();
            assertEquals(m.getId(), mentionCell(row, "id"));
            assertEquals(m.getActor().getId(), mentionCell(row, "actor"));
            assertEquals(m.getDocument().getId(), mentionCell(row, "doc"));
            int begin = Integer.parseInt(mentionCell(row, "begin"));
            int end = Integer.parseInt(mentionCell(row, "end"));
            assertEquals(m.getText(), mentionCell(row, "text"));
            assertEquals(m.getText(), m.getDocument().getText().substring(begin, end), "mention offsets point at the text");
        }
    }

    @Test
    void bytesAreRfc4180LineEndsWithoutBom() {
        byte[] bytes = Exports.bytes(new CsvExporter(), fixture.corpus);
        String csv = Exports.utf8(bytes);
        assertTrue(csv.endsWith("\r\n"));
        assertTrue(csv.startsWith("id,doc,source,"));
        // The only bare LFs are inside quoted fields (the multi-line claim): strict parsing above proves that.
        assertTrue(csv.contains("\"<script>alert(\"\"pwned\"\")</script> & friends\n"), "quote doubled, LF kept inside quotes");
    }

    private static String cell(List<String> row, String column) {
        return at(CsvExporter.CLAIM_COLUMNS, row, column);
    }

    private static String actorCell(List<String> row, String column) {
        return at(CsvExporter.ACTOR_COLUMNS, row, column);
    }

    private static String mentionCell(List<String> row, String column) {
        return at(CsvExporter.MENTION_COLUMNS, row, column);
    }

    private static String at(List<String> columns, List<String> row, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new AssertionError("no column " + column + " in " + columns);
        }
        return row.get(index);
    }

    private static void assertSpan(TextSpan span, String begin, String end) {
        assertEquals(span == null ? "" : Integer.toString(span.getBegin()), begin);
        assertEquals(span == null ? "" : Integer.toString(span.getEnd()), end);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
