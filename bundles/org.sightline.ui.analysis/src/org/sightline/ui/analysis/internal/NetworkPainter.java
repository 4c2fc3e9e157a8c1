package org.sightline.ui.analysis.internal;

import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.sightline.analysis.api.ActorNetwork.Edge;
import org.sightline.analysis.api.ActorNetwork.EdgeKind;
import org.sightline.model.Actor;
import org.sightline.ui.analysis.internal.NetworkLayout.EdgePath;
import org.sightline.ui.analysis.internal.NetworkLayout.NodeBox;
import org.sightline.ui.api.Palette;

/**
 * Draws a {@link NetworkLayout} on a GC in model coordinates (the caller sets the transform): the
 * canvas paints with it at any zoom, the PNG export at scale 1. {@link NetworkSvg} draws the same
 * shapes as SVG.
 */
final class NetworkPainter {

    /**
     * How much of its kind's colour a node's box is filled with: the kind's full colour is the outline (and the
     * colour of the actor's name in the other views), a light tint of it the fill, so the dark label stays readable.
     */
    static final double NODE_TINT = 0.3;

    private NetworkPainter() {
    }

    /** Stroke width of an edge of {@code weight} claims: 1 for one claim, up to 6. */
    static double strokeWidth(int weight) {
        return Math.min(6, 1 + Math.log(weight) / Math.log(2));
    }

    /**
     * Paints {@code layout}: actors in {@code highlighted} outlined (the others dimmed), {@code pinned} actors (by id)
     * with a dot in the corner, {@code selectedEdge} (or null) drawn in the highlight colour.
     */
    static void paint(GC gc, NetworkLayout layout, Set<Actor> highlighted, Set<String> pinned, Edge selectedEdge) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        for (EdgePath path : layout.edges()) {
            boolean touched = highlighted.contains(path.edge().source()) || highlighted.contains(path.edge().target());
            paintEdge(gc, path, !highlighted.isEmpty() && !touched, path.edge() == selectedEdge);
        }
        for (NodeBox box : layout.nodes()) {
            paintNode(gc, box, highlighted.contains(box.actor()), !highlighted.isEmpty() && !highlighted.contains(box.actor()));
            if (pinned.contains(box.node().id())) {
                gc.setBackground(Palette.color(Palette.TEXT));
                gc.fillOval((int) Math.round(box.x()) + 3, (int) Math.round(box.y()) + 3, 6, 6);
            }
        }
    }

    private static void paintEdge(GC gc, EdgePath path, boolean dimmed, boolean selected) {
        double[] p = path.points();
        if (p.length < 4) {
            return;
        }
        boolean partOf = path.edge().kind() == EdgeKind.PART_OF;
        RGB rgb = partOf ? Palette.STRUCTURE : Palette.of(path.edge().claimType());
        if (selected) {
            rgb = Palette.HIGHLIGHT;
        } else if (dimmed) {
            rgb = Palette.tint(rgb, 0.3);
        }
        Color color = Palette.color(rgb);
        gc.setForeground(color);
        gc.setBackground(color);
        gc.setLineWidth((int) Math.round(strokeWidth(path.edge().weight())) + (selected ? 2 : 0));
        gc.setLineStyle(partOf ? SWT.LINE_DASH : SWT.LINE_SOLID);
        int[] ints = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            ints[i] = (int) Math.round(p[i]);
        }
        gc.drawPolyline(ints);
        gc.setLineStyle(SWT.LINE_SOLID);
        double[] head = arrowHead(p);
        gc.fillPolygon(new int[] { (int) Math.round(head[0]), (int) Math.round(head[1]), (int) Math.round(head[2]),
                (int) Math.round(head[3]), (int) Math.round(head[4]), (int) Math.round(head[5]) });
        if (path.hasLabel()) {
            gc.setForeground(Palette.color(dimmed ? Palette.tint(Palette.TEXT, 0.3) : Palette.darker(rgb)));
            gc.drawText(path.label(), (int) Math.round(path.labelX() + 2), (int) Math.round(path.labelY()), true);
        }
    }

    /** The three corners of the arrow at the end of polyline {@code p}: tip, then the two back corners. */
    static double[] arrowHead(double[] p) {
        int n = p.length;
        double tx = p[n - 2];
        double ty = p[n - 1];
        double dx = tx - p[n - 4];
        double dy = ty - p[n - 3];
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            dx = 1;
            dy = 0;
            len = 1;
        }
        double ux = dx / len;
        double uy = dy / len;
        double size = 8;
        double bx = tx - ux * size;
        double by = ty - uy * size;
        return new double[] { tx, ty, bx - uy * size / 2, by + ux * size / 2, bx + uy * size / 2, by - ux * size / 2 };
    }

    private static void paintNode(GC gc, NodeBox box, boolean highlighted, boolean dimmed) {
        int x = (int) Math.round(box.x());
        int y = (int) Math.round(box.y());
        int w = (int) Math.round(box.w());
        int h = (int) Math.round(box.h());
        RGB kind = Palette.of(box.actor().getKind());
        RGB fill = Palette.tint(kind, NODE_TINT);
        gc.setBackground(Palette.color(dimmed ? Palette.tint(fill, 0.4) : fill));
        gc.fillRoundRectangle(x, y, w, h, 12, 12);
        gc.setLineWidth(highlighted ? 3 : 1);
        gc.setForeground(Palette.color(highlighted ? Palette.HIGHLIGHT : kind));
        gc.drawRoundRectangle(x, y, w, h, 12, 12);
        gc.setLineWidth(1);
        gc.setForeground(Palette.color(dimmed ? Palette.tint(Palette.TEXT, 0.4) : Palette.TEXT));
        String name = box.node().name();
        String caption = box.caption();
        int lineH = gc.getFontMetrics().getHeight();
        int top = y + (h - 2 * lineH) / 2;
        gc.drawText(name, x + (w - gc.textExtent(name).x) / 2, top, true);
        gc.drawText(caption, x + (w - gc.textExtent(caption).x) / 2, top + lineH, true);
    }
}
