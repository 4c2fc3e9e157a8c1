package org.sightline.ui.analysis.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
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
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
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
import org.sightline.analysis.api.ActorNetwork.Edge;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Mention;
import org.sightline.model.edit.Labels;
import org.sightline.ui.analysis.internal.NetworkLayout.EdgePath;
import org.sightline.ui.analysis.internal.NetworkLayout.NodeBox;
import org.sightline.ui.analysis.internal.NetworkLayout.Placement;
import org.sightline.ui.api.Palette;
import org.sightline.ui.api.SelectionProvider;

/**
 * Actor network: actors as boxes coloured by kind and sized by the claims they made, claims as
 * arrows from speaker to the actor spoken about, one per claim type, labelled and thickened by the
 * number of claims; part-of as dashed grey arrows. Laid out by ELK, force (stress) by default or
 * layered. Actors stay where they are across refreshes (positions kept in the view, by actor id);
 * dragging an actor moves and pins it, Re-layout places the unpinned ones afresh. A legend names
 * the colours and filters kinds and claim types; the bar above filters by claims, dates, isolated
 * actors and the neighbourhood of the selected actor. Click an actor to select it, an edge to list
 * its claims in the Claims view; actors selected elsewhere (or the speaker and targets of a
 * selected claim) are outlined. Wheel zooms, dragging the background pans, Fit shows everything.
 * Exports PNG and SVG.
 */
public final class ActorNetworkView extends AnalysisView<ActorNetworkView.Drawing> {

    private static final double MIN_SCALE = 0.05;
    private static final double MAX_SCALE = 8;

    /** What the legend says of the edges and marks. */
    static final List<String> EDGE_MEANING = List.of(
            "Arrow: claims by the speaker about the actor it points to, one per claim type",
            "Width and number: how many claims",
            "Dashed grey: part of (an official of a ministry)",
            "Box size: claims the actor made",
            "Dot in a corner: pinned (dragged) actor",
            "Click an edge to list its claims");

    /** How near (in pixels on screen) a click must be to an edge to pick it. */
    private static final int EDGE_TOLERANCE = 5;

    private Composite root;
    private Label status;
    private Canvas canvas;
    private Combo algorithmCombo;
    private Spinner minClaimsSpinner;
    private Text fromText;
    private Text toText;
    private Button hideIsolatedCheck;
    private Combo neighbourhoodCombo;
    private final Map<ActorKind, Button> kindChecks = new EnumMap<>(ActorKind.class);
    private final Map<ClaimType, Button> typeChecks = new EnumMap<>(ClaimType.class);
    private final List<Image> swatches = new ArrayList<>();
    private final SelectionProvider selection = new SelectionProvider();
    private ActorNetwork network;
    private int allActors;
    private NetworkLayout layout;
    private Set<Actor> highlighted = Set.of();
    private Edge selectedEdge;
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private Point dragFrom;
    /** The actor being dragged, where the drag began (model), and whether it moved. */
    private NodeBox dragged;
    private double dragDX;
    private double dragDY;
    private boolean dragMoved;
    /** What the next refresh lays out: read by the job, replaced (never changed) on the UI thread. */
    private volatile NetworkFilter filter = NetworkFilter.ALL;
    private volatile NetworkLayout.Algorithm algorithm = NetworkLayout.Algorithm.FORCE;
    private volatile Placement placement = Placement.NONE;
    /** The session the kept positions belong to: another workspace starts afresh. */
    private Object placementOwner;
    /** The last actor selected (here or in another view): the centre of the neighbourhood. */
    private Actor selectedActor;
    /** Whether the drawing is at "Fit" (then a resize fits again) or the analyst zoomed or panned. */
    private boolean fitted = true;

