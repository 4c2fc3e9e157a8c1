package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;
import org.sightline.ui.api.SelectionProvider;
import org.sightline.model.Actor;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Hypothesis;
import org.sightline.model.Mention;
import org.sightline.model.Modality;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlinePackage.Literals;
import org.sightline.model.edit.Labels;
import org.sightline.ui.session.api.ClaimTable;
import org.sightline.ui.session.api.ClaimTable.Column;
import org.sightline.ui.session.api.SavedFilter;
import org.sightline.ui.api.SightlineWorkbench;

/**
 * Claims: every claim in a virtual table (only the visible rows are ever filled, so 100,000 claims
 * stay fast), sortable by each column, narrowed by a quick filter, types, modalities and status, and by the
 * document or actor selected in the other views. A filter can be saved under a name and applied again.
 */
public final class ClaimsView extends SightlineView {

    public static final String ID = SightlineUi.CLAIMS_VIEW;
    private static final int FILTER_DELAY_MS = 120;

    private Composite root;
    private Text filterText;
    private ChoicesButton<ClaimType> typeChoices;
    private ChoicesButton<Modality> modalityChoices;
    private Button saved;
    /** The actor of the saved filter last applied when this workspace has none of that name, for the scope line. */
    private String missingActor;
    private Combo statusCombo;
    private Label scope;
    private Button clearScope;
    private Label count;
    private ClaimGrid grid;
    private Table table;
    private ClaimTable rows;
    private SelectionProvider selection;
    private int filterGeneration;

