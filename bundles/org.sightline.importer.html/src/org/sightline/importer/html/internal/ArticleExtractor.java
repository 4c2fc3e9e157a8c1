package org.sightline.importer.html.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.sightline.importer.base.api.Structure;

/**
 * Finds the article body of a page and returns its blocks.
 *
 * <p>The idea: article text comes as long, sentence-like blocks with few links ("good" text),
 * furniture as short or link-heavy ones. The body container is the element that maximises good
 * text minus a penalty for the other text it drags in; that is the tightest element holding the
 * article, however the site nests it. Blocks inside it are then filtered one by one.
 */
final class ArticleExtractor {

    /** Weight of non-article text inside a candidate container. */
    private static final double OTHER_PENALTY = 0.5;
    /** Weight of short, non-link text (captions, bylines, one-line paragraphs) inside a candidate. */
    private static final double SHORT_PENALTY = 0.15;

    /**
     * The chosen blocks, the container they came from (null when the page has no text) and, for
     * diagnostics, every block of the cleaned page.
     */
    record Result(List<Block> blocks, Element container, List<Block> all) {
    }

    private ArticleExtractor() {
    }

    static Result extract(Document doc, Metadata meta) {
        Element body = doc.body();
        if (body == null) {
            return new Result(List.of(), null, List.of());
        }
        Cleaner.removeInvisible(body);
        Map<Element, double[]> raw = scores(body, BlockSegmenter.segment(body));
        removeFurniture(body, raw, meta.title());
        BlockSegmenter seg = BlockSegmenter.segment(body);
        Map<Element, double[]> scores = scores(body, seg);
        Element container = body;
        double best = Double.NEGATIVE_INFINITY;
        double[] page = scores.get(body);
        if (page == null || page[0] == 0) {
            // No long paragraph anywhere (a short page or a feed snippet): keep everything that survived cleaning.
            best = Double.POSITIVE_INFINITY;
        }
        // Candidates in document order, not the map's: an IdentityHashMap iterates by identity hash
        // codes, which differ from one JVM run to the next, so a tie went to either element (the same
        // page gave two texts in `analyze` and the Spark job). On a tie the tighter element wins.
        for (Element e : body.getAllElements()) {
            double[] s = scores.get(e);
            if (s == null) {
                continue;
            }
            double score = s[0] - OTHER_PENALTY * s[1] - SHORT_PENALTY * s[2];
            if (score > best || score == best && isInside(e, container)) {
                best = score;
                container = e;
            }
        }
        List<Block> chosen = BlockFilter.filter(seg.blocksOf(container), meta.title());
        List<Block> hinted = fromJsonLd(meta.articleBody(), chosen, container);
        return new Result(hinted != null ? hinted : chosen, container, seg.blocks());
    }

    /** Whether {@code e} is a descendant of {@code ancestor}. */
    private static boolean isInside(Element e, Element ancestor) {
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's JSON-LD articleBody, as paragraphs, when the DOM gave much less text than it: pages
     * that render their body with JavaScript still ship it there. Otherwise null: the DOM keeps its
     * structure and JSON-LD bodies are often truncated or stale.
     */
    private static List<Block> fromJsonLd(String articleBody, List<Block> chosen, Element container) {
        if (articleBody == null || articleBody.length() < 200) {
            return null;
        }
        int extracted = chosen.stream().mapToInt(Block::chars).sum();
        if (extracted * 2 >= articleBody.length()) {
            return null;
        }
        if (articleBody.indexOf('<') >= 0 && articleBody.indexOf('>') > 0) {
            // Some sites put the body's HTML into JSON-LD: lay it out like any other markup.
            List<Block> blocks = BlockSegmenter.segment(Jsoup.parseBodyFragment(articleBody).body()).blocks();
            return blocks.isEmpty() ? null : blocks;
        }
        List<Block> out = new ArrayList<>();
        for (String para : articleBody.split("\\s*\\n\\s*")) {
            String t = para.replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                out.add(Block.of(container, Structure.Kind.PARAGRAPH, t, 0, 0));
            }
        }
        return out;
    }

    /** How a block counts for container choice. */
    enum Quality { GOOD, BAD, SHORT }

    static Quality quality(Block b) {
        double links = b.linkDensity();
        if (b.kind() != Structure.Kind.HEADING && links <= 0.6 && b.nonLinkWeight() >= 70) {
            return Quality.GOOD;
        }
        return links > 0.5 ? Quality.BAD : Quality.SHORT;
    }

