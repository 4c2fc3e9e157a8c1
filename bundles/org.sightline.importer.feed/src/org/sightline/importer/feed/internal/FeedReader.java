package org.sightline.importer.feed.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.sightline.importer.base.api.Dates;
import org.sightline.core.api.ImportException;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.html.api.HtmlArticleImporter;

/** Reads RSS and Atom documents into one {@link ImportedText} per item. */
public final class FeedReader {

    /** Entity declarations are the means of both entity-expansion bombs and external-entity reads. */
    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_MARKUP = Pattern.compile("<[a-zA-Z/!][^>]*>");

    private static final HtmlArticleImporter HTML = new HtmlArticleImporter();

    private FeedReader() {
    }

    public static List<ImportedText> read(String xml, String input, String importerId) throws ImportException {
        int doctype = indexOfIgnoreCase(xml, "<!DOCTYPE");
        if (doctype >= 0 && ENTITY_DECLARATION.matcher(xml).find(doctype)) {
            throw new ImportException(input, "the feed's DOCTYPE declares entities; refused, since expanding them "
                    + "could read local files or exhaust memory, and feeds do not need them");
        }
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = doc.children().first();
        if (root == null) {
            throw new ImportException(input, "not a feed: no root element");
        }
        String rootName = localName(root);
        return switch (rootName) {
            case "rss", "rdf" -> rss(root, input, importerId);
            case "feed" -> atom(root, input, importerId);
            default -> throw new ImportException(input, "not an RSS or Atom feed: the root element is <"
                    + root.tagName() + ">");
        };
    }

    private static List<ImportedText> rss(Element root, String input, String importerId) {
        Element channel = child(root, "channel");
        String publisher = channel == null ? null : text(child(channel, "title"));
        String language = language(channel == null ? null : text(child(channel, "language")));
        List<ImportedText> out = new ArrayList<>();
        // RSS 2.0 nests items in <channel>; RSS 1.0 (RDF) puts them beside it.
        for (Element item : root.getElementsByTag("item")) {
            String link = first(text(child(item, "link")), permalink(child(item, "guid")));
            String html = first(text(child(item, "content:encoded")), text(child(item, "encoded")),
                    text(child(item, "description")));
            String author = first(text(child(item, "dc:creator")), text(child(item, "creator")),
                    text(child(item, "author")));
            String date = first(text(child(item, "pubDate")), text(child(item, "dc:date")), text(child(item, "date")));
            addIfAny(out, document(text(child(item, "title")), link, html, author, Dates.parse(date, language), publisher, language,
                    importerId));
        }
        return out;
    }

    private static List<ImportedText> atom(Element feed, String input, String importerId) {
        String publisher = text(child(feed, "title"));
        String language = language(feed.attr("xml:lang"));
        List<ImportedText> out = new ArrayList<>();
        for (Element entry : feed.getElementsByTag("entry")) {
            String link = null;
            for (Element l : entry.children()) {
                if (localName(l).equals("link") && (l.attr("rel").isEmpty() || l.attr("rel").equals("alternate"))) {
                    link = l.attr("href");
                    break;
                }
            }
            Element content = first(child(entry, "content"), child(entry, "summary"));
            String html = content == null ? null : atomHtml(content);
            Element author = child(entry, "author");
            String authorName = author == null ? null : first(text(child(author, "name")), text(author));
            String date = first(text(child(entry, "published")), text(child(entry, "updated")));
            String lang = first(language(entry.attr("xml:lang")), language);
            addIfAny(out, document(text(child(entry, "title")), link, html, authorName, Dates.parse(date, lang), publisher, lang,
                    importerId));
        }
        return out;
    }

    /** Atom content as HTML: xhtml content is markup, html content is escaped markup, text is text. */
    private static String atomHtml(Element content) {
        String type = content.attr("type").toLowerCase(Locale.ROOT);
        if (type.equals("xhtml")) {
            StringBuilder sb = new StringBuilder();
            for (Node n : content.childNodes()) {
                sb.append(n.outerHtml());
            }
            return sb.toString();
        }
        if (type.isEmpty() || type.equals("text")) {
            return "<p>" + org.jsoup.nodes.Entities.escape(content.wholeText()) + "</p>";
        }
        return content.wholeText();
    }

    private static ImportedText document(String title, String link, String html, String author, LocalDate published,
            String publisher, String language, String importerId) {
        ImportedText body;
        if (html == null || html.isBlank()) {
            body = null;
        } else if (HAS_MARKUP.matcher(html).find()) {
            body = HTML.importHtml(html, link);
        } else {
            body = HTML.importHtml("<p>" + org.jsoup.nodes.Entities.escape(html.strip()) + "</p>", link);
        }
        String text = body == null ? "" : body.text();
        if (text.isBlank()) {
            // An item with a headline only: the headline is all the text the feed gives for it.
            return title == null ? null : new ImportedText(title, title, author, published, publisher, link, language, List.of(), importerId);
        }
        return new ImportedText(text, title, author, published, publisher, link, language, body.structure(), importerId);
    }

    /** Items with neither text nor title carry nothing to analyse and are left out. */
    private static void addIfAny(List<ImportedText> out, ImportedText item) {
        if (item != null) {
            out.add(item);
        }
    }

    /** The first child element with this (qualified or local) name. */
    private static Element child(Element parent, String name) {
        for (Element c : parent.children()) {
            if (c.tagName().equalsIgnoreCase(name) || (!name.contains(":") && localName(c).equals(name.toLowerCase(Locale.ROOT)))) {
                return c;
            }
        }
        return null;
    }

    private static String localName(Element e) {
        String n = e.tagName().toLowerCase(Locale.ROOT);
        int colon = n.indexOf(':');
        return colon >= 0 ? n.substring(colon + 1) : n;
    }

    private static String permalink(Element guid) {
        if (guid == null || guid.attr("isPermaLink").equalsIgnoreCase("false")) {
            return null;
        }
        String t = text(guid);
        return t != null && (t.startsWith("http://") || t.startsWith("https://")) ? t : null;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.wholeText().strip();
        return t.isEmpty() ? null : t;
    }

    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip().replace('_', '-');
        int dash = t.indexOf('-');
        String primary = (dash > 0 ? t.substring(0, dash) : t).toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static int indexOfIgnoreCase(String s, String what) {
        int limit = Math.min(s.length(), 64 * 1024);
        for (int i = 0; i + what.length() <= limit; i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
