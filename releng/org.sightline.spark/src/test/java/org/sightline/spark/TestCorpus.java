package org.sightline.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.spark.sql.SparkSession;
import org.sightline.cli.internal.AnalyzeCommand;
import org.sightline.cli.internal.CommandContext;
import org.sightline.core.api.ResultsImport;
import org.sightline.importer.web.api.StandardInputs;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.TextSpan;
import org.sightline.model.io.SightlineJson;
import org.sightline.spark.internal.PlainRegistry;

/**
 * The tests' shared fixture: one local Spark session, documents generated from the public-domain
 * texts committed in the repository, {@code sightline analyze} run on them (its own code,
 * {@link AnalyzeCommand}, without OSGi), and a canonical form of a corpus to compare runs by.
 */
final class TestCorpus {

    private static SparkSession spark;

    private TestCorpus() {
    }

    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("sightline-tests").config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4").config("spark.driver.host", "localhost").getOrCreate();
        }
        return spark;
    }

    static Path repo() {
        return Path.of(System.getProperty("sightline.repo", "../.."));
    }

    /**
     * The committed public-domain texts: the sample article and the re3d releases (US State
     * Department and CENTCOM) of the claims tests' annotated sets (not the blind set).
     */
    static List<Path> sourceTexts() throws IOException {
        List<Path> texts = new ArrayList<>();
        texts.add(repo().resolve("bundles/org.sightline.core/samples/pentagon-north-korea-deterrence.txt"));
        Path data = repo().resolve("bundles/org.sightline.extract.claims.tests/data");
        for (String folder : List.of("attribution-re3d-heldout", "attribution-news/dev")) {
            try (Stream<Path> s = Files.list(data.resolve(folder))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
        }
        return texts;
    }

    /** The sentences of the source texts, in order. */
    static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : sourceTexts()) {
            for (String s : Files.readString(p).split("(?<=[.!?][\"”’]?)\\s+(?=[A-Z\"“‘(])")) {
                String t = s.strip();
                if (t.length() >= 20) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * Writes {@code count} inputs into {@code dir}: each of 3 to 8 sentences drawn at random (a fixed
     * seed) from the source texts, in paragraphs; 1 in 10 an HTML page, 1 in 20 a .txt.gz, 1 in 40 an
     * RSS feed of two items, the others plain text.
     */
    static List<Path> generate(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<String> pool = sentences();
        Random rnd = new Random(14);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("doc%04d", i);
            Path f;
            switch (i % 40) {
                case 0, 10, 20, 30 -> {
                    f = dir.resolve(name + ".html");
                    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Release " + i
                            + "</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Release " + i + "</h1>");
                    for (String p : paragraphs(pool, rnd)) {
                        html.append("<p>").append(escape(p)).append("</p>");
                    }
                    Files.writeString(f, html.append("</article><footer>Public domain.</footer></body></html>"));
                }
                case 5, 25 -> {
                    f = dir.resolve(name + ".txt.gz");
                    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
                        out.write(String.join("\n\n", paragraphs(pool, rnd)).getBytes(StandardCharsets.UTF_8));
                    }
                }
                case 15 -> {
                    f = dir.resolve(name + ".xml");
                    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Releases</title>");
                    for (int item = 0; item < 2; item++) {
                        rss.append("<item><title>Item ").append(i).append('-').append(item).append("</title><link>https://example.org/").append(i).append('/')
                                .append(item).append("</link><description>").append(escape(String.join("\n\n", paragraphs(pool, rnd))))
                                .append("</description></item>");
                    }
                    Files.writeString(f, rss.append("</channel></rss>"));
                }
                default -> {
                    f = dir.resolve(name + ".txt");
                    Files.writeString(f, String.join("\n\n", paragraphs(pool, rnd)));
                }
            }
            files.add(f);
        }
        return files;
    }

    /**
     * {@code count} gzip copies of the Korean page written for the tests (bundles/org.sightline.testing/data/korean-page),
     * {@code ko-NN.html.gz}: a page whose two candidate containers tie, the kind of input that once gave
     * its date line in the job only (the choice followed identity hash codes, which differ per run and parse).
     */
    static List<Path> koreanPages(Path dir, int count) throws IOException {
        byte[] page = Files.readAllBytes(repo().resolve("bundles/org.sightline.testing/data/korean-page/page.html"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path f = dir.resolve(String.format("ko-%02d.html.gz", i));
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
                out.write(page);
            }
            files.add(f);
        }
        return files;
    }

    /**
     * Short plain texts, written for the tests, that name people across documents so that the corpus
     * merge's surname rule joins them: a full name before its surname alone ("Donald Trump", then
     * "Mr. Trump"), a surname before its full name ("Mrs. Merkel", then "Angela Merkel"), role phrases
     * that the actor extractor takes for people ("The California Governor", then "The governor"; "The
     * former prosecutor", then "The prosecutor"), and a surname that meets two full names, whose
     * outcome depends on the order ("Mr. Biden", "Joe Biden", "Hunter Biden", "Mr. Biden").
     * Named to fall among the generated inputs ({@code docNNNNa.txt} sorts after {@code docNNNN.*}).
     */
    static List<Path> surnamePages(Path dir) throws IOException {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("doc0050a.txt", "Mr. Biden said on Monday that the bill would pass the Senate this week.");
        texts.put("doc0100a.txt", "Donald Trump said on Monday that the tariffs would stay in place until the talks end.");
        texts.put("doc0150a.txt", "Joe Biden said the administration would not change its position on the bill.");
        texts.put("doc0200a.txt", "Mrs. Merkel said the government would support the agreement with the unions.");
        texts.put("doc0250a.txt", "Hunter Biden said he would testify before the committee in March.");
        texts.put("doc0300a.txt", "The California Governor said on Tuesday that the state would sue the federal government.");
        texts.put("doc0350a.txt", "The former prosecutor said the case against the company was weak.");
        texts.put("doc0600a.txt", "Mr. Trump said the deal was fair to American workers and farmers.");
        texts.put("doc0650a.txt", "Angela Merkel said the agreement was a good result for both sides.");
        texts.put("doc0700a.txt", "The governor said the lawsuit would be filed in federal court this week.");
        texts.put("doc0750a.txt", "The prosecutor said the company had destroyed evidence before the trial.");
        texts.put("doc0950a.txt", "Mr. Biden said the vote would take place on Thursday.");
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            files.add(Files.writeString(dir.resolve(e.getKey()), e.getValue()));
        }
        return files;
    }

    static List<String> paragraphs(List<String> pool, Random rnd) {
        int n = 3 + rnd.nextInt(6);
        List<String> chosen = new ArrayList<>();
        TreeSet<Integer> used = new TreeSet<>();
        while (chosen.size() < n) {
            int k = rnd.nextInt(pool.size());
            if (used.add(k)) {
                chosen.add(pool.get(k));
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i += 2) {
            paragraphs.add(String.join(" ", chosen.subList(i, Math.min(chosen.size(), i + 2))));
        }
        return paragraphs;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code sightline analyze --format json} on {@code inputs}: the corpus it prints. */
    static Corpus analyze(String... inputs) throws IOException {
        return analyzeWith(Stream.concat(Stream.of("--format", "json", "--threads", "2"), Stream.of(inputs)).toArray(String[]::new));
    }

    /** {@code sightline analyze ARGS} (its own code, without OSGi): the corpus it prints on standard output. */
    static Corpus analyzeWith(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new AnalyzeCommand().run(List.of(args), new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, PlainRegistry::get, StandardInputs::resolvers));
        if (code >= 2) {
            throw new IllegalStateException("analyze exited " + code + ": " + err.toString(StandardCharsets.UTF_8));
        }
        try (Reader r = new java.io.StringReader(out.toString(StandardCharsets.UTF_8))) {
            return SightlineJson.read(r);
        }
    }

    /** The corpus made of the job's JSON lines by the workspace import ({@link ResultsImport}), all of it. */
    static Corpus fromJsonLines(Path out) throws IOException {
        Corpus all = org.sightline.model.SightlineFactory.eINSTANCE.createCorpus();
        ResultsImport.importInto(out, all, ResultsImport.Filter.ALL);
        return all;
    }

    // ---- canonical form: every field of the "sightline/1" contract, one string per record, ids included

    static List<String> documents(Corpus c) {
        return c.getDocuments().stream().map(d -> String.join("|", d.getId(), d.getInput(), s(d.getTitle()), s(d.getPublisher()), s(d.getAuthor()),
                s(d.getPublished()), s(d.getLanguage()), s(d.getText()))).sorted().toList();
    }

    static List<String> actors(Corpus c) {
        return c.getActors().stream().map(a -> String.join("|", a.getId(), a.getName(), a.getKind().getLiteral(), s(a.getCode()),
                String.valueOf(a.getAliases()), a.getPartOf() == null ? "-" : a.getPartOf().getId(), mentions(a))).sorted().toList();
    }

    private static String mentions(Actor a) {
        List<String> m = new ArrayList<>();
        for (Mention x : a.getMentions()) {
            // Mentions have no id in "sightline/1" (the reader numbers them), so none is compared.
            m.add(x.getDocument().getId() + ":" + x.getSpan().getBegin() + "-" + x.getSpan().getEnd() + "=" + x.getText());
        }
        m.sort(Comparator.naturalOrder());
        return m.toString();
    }

    static List<String> claims(Corpus c) {
        return c.getClaims().stream().map(x -> String.join("|", x.getId(), x.getDocument().getId(), x.getSource() == null ? "-" : x.getSource().getId(),
                s(x.getSourceText()), span(x.getSourceSpan()), x.getCue(), span(x.getCueSpan()), x.getContent(), span(x.getContentSpan()),
                x.getContentParts().stream().map(TestCorpus::span).toList().toString(), x.getType().getLiteral(), x.getModality().getLiteral(), String.valueOf(x.getConfidence()), x.getPolarity().getLiteral(),
                x.getTargets().stream().map(Actor::getId).toList().toString(), s(x.getRule()))).sorted().toList();
    }

    /** Claims per type, as the SQL read-back counts them. */
    static Map<String, Long> claimsPerType(Corpus c) {
        Map<String, Long> m = new HashMap<>();
        for (Claim x : c.getClaims()) {
            m.merge(x.getType().getLiteral(), 1L, Long::sum);
        }
        return m;
    }

    /** Claims per source actor's name. */
    static Map<String, Long> claimsPerSource(Corpus c) {
        Map<String, Long> m = new HashMap<>();
        for (Claim x : c.getClaims()) {
            if (x.getSource() != null) {
                m.merge(x.getSource().getName(), 1L, Long::sum);
            }
        }
        return m;
    }

    static Document document(Corpus c, String input) {
        return c.getDocuments().stream().filter(d -> d.getInput().equals(input)).findFirst().orElse(null);
    }

    private static String span(TextSpan t) {
        return t == null ? "-" : t.getBegin() + "-" + t.getEnd();
    }

    private static String s(Object o) {
        return o == null ? "-" : o.toString();
    }
}
