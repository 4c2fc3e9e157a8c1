package org.sightline.importer.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text before the body is looked for: scripts and other non-text
 * elements, hidden elements, and page furniture recognised by tag, ARIA role or the generic words
 * that templates use in class and id names ("comment", "share", "related"...). The words are
 * general web vocabulary, never the names of a particular site.
 */
final class Cleaner {

    /** Elements whose content is not shown as text. */
    private static final Set<String> NON_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "video", "audio", "picture", "source", "track", "map", "link",
            "meta", "input", "button", "select", "textarea", "option", "head", "title", "dialog", "frameset");

    /** Elements that are page furniture by definition. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "header");

    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist");

    /**
     * Class/id words of furniture. Matched against the class, id and data-* names split into words,
     * so "comments-list" and "commentList" match "comment" but "commentary" does not.
     */
    private static final Pattern FURNITURE_WORDS = Pattern.compile(
            "^(comments?|disqus|respond|replies|reply|share|sharing|shares|sharebar|social|socials|related|"
                    + "recommend(ed|ations?)?|newsletters?|signup|subscribe|subscription|promo|promos|promoted|"
                    + "advert|adverts|advertisement|advertising|ad|ads|adslot|adunit|dfp|gpt|sponsor|sponsored|"
                    + "banner|cookies?|consent|gdpr|breadcrumbs?|sidebar|widget|widgets|popup|modal|overlay|"
                    + "footer|masthead|menu|navbar|nav|navigation|toolbar|pagination|pager|tags|tagcloud|"
                    + "taboola|outbrain|trending|popular|mostread|most|newsletter|skip|hidden|hide|"
                    + "sr|visually|visuallyhidden|invisible|offscreen|print|rss|login|paywall|"
                    + "byline|author|authors|dateline|timestamp|caption|credit|credits|"
                    + "toc|follow|subnav|topbar|utility|alert|signin|register|"
                    + "captions|figcaption|photo|lightbox|gallery|slideshow|carousel|video|player|"
                    + "meta|metadata|info|date|published|updated|readmore|more|next|prev|previous|"
                    + "jump|bottom|header|top|bio|profile|contributor|rating|poll|survey|quiz|disclaimer|"
                    + "copyright|legal|editor|note|tools|actions|buttons|icons?)$");

    /** Class/id words that mark the article itself; they protect an element from FURNITURE_WORDS. */
    private static final Pattern CONTENT_WORDS = Pattern.compile(
            "^(article|articles|body|content|contents|entry|main|post|story|text|blog|hentry|prose|richtext|"
                    + "paragraph|paragraphs)$");

    /**
     * Stems that mark furniture even inside run-together names ("relatedpoststitle", "sharedaddy"),
     * where words cannot be split. Only stems that ordinary words rarely contain.
     */
    private static final Pattern FURNITURE_STEMS = Pattern.compile(
            "related|comment(?!ary)|share|social|newsletter|sidebar|footer|breadcrumb|sponsor|advert|cookie|"
                    + "popular|recommend|outbrain|taboola|disqus|subscri|paywall|byline|promo(?!t)");

    /** Class words of an element that labels a section (its first child). */
    private static final Pattern LABEL_WORDS = Pattern.compile("^(title|titles|heading|header|head|label|hed)$");

    /**
     * What section labels say when the section is not the article: related links, reader
     * comments, newsletters, in the languages of the web's larger news sites. Matched against the
     * whole label, so a subheading that merely starts with these words is not affected.
     */
    private static final Pattern FURNITURE_LABELS = Pattern.compile(
            "(related|related (articles?|posts?|stories|content|news|coverage|topics|links|reading)|"
                    + "(read|see) (more|also)|more (from|on|in|about) .{1,40}|more (stories|news|articles)|"
                    + "you (may|might) (also )?like|(you may|you might) (also )?be interested in|"
                    + "recommended( for you)?|(most )?popular( now| stories| articles)?|most (read|viewed|shared)|"
                    + "trending( now| stories)?|latest( news| stories| articles| posts)?|breaking news|top stories|"
                    + "comments?|\\d+ comments?|leave a (comment|reply)|join the (discussion|conversation)|"
                    + "share( this( article| story| post)?)?|follow us|newsletter|sign up.{0,40}|subscribe.{0,40}|"
                    + "tags|topics|advertisement|sponsored( content)?|promoted( stories)?|"
                    + "você pode gostar|leia (também|mais)|veja também|relacionad[ao]s|coment[aá]rios|"
                    + "te puede interesar|lee también|noticias relacionadas|más leídas|"
                    + "(à )?lire aussi|articles liés|commentaires|sur le même sujet|"
                    + "mehr zum thema|das könnte sie auch interessieren|kommentare|weitere artikel|ähnliche artikel|"
                    + "articoli correlati|leggi anche|commenti|potrebbe interessarti|"
                    + "baca juga|artikel terkait|berita terkait|читайте также|похожие статьи|комментарии)");

    private Cleaner() {
    }

    /** Removes comments, non-text and hidden elements: what is never shown as text. */
    static void removeInvisible(Element root) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                } else if (node instanceof Element e && node != root && isInvisible(e)) {
                    doomed.add(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // removal happens after the walk
            }
        }, root);
        removeAll(doomed);
    }

    private static boolean isInvisible(Element e) {
        if (NON_TEXT.contains(e.normalName())) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        return false;
    }

    /** How an element was recognised as furniture. */
    enum Furniture {
        /** Not furniture. */
        NONE,
        /** By its tag or ARIA role: reliable. */
        TAG,
        /** By its class or id names: can mislead ("has-sidebar" on a page wrapper). */
        NAME
    }

    /** Whether the element's tag, role or class/id words say it is page furniture. */
    static Furniture furniture(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")
                || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
            return Furniture.NONE;
        }
        if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return Furniture.TAG;
        }
        return hasFurnitureName(e) ? Furniture.NAME : Furniture.NONE;
    }

    /**
     * A class token like "article-footer" is furniture when any of its words is; another token of
     * the element naming the content ("article-body") wins over it.
     */
    static boolean hasFurnitureName(Element e) {
        String names = (e.className() + " " + e.id()).trim();
        if (names.isEmpty()) {
            return false;
        }
        // Templates repeat the same few class strings thousands of times; judge each string once.
        Boolean known = NAME_VERDICTS.get(names);
        if (known == null) {
            known = judgeNames(names);
            if (NAME_VERDICTS.size() > 20_000) {
                NAME_VERDICTS.clear();
            }
            NAME_VERDICTS.put(names, known);
        }
        return known;
    }

    private static final Map<String, Boolean> NAME_VERDICTS = new ConcurrentHashMap<>();

    private static boolean judgeNames(String names) {
        boolean furniture = false;
        for (String token : names.split("\\s+")) {
            boolean content = false;
            boolean junk = false;
            for (String word : words(token)) {
                junk |= FURNITURE_WORDS.matcher(word).matches();
                content |= CONTENT_WORDS.matcher(word).matches();
            }
            junk |= FURNITURE_STEMS.matcher(token.toLowerCase(Locale.ROOT)).find();
            if (content && !junk) {
                return false;
            }
            furniture |= junk;
        }
        return furniture;
    }

    /**
     * True when the element is a section whose label (its first child with text: a heading or an
     * element named like a title) says "Related", "Comments" and the like, in words or class names.
     *
     * @param labelText text of that first child, already known to be short
     */
    static boolean isLabelledFurniture(Element label, String labelText) {
        String tag = label.normalName();
        boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        if (!heading) {
            boolean named = false;
            for (String word : words(label.className() + " " + label.id())) {
                named |= LABEL_WORDS.matcher(word).matches();
            }
            if (!named) {
                return false;
            }
        }
        String norm = labelText.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}]+", " ")
                .replaceAll("\\s+", " ").strip();
        return FURNITURE_LABELS.matcher(norm).matches()
                || FURNITURE_STEMS.matcher((label.className() + " " + label.id()).toLowerCase(Locale.ROOT)).find();
    }

    /** Splits class and id names into lower-case words at '-', '_', spaces, digits and camelCase humps. */
    static List<String> words(String names) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean boundary = !Character.isLetter(c)
                    || (Character.isUpperCase(c) && Character.isLowerCase(prev));
            if (boundary && !w.isEmpty()) {
                out.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
            if (Character.isLetter(c)) {
                w.append(c);
            }
            prev = c;
        }
        if (!w.isEmpty()) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static void removeAll(List<? extends Node> nodes) {
        for (Node n : nodes) {
            if (n.parent() != null) {
                n.remove();
            }
        }
    }
}
