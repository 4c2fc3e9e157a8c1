package org.sightline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.model.ActorKind;
import org.sightline.model.Corpus;

/**
 * The job against {@code sightline analyze --format json} on the same 1,000 documents (generated from
 * the committed public-domain texts): the same documents, actors (one per referent, merged alike)
 * and claims, every field and id; the JSON lines merged back give the same again; the Parquet
 * tables answer SQL (claims per type, per actor) as the analyze result counts them.
 */
class SparkEqualityTest {

    static final int DOCUMENTS = 1000;
    /** Copies of the Korean page with a date line (TestCorpus.koreanPages) among the inputs. */
    static final int KOREAN_PAGES = 20;

    static Path corpus;
    static Path out;
    static Corpus analyzed;
    static SparkJob.Summary summary;

    @BeforeAll
    static void run() throws IOException {
        Path work = Path.of("target", "spark-equality").toAbsolutePath();
        corpus = work.resolve("corpus");
        out = work.resolve("out");
        deleteTree(work);
        TestCorpus.generate(corpus, DOCUMENTS);
        TestCorpus.koreanPages(corpus, KOREAN_PAGES);
        TestCorpus.surnamePages(corpus);
        analyzed = TestCorpus.analyze(corpus.toString());
        summary = SparkJob.run(TestCorpus.spark(), new SparkJob.Options(out.toString(), List.of(corpus.toString()), false, Duration.ofSeconds(60), "text", 0));
    }

    @Test
    void theCorpusIsLargeAndVaried() {
        // 1,000 inputs, feeds giving two documents each; claims and actors of every kind the texts hold.
        assertTrue(analyzed.getDocuments().size() >= DOCUMENTS, "documents: " + analyzed.getDocuments().size());
        assertTrue(analyzed.getClaims().size() > 1000, "claims: " + analyzed.getClaims().size());
        assertTrue(TestCorpus.claimsPerType(analyzed).size() >= 4, "claim types: " + TestCorpus.claimsPerType(analyzed));
        assertTrue(analyzed.getActors().size() > 50, "actors: " + analyzed.getActors().size());
    }

    @Test
    void parquetTablesEqualAnalyze() {
        Corpus spark = ParquetCorpus.read(TestCorpus.spark(), out);
        assertEquals(TestCorpus.documents(analyzed), TestCorpus.documents(spark));
        assertEquals(TestCorpus.actors(analyzed), TestCorpus.actors(spark));
        assertEquals(TestCorpus.claims(analyzed), TestCorpus.claims(spark));
        assertEquals(analyzed.getDocuments().size(), summary.documents());
        assertEquals(analyzed.getClaims().size(), summary.claims());
        assertEquals(0, summary.failedInputs());
    }

    @Test
    void jsonLinesMergedBackEqualAnalyze() throws IOException {
        Corpus lines = TestCorpus.fromJsonLines(out);
        assertEquals(TestCorpus.documents(analyzed), TestCorpus.documents(lines));
        assertEquals(TestCorpus.actors(analyzed), TestCorpus.actors(lines));
        assertEquals(TestCorpus.claims(analyzed), TestCorpus.claims(lines));
    }

