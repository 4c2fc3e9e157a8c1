package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPart;
import org.sightline.ui.api.SelectionProvider;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.edit.Labels;
import org.sightline.ui.api.SightlineWorkbench;

/** Documents: each document of the workspace with its date, publisher and counts of actors and claims. */
public final class DocumentsView extends SightlineView {

    public static final String ID = SightlineUi.DOCUMENTS_VIEW;

    /** The columns: title, text and how rows compare. */
    private enum Col {
        TITLE("Title", 260), DATE("Date", 90), PUBLISHER("Publisher", 120), ACTORS("Actors", 60), CLAIMS("Claims", 60);

        final String title;
        final int width;

        Col(String title, int width) {
            this.title = title;
            this.width = width;
        }
    }

    private RowGrid<Document> grid;
    private Table table;
    private Document[] rows = new Document[0];
    /** The open session's counts (counted in a job), and what this view does when new ones are ready. */
    private SessionCounts counts;
    private final Runnable countsReady = this::countsReady;
    private Col sort;
    private boolean ascending = true;
    private SelectionProvider selection;

    @Override
    protected void createControl(Composite parent) {
        // A window of rows, not SWT's VIRTUAL table: GTK makes every row of that (1.5 s for 100,000 documents).
        grid = new RowGrid<>(parent, Arrays.stream(Col.values())
                .map(c -> new RowGrid.Column<Document>(c.title, c.width, c.ordinal() >= Col.ACTORS.ordinal() ? SWT.RIGHT : SWT.LEFT,
                        d -> text(d, c), c))
                .toList(), d -> null);
        grid.setRows(new RowGrid.Rows<Document>() {
            @Override
            public int size() {
                return rows.length;
            }

            @Override
            public Document row(int index) {
                return rows[index];
            }

            @Override
            public int indexOf(Document d) {
                for (int i = 0; i < rows.length; i++) {
                    if (rows[i] == d) {
                        return i;
                    }
                }
                return -1;
            }
        });
        table = grid.table();
        for (TableColumn tc : table.getColumns()) {
            tc.addListener(SWT.Selection, e -> sortBy(tc));
        }
        selection = new SelectionProvider(this::reveal);
        grid.addSelectionListener(e -> selection.fire(new StructuredSelection(selected())));
        getSite().setSelectionProvider(selection);
        SightlineWorkbench.installContextMenu(getSite(), table, selection);
    }

    @Override
    protected Control control() {
        return table;
    }

    @Override
    protected void sessionChanged() {
        if (counts != null) {
            counts.removeListener(countsReady);
        }
        counts = session == null ? null : SessionCounts.of(session);
        if (counts != null) {
            counts.addListener(countsReady);
        }
        refresh(List.of());
        if (rows.length > 0) {
            grid.setSelection(List.of(rows[0]), true);
            selection.fire(new StructuredSelection(selected()));
        }
    }

    @Override
    protected void refresh(Collection<?> affected) {
        if (session != null && !showsDocuments(CommandParts.ofLastChange(session))) {
            return; // a claim's status, an actor's name: no row changes (the count columns follow the counts)
        }
        List<Document> keep = selected();
        rows = session == null ? new Document[0] : session.corpusSoFar().getDocuments().toArray(new Document[0]);
        sortRows();
        setContentDescription(session == null ? "" : rows.length + (rows.length == 1 ? " document" : " documents"));
        grid.setSelection(keep, false); // also draws the rows again
        selection.fire(new StructuredSelection(selected()));
    }

    /**
     * Whether a change of these parts (null: not known) can change the rows: a document (its title, date, publisher) or
     * which documents there are. A refresh copies and sorts every document and tells the other views the selection again.
     */
    private static boolean showsDocuments(List<CommandParts.Part> parts) {
        if (parts == null) {
            return true;
        }
        for (CommandParts.Part p : parts) {
            if (p.owner() instanceof Document || p.owner().eContainer() instanceof Document
                    || p.owner() instanceof org.sightline.model.Corpus && p.feature() == org.sightline.model.SightlinePackage.Literals.CORPUS__DOCUMENTS) {
                return true;
            }
        }
        return false;
    }

    /** New counts are ready: the count cells are filled again, and the rows sorted again when a count column sorts them. */
    private void countsReady() {
        if (grid.isDisposed()) {
            return;
        }
        if (sort == Col.ACTORS || sort == Col.CLAIMS) {
            sortRows(); // the grid keeps the selection by document
        }
        grid.refresh();
    }

    private String text(Document d, Col c) {
        CorpusCounts n = counts == null ? null : counts.now();
        return switch (c) {
            case TITLE -> Labels.document(d);
            case DATE -> d.getPublished() == null ? "" : d.getPublished().toString();
            case PUBLISHER -> d.getPublisher() == null ? "" : d.getPublisher();
            case ACTORS -> n == null ? SessionCounts.COUNTING : Integer.toString(n.actors(d));
            case CLAIMS -> n == null ? SessionCounts.COUNTING : Integer.toString(n.claims(d));
        };
    }

    private void sortBy(TableColumn tc) {
        Col c = (Col) tc.getData();
        ascending = sort != c || !ascending;
        sort = c;
        table.setSortColumn(tc);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        refresh(List.of());
    }

    private void sortRows() {
        if (sort == null) {
            return;
        }
        CorpusCounts n = counts == null ? null : counts.now();
        Function<Document, Comparable<?>> key = switch (sort) {
            case ACTORS -> d -> n == null ? 0 : n.actors(d);
            case CLAIMS -> d -> n == null ? 0 : n.claims(d);
            default -> d -> text(d, sort).toLowerCase();
        };
        @SuppressWarnings({ "unchecked", "rawtypes" })
        Comparator<Document> order = Comparator.comparing(d -> (Comparable) key.apply(d));
        java.util.Arrays.sort(rows, ascending ? order : order.reversed());
    }

    private List<Document> selected() {
        return grid.selection();
    }

    private void reveal(ISelection s) {
        if (s instanceof IStructuredSelection ss) {
            List<Document> docs = new ArrayList<>();
            ss.forEach(o -> {
                if (o instanceof Document d) {
                    docs.add(d);
                }
            });
            grid.setSelection(docs, true);
            selection.fire(new StructuredSelection(selected()));
        }
    }

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection s) {
        List<Document> docs = switch (first(s)) {
            case Claim c -> c.getDocument() == null ? List.of() : List.of(c.getDocument());
            case Mention m -> m.getDocument() == null ? List.of() : List.of(m.getDocument());
            case Actor a -> documentsOf(a);
            case null, default -> List.of();
        };
        if (!docs.isEmpty()) {
            grid.setSelection(docs, true);
        }
    }

    /** The documents that mention {@code actor} or hold a claim by or about it, in the table's order. */
    private List<Document> documentsOf(Actor actor) {
        java.util.Set<Document> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        actor.getMentions().forEach(m -> found.add(m.getDocument()));
        for (Claim c : session.corpusSoFar().getClaims()) {
            if (c.getSource() == actor || c.getTargets().contains(actor)) {
                found.add(c.getDocument());
            }
        }
        return java.util.Arrays.stream(rows).filter(found::contains).toList();
    }

    /** For tests: the table of the rows on screen. */
    public Table table() {
        return table;
    }

    /** For tests: the table's window over all the rows. */
    public RowGrid<Document> grid() {
        return grid;
    }

    @Override
    public void dispose() {
        if (counts != null) {
            counts.removeListener(countsReady);
        }
        super.dispose();
    }
}