    /** Per element: {good chars, bad chars, short chars, number of good blocks} of the blocks inside it. */
    private static Map<Element, double[]> scores(Element root, BlockSegmenter seg) {
        Map<Element, double[]> own = new IdentityHashMap<>();
        for (Block b : seg.blocks()) {
            double[] s = own.computeIfAbsent(b.owner(), k -> new double[4]);
            Quality q = quality(b);
            s[q.ordinal()] += b.chars();
            if (q == Quality.GOOD) {
                s[3]++;
            }
        }
        // Sum up the tree in one post-order pass (no per-block ancestor walks: pages can be deep).
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // sums are made on the way up
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root) {
                    double[] s = own.get(e);
                    if (s != null && e.parent() != null) {
                        double[] up = own.computeIfAbsent(e.parent(), k -> new double[4]);
                        up[0] += s[0];
                        up[1] += s[1];
                        up[2] += s[2];
                        up[3] += s[3];
                    }
                }
            }
        }, root);
        return own;
    }

    /**
     * Removes furniture: elements whose tag, role or names say so (see {@link Cleaner#furniture})
     * and sections labelled "Related", "Comments"... Two exceptions guard against class names that
     * mislead (a "has-sidebar" page wrapper): an element holding the page's marked-up body
     * ({@code <main>}, itemprop=articleBody), and a name-based match holding half or more of the
     * page's good text in at least three good blocks. Furniture inside them is still removed.
     */
    private static void removeFurniture(Element body, Map<Element, double[]> raw, String title) {
        double[] all = raw.get(body);
        double pageGood = all == null ? 0 : all[0];
        Set<Element> holdsArticle = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element marked : body.select("main, [itemprop~=(?i)articleBody]")) {
            for (Element up = marked.parent(); up != null && holdsArticle.add(up); up = up.parent()) {
                // mark every ancestor once
            }
        }
        // A section holding the title heading is the article's, whatever its first line says.
        Set<Element> holdsTitle = Collections.newSetFromMap(new IdentityHashMap<>());
        Element heading = titleHeading(body, title);
        for (Element up = heading; up != null && holdsTitle.add(up); up = up.parent()) {
            // mark every ancestor once
        }
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private Node skipping;

            @Override
            public void head(Node node, int depth) {
                if (skipping != null || !(node instanceof Element e) || e == body || holdsArticle.contains(e)) {
                    return;
                }
                // Inline elements own no blocks, so they have no counts; they hold little text anyway.
                double[] s = raw.get(e);
                boolean holdsMostText = s != null && s[0] >= 0.5 * pageGood && s[3] >= 3;
                boolean remove = switch (Cleaner.furniture(e)) {
                    case TAG -> true;
                    case NAME -> !holdsMostText;
                    case NONE -> s != null && !holdsTitle.contains(e) && isLabelledFurniture(e, raw);
                };
                if (remove) {
                    doomed.add(e);
                    skipping = e;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == skipping) {
                    skipping = null;
                }
            }
        }, body);
        Cleaner.removeAll(doomed);
    }

    /**
     * The heading that shows the page title: the first h1 (else h2) whose text and the metadata
     * title contain one another; the first h1 when there is no title. Null when none.
     */
    static Element titleHeading(Element body, String title) {
        String t = title == null ? "" : BlockFilter.norm(title);
        Element firstH1 = null;
        for (Element h : body.select("h1, h2")) {
            String text = BlockFilter.norm(h.text());
            if (h.nameIs("h1") && firstH1 == null) {
                firstH1 = h;
            }
            if (!t.isEmpty() && text.length() >= 10 && (t.contains(text) || text.contains(t))) {
                return h;
            }
        }
        return firstH1;
    }

    /** Longest section label looked at, in characters. */
    private static final int MAX_LABEL = 60;

    private static boolean isLabelledFurniture(Element e, Map<Element, double[]> raw) {
        for (Element child : e.children()) {
            double[] s = raw.get(child);
            if (s == null) {
                continue; // no text yet: an image or an empty wrapper before the label
            }
            double chars = s[0] + s[1] + s[2];
            return chars <= MAX_LABEL && child != e.lastElementChild()
                    && Cleaner.isLabelledFurniture(child, child.text());
        }
        return false;
    }
}
