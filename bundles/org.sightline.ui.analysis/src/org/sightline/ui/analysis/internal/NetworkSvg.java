package org.sightline.ui.analysis.internal;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.sightline.analysis.api.ActorNetwork.EdgeKind;
import org.sightline.ui.analysis.internal.NetworkLayout.EdgePath;
import org.sightline.ui.analysis.internal.NetworkLayout.NodeBox;
import org.sightline.ui.api.Palette;

/**
 * Writes a {@link NetworkLayout} as a standalone SVG 1.1 document with the shapes and colours of
 * {@link NetworkPainter}. Written by hand: the drawing is a few rectangles, polylines and texts,
 * which needs no SVG library. Every text from the corpus is escaped; each node and edge carries
 * its model id ({@code data-actor}, {@code data-edge}) and a title for tooltips.
 */
final class NetworkSvg {

    private NetworkSvg() {
    }

    static String write(NetworkLayout layout, String title, double fontSize) {
        StringBuilder b = new StringBuilder(4096 + 400 * (layout.nodes().size() + layout.edges().size()));
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(layout.width()))
                .append("\" height=\"").append(num(layout.height())).append("\" viewBox=\"0 0 ").append(num(layout.width()))
                .append(' ').append(num(layout.height())).append("\" font-family=\"sans-serif\" font-size=\"")
                .append(num(fontSize)).append("\">\n");
        b.append("  <title>").append(escape(title)).append("</title>\n");
        b.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append("  <g id=\"edges\">\n");
        for (EdgePath path : layout.edges()) {
            edge(b, path, fontSize);
        }
        b.append("  </g>\n  <g id=\"nodes\">\n");
        for (NodeBox box : layout.nodes()) {
            node(b, box, fontSize);
        }
        b.append("  </g>\n</svg>\n");
        return b.toString();
    }

    private static void edge(StringBuilder b, EdgePath path, double fontSize) {
        double[] p = path.points();
        if (p.length < 4) {
            return;
        }
        boolean partOf = path.edge().kind() == EdgeKind.PART_OF;
        RGB rgb = partOf ? Palette.STRUCTURE : Palette.of(path.edge().claimType());
        String color = Palette.hex(rgb);
        b.append("    <g data-edge=\"").append(escape(path.edge().id())).append("\">");
        b.append("<title>").append(escape(path.edge().id()
                + (partOf ? " (part of)" : ": " + String.join(", ", path.edge().claimIds())))).append("</title>");
        b.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"")
                .append(num(NetworkPainter.strokeWidth(path.edge().weight()))).append('"');
        if (partOf) {
            b.append(" stroke-dasharray=\"6 4\"");
        }
        b.append(" points=\"");
        for (int i = 0; i < p.length; i += 2) {
            b.append(i == 0 ? "" : " ").append(num(p[i])).append(',').append(num(p[i + 1]));
        }
        b.append("\"/>");
        double[] h = NetworkPainter.arrowHead(p);
        b.append("<polygon fill=\"").append(color).append("\" points=\"").append(num(h[0])).append(',').append(num(h[1]))
                .append(' ').append(num(h[2])).append(',').append(num(h[3])).append(' ').append(num(h[4])).append(',')
                .append(num(h[5])).append("\"/>");
        if (path.hasLabel()) {
            b.append("<text x=\"").append(num(path.labelX() + 2)).append("\" y=\"").append(num(path.labelY() + fontSize))
                    .append("\" fill=\"").append(Palette.hex(Palette.darker(rgb))).append("\">").append(escape(path.label()))
                    .append("</text>");
        }
        b.append("</g>\n");
    }

    private static void node(StringBuilder b, NodeBox box, double fontSize) {
        RGB kind = Palette.of(box.actor().getKind());
        RGB fill = Palette.tint(kind, NetworkPainter.NODE_TINT);
        double cx = box.x() + box.w() / 2;
        double cy = box.y() + box.h() / 2;
        b.append("    <g data-actor=\"").append(escape(box.node().id())).append("\"><title>").append(escape(box.node().name()))
                .append(" (").append(box.actor().getKind()).append(")</title>");
        b.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y())).append("\" width=\"")
                .append(num(box.w())).append("\" height=\"").append(num(box.h())).append("\" rx=\"6\" fill=\"")
                .append(Palette.hex(fill)).append("\" stroke=\"").append(Palette.hex(kind)).append("\"/>");
        b.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy - 2)).append("\" text-anchor=\"middle\">")
                .append(escape(box.node().name())).append("</text>");
        b.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy + fontSize)).append("\" text-anchor=\"middle\">")
                .append(escape(box.caption())).append("</text></g>\n");
    }

    /** A number as SVG wants it: dot decimal, at most two places, no exponent. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * Text and attribute values for XML: the five markup characters escaped, and characters XML 1.0
     * does not allow (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF)
     * replaced by U+FFFD, since an actor name taken from a web page may contain anything.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
