package org.sightline.importer.html.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sightline.importer.base.api.Dates;


/**
 * Page metadata from the hints pages give, strongest first: Open Graph and article meta tags,
 * JSON-LD, schema.org microdata, then visible markup ({@code <h1>}, {@code <time>}, bylines,
 * {@code <title>}). Read before cleaning, since cleaning removes scripts and meta tags.
 *
 * @param articleBody the longest JSON-LD articleBody, a hint for the extractor (null when none)
 */
record Metadata(String title, String author, LocalDate published, String publisher, String canonicalUrl,
        String language, String articleBody) {

    static Metadata read(Document doc) {
        Map<String, String> metas = metas(doc);
        Function<String, String> meta = metas::get;
        List<Map<String, Object>> ld = JsonLd.objects(doc);
        Map<String, Object> article = ld.stream().filter(JsonLd::isArticle).findFirst().orElse(null);
        String title = first(meta.apply("og:title"), meta.apply("twitter:title"), ldText(article, "headline"),
                text(doc.selectFirst("h1")), doc.title());
        String author = first(nonUrl(meta.apply("author")), nonUrl(meta.apply("article:author")),
                ldText(article, "author"), itemprop(doc, "author"), nonUrl(meta.apply("dc.creator")),
                byline(doc));
        String published = first(meta.apply("article:published_time"), itemprop(doc, "datePublished"),
                ldText(article, "datePublished"), meta.apply("date"), meta.apply("pubdate"),
                meta.apply("publishdate"), meta.apply("dc.date.issued"), meta.apply("dc.date"),
                meta.apply("og:published_time"), meta.apply("sailthru.date"), meta.apply("parsely-pub-date"),
                timeElement(doc));
        String publisher = first(meta.apply("og:site_name"), article == null ? null : ldText(article, "publisher"),
                meta.apply("application-name"));
        String canonical = first(absolute(doc.selectFirst("link[rel~=(?i)^canonical$][href]")), meta.apply("og:url"));
        String language = language(first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                httpEquiv(doc, "content-language"), meta.apply("og:locale"), ldText(article, "inLanguage")));
        String body = null;
        for (Map<String, Object> o : ld) {
            String b = ldText(o, "articleBody");
            if (b != null && (body == null || b.length() > body.length())) {
                body = b;
            }
        }
        return new Metadata(clean(title), clean(author), Dates.parse(published, language), clean(publisher), canonical,
                language, body);
    }

    /** Meta tag contents by lower-case property/name/itemprop, first occurrence wins. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String name = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.attr("itemprop");
            String v = m.attr("content").strip();
            if (!name.isEmpty() && !v.isEmpty()) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), v);
            }
        }
        return out;
    }

    private static String httpEquiv(Document doc, String key) {
        Element m = doc.selectFirst("meta[http-equiv=" + key + "][content]");
        return m == null ? null : m.attr("content");
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        if (e.hasAttr("datetime")) {
            return e.attr("datetime");
        }
        Element name = e.selectFirst("[itemprop=name]");
        return text(name != null ? name : e);
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    private static String byline(Document doc) {
        Element e = doc.selectFirst("[rel=author], .byline, .author, [class*=byline]");
        if (e == null) {
            return null;
        }
        String t = text(e);
        if (t == null || t.length() > 100) {
            return null;
        }
        return t.replaceFirst("(?i)^(by|von|par|por|di)\\s+", "");
    }

    private static String ldText(Map<String, Object> o, String key) {
        return o == null ? null : JsonLd.text(o.get(key));
    }

    private static String absolute(Element link) {
        if (link == null) {
            return null;
        }
        String href = link.absUrl("href");
        return href.isEmpty() ? link.attr("href") : href;
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    /** Primary language subtag, lower case ("en-US" -> "en"), or null. */
    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().replace('_', '-');
        int dash = t.indexOf('-');
        String primary = (dash > 0 ? t.substring(0, dash) : t).toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }
}
