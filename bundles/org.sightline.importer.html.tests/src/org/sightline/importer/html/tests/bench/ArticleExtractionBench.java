package org.sightline.importer.html.tests.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.sightline.importer.base.api.Decoding;
import org.sightline.testing.SharedFiles;
import org.sightline.importer.html.api.HtmlArticleImporter;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Scores the HTML engine on the article-extraction benchmark pages in shared/data, side by side
 * with the published output of the other extractors on the same pages, and measures its speed.
 *
 * <pre>
 * ArticleExtractionBench [--runs N] [--worst N] [--dump DIR]
 * </pre>
 * --runs: timed runs of the engine over all pages (median reported, default 5);
 * --worst: list the N pages with the lowest F1; --dump: write each page's extracted text to DIR.
 */
public final class ArticleExtractionBench {

    /** One benchmark page: id, address, raw (decompressed) bytes, decoded source, gold body. */
    public record Page(String id, String url, byte[] raw, String html, String gold) {
    }

    private ArticleExtractionBench() {
    }

    public static void main(String[] args) throws IOException {
        int runs = 5;
        int worst = 0;
        Path dump = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: ArticleExtractionBench [--runs N] [--worst N] [--dump DIR]");
                    System.exit(2);
                }
            }
        }
        Path data = SharedFiles.resolve("data/article-extraction");
        List<Page> pages = loadPages(data);
        HtmlArticleImporter importer = new HtmlArticleImporter();

        Map<String, String> ours = new LinkedHashMap<>();
        for (Page p : pages) {
            ours.put(p.id(), importer.importHtml(p.html(), p.url()).text());
        }
        Map<String, Map<String, String>> tools = new TreeMap<>();
        tools.put("sightline", ours);
        try (DirectoryStream<Path> outputs = Files.newDirectoryStream(data.resolve("published-outputs"), "*.json")) {
            for (Path f : outputs) {
                tools.put(f.getFileName().toString().replaceFirst("\\.json$", ""), readBodies(f));
            }
        }
        System.out.printf(Locale.ROOT, "Article extraction, %d pages of %s%n", pages.size(), data);
        System.out.printf(Locale.ROOT, "%-16s %9s %9s %9s%n", "tool", "precision", "recall", "F1");
        List<Map.Entry<String, ShingleMetric.Score>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> tool : tools.entrySet()) {
            List<ShingleMetric.Match> matches = new ArrayList<>();
            for (Page p : pages) {
                matches.add(ShingleMetric.match(p.gold(), tool.getValue().getOrDefault(p.id(), "")));
            }
            rows.add(Map.entry(tool.getKey(), ShingleMetric.score(matches)));
        }
        rows.sort(Comparator.comparingDouble((Map.Entry<String, ShingleMetric.Score> e) -> e.getValue().f1()).reversed());
        for (Map.Entry<String, ShingleMetric.Score> row : rows) {
            ShingleMetric.Score s = row.getValue();
            System.out.printf(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f%n", row.getKey(), s.precision(), s.recall(), s.f1());
        }

        if (worst > 0) {
            System.out.println();
            System.out.println("worst pages (sightline): F1 precision recall id url");
            pages.stream()
                    .map(p -> Map.entry(p, ShingleMetric.match(p.gold(), ours.get(p.id()))))
                    .sorted(Comparator.comparingDouble(e -> f1(e.getValue())))
                    .limit(worst)
                    .forEach(e -> System.out.printf(Locale.ROOT, "%.3f %.3f %.3f %s %s%n", f1(e.getValue()),
                            e.getValue().precision(), e.getValue().recall(), e.getKey().id().substring(0, 8),
                            e.getKey().url()));
        }
        if (dump != null) {
            Files.createDirectories(dump);
            for (Page p : pages) {
                Files.writeString(dump.resolve(p.id().substring(0, 8) + ".txt"), ours.get(p.id()));
                Files.writeString(dump.resolve(p.id().substring(0, 8) + ".gold.txt"), p.gold());
            }
        }

        long rawBytes = pages.stream().mapToLong(p -> p.raw().length).sum();
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            for (Page p : pages) {
                importer.importHtml(p.html(), p.url());
            }
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[runs / 2];
        System.out.println();
        System.out.printf(Locale.ROOT, "speed (HTML engine on decoded pages, median of %d runs after one warm-up pass): "
                + "%.1f pages/s, %.1f MB/s (%.1f MB in %.2f s)%n", runs, pages.size() / median,
                rawBytes / 1e6 / median, rawBytes / 1e6, median);
    }

    private static double f1(ShingleMetric.Match m) {
        double p = m.precision();
        double r = m.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public static List<Page> loadPages(Path data) throws IOException {
        JsonObject gold = readJson(data.resolve("ground-truth.json"));
        List<Page> pages = new ArrayList<>();
        for (String id : new TreeMap<>(gold.asMap()).keySet()) {
            JsonObject g = gold.getAsJsonObject(id);
            byte[] raw;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(data.resolve("html/" + id + ".html.gz")))) {
                raw = in.readAllBytes();
            }
            pages.add(new Page(id, g.has("url") ? g.get("url").getAsString() : null, raw,
                    Decoding.decode(raw, null), g.get("articleBody").getAsString()));
        }
        return pages;
    }

    private static Map<String, String> readBodies(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : readJson(file).entrySet()) {
            JsonElement body = e.getValue().getAsJsonObject().get("articleBody");
            out.put(e.getKey(), body == null || body.isJsonNull() ? "" : body.getAsString());
        }
        return out;
    }

    private static JsonObject readJson(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        }
    }
}