    /**
     * The surname pages (TestCorpus.surnamePages): analyze's merge joins each surname or role phrase to
     * its full name across documents, in both orders, and so does the job (Parquet tables and JSON lines);
     * with the other tests' equality of every actor and claim, the job follows the same rule.
     */
    @Test
    void theSurnameRuleJoinsPeopleAcrossDocumentsInBothEngines() throws IOException {
        Corpus parquet = ParquetCorpus.read(TestCorpus.spark(), out);
        Corpus lines = TestCorpus.fromJsonLines(out);
        // each source as written in a surname page, and the person analyze's merge makes of it
        Map<String, String> expected = Map.of("Donald Trump", "Donald Trump", "Mr. Trump", "Donald Trump", "Mrs. Merkel", "Angela Merkel",
                "Angela Merkel", "Angela Merkel", "Mr. Biden", "Joe Biden", "Joe Biden", "Joe Biden", "Hunter Biden", "Hunter Biden",
                "The governor", "California Governor", "The prosecutor", "former prosecutor");
        for (Corpus c : List.of(analyzed, parquet, lines)) {
            Map<String, java.util.Set<String>> sources = new HashMap<>();
            c.getClaims().stream().filter(x -> x.getSourceText() != null && expected.containsKey(x.getSourceText()))
                    .forEach(x -> sources.computeIfAbsent(x.getSourceText(), k -> new java.util.TreeSet<>()).add(x.getSource() == null ? "-" : x.getSource().getName()));
            Map<String, java.util.Set<String>> want = new HashMap<>();
            expected.forEach((text, name) -> want.put(text, java.util.Set.of(name)));
            assertEquals(want, sources);
            List<String> people = c.getActors().stream().filter(a -> a.getKind() == ActorKind.PERSON).map(a -> a.getName()).toList();
            for (String apart : List.of("Trump", "Merkel", "Biden", "governor", "prosecutor")) {
                assertFalse(people.contains(apart), apart + " left apart: " + people);
            }
        }
    }

    @Test
    void theKoreanPageWithADateLineGivesOneTextInBoth() throws IOException {
        // The bench's one differing document: a Korean page whose text began with its date line in the
        // job only. The importer now decides the tie between its containers the same way in every run.
        Corpus lines = TestCorpus.fromJsonLines(out);
        List<org.sightline.model.Document> pages = analyzed.getDocuments().stream().filter(d -> d.getInput().contains("ko-")).toList();
        assertEquals(KOREAN_PAGES, pages.size());
        for (org.sightline.model.Document d : pages) {
            org.sightline.model.Document job = lines.getDocuments().stream().filter(x -> x.getId().equals(d.getId())).findFirst().orElseThrow();
            assertEquals(d.getInput(), job.getInput());
            assertEquals(d.getText(), job.getText(), d.getInput());
            assertEquals("ko", job.getLanguage(), d.getInput());
            assertTrue(job.getText().startsWith("서울시는 오늘 새로운 교통 계획을 발표했다."), job.getText());
            assertFalse(job.getText().contains("기사입력"), job.getText());
        }
    }

    @Test
    void parquetAnswersSql() {
        SparkSession spark = TestCorpus.spark();
        spark.read().parquet(out.resolve("claims").toString()).createOrReplaceTempView("claims");
        spark.read().parquet(out.resolve("actors").toString()).createOrReplaceTempView("actors");
        Map<String, Long> perType = new HashMap<>();
        for (Row r : spark.sql("SELECT type, count(*) FROM claims GROUP BY type").collectAsList()) {
            perType.put(r.getString(0), r.getLong(1));
        }
        assertEquals(TestCorpus.claimsPerType(analyzed), perType);
        Map<String, Long> perSource = new HashMap<>();
        for (Row r : spark.sql("SELECT a.name, count(*) FROM claims c JOIN actors a ON c.source = a.id GROUP BY a.name").collectAsList()) {
            perSource.put(r.getString(0), r.getLong(1));
        }
        assertEquals(TestCorpus.claimsPerSource(analyzed), perSource);
        assertFalse(perSource.isEmpty());
    }

    @Test
    void analyzeImportsTheJobsOutput() throws IOException {
        // sightline analyze --results OUT --query ...: the documents with a claim whose source is the
        // United States, with their actors and claims, as analyze itself has them.
        Corpus some = TestCorpus.analyzeWith("--format", "json", "--results", out.toString(), "--query", "actor:\"united states\"");
        assertFalse(some.getDocuments().isEmpty());
        assertTrue(some.getDocuments().size() < analyzed.getDocuments().size());
        for (org.sightline.model.Document d : some.getDocuments()) {
            // A feed's items share their input: the same document is the one with the same input and text.
            org.sightline.model.Document same = analyzed.getDocuments().stream()
                    .filter(x -> x.getInput().equals(d.getInput()) && x.getText().equals(d.getText())).findFirst().orElseThrow();
            assertEquals(same.getText(), d.getText());
            assertEquals(analyzed.getClaims().stream().filter(c -> c.getDocument() == same).count(),
                    some.getClaims().stream().filter(c -> c.getDocument() == d).count(), d.getInput());
        }
    }

