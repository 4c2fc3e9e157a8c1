package org.sightline.ui.analysis.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPart;
import org.sightline.analysis.api.ActorNetwork;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Mention;
import org.sightline.ui.analysis.internal.NetworkLayout.NodeBox;
import org.sightline.ui.api.SelectionProvider;

/**
 * Actor network: actors as boxes coloured by kind and sized by the claims they made, claims as
 * arrows from speaker to the actor spoken about, one per claim type, labelled and thickened by the
 * number of claims; part-of as dashed grey arrows. Laid out with ELK (layered). Click an actor to
 * select it; actors selected elsewhere (or the speaker and targets of a selected claim) are
 * outlined. Wheel zooms, dragging the background pans, Fit shows everything. Exports PNG and SVG.
 */
public final class ActorNetworkView extends AnalysisView<ActorNetworkView.Drawing> {

    private static final double MIN_SCALE = 0.05;
    private static final double MAX_SCALE = 8;

    private Composite root;
    private Label status;
    private Canvas canvas;
    private final SelectionProvider selection = new SelectionProvider();
    private ActorNetwork network;
    private NetworkLayout layout;
    private Set<Actor> highlighted = Set.of();
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private Point dragFrom;
    /** Whether the drawing is at "Fit" (then a resize fits again) or the analyst zoomed or panned. */
    private boolean fitted = true;