    @Override
    protected void createControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 2).applyTo(root);
        Composite bar = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).margins(2, 2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        filterText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("Filter claims (source, cue, content, document)");
        GridDataFactory.fillDefaults().grab(true, false).minSize(160, SWT.DEFAULT).applyTo(filterText);
        filterText.addListener(SWT.Modify, e -> scheduleFilter());
        filterText.addListener(SWT.DefaultSelection, e -> applyFilter());
        // Several types at once ("warnings and denials"): a drop-down of check items, not a combo.
        typeChoices = new ChoicesButton<>(bar, ClaimType.VALUES, Labels::literal, "All types", "types");
        typeChoices.onChange(this::applyFilter);
        modalityChoices = new ChoicesButton<>(bar, Modality.VALUES, Labels::literal, "Any modality", "modalities");
        modalityChoices.onChange(this::applyFilter);
        statusCombo = new Combo(bar, SWT.READ_ONLY);
        statusCombo.add("Any status");
        ReviewStatus.VALUES.forEach(s -> statusCombo.add(Labels.literal(s)));
        statusCombo.select(0);
        statusCombo.addListener(SWT.Selection, e -> applyFilter());
        scope = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(220, SWT.DEFAULT).applyTo(scope);
        clearScope = new Button(bar, SWT.PUSH);
        clearScope.setText("Show All");
        clearScope.setToolTipText("Stop narrowing to the selected document, actor or claims");
        clearScope.addListener(SWT.Selection, e -> setScope(null, null));
        saved = savedFiltersButton(bar);
        count = new Label(bar, SWT.RIGHT);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(130, SWT.DEFAULT).applyTo(count);

        grid = new ClaimGrid(root);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        table = grid.table();
        for (TableColumn tc : table.getColumns()) {
            tc.setMoveable(true);
            tc.addListener(SWT.Selection, e -> sortBy(tc));
        }
        selection = new SelectionProvider(this::reveal);
        grid.addSelectionListener(e -> selection.fire(new StructuredSelection(selectedClaims())));
        table.addListener(SWT.DefaultSelection, e -> ModelHandlers.showProperties());
        addDragSupport();
        getSite().setSelectionProvider(selection);

        SightlineWorkbench.installContextMenu(getSite(), table, selection);
        updateScope();
    }

    @Override
    protected Control control() {
        return table;
    }

    @Override
    protected void sessionChanged() {
        rows = session == null ? null : new ClaimTable(session.corpusSoFar());
        grid.setRows(rows);
        setScope(null, null);
    }

    @Override
    protected void refresh(Collection<?> affected) {
        if (rows == null) {
            return;
        }
        List<Claim> selected = selectedClaims();
        List<Claim> changed = changedClaims();
        if (changed != null) {
            rows.refresh(changed);
        } else {
            rows.refresh();
        }
        fill();
        restore(selected);
    }

    /**
     * The claims whose rows the session's latest change can have changed (what they say, whether they are in the
     * corpus), when it changed nothing else a row shows (an actor's name, a document's title): from its command's parts;
     * else null.
     */
    private List<Claim> changedClaims() {
        List<CommandParts.Part> parts = session == null ? null : CommandParts.ofLastChange(session);
        if (parts == null) {
            return null;
        }
        List<Claim> changed = new java.util.ArrayList<>();
        for (CommandParts.Part p : parts) {
            Claim claim = claimOf(p.owner());
            if (claim != null) {
                changed.add(claim);
            } else if (p.owner() instanceof Corpus && p.feature() == Literals.CORPUS__CLAIMS && !p.set()) {
                for (Object o : p.values()) {
                    changed.add((Claim) o); // made or deleted
                }
            } else if (showsInRows(p)) {
                return null;
            }
        }
        return changed;
    }

    /** Whether a part not of a claim changes which claims there are or what a row shows (an actor's name, a document's title). */
    private static boolean showsInRows(CommandParts.Part p) {
        return switch (p.owner()) {
            case Corpus c -> p.feature() == Literals.CORPUS__CLAIMS || p.feature() == Literals.CORPUS__ACTORS
                    || p.feature() == Literals.CORPUS__DOCUMENTS;
            case Actor a -> p.feature() != Literals.ACTOR__MENTIONS;
            case Mention m -> false;
            case Hypothesis h -> false;
            case Assessment a -> false;
            case ClaimRelation r -> false;
            default -> !(p.owner().eContainer() instanceof Mention); // a mention's span: else unknown
        };
    }

    /** {@code o} when a claim, the claim it is in (its span), else null. */
    private static Claim claimOf(org.eclipse.emf.ecore.EObject o) {
        for (org.eclipse.emf.ecore.EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof Claim c) {
                return c;
            }
        }
        return null;
    }

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection s) {
        Object o = first(s);
        if (rows == null || o == null) {
            return;
        }
        switch (o) {
            case Document d -> setScope(d, null);
            case Actor a -> setScope(null, a);
            case Mention m -> setScope(null, m.getActor());
            case Claim c -> reveal(new StructuredSelection(c));
            default -> {
            }
        }
    }

    // ---- filter, sort ----------------------------------------------------------------------------

    private void scheduleFilter() {
        int generation = ++filterGeneration;
        table.getDisplay().timerExec(FILTER_DELAY_MS, () -> {
            if (generation == filterGeneration && !table.isDisposed()) {
                applyFilter();
            }
        });
    }

    /** Applies the filter box, type and status now (the box waits for a pause in typing). */
    public void applyFilter() {
        if (rows == null) {
            return;
        }
        filterGeneration++;
        Set<ClaimType> types = typeChoices.chosen();
        Set<Modality> modalities = modalityChoices.chosen();
        Set<ReviewStatus> statuses = statusCombo.getSelectionIndex() <= 0 ? Set.of() : EnumSet.of(ReviewStatus.get(statusCombo.getSelectionIndex() - 1));
        List<Claim> selected = selectedClaims();
        rows.setFilter(rows.filter().withText(filterText.getText()).withTypes(types).withStatuses(statuses).withModalities(modalities));
        fill();
        restore(selected);
    }

    // ---- saved filters ---------------------------------------------------------------------------

    /**
     * Saved Filters: a drop-down that names the Claims filter now (text, types, modalities, actor) and lists the
     * saved ones to apply again or delete. They live in the preferences (see {@link SavedFilter}).
     */
    private Button savedFiltersButton(Composite bar) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText("Saved Filters \u25BE");
        b.setToolTipText("Save the filter under a name, or apply a saved one");
        Menu menu = new Menu(b);
        b.setMenu(menu);
        menu.addListener(SWT.Show, e -> fillSavedMenu(menu));
        b.addListener(SWT.Selection, e -> {
            fillSavedMenu(menu); // now: GTK sends the menu's Show later, after the popup is up
            Rectangle r = b.getBounds();
            menu.setLocation(b.getParent().toDisplay(r.x, r.y + r.height));
            menu.setVisible(true);
        });
        return b;
    }

    private void fillSavedMenu(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            item.dispose();
        }
        MenuItem save = new MenuItem(menu, SWT.PUSH);
        save.setText("&Save Filter...");
        save.setEnabled(rows != null);
        save.addListener(SWT.Selection, e -> saveFilter());
        List<SavedFilter> all = Preferences.savedFilters();
        MenuItem delete = new MenuItem(menu, SWT.CASCADE);
        delete.setText("&Delete Saved Filter");
        Menu deleteMenu = new Menu(delete);
        delete.setMenu(deleteMenu);
        delete.setEnabled(!all.isEmpty());
        if (!all.isEmpty()) {
            new MenuItem(menu, SWT.SEPARATOR);
        }
        for (SavedFilter f : all) {
            MenuItem apply = new MenuItem(menu, SWT.PUSH);
            apply.setText(f.name().replace("&", "&&"));
            apply.setData(f);
            apply.addListener(SWT.Selection, e -> applySaved(f));
            MenuItem remove = new MenuItem(deleteMenu, SWT.PUSH);
            remove.setText(f.name().replace("&", "&&"));
            remove.addListener(SWT.Selection, e -> Preferences.setSavedFilters(
                    Preferences.savedFilters().stream().filter(x -> !x.name().equalsIgnoreCase(f.name())).toList()));
        }
    }

    /** Asks for a name and keeps the filter now under it (replacing a saved filter of that name). */
    private void saveFilter() {
        if (rows == null) {
            return;
        }
        applyFilter();
        ClaimTable.Filter now = rows.filter();
        InputDialog ask = new InputDialog(table.getShell(), "Save Filter",
                "Name for this filter (" + describe(now) + "):", "", v -> v == null || v.isBlank() ? "Give the filter a name." : null);
        if (ask.open() == Window.OK) {
            Preferences.setSavedFilters(SavedFilter.put(Preferences.savedFilters(), SavedFilter.of(ask.getValue(), now)));
        }
    }

    /** Applies a saved filter: its text, types and modalities; its actor when this workspace has one of that name. */
    public void applySaved(SavedFilter f) {
        filterGeneration++;
        filterText.setText(f.text());
        filterGeneration++; // the box's Modify scheduled a filter pass: the one below does it
        typeChoices.set(f.types(), false);
        modalityChoices.set(f.modalities(), false);
        if (rows != null) {
            List<Claim> selected = selectedClaims();
            rows.setFilter(f.applyTo(rows.filter(), session.corpusSoFar()));
            missingActor = f.actor() != null && rows.filter().actor() == null ? f.actor() : null;
            fill();
            restore(selected);
        }
    }

    private static String describe(ClaimTable.Filter f) {
        List<String> parts = new ArrayList<>();
        if (!f.text().isEmpty()) {
            parts.add("\u201C" + f.text() + "\u201D");
        }
        f.types().stream().map(Labels::literal).forEach(parts::add);
        f.modalities().stream().map(Labels::literal).forEach(parts::add);
        if (f.actor() != null) {
            parts.add("by or about " + f.actor().getName());
        }
        return parts.isEmpty() ? "everything" : String.join(", ", parts);
    }

    /** Empties the filter box and sets types and status back to all (the rows follow on the next refresh or filter). */
    public void clearFilters() {
        filterGeneration++;
        filterText.setText("");
        filterGeneration++; // the box's Modify scheduled a filter pass: not needed
        typeChoices.set(Set.of(), false);
        modalityChoices.set(Set.of(), false);
        statusCombo.select(0);
        if (rows != null) {
            rows.setFilter(rows.filter().withText("").withTypes(Set.of()).withStatuses(Set.of()).withModalities(Set.of()));
        }
    }

    /** Sets the quick filter text and applies it at once. */
    public void setFilterText(String text) {
        filterText.setText(text);
        applyFilter();
    }

    /** Focuses the quick filter box (Ctrl+F). */
    public void focusFilter() {
        filterText.setFocus();
        filterText.selectAll();
    }

    /**
     * Narrows the table to {@code claims} (e.g. a cell of the Commitments matrix, through the
     * org.sightline.ui.commands.showClaims command); Show All lifts it.
     */
    public void showClaims(Set<Claim> claims, String label) {
        clearFilters(); // a stale filter would hide the claims asked for ("0 of 252")
        if (rows != null) {
            rows.setFilter(rows.filter().withDocument(null).withActor(null).withClaims(claims, label));
            fill();
            if (!claims.isEmpty()) {
                reveal(new StructuredSelection(claims.iterator().next()));
            }
        }
        updateScope();
    }

    private void setScope(Document document, Actor actor) {
        missingActor = null;
        if (rows != null) {
            List<Claim> selected = selectedClaims();
            rows.setFilter(rows.filter().withDocument(document).withActor(actor).withClaims(null, null));
            fill();
            restore(selected);
        }
        updateScope();
    }

    private void updateScope() {
        ClaimTable.Filter f = rows == null ? ClaimTable.Filter.ALL : rows.filter();
        String text = f.claims() != null ? "Only: " + (f.claimsLabel() != null ? f.claimsLabel() : f.claims().size() + " claims")
                : f.document() != null ? "In: " + Labels.document(f.document())
                : f.actor() != null ? "By or about: " + f.actor().getName()
                : missingActor != null ? "All actors (no \u201C" + missingActor + "\u201D in this workspace)" : "All documents and actors";
        scope.setText(text);
        scope.setToolTipText(text);
        clearScope.setEnabled(f.document() != null || f.actor() != null || f.claims() != null);
    }

    private void sortBy(TableColumn tc) {
        Column c = (Column) tc.getData();
        boolean up = rows.sortColumn() != c || !rows.ascending();
        rows.sortBy(c, up);
        table.setSortColumn(tc);
        table.setSortDirection(up ? SWT.UP : SWT.DOWN);
        List<Claim> selected = selectedClaims();
        fill();
        restore(selected);
    }

    private void fill() {
        int n = rows == null ? 0 : rows.size();
        grid.refresh();
        count.setText(rows == null ? "" : session != null && session.isLoading() ? "Reading claims\u2026"
                : n == rows.total() ? n + " claims" : n + " of " + rows.total());
        updateScope();
    }

    /** Dragging rows carries the selected claims (LocalSelectionTransfer), e.g. into the ACH matrix. */
    private void addDragSupport() {
        // MOVE too: a plain drag (no modifier key) asks for MOVE, and a source that does not offer it
        // is refused everywhere. Nothing is removed at the end of a drag: claims are only ever copied.
        DragSource source = new DragSource(table, DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK);
        source.setTransfer(LocalSelectionTransfer.getTransfer());
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                // On GTK the drag starts inside the button press, before the press selects the row under the
                // pointer: a drag begun on an unselected row carries that row, as the selection will once the
                // press is handled (else the drag carried nothing, or the rows selected before, and was refused).
                TableItem under = table.getItem(new org.eclipse.swt.graphics.Point(event.x, event.y));
                if (under != null && under.getData() instanceof Claim row && !selectedClaims().contains(row)) {
                    grid.setSelection(List.of(row), false);
                }
                List<Claim> claims = selectedClaims();
                event.doit = !claims.isEmpty();
                LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(claims));
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
    }

    // ---- selection -------------------------------------------------------------------------------

    private List<Claim> selectedClaims() {
        return grid.selection();
    }

    private void restore(List<Claim> claims) {
        grid.setSelection(claims, false);
        selection.fire(new StructuredSelection(selectedClaims()));
    }

    /** Selects and shows the claims of {@code s} (those the filter lets through). */
    private void reveal(ISelection s) {
        if (!(s instanceof IStructuredSelection ss) || rows == null) {
            return;
        }
        List<Claim> claims = new ArrayList<>();
        for (Object o : ss) {
            if (o instanceof Claim c) {
                claims.add(c);
            }
        }
        grid.setSelection(claims, true);
        selection.fire(new StructuredSelection(selectedClaims()));
    }

    /** What narrows the table now, in words: the document, actor or claims, the filter text, type and status. */
    public String scopeText() {
        StringBuilder b = new StringBuilder(scope.getText());
        if (!filterText.getText().isBlank()) {
            b.append("; filter \"").append(filterText.getText().strip()).append('"');
        }
        if (!typeChoices.chosen().isEmpty()) {
            b.append("; ").append(String.join(", ", typeChoices.chosen().stream().map(Labels::literal).toList()));
        }
        if (!modalityChoices.chosen().isEmpty()) {
            b.append("; ").append(String.join(", ", modalityChoices.chosen().stream().map(Labels::literal).toList()));
        }
        if (statusCombo.getSelectionIndex() > 0) {
            b.append("; ").append(statusCombo.getText());
        }
        return b.toString();
    }

    /** The count line above the table: "20 claims", "3 of 20", "Reading claims…". */
    public String countText() {
        return count.getText();
    }

    /** For tests: the rows model, the widget and its table (which holds the visible rows only). */
    public ClaimTable rows() {
        return rows;
    }

    /** For tests: the modality drop-down and the Saved Filters button. */
    public ChoicesButton<Modality> modalityChoices() {
        return modalityChoices;
    }

    public Button savedFiltersButton() {
        return saved;
    }

    /** For tests: the type drop-down. */
    public ChoicesButton<ClaimType> typeChoices() {
        return typeChoices;
    }

    public ClaimGrid grid() {
        return grid;
    }

    public Table table() {
        return table;
    }
}