    @Override
    protected void createContents(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 2).applyTo(root);
        createBar(root);
        status = createStatusLabel(root, 2);
        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        createLegend(root);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDoubleClick, e -> fit());
        canvas.addListener(SWT.Resize, e -> {
            if (fitted) {
                fit();
            }
        });
        getSite().setSelectionProvider(selection);
    }

    /** The bar above the drawing: layout, re-layout, and the filters that are not in the legend. */
    private void createBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(bar);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.marginTop = 2;
        row.marginBottom = 0;
        bar.setLayout(row);
        new Label(bar, SWT.NONE).setText("Layout:");
        algorithmCombo = new Combo(bar, SWT.READ_ONLY);
        for (NetworkLayout.Algorithm a : NetworkLayout.Algorithm.values()) {
            algorithmCombo.add(a.label);
        }
        algorithmCombo.select(algorithm.ordinal());
        algorithmCombo.setToolTipText("Force: related actors close together. Layered: speakers on the left of the actors they speak about.");
        algorithmCombo.addListener(SWT.Selection, e -> setAlgorithm(NetworkLayout.Algorithm.values()[algorithmCombo.getSelectionIndex()]));
        Button relayout = new Button(bar, SWT.PUSH);
        relayout.setText("Re-layout");
        relayout.setToolTipText("Place the actors afresh; pinned actors (dragged ones) stay");
        relayout.addListener(SWT.Selection, e -> relayout());
        Button unpin = new Button(bar, SWT.PUSH);
        unpin.setText("Unpin All");
        unpin.setToolTipText("Let the layout place the dragged actors again on the next Re-layout");
        unpin.addListener(SWT.Selection, e -> unpinAll());
        new Label(bar, SWT.NONE).setText("  Min. claims:");
        minClaimsSpinner = new Spinner(bar, SWT.BORDER);
        minClaimsSpinner.setValues(0, 0, 9999, 0, 1, 5);
        minClaimsSpinner.setToolTipText("Hide actors that make or are named in fewer claims");
        minClaimsSpinner.addListener(SWT.Selection, e -> setFilter(filter.withMinClaims(minClaimsSpinner.getSelection())));
        new Label(bar, SWT.NONE).setText("  From:");
        fromText = dateField(bar);
        new Label(bar, SWT.NONE).setText("to:");
        toText = dateField(bar);
        hideIsolatedCheck = new Button(bar, SWT.CHECK);
        hideIsolatedCheck.setText("Hide isolated");
        hideIsolatedCheck.setToolTipText("Hide actors with no edge to another actor");
        hideIsolatedCheck.addListener(SWT.Selection, e -> setFilter(filter.withHideIsolated(hideIsolatedCheck.getSelection())));
        new Label(bar, SWT.NONE).setText("  Show:");
        neighbourhoodCombo = new Combo(bar, SWT.READ_ONLY);
        neighbourhoodCombo.setItems("All actors", "Selected actor + 1 step", "Selected actor + 2 steps");
        neighbourhoodCombo.select(0);
        neighbourhoodCombo.setToolTipText("Only the actors one or two edges away from the actor selected last");
        neighbourhoodCombo.addListener(SWT.Selection, e -> applyNeighbourhood());
    }

    private Text dateField(Composite bar) {
        Text text = new Text(bar, SWT.BORDER | SWT.SINGLE);
        text.setMessage("yyyy-mm-dd");
        text.setLayoutData(new RowData(90, SWT.DEFAULT));
        text.setToolTipText("Count only claims of documents published in this range (Enter applies; empty: no limit)");
        text.addListener(SWT.DefaultSelection, e -> applyDates());
        text.addListener(SWT.FocusOut, e -> applyDates());
        return text;
    }

    /** The legend on the right: kinds and claim types with their colours (each a check box that filters), edges. */
    private void createLegend(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(scroll);
        Composite legend = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 4).spacing(2, 1).applyTo(legend);
        legend.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        heading(legend, "Actors (fill: kind)");
        for (ActorKind kind : ActorKind.VALUES) {
            Button check = legendCheck(legend, Palette.of(kind), Labels.literal(kind));
            check.addListener(SWT.Selection, e -> setFilter(filter.withKinds(unchecked(kindChecks, ActorKind.class))));
            kindChecks.put(kind, check);
        }
        heading(legend, "Claims (arrow colour: type)");
        for (ClaimType type : ClaimType.VALUES) {
            Button check = legendCheck(legend, Palette.of(type), Labels.literal(type));
            check.addListener(SWT.Selection, e -> setFilter(filter.withTypes(unchecked(typeChecks, ClaimType.class))));
            typeChecks.put(type, check);
        }
        heading(legend, "Edges");
        for (String line : EDGE_MEANING) {
            Label l = new Label(legend, SWT.WRAP);
            l.setText(line);
            l.setBackground(legend.getBackground());
            GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(l);
        }
        scroll.setContent(legend);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(legend.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private static void heading(Composite legend, String text) {
        Label l = new Label(legend, SWT.NONE);
        l.setText(text);
        l.setBackground(legend.getBackground());
        l.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    }

    private Button legendCheck(Composite legend, RGB rgb, String text) {
        Image swatch = new Image(legend.getDisplay(), 12, 12);
        GC gc = new GC(swatch);
        try {
            gc.setBackground(Palette.color(rgb));
            gc.fillRectangle(0, 0, 12, 12);
        } finally {
            gc.dispose();
        }
        swatches.add(swatch);
        Button check = new Button(legend, SWT.CHECK);
        check.setImage(swatch);
        check.setText(text);
        check.setSelection(true);
        check.setBackground(legend.getBackground());
        return check;
    }

    private static <E extends Enum<E>> Set<E> unchecked(Map<E, Button> checks, Class<E> type) {
        Set<E> off = EnumSet.noneOf(type);
        checks.forEach((value, check) -> {
            if (!check.getSelection()) {
                off.add(value);
            }
        });
        return off;
    }

    @Override
    public void dispose() {
        swatches.forEach(Image::dispose);
        super.dispose();
    }

    @Override
    protected Control control() {
        return canvas;
    }

    /**
     * The network as filtered, how it is laid out, and how many actors the whole network has.
     */
    record Drawing(ActorNetwork network, NetworkLayout layout, int allActors) {
    }

    @Override
    protected Drawing compute(Corpus corpus, IProgressMonitor monitor) {
        NetworkFilter f = filter;
        ActorNetwork n = f.apply(corpus);
        checkCancelled(monitor);
        return new Drawing(n, NetworkLayout.compute(n, NetworkLayout.MAX_NODES, new CanvasText(), algorithm, placement),
                corpus.getActors().size());
    }

    @Override
    protected void show(Drawing drawing) {
        network = drawing == null ? null : drawing.network();
        layout = drawing == null ? null : drawing.layout();
        allActors = drawing == null ? 0 : drawing.allActors();
        selectedEdge = null;
        if (layout != null) {
            // Everything drawn now stays where it is on the next refresh.
            placement = Placement.of(layout, placement.pinned());
            placementOwner = session();
        }
        status.setText(drawing == null ? "No workspace open." : describe(network, layout, allActors));
        status.getParent().layout();
        fit();
    }

    @Override
    public void refreshNow() {
        if (placementOwner != null && placementOwner != session()) {
            placement = Placement.NONE; // another workspace: its actors have other ids and no places yet
            placementOwner = null;
        }
        super.refreshNow();
    }

    // ---- layout, filters and neighbourhood --------------------------------------------------------

    /** Lays out with {@code a} from scratch (pinned actors stay). */
    public void setAlgorithm(NetworkLayout.Algorithm a) {
        algorithm = a;
        if (algorithmCombo.getSelectionIndex() != a.ordinal()) {
            algorithmCombo.select(a.ordinal());
        }
        relayout();
    }

    /** Places every actor afresh except the pinned ones. */
    public void relayout() {
        placement = placement.pinnedOnly();
        refreshNow();
    }

    /** Drops the pins: the next re-layout places every actor. */
    public void unpinAll() {
        placement = new Placement(placement.positions(), Set.of());
        canvas.redraw();
    }

    /** Shows the network as {@code f} filters it (actors still drawn keep their place). */
    void setFilter(NetworkFilter f) {
        filter = f;
        refreshNow();
    }

    private void applyDates() {
        LocalDate from;
        LocalDate to;
        try {
            from = parseDate(fromText.getText(), "From");
            to = parseDate(toText.getText(), "To");
            NetworkFilter f = filter.withDates(from, to);
            if (!f.equals(filter)) {
                setFilter(f);
            }
        } catch (IllegalArgumentException e) {
            setContentDescription(e.getMessage());
        }
    }

    private static LocalDate parseDate(String text, String field) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " date \"" + t + "\" is not a date like 2016-12-31");
        }
    }

    private void applyNeighbourhood() {
        int steps = neighbourhoodCombo.getSelectionIndex();
        String focus = steps == 0 || selectedActor == null ? null : selectedActor.getId();
        NetworkFilter f = filter.withNeighbourhood(focus, Math.max(1, steps));
        if (!f.equals(filter)) {
            setFilter(f);
        }
    }

    /** The filter the view applies now. */
    NetworkFilter filter() {
        return filter;
    }

    /** Where actors stay, by id, and which are pinned. */
    Placement placement() {
        return placement;
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

    static String describe(ActorNetwork network, NetworkLayout layout, int allActors) {
        StringBuilder b = new StringBuilder();
        b.append(network.nodes().size()).append(network.nodes().size() == 1 ? " actor, " : " actors, ")
                .append(network.edges().size()).append(network.edges().size() == 1 ? " edge" : " edges");
        if (network.nodes().size() < allActors) {
            b.append(" (filtered: ").append(allActors - network.nodes().size()).append(" of ").append(allActors).append(" actors hidden)");
        }
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
            NetworkPainter.paint(gc, layout, highlighted, placement.pinned(), selectedEdge);
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
        double mx = (e.x - offsetX) / scale;
        double my = (e.y - offsetY) / scale;
        NodeBox box = layout.nodeAt(mx, my);
        if (box != null) {
            // Select the actor now; a drag that follows moves and pins it.
            dragged = box;
            dragDX = mx - box.x();
            dragDY = my - box.y();
            dragMoved = false;
            selectActor(box.actor());
            return;
        }
        EdgePath edge = layout.edgeAt(mx, my, EDGE_TOLERANCE / scale);
        if (edge != null) {
            selectEdge(edge.edge());
            return;
        }
        if (selectedEdge != null) {
            selectedEdge = null; // a click on the background lets go of the edge
            canvas.redraw();
        }
        dragFrom = new Point(e.x, e.y);
    }

    private void mouseMove(Event e) {
        if (dragged != null) {
            double x = (e.x - offsetX) / scale - dragDX;
            double y = (e.y - offsetY) / scale - dragDY;
            layout = layout.moved(dragged.actor(), x, y);
            dragMoved = true;
            canvas.redraw();
            return;
        }
        if (dragFrom == null) {
            return;
        }
        offsetX += e.x - dragFrom.x;
        offsetY += e.y - dragFrom.y;
        dragFrom = new Point(e.x, e.y);
        fitted = false;
        canvas.redraw();
    }

    private void mouseUp(Event e) {
        if (dragged != null && dragMoved) {
            pin(dragged.actor());
        } else if (dragged != null && neighbourhoodCombo.getSelectionIndex() > 0) {
            applyNeighbourhood(); // a click (not a drag) on an actor re-centres the neighbourhood on it
        }
        dragged = null;
        dragFrom = null;
    }

    /** Pins {@code actor} where it is drawn now: it keeps this place on refresh and re-layout. */
    private void pin(Actor actor) {
        Set<String> pinned = new HashSet<>(placement.pinned());
        pinned.add(actor.getId());
        placement = Placement.of(layout, pinned);
        canvas.redraw();
    }

    private void selectActor(Actor actor) {
        selectedEdge = null;
        selectedActor = actor;
        highlight(Set.of(actor));
        selection.fire(new StructuredSelection(actor));
    }

    /** Selects the claims of {@code edge} and asks the Claims view to list them. */
    private void selectEdge(Edge edge) {
        selectedEdge = edge;
        Set<Actor> ends = Collections.newSetFromMap(new IdentityHashMap<>());
        ends.add(edge.source());
        ends.add(edge.target());
        highlight(ends);
        if (edge.claims().isEmpty()) {
            selection.fire(new StructuredSelection(List.of(edge.source(), edge.target())));
            return;
        }
        selection.fire(new StructuredSelection(edge.claims()));
        ClaimsScope.show(getSite().getPage(), edgeCaption(edge), edge.claims());
    }

    static String edgeCaption(Edge edge) {
        return edge.source().getName() + " \u2192 " + edge.target().getName() + ", "
                + edge.claimType().getLiteral().toLowerCase(java.util.Locale.ROOT) + ": " + NetworkLayout.claimsCaption(edge.claims().size());
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
            selectedEdge = null;
        }
        if (actors.size() == 1 && ss.size() == 1 && ss.getFirstElement() instanceof Actor a) {
            selectedActor = a;
            if (neighbourhoodCombo.getSelectionIndex() > 0) {
                applyNeighbourhood();
            }
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
            NetworkPainter.paint(gc, layout, highlighted, Set.of(), null);
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

    /** The edge clicked last, or null. */
    public Edge selectedEdge() {
        return selectedEdge;
    }

    /** How many actors the whole (unfiltered) network has. */
    public int allActors() {
        return allActors;
    }

    /** The controls of the bar and legend, for tests that use them as the analyst does. */
    public Combo algorithmCombo() {
        return algorithmCombo;
    }

    public Spinner minClaimsSpinner() {
        return minClaimsSpinner;
    }

    public Text fromText() {
        return fromText;
    }

    public Text toText() {
        return toText;
    }

    public Button hideIsolatedCheck() {
        return hideIsolatedCheck;
    }

    public Combo neighbourhoodCombo() {
        return neighbourhoodCombo;
    }

    public Button kindCheck(ActorKind kind) {
        return kindChecks.get(kind);
    }

    public Button typeCheck(ClaimType type) {
        return typeChecks.get(type);
    }

    /** Where {@code actor}'s box is in the drawing (top-left corner, model coordinates), or null if it is not drawn. */
    public double[] modelPosition(Actor actor) {
        NodeBox box = layout == null ? null : layout.box(actor);
        return box == null ? null : new double[] { box.x(), box.y() };
    }

    /** The actor drawn at canvas point {@code p}, or null. */
    public Actor actorAt(Point p) {
        NodeBox box = layout == null ? null : layout.nodeAt((p.x - offsetX) / scale, (p.y - offsetY) / scale);
        return box == null ? null : box.actor();
    }

    /** Whether {@code actor} is pinned (dragged): it keeps its place on a re-layout. */
    public boolean isPinned(Actor actor) {
        return placement.pinned().contains(actor.getId());
    }

    /** The layout's name as the Layout list shows it. */
    public String algorithmName() {
        return algorithm.label;
    }

    /** Where the middle of {@code edge}'s line is on the canvas now, or null if it is not drawn. */
    public Point canvasPoint(Edge edge) {
        EdgePath path = layout == null ? null : layout.path(edge);
        if (path == null || path.points().length < 4) {
            return null;
        }
        double[] m = NetworkLayout.midpoint(path.points());
        return new Point((int) Math.round(offsetX + m[0] * scale), (int) Math.round(offsetY + m[1] * scale));
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
