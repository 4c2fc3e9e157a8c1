package org.sightline.ui.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.sightline.model.Identified;
import org.sightline.model.io.Corpora;
import org.sightline.search.api.QueryException;
import org.sightline.search.api.SearchHit;
import org.sightline.search.api.SearchIndex;
import org.sightline.search.api.SearchResult;
import org.sightline.ui.api.SessionTracker;
import org.sightline.ui.api.UndoRedo;
import org.sightline.ui.session.api.Session;

/**
 * Searches the open workspace: a query in the syntax of docs/user-guide.md, facets with counts (a click narrows to a
 * value, a second click lifts it), hits with the matched words in bold. Opening a hit shows it in the Document view with
 * its evidence selected; Show in Claims narrows the Claims view to the claims found. Queries run in a job as the
 * analyst types; a newer query cancels the one still running, and only the newest result is shown.
 */
public final class SearchView extends ViewPart {

    public static final String ID = "org.sightline.ui.views.search";
    static final String DOCUMENT_VIEW = "org.sightline.ui.views.document";
    static final String SHOW_CLAIMS = "org.sightline.ui.commands.showClaims";
    static final String PARAM_IDS = "org.sightline.ui.claimIds";
    static final String PARAM_LABEL = "org.sightline.ui.claimsLabel";
    static final int LIMIT = 200;

    private Text query;
    private Label status;
    private Tree facets;
    private TableViewer hits;
    private Button showClaims;
    private Font bold;

