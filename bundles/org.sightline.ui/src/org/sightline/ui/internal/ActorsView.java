package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.URLTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Mention;
import org.sightline.model.edit.Labels;
import org.sightline.ui.api.Palette;
import org.sightline.ui.api.SelectionProvider;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.api.SightlineWorkbench;

/**
 * Actors: a tree by part-of (defense ministry under South Korea) with kind, aliases and counts of
 * mentions and claims. Dragging an actor onto another makes it part of that one; dropping it on
 * empty space makes it stand alone. Merge, alias and kind changes are in the context menu. The view's
 * selection lists the actors in the order they were selected, so Merge offers the first selected first.
 */
public final class ActorsView extends SightlineView {

    public static final String ID = SightlineUi.ACTORS_VIEW;

    private TreeViewer viewer;
    private Text finder;
    private SelectionProvider selection;
    /** The open workspace's actors are still being read (a staged open). */
    private boolean loading;
    /** The selected actors in the order the analyst selected them (a tree gives them in its own order). */
    private final List<Actor> selectionOrder = new ArrayList<>();
    private final Map<Actor, List<Actor>> parts = new IdentityHashMap<>();
    /** The open session's counts (counted in a job), and what this view does when new ones are ready. */
    private SessionCounts counts;
    /** The counts the Claims column shows. */
    private CorpusCounts shown;
    private final Runnable countsReady = () -> {
        CorpusCounts now = counts == null ? null : counts.now();
        boolean same = now != null && now.sameActorCounts(shown); // a claim made without a source: no number changes
        shown = now;
        if (!same && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    };

    @Override
    protected void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
        finder = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        finder.setMessage("Find actor (name or alias)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(finder);
        viewer = new TreeViewer(root, STYLE_TABLE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(org.eclipse.jface.viewers.Viewer v, Object parentElement, Object element) {
                return element instanceof Actor a && found(a, finder.getText().strip().toLowerCase(java.util.Locale.ROOT));
            }
        });
        finder.addListener(SWT.Modify, e -> {
            viewer.refresh();
            if (!finder.getText().isBlank()) {
                viewer.expandAll();
            }
        });
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        column("Name", 190, a -> a.getName(), a -> a.getKind() == null ? null : Palette.color(Palette.of(a.getKind())));
        column("Kind", 120, a -> a.getKind() == null ? "" : Labels.literal(a.getKind()), a -> null);
        column("Aliases", 150, a -> String.join(", ", a.getAliases()), a -> null);
        column("Mentions", 65, a -> Integer.toString(a.getMentions().size()), a -> null);
        column("Claims", 55, a -> {
            CorpusCounts n = counts == null ? null : counts.now();
            return n == null ? SessionCounts.COUNTING : Integer.toString(n.claims(a));
        }, a -> null);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return parts.getOrDefault(null, List.of()).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parts.getOrDefault(parent, List.of()).toArray();
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof Actor a ? a.getPartOf() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return parts.containsKey(element);
            }
        });
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(org.eclipse.jface.viewers.Viewer v, Object a, Object b) {
                return String.CASE_INSENSITIVE_ORDER.compare(((Actor) a).getName() == null ? "" : ((Actor) a).getName(),
                        ((Actor) b).getName() == null ? "" : ((Actor) b).getName());
            }
        });
        selection = new SelectionProvider(s -> viewer.setSelection(s, true));
        viewer.addSelectionChangedListener(e -> {
            order(e.getStructuredSelection());
            selection.fire(new StructuredSelection(selectionOrder));
        });
        getSite().setSelectionProvider(selection);
        viewer.addDoubleClickListener(e -> ModelHandlers.showProperties());
        dragAndDrop();
        SightlineWorkbench.installContextMenu(getSite(), viewer.getTree(), selection);
    }

    /** The finder's text is in the actor's name or an alias, or in one of its parts' (which keeps the whole in the tree). */
    private boolean found(Actor a, String text) {
        if (text.isEmpty() || contains(a.getName(), text) || a.getAliases().stream().anyMatch(alias -> contains(alias, text))) {
            return true;
        }
        return parts.getOrDefault(a, List.of()).stream().anyMatch(part -> found(part, text));
    }

    private static boolean contains(String s, String lowerText) {
        return s != null && s.toLowerCase(java.util.Locale.ROOT).contains(lowerText);
    }

    /** For tests: the actor finder's box. */
    public Text finder() {
        return finder;
    }

    /** Keeps the actors still selected in the order they were selected, then adds the new ones. */
    private void order(IStructuredSelection now) {
        List<Actor> actors = new ArrayList<>();
        for (Object o : now) {
            if (o instanceof Actor a) {
                actors.add(a);
            }
        }
        selectionOrder.removeIf(a -> !actors.contains(a));
        for (Actor a : actors) {
            if (!selectionOrder.contains(a)) {
                selectionOrder.add(a);
            }
        }
    }

    private void column(String title, int width, java.util.function.Function<Actor, String> text, java.util.function.Function<Actor, Color> color) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((Actor) element);
                return s == null ? "" : s;
            }

            @Override
            public Color getForeground(Object element) {
                return color.apply((Actor) element);
            }
        });
    }

    /** The tree has one drop target (SWT allows one per control): {@link #dragAndDrop} takes files too. */
    @Override
    protected void acceptDrops(Control control) {
    }

    /** Drag an actor onto another: part of it. Files and links dropped from outside are imported. */
    private void dragAndDrop() {
        Transfer[] local = { LocalSelectionTransfer.getTransfer() };
        Transfer[] incoming = { LocalSelectionTransfer.getTransfer(), FileTransfer.getInstance(), URLTransfer.getInstance() };
        viewer.addDragSupport(DND.DROP_MOVE, local, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                event.doit = !viewer.getSelection().isEmpty();
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK, incoming, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return true;
            }

            @Override
            public boolean performDrop(Object data) {
                if (!(data instanceof IStructuredSelection)) {
                    return importDropped(data);
                }
                Actor whole = getCurrentTarget() instanceof Actor a ? a : null;
                List<Edit> edits = new ArrayList<>();
                for (Object o : (IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()) {
                    if (o instanceof Actor part && part != whole && !isPartOf(whole, part)) {
                        edits.add(new Edit.SetFeature(null, part.getId(), "partOf", whole == null ? List.of() : List.of(whole.getId())));
                    }
                }
                if (edits.isEmpty() || session == null) {
                    return false;
                }
                session.execute(new Edit.Compound(whole == null ? "Detach actor" : "Make part of " + whole.getName(), edits));
                return true;
            }
        });
    }

    /** Whether {@code actor} lies under {@code ancestor} (a drop there would make a cycle). */
    private static boolean isPartOf(Actor actor, Actor ancestor) {
        for (Actor a = actor; a != null; a = a.getPartOf()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Control control() {
        return viewer.getTree();
    }

    @Override
    protected void sessionChanged() {
        if (counts != null) {
            counts.removeListener(countsReady);
        }
        counts = session == null ? null : SessionCounts.of(session);
        shown = null;
        if (counts != null) {
            counts.addListener(countsReady);
        }
        rebuild();
        viewer.setInput(session == null ? null : session.corpusSoFar());
        viewer.expandToLevel(2);
        showLoading();
    }

    @Override
    protected void refresh(Collection<?> affected) {
        if (loading) { // the rest of a workspace opened in stages is in: shown as a workspace just opened
            sessionChanged();
            return;
        }
        if (session != null && !showsActors(CommandParts.ofLastChange(session))) {
            return; // a claim's status, a hypothesis: nothing the tree shows (its Claims column follows the counts)
        }
        Object[] expanded = viewer.getExpandedElements();
        rebuild();
        viewer.refresh();
        viewer.setExpandedElements(expanded);
    }

    /**
     * Whether a change of these parts (null: not known) can change what the tree shows: an actor (its name, kind,
     * aliases, mentions, whole, whether hidden), or which actors there are. At 100,000 documents the tree's refresh
     * holds the UI thread for most of an edit.
     */
    private static boolean showsActors(List<CommandParts.Part> parts) {
        if (parts == null) {
            return true;
        }
        for (CommandParts.Part p : parts) {
            if (p.owner() instanceof Actor || p.owner() instanceof org.sightline.model.Corpus
                    && p.feature() == org.sightline.model.SightlinePackage.Literals.CORPUS__ACTORS) {
                return true;
            }
        }
        return false;
    }

    /** Says so while the actors of a workspace opened in stages are still being read. */
    private void showLoading() {
        loading = session != null && session.isLoading();
        setContentDescription(loading ? "Reading actors\u2026" : "");
    }

    /** Indexes parts by whole (each actor's claims are counted by {@link SessionCounts}, in a job). */
    private void rebuild() {
        parts.clear();
        if (session == null) {
            return;
        }
        for (Actor a : session.corpusSoFar().getActors()) {
            if (a.isHidden()) {
                continue; // hidden by the analyst (Hide): kept in the workspace, not shown
            }
            Actor whole = a.getPartOf() != null && a.getPartOf().eContainer() == session.corpusSoFar() ? a.getPartOf() : null;
            parts.computeIfAbsent(whole, k -> new ArrayList<>()).add(a);
        }
    }

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection s) {
        Actor a = switch (first(s)) {
            case Claim c -> c.getSource();
            case Mention m -> m.getActor();
            case null, default -> null;
        };
        if (a != null && a.eContainer() != null) {
            viewer.setSelection(new StructuredSelection(a), true);
        }
    }

    /** For tests: the tree viewer. */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void dispose() {
        if (counts != null) {
            counts.removeListener(countsReady);
        }
        super.dispose();
    }
}
