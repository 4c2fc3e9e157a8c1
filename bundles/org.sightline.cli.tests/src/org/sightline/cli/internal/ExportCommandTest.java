package org.sightline.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.io.WorkspaceStore;

/**
 * {@code sightline export} on a workspace an analyst curated: corrections and merges as saved, rejected and hidden
 * claims and hidden actors left out, the exit codes of analyze.
 */
class ExportCommandTest {

    static final String TEXT = """
            Japan warned that further missile tests threaten regional stability. Seoul said talks will resume in the spring. \
            A spokesman claimed the drills were routine. Analysts expect more tests.
            """;

    @TempDir
    Path dir;
    Path workspace;

    @BeforeEach
    void curatedWorkspace() throws Exception {
        CorpusBuilder b = new CorpusBuilder("curated");
        Document d = b.document("tokyo.txt", "Tokyo Talks", TEXT, "Test Wire", LocalDate.of(2026, 11, 30), "en");
        Actor japan = b.actor("Japan", ActorKind.STATE, "JPN", "Tokyo");
        Actor seoul = b.actor("South Korea", ActorKind.STATE, "KOR", "Seoul");
        Actor spokesman = b.actor("a spokesman", ActorKind.PERSON, null);
        Actor analysts = b.actor("Analysts", ActorKind.GROUP, null);
        b.mention(japan, d, "Japan", 0);
        b.mention(seoul, d, "Seoul", 0);
        Claim warns = b.claim(d).source(japan, "Japan", 0).cue("warned").content("further missile tests threaten regional stability")
                .type(ClaimType.WARNING).modality(Modality.ASSERTED).confidence(0.9).build();
        Claim talks = b.claim(d).source(seoul, "Seoul", 0).cue("said").content("talks will resume in the spring")
                .type(ClaimType.ANNOUNCEMENT).modality(Modality.CERTAIN).confidence(0.9).build();
        b.claim(d).source(spokesman, "A spokesman", 0).cue("claimed").content("the drills were routine")
                .type(ClaimType.DENIAL).modality(Modality.ASSERTED).confidence(0.8).build();
        Claim expect = b.claim(d).source(analysts, "Analysts", 0).cue("expect").content("more tests")
                .type(ClaimType.PREDICTION).modality(Modality.PROBABLE).confidence(0.7).build();
        // The analyst's afternoon: corrected one claim, rejected one, hid one actor and so its claim.
        warns.setContent("further missile tests threaten stability in the region");
        warns.setStatus(ReviewStatus.EDITED);
        talks.setStatus(ReviewStatus.REJECTED);
        spokesman.setHidden(true);
        expect.setStatus(ReviewStatus.CONFIRMED);
        workspace = dir.resolve("curated.sightline");
        WorkspaceStore.save(b.corpus(), workspace);
    }

    private static DispatcherTest.Run export(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "export";
        System.arraycopy(args, 0, line, 1, args.length);
        return DispatcherTest.run(new Dispatcher(Commands.ALL), line);
    }

    @Test
    void jsonHoldsTheCorrectionsAndLeavesOutWhatTheAnalystRuledOut() throws Exception {
        Path out = dir.resolve("out.json");
        DispatcherTest.Run r = export("--workspace", workspace.toString(), "--format", "json", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(content(json, "further missile tests threaten stability in the region"), "the analyst's correction");
        assertFalse(content(json, "talks will resume in the spring"), "the rejected claim is left out");
        assertFalse(content(json, "the drills were routine"), "the hidden actor's claim is left out");
        assertFalse(json.contains("a spokesman"), "the hidden actor is left out");
        assertTrue(content(json, "more tests"), "the confirmed claim is kept");
        assertTrue(r.err().contains("2 claim(s) of 4 (2 left out"), r.err());
    }

    /** Whether a claim of the JSON has exactly this content (the documents' text holds every sentence). */
    private static boolean content(String json, String content) {
        return java.util.regex.Pattern.compile("\"content\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(content) + "\"").matcher(json).find();
    }

    @Test
    void csvIntoAFolderAndTheReportsToo() throws Exception {
        Path folder = dir.resolve("csv/");
        DispatcherTest.Run r = export("--workspace", workspace.toString(), "--format", "csv", "--out", folder + "/");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("actors.csv", "claims.csv", "mentions.csv"), Files.list(folder).map(p -> p.getFileName().toString()).sorted().toList());
        assertFalse(Files.readString(folder.resolve("claims.csv")).contains("talks will resume"));
        for (String format : List.of("md", "html", "graphml")) {
            DispatcherTest.Run report = export("--workspace", workspace.toString(), "--format", format);
            assertEquals(0, report.exit(), report.err());
            assertFalse(report.out().contains("a spokesman"), format + ": the hidden actor is left out");
            assertTrue(report.out().contains("Japan"), format);
        }
    }

    @Test
    void exitCodesAreThoseOfAnalyze() throws Exception {
        assertEquals(2, export("--format", "json").exit(), "no workspace: usage");
        DispatcherTest.Run unknown = export("--workspace", workspace.toString(), "--format", "pdf");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("unknown format 'pdf'"), unknown.err());
        assertEquals(2, export("--workspace", workspace.toString(), "stray").exit());
        DispatcherTest.Run missing = export("--workspace", dir.resolve("none.sightline").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().startsWith("error: " + dir.resolve("none.sightline")), missing.err());
        Path damaged = dir.resolve("damaged.sightline");
        Files.writeString(damaged, "<?xml version=\"1.0\"?><not a workspace");
        assertEquals(1, export("--workspace", damaged.toString()).exit());
        assertEquals(0, export("--help").exit());
    }
}