    @Override
    protected void createContents(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
        status = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(status);
        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, e -> dragFrom = null);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDoubleClick, e -> fit());
        canvas.addListener(SWT.Resize, e -> {
            if (fitted) {
                fit();
            }
        });
        getSite().setSelectionProvider(selection);
    }

    @Override
    protected Control control() {
        return canvas;
    }

    /** The network and how it is laid out. */
    record Drawing(ActorNetwork network, NetworkLayout layout) {
    }

    @Override
    protected Drawing compute(Corpus corpus, IProgressMonitor monitor) {
        ActorNetwork n = new ActorNetworkAnalysis().analyze(corpus);
        checkCancelled(monitor);
        return new Drawing(n, NetworkLayout.compute(n, NetworkLayout.MAX_NODES, new CanvasText()));
    }

    @Override
    protected void show(Drawing drawing) {
        network = drawing == null ? null : drawing.network();
        layout = drawing == null ? null : drawing.layout();
        status.setText(drawing == null ? "No workspace open." : describe(network, layout));
        status.getParent().layout();
        fit();
    }

    /**
     * Text measured in the canvas' font for the layout job: each size is asked of the UI thread once
     * (a GC lives there) and kept; the layout itself runs in the job.
     */
    private final class CanvasText implements NetworkLayout.TextMetrics {
        private final Map<String, Double> widths = new HashMap<>();
        private double lineHeight = -1;

        @Override
        public double width(String text) {
            return widths.computeIfAbsent(text, t -> measure(gc -> gc.textExtent(t).x));
        }

        @Override
        public double lineHeight() {
            if (lineHeight < 0) {
                lineHeight = measure(gc -> gc.getFontMetrics().getHeight());
            }
            return lineHeight;
        }

        private double measure(ToDoubleFunction<GC> what) {
            double[] out = new double[1];
            canvas.getDisplay().syncExec(() -> {
                if (!canvas.isDisposed()) {
                    GC gc = new GC(canvas);
                    try {
                        out[0] = what.applyAsDouble(gc);
                    } finally {
                        gc.dispose();
                    }
                }
            });
            return out[0];
        }
    }

    static String describe(ActorNetwork network, NetworkLayout layout) {
        StringBuilder b = new StringBuilder();
        b.append(network.nodes().size()).append(network.nodes().size() == 1 ? " actor, " : " actors, ")
                .append(network.edges().size()).append(network.edges().size() == 1 ? " edge" : " edges");
        if (layout.omittedActors() > 0) {
            b.append(" (showing the ").append(layout.nodes().size()).append(" most active actors; ")
                    .append(layout.omittedActors()).append(" left out)");
        }
        if (network.unattributedClaims() > 0) {
            b.append("; ").append(NetworkLayout.claimsCaption(network.unattributedClaims())).append(" without a source");
        }
        if (network.untargetedClaims() > 0) {
            b.append("; ").append(NetworkLayout.claimsCaption(network.untargetedClaims())).append(" about no actor");
        }
        return b.toString();
    }

    // ---- painting, zoom and pan ---------------------------------------------------------------

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        Rectangle area = canvas.getClientArea();
        gc.fillRectangle(area);
        if (layout == null) {
            return;
        }
        Transform t = new Transform(canvas.getDisplay());
        try {
            t.translate((float) offsetX, (float) offsetY);
            t.scale((float) scale, (float) scale);
            gc.setTransform(t);
            NetworkPainter.paint(gc, layout, highlighted);
            gc.setTransform(null);
        } finally {
            t.dispose();
        }
    }

    private double fittedScale() {
        if (layout == null || layout.width() <= 0 || layout.height() <= 0) {
            return 1;
        }
        Rectangle area = canvas.getClientArea();
        return Math.max(MIN_SCALE, Math.min(1.5, Math.min(area.width / layout.width(), area.height / layout.height())));
    }

    /** Zooms so the whole network fits, centred. */
    public void fit() {
        if (!isAlive()) {
            return;
        }
        scale = fittedScale();
        fitted = true;
        Rectangle area = canvas.getClientArea();
        offsetX = layout == null ? 0 : (area.width - layout.width() * scale) / 2;
        offsetY = layout == null ? 0 : (area.height - layout.height() * scale) / 2;
        canvas.redraw();
    }

    private void wheel(Event e) {
        double factor = e.count > 0 ? 1.15 : 1 / 1.15;
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        // Keep the model point under the cursor in place.
        offsetX = e.x - (e.x - offsetX) * next / scale;
        offsetY = e.y - (e.y - offsetY) * next / scale;
        scale = next;
        fitted = false;
        canvas.redraw();
    }

    private void mouseDown(Event e) {
        if (e.button != 1 || layout == null) {
            return;
        }
        NodeBox box = layout.nodeAt((e.x - offsetX) / scale, (e.y - offsetY) / scale);
        if (box == null) {
            dragFrom = new Point(e.x, e.y);
            return;
        }
        highlight(Set.of(box.actor()));
        selection.fire(new StructuredSelection(box.actor()));
    }

    private void mouseMove(Event e) {
        if (dragFrom == null) {
            return;
        }
        offsetX += e.x - dragFrom.x;
        offsetY += e.y - dragFrom.y;
        dragFrom = new Point(e.x, e.y);
        fitted = false;
        canvas.redraw();
    }

    // ---- selection ------------------------------------------------------------------------------

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection s) {
        if (!(s instanceof IStructuredSelection ss) || ss.isEmpty()) {
            return;
        }
        Set<Actor> actors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object o : ss) {
            switch (o) {
                case Actor a -> actors.add(a);
                case Mention m when m.getActor() != null -> actors.add(m.getActor());
                case Claim c -> {
                    if (c.getSource() != null) {
                        actors.add(c.getSource());
                    }
                    actors.addAll(c.getTargets());
                }
                default -> {
                }
            }
        }
        if (!actors.isEmpty()) {
            highlight(actors);
        }
    }

    private void highlight(Set<Actor> actors) {
        highlighted = actors;
        canvas.redraw();
    }

    // ---- export ---------------------------------------------------------------------------------

    /** Where an image is offered to go: beside the workspace file, else the home folder. */
    java.nio.file.Path exportFolder() {
        java.nio.file.Path file = session() == null ? null : session().file().map(java.nio.file.Path::toAbsolutePath).orElse(null);
        return file != null && file.getParent() != null ? file.getParent() : java.nio.file.Path.of(System.getProperty("user.home"));
    }

    /** Asks where to write the drawing as {@code format} (png or svg) and writes it there. */
    void askExport(String format) {
        String extension = "*." + format;
        if (layout == null) {
            MessageDialog.openInformation(canvas.getShell(), "Export Network", "There is no network to export: no workspace is open.");
            return;
        }
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFileName("actor-network" + extension.substring(1));
        dialog.setFilterPath(exportFolder().toString()); // not the program's folder, where the process happens to run
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            if (extension.equals("*.png")) {
                exportPng(Path.of(file));
            } else {
                exportSvg(Path.of(file));
            }
        } catch (IOException | RuntimeException ex) {
            MessageDialog.openError(canvas.getShell(), "Export Failed", "Cannot write " + file + ": " + ex.getMessage());
        }
    }

    /** Writes the whole network at scale 1 (smaller if it would exceed 8000 pixels) as PNG. */
    public void exportPng(Path file) throws IOException {
        if (layout == null) {
            throw new IllegalStateException("no network to export: no workspace is open");
        }
        double s = Math.min(1, 8000 / Math.max(layout.width(), layout.height()));
        int w = Math.max(1, (int) Math.ceil(layout.width() * s));
        int h = Math.max(1, (int) Math.ceil(layout.height() * s));
        Image image = new Image(canvas.getDisplay(), w, h);
        GC gc = new GC(image);
        Transform t = new Transform(canvas.getDisplay());
        try {
            gc.setFont(canvas.getFont());
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, w, h);
            t.scale((float) s, (float) s);
            gc.setTransform(t);
            NetworkPainter.paint(gc, layout, highlighted);
            gc.setTransform(null);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            try (var out = Files.newOutputStream(file)) {
                loader.save(out, SWT.IMAGE_PNG);
            }
        } finally {
            t.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    /** Writes the network as SVG, from the same layout as the screen. */
    public void exportSvg(Path file) throws IOException {
        if (layout == null) {
            throw new IllegalStateException("no network to export: no workspace is open");
        }
        double fontSize = canvas.getFont().getFontData()[0].getHeight() * canvas.getDisplay().getDPI().y / 72.0;
        Files.writeString(file, NetworkSvg.write(layout, "Sightline actor network", fontSize), StandardCharsets.UTF_8);
    }

    // ---- for tests and the benchmark ------------------------------------------------------------

    public ActorNetwork network() {
        return network;
    }

    NetworkLayout layout() {
        return layout;
    }

    public Set<Actor> highlighted() {
        return highlighted;
    }

    public String statusText() {
        return status.getText();
    }

    public Canvas canvas() {
        return canvas;
    }

    /** Where {@code actor}'s box centre is on the canvas now, or null if it is not drawn. */
    public Point canvasPoint(Actor actor) {
        NodeBox box = layout == null ? null : layout.box(actor);
        if (box == null) {
            return null;
        }
        return new Point((int) Math.round(offsetX + (box.x() + box.w() / 2) * scale),
                (int) Math.round(offsetY + (box.y() + box.h() / 2) * scale));
    }
}
