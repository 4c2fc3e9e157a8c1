package org.sightline.importer.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sightline.importer.base.api.Decoding;
import org.sightline.testing.SharedFiles;

/**
 * Development aid for tuning the extractor: lists every block of a benchmark page with its
 * quality, whether it lies in the chosen container and whether it was kept.
 * Usage: ExplainPage ID-PREFIX (a page of shared/data/article-extraction/html) or a file path.
 */
public final class ExplainPage {

    private ExplainPage() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        if (!Files.exists(file)) {
            Path html = SharedFiles.resolve("data/article-extraction/html");
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(html, args[0] + "*.html.gz")) {
                file = ds.iterator().next();
            }
        }
        byte[] raw;
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            raw = in.readAllBytes();
        }
        Document doc = Jsoup.parse(Decoding.decode(raw, null), "");
        Metadata meta = Metadata.read(doc);
        System.out.println("title=" + meta.title() + " | author=" + meta.author() + " | date=" + meta.published()
                + " | publisher=" + meta.publisher() + " | lang=" + meta.language() + " | canonical="
                + meta.canonicalUrl());
        if (args.length > 1) {
            // --chain: show how the ancestors of a piece of text are judged before cleaning
            Element hit = doc.getElementsContainingOwnText(args[1]).first();
            for (Element e = hit; e != null; e = e.parent()) {
                System.out.println("  ^ " + Cleaner.furniture(e) + " " + describe(e));
            }
        }
        ArticleExtractor.Result r = ArticleExtractor.extract(doc, meta);
        Set<Block> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(r.blocks());
        System.out.println("container: " + describe(r.container()));
        for (Block b : r.all()) {
            boolean inside = r.container() != null && (b.owner() == r.container() || b.owner().parents().contains(r.container()));
            String text = b.text().replace('\n', '|');
            System.out.printf("%s%s %-5s ld=%.2f w=%5.0f %-40.40s %s%n", kept.contains(b) ? "K" : " ",
                    inside ? "C" : " ", ArticleExtractor.quality(b).name(), b.linkDensity(), b.weight(),
                    describe(b.owner()), text.length() > 110 ? text.substring(0, 110) + "..." : text);
        }
    }

    private static String describe(Element e) {
        if (e == null) {
            return "-";
        }
        StringBuilder sb = new StringBuilder(e.normalName());
        if (!e.id().isEmpty()) {
            sb.append('#').append(e.id());
        }
        if (!e.className().isEmpty()) {
            sb.append('.').append(e.className().trim().replaceAll("\\s+", "."));
        }
        return sb.toString();
    }
}
