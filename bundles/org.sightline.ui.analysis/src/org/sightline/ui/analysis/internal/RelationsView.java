package org.sightline.ui.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sightline.analysis.api.ClaimRelationAnalysis;
import org.sightline.analysis.api.RelationProposal;
import org.sightline.analysis.api.RelationProposals;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.Corpus;
import org.sightline.model.ReviewStatus;
import org.sightline.model.edit.Labels;
import org.sightline.ui.api.SelectionProvider;
import org.sightline.ui.api.SightlineWorkbench;

/**
 * Claim relations the analysis proposes (contradicts, repeats, supports), each with the reason in
 * words, for the analyst to confirm or reject. A decision adds the relation to the corpus with
 * status CONFIRMED or REJECTED as one undoable command; either way the pair is not proposed again.
 * Selecting a proposal selects its two claims, so the document and Properties show them.
 * The table is virtual: a big corpus has a hundred thousand proposals and only visible rows are
 * filled.
 */
public final class RelationsView extends AnalysisView<RelationProposals> {

    private enum Column {
        KIND("Relation", 100), LATER("Later claim", 300), EARLIER("Earlier claim", 300), SIMILARITY("Overlap", 70),
        REASON("Reason", 600);

        final String title;
        final int width;

        Column(String title, int width) {
            this.title = title;
            this.width = width;
        }
    }

    private Composite root;
    private Label status;
    private Table table;
    private final SelectionProvider selection = new SelectionProvider();
    private RelationProposals proposals;
    private int decided;

    @Override
    protected void createContents(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(root);
        status = createStatusLabel(root, 1);

        table = new Table(root, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        for (Column c : Column.values()) {
            TableColumn tc = new TableColumn(table, c == Column.SIMILARITY ? SWT.RIGHT : SWT.LEFT);
            tc.setText(c.title);
            tc.setWidth(c.width);
        }
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int index = table.indexOf(item);
            if (proposals == null || index >= proposals.proposals().size()) {
                return;
            }
            RelationProposal p = proposals.proposals().get(index);
            item.setData(p);
            for (Column c : Column.values()) {
                item.setText(c.ordinal(), text(c, p));
            }
        });
        table.addListener(SWT.Selection, e -> {
            List<Claim> claims = new ArrayList<>();
            for (RelationProposal p : selected()) {
                claims.add(p.from());
                claims.add(p.to());
            }
            selection.fire(new StructuredSelection(claims));
        });
        getSite().setSelectionProvider(selection);
        // Confirm and Reject are commands (toolbar, context menu) enabled while proposals are selected.
        SightlineWorkbench.installContextMenu(getSite(), table, selection);
    }

    private static String text(Column c, RelationProposal p) {
        return switch (c) {
            case KIND -> p.kind().getLiteral().toLowerCase(Locale.ROOT);
            case LATER -> p.from().getId() + "  " + Labels.claim(p.from());
            case EARLIER -> p.to().getId() + "  " + Labels.claim(p.to());
            case SIMILARITY -> String.format(Locale.ROOT, "%.2f", p.similarity());
            case REASON -> p.reason();
        };
    }

    /**
     * Claims above which the view waits for Refresh after an edit: the analysis takes about 5 s for
     * 60,000 claims on two cores (docs/analysis-views.md), 10,000 claims well under one.
     */
    static final int AUTO_REFRESH_CLAIMS = 10_000;

    @Override
    protected boolean refreshesByItself(Corpus c) {
        return c.getClaims().size() <= AUTO_REFRESH_CLAIMS;
    }

    @Override
    protected Control control() {
        return table;
    }

    @Override
    protected RelationProposals compute(Corpus corpus, IProgressMonitor monitor) {
        return new ClaimRelationAnalysis().analyze(corpus);
    }

    @Override
    protected void show(RelationProposals result) {
        proposals = result;
        if (result == null) {
            table.setItemCount(0);
            status.setText("No workspace open.");
            selection.fire(StructuredSelection.EMPTY);
            return;
        }
        decided = 0;
        for (ClaimRelation r : corpus().getRelations()) {
            if (r.getStatus() == ReviewStatus.CONFIRMED || r.getStatus() == ReviewStatus.REJECTED) {
                decided++;
            }
        }
        table.deselectAll();
        table.setItemCount(proposals.proposals().size());
        table.clearAll();
        status.setText(proposals.proposals().size() + " proposed from " + proposals.claimsCompared() + " claims; " + decided
                + " decided");
        status.getParent().layout();
        selection.fire(StructuredSelection.EMPTY); // the list is new: nothing is selected
    }

    private List<RelationProposal> selected() {
        List<RelationProposal> out = new ArrayList<>();
        if (proposals == null) {
            return out;
        }
        for (int i : table.getSelectionIndices()) {
            if (i < proposals.proposals().size()) {
                out.add(proposals.proposals().get(i));
            }
        }
        return out;
    }

    /** Confirms or rejects the selected proposals (the Confirm / Reject Relation commands). */
    void decideSelected(ReviewStatus status) {
        decide(selected(), status);
    }

    /**
     * Confirms or rejects {@code chosen} as one undoable command. Pairs decided since the list was
     * computed (it may wait for Refresh on a big workspace) are skipped, so no pair is recorded twice.
     */
    public void decide(List<RelationProposal> chosen, ReviewStatus status) {
        List<RelationProposal> open = chosen.stream().filter(p -> related(p) == null).toList();
        if (open.size() < chosen.size()) {
            status(chosen.size() - open.size() + " of the selected pairs are decided already; refresh to update the list");
        }
        chosen = open;
        if (chosen.isEmpty()) {
            return;
        }
        execute(AnalysisEdits.decide(chosen, status));
    }

    /** The relation already recorded between the proposal's two claims (either direction), or null. */
    private ClaimRelation related(RelationProposal p) {
        for (ClaimRelation r : corpus().getRelations()) {
            if (r.getFrom() == p.from() && r.getTo() == p.to() || r.getFrom() == p.to() && r.getTo() == p.from()) {
                return r;
            }
        }
        return null;
    }

    private void status(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    /** Selects proposal number {@code index} as a click would. */
    public void select(int index) {
        table.setSelection(index);
        table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    // ---- for tests and the benchmark ------------------------------------------------------------

    public RelationProposals proposals() {
        return proposals;
    }

    public Table table() {
        return table;
    }

    public String statusText() {
        return status.getText();
    }
}