    @Test
    void aQueryFindsTheSameDocumentsInTheJobsOutputAsSearchDoesInAnalyzesCorpus() throws Exception {
        // The documents a query imports from the job's json/ (ResultsImport with the QueryFilter of
        // `analyze --results --query` and the workbench, batch by batch) are those the Lucene index of
        // `sightline search` finds in analyze's corpus of the same inputs (one index over all of it).
        // Documents are matched by input and text: the import numbers them anew in the target corpus,
        // and a feed's two items share their input.
        for (String query : List.of("type:warning", "actor:\"united states\"", "modality:possible AND NOT type:statement", "deterrence")) {
            Corpus subset = org.sightline.model.SightlineFactory.eINSTANCE.createCorpus();
            org.sightline.core.api.ResultsImport.Outcome o = org.sightline.core.api.ResultsImport.importInto(out, subset,
                    new org.sightline.search.api.QueryFilter(query));
            assertEquals(analyzed.getDocuments().size(), o.read(), query);
            List<String> imported = subset.getDocuments().stream().map(SparkEqualityTest::key).sorted().toList();
            List<org.sightline.model.Document> found = searchedDocuments(analyzed, query);
            List<String> searched = found.stream().map(SparkEqualityTest::key).sorted().toList();
            assertFalse(searched.isEmpty(), query);
            assertTrue(searched.size() < analyzed.getDocuments().size(), query + " chooses a subset");
            assertEquals(searched, imported, query);
            // Each imported document comes with all its claims, not only those the query found.
            long claimsOfThose = analyzed.getClaims().stream().filter(c -> found.contains(c.getDocument())).count();
            assertEquals(claimsOfThose, subset.getClaims().size(), query);
        }
        // And type:warning is, by the model itself, the documents with a warning claim.
        List<String> warned = analyzed.getClaims().stream().filter(c -> c.getType() == org.sightline.model.ClaimType.WARNING)
                .map(c -> key(c.getDocument())).distinct().sorted().toList();
        assertEquals(warned, searchedDocuments(analyzed, "type:warning").stream().map(SparkEqualityTest::key).sorted().toList());
    }

    /** A document by its input and its text (ids differ once imported; a feed's items share an input). */
    private static String key(org.sightline.model.Document d) {
        return d.getInput() + " #" + Integer.toHexString(d.getText().hashCode());
    }

    /** The documents of {@code corpus} that {@code query} finds, itself or by one of its claims, in one index of the whole corpus. */
    private static List<org.sightline.model.Document> searchedDocuments(Corpus corpus, String query) throws Exception {
        try (org.sightline.search.api.SearchIndex index = org.sightline.search.api.SearchIndex.inMemory()) {
            index.sync(corpus, org.sightline.search.api.IndexProgress.NONE);
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (org.sightline.search.api.SearchHit hit : index.search(query, index.size()).hits()) {
                if (!"actor".equals(hit.kind())) {
                    ids.add("document".equals(hit.kind()) ? hit.id() : hit.document());
                }
            }
            return corpus.getDocuments().stream().filter(d -> ids.contains(d.getId())).toList();
        }
    }

    @Test
    void aRerunIntoTheSameFolderIsRefused() {
        SparkJob.OutputExists e = assertThrows(SparkJob.OutputExists.class, () -> SparkJob.run(TestCorpus.spark(),
                new SparkJob.Options(out.toString(), List.of(corpus.toString()), false, Duration.ofSeconds(60), "text", 0)));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
        assertTrue(Files.isDirectory(out.resolve("claims")), "the earlier output is left as it was");
    }

    static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) {
            try (var s = Files.walk(p)) {
                for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(x);
                }
            }
        }
    }
}