    private IndexFollower follower;
    private Session session;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private final Map<Object, SearchHit> hitOf = new java.util.IdentityHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private Job running;
    private SearchResult shown;
    /** The hits shown are those of the documents alone: the workspace was still being read (a staged open). */
    private boolean partial;
    private SessionTracker tracker;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage("Search: words, \"phrases\", type:warning, actor:\"north korea\", date:[2026-01-01 TO 2026-03-31]");
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addModifyListener(e -> runQuery());
        showClaims = new Button(parent, SWT.PUSH);
        showClaims.setText("Show in Claims");
        showClaims.setToolTipText("Narrow the Claims view to the claims of this result");
        showClaims.addListener(SWT.Selection, e -> showInClaims());
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        ((GridData) status.getLayoutData()).widthHint = 220;

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        facets = new Tree(sash, SWT.BORDER | SWT.SINGLE);
        facets.addListener(SWT.Selection, this::facetClicked);
        hits = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        Table table = hits.getTable();
        table.setHeaderVisible(true);
        for (String[] c : new String[][] { { "Kind", "70" }, { "Document / actor", "200" }, { "Snippet", "520" }, { "Score", "60" } }) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        sash.setWeights(1, 3);
        hits.setContentProvider(ArrayContentProvider.getInstance());
        FontData fd = table.getFont().getFontData()[0];
        bold = new Font(table.getDisplay(), fd.getName(), fd.getHeight(), SWT.BOLD);
        table.addListener(SWT.EraseItem, e -> {
            if (e.index == 2) {
                e.detail &= ~SWT.FOREGROUND;
            }
        });
        table.addListener(SWT.PaintItem, this::paintSnippet);
        hits.setLabelProvider(new org.eclipse.jface.viewers.ITableLabelProvider() {
            @Override
            public String getColumnText(Object element, int column) {
                SearchHit h = hitOf.get(element);
                if (h == null) {
                    return "";
                }
                return switch (column) {
                    case 0 -> h.kind();
                    case 1 -> h.title() == null ? h.id() : h.title();
                    case 2 -> h.snippet().text();
                    default -> String.format(java.util.Locale.ROOT, "%.2f", h.score());
                };
            }

            @Override
            public org.eclipse.swt.graphics.Image getColumnImage(Object element, int column) {
                return null;
            }

            @Override
            public void addListener(org.eclipse.jface.viewers.ILabelProviderListener listener) {
            }

            @Override
            public void dispose() {
            }

            @Override
            public boolean isLabelProperty(Object element, String property) {
                return false;
            }

            @Override
            public void removeListener(org.eclipse.jface.viewers.ILabelProviderListener listener) {
            }
        });
        hits.addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
        getSite().setSelectionProvider(hits);
        UndoRedo.install(getViewSite().getActionBars());
        tracker = new SessionTracker(this::setSession, (s, affected) -> {
            if (follower != null) {
                follower.sessionChanged(s, affected);
            }
            if (partial && !s.isLoading()) {
                partial = false;
                runQuery(); // the claims and actors are in: their hits can be shown now
            }
        });
    }

    /** The snippet column: the text with the matched words in bold. */
    private void paintSnippet(Event e) {
        if (e.index != 2) {
            return;
        }
        SearchHit h = hitOf.get(e.item.getData());
        if (h == null) {
            return;
        }
        GC gc = e.gc;
        Font normal = gc.getFont();
        String text = h.snippet().text();
        int x = e.x + 3;
        int at = 0;
        int y = e.y + Math.max(0, (e.height - gc.getFontMetrics().getHeight()) / 2);
        boolean selected = (e.detail & SWT.SELECTED) != 0;
        Color fg = selected ? e.display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT) : e.display.getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        gc.setForeground(fg);
        for (int[] r : h.snippet().highlights()) {
            x += draw(gc, text.substring(at, r[0]), x, y, normal);
            x += draw(gc, text.substring(r[0], r[1]), x, y, bold);
            at = r[1];
        }
        draw(gc, text.substring(at), x, y, normal);
        gc.setFont(normal);
    }

    private static int draw(GC gc, String s, int x, int y, Font font) {
        gc.setFont(font);
        gc.drawString(s, x, y, true);
        return gc.stringExtent(s).x;
    }

    /** Follows the workspace the workbench has open. */
    void setSession(Session s) {
        if (s == session) {
            return;
        }
        if (follower != null) {
            follower.close();
            follower = null;
        }
        session = s;
        if (s != null) {
            follower = new IndexFollower(s);
            follower.addListener(this::runQuery);
        }
        filters.clear();
        runQuery();
    }

    /** Runs the query in the box (with the facet filters) in a job; the previous one, if still running, is cancelled. */
    void runQuery() {
        if (query == null || query.isDisposed()) {
            return;
        }
        long mine = generation.incrementAndGet();
        if (running != null) {
            running.cancel();
        }
        IndexFollower f = follower;
        SearchIndex index = f == null ? null : f.index();
        if (index == null) {
            show(mine, null, f == null ? "no workspace open" : f.problem() != null ? f.problem() : "indexing\u2026");
            return;
        }
        String q = query.getText();
        Map<String, String> filter = Map.copyOf(filters);
        Job job = new Job("Search: " + q) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    SearchResult r = index.search(q, filter, LIMIT, () -> monitor.isCanceled() || generation.get() != mine);
                    if (monitor.isCanceled() || generation.get() != mine) {
                        return Status.CANCEL_STATUS; // a newer query replaced this one: its result is not shown
                    }
                    query.getDisplay().asyncExec(() -> show(mine, r, null));
                } catch (QueryException e) {
                    query.getDisplay().asyncExec(() -> show(mine, null, e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    query.getDisplay().asyncExec(() -> show(mine, null, "search failed: " + e.getMessage()));
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
        running = job;
        job.schedule();
    }

    /** Shows a result (or a message), unless a newer query was started since. */
    private void show(long gen, SearchResult result, String message) {
        if (gen != generation.get() || hits.getTable().isDisposed()) {
            return;
        }
        shown = result;
        hitOf.clear();
        List<Object> elements = new ArrayList<>();
        // while a workspace opened in stages is read, its claims and actors are not in yet: their hits wait for them
        partial = session != null && session.isLoading();
        if (result != null && session != null) {
            for (SearchHit h : result.hits()) {
                if (partial && !"document".equals(h.kind())) {
                    continue; // not in the corpus yet (a miss would walk every document looking for it)
                }
                Identified o = Corpora.byId(session.corpusSoFar(), h.id(), Identified.class);
                if (o != null) {
                    hitOf.put(o, h);
                    elements.add(o);
                }
            }
        }
        hits.setInput(elements);
        status.setText(message != null ? message
                : result.total() + (result.total() == 1 ? " hit" : " hits") + (partial ? "; the hits in claims and actors show once they are read"
                        : result.total() > elements.size() ? ", best " + elements.size() + " shown" : ""));
        status.setToolTipText(status.getText());
        showClaims.setEnabled(result != null && result.total() > 0);
        fillFacets(result);
    }

    private void fillFacets(SearchResult result) {
        facets.removeAll();
        if (result == null) {
            return;
        }
        for (Map.Entry<String, List<SearchResult.FacetCount>> f : result.facets().entrySet()) {
            TreeItem dim = new TreeItem(facets, SWT.NONE);
            String chosen = filters.get(f.getKey());
            dim.setText(f.getKey() + (chosen == null ? "" : " = " + chosen));
            for (SearchResult.FacetCount c : f.getValue()) {
                TreeItem value = new TreeItem(dim, SWT.NONE);
                value.setText((c.value().equals(chosen) ? "\u2713 " : "") + c.value() + " (" + c.count() + ")");
                value.setData(new String[] { f.getKey(), c.value() });
            }
            dim.setExpanded(!f.getValue().isEmpty());
        }
    }

    /** A click on a facet value narrows to it; on the value already chosen, lifts it. */
    private void facetClicked(Event e) {
        if (e.item instanceof TreeItem item && item.getData() instanceof String[] f) {
            toggleFilter(f[0], f[1]);
        }
    }

    void toggleFilter(String facet, String value) {
        if (value.equals(filters.get(facet))) {
            filters.remove(facet);
        } else {
            filters.put(facet, value);
        }
        runQuery();
    }

    /** Shows the hit in the Document view: its document with the claim's evidence (or the mention) selected. */
    void open(IStructuredSelection selection) {
        if (selection.isEmpty()) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        try {
            page.showView(DOCUMENT_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            status.setText("cannot open the Document view: " + e.getMessage());
            return;
        }
        // The Document view follows the selection: post it again now that the view listens.
        hits.setSelection(StructuredSelection.EMPTY);
        hits.setSelection(selection, true);
    }

    /** Narrows the Claims view to every claim of the current result (not only those shown). */
    void showInClaims() {
        SearchIndex index = follower == null ? null : follower.index();
        if (index == null || shown == null) {
            return;
        }
        String q = query.getText();
        List<String> ids;
        try {
            ids = index.claimIds(q, Map.copyOf(filters));
        } catch (QueryException | IOException e) {
            status.setText(e.getMessage());
            return;
        }
        ICommandService commands = getSite().getService(ICommandService.class);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        Command command = commands.getCommand(SHOW_CLAIMS);
        String label = "Search \"" + q + "\"" + (filters.isEmpty() ? "" : " " + filters) + ": " + ids.size() + " claims";
        try {
            handlers.executeCommand(ParameterizedCommand.generateCommand(command, Map.of(PARAM_IDS, String.join(",", ids), PARAM_LABEL, label)), null);
        } catch (CommandException e) {
            status.setText("cannot narrow the Claims view: " + e.getMessage());
        }
    }

    /** For tests: the query box, the hits table, the facets, the status line. */
    Text queryBox() {
        return query;
    }

    Table hitTable() {
        return hits.getTable();
    }

    Tree facetTree() {
        return facets;
    }

    String statusText() {
        return status.getText();
    }

    SearchHit hitOf(Object element) {
        return hitOf.get(element);
    }

    IndexFollower follower() {
        return follower;
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        if (follower != null) {
            follower.close();
        }
        if (bold != null) {
            bold.dispose();
        }
        super.dispose();
    }
}
