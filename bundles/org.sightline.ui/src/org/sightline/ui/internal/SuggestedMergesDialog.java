package org.sightline.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sightline.core.api.CorpusMerge;
import org.sightline.model.Actor;
import org.sightline.model.edit.Labels;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/**
 * Actors > Suggested Merges: the actors of the workspace that the import's merge rule
 * ({@link CorpusMerge#suggestions}: the same person under name variants, a surname alone and the one
 * full name, the same country code, the same name) would have joined but that stand apart. One click
 * on Merge accepts a suggestion, keeping the name {@link CorpusMerge.Suggestion#kept()} proposes;
 * Choose Name... opens the Merge dialog to pick another. Each merge is one undoable step; the list is
 * worked out again after it.
 */
public final class SuggestedMergesDialog extends TableDialog {

    static final String TITLE = "Suggested Merges";
    private static final int MERGE = IDialogConstants.CLIENT_ID + 1;
    private static final int CHOOSE = IDialogConstants.CLIENT_ID + 2;

    private final Session session;
    private List<CorpusMerge.Suggestion> suggestions = List.of();

    SuggestedMergesDialog(Shell shell, Session session) {
        super(shell, TITLE);
        this.session = session;
    }

    /** The command: opens the dialog on the open workspace. */
    public static final class Open extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Session s = SessionService.get().current();
            if (s != null) {
                new SuggestedMergesDialog(HandlerUtil.getActiveShell(event), s).open();
            }
            return null;
        }
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Actors that are probably one");
        Table table = createTable(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE,
                new String[][] {{"Actors", "320"}, {"Kind", "110"}, {"Why", "190"}, {"Merge keeps", "160"}});
        GridDataFactory.fillDefaults().grab(true, true).hint(800, 260).applyTo(table);
        table.addListener(SWT.Selection, e -> updateButtons());
        table.addListener(SWT.DefaultSelection, e -> merge(false));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, MERGE, "&Merge", true);
        createButton(parent, CHOOSE, "&Choose Name...", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
        fill();
    }

    @Override
    protected void buttonPressed(int id) {
        switch (id) {
            case MERGE -> merge(false);
            case CHOOSE -> merge(true);
            case IDialogConstants.CLOSE_ID -> close();
            default -> super.buttonPressed(id);
        }
    }

    /** Merges the selected suggestion (the kept name, or the one picked in the Merge dialog): one undoable step. */
    private void merge(boolean choose) {
        int i = table().getSelectionIndex();
        if (i < 0 || i >= suggestions.size()) {
            return;
        }
        CorpusMerge.Suggestion s = suggestions.get(i);
        List<Actor> offered = new java.util.ArrayList<>(s.actors());
        offered.remove(s.kept());
        offered.add(0, s.kept());
        Actor kept = choose ? MergeDialog.choose(getShell(), offered) : s.kept();
        if (kept == null) {
            return;
        }
        List<Edit> edits = offered.stream().filter(a -> a != kept).map(a -> (Edit) new Edit.MergeActors(kept.getId(), a.getId())).toList();
        ModelHandlers.run(getShell(), edits.size() == 1 ? edits.get(0) : new Edit.Compound("Merge " + offered.size() + " actors", edits));
        fill();
        if (table().getItemCount() > 0) {
            table().setSelection(Math.min(i, table().getItemCount() - 1));
        }
        updateButtons();
    }

    private void fill() {
        suggestions = CorpusMerge.suggestions(session.corpus());
        table().removeAll();
        for (CorpusMerge.Suggestion s : suggestions) {
            TableItem item = new TableItem(table(), SWT.NONE);
            Actor first = s.actors().get(0);
            item.setText(new String[] {s.actors().stream().map(Actor::getName).collect(Collectors.joining(" / ")),
                    first.getKind() == null ? "" : Labels.literal(first.getKind()), s.reason(), s.kept().getName()});
            item.setData(s);
        }
        if (table().getItemCount() > 0 && table().getSelectionIndex() < 0) {
            table().setSelection(0);
        }
        setMessage(suggestions.isEmpty() ? "No actors of this workspace look like one another."
                : suggestions.size() + (suggestions.size() == 1 ? " suggestion" : " suggestions")
                        + ". Merge keeps the name shown; Choose Name... picks another. Each merge can be undone (Ctrl+Z).");
        updateButtons();
    }

    private void updateButtons() {
        boolean any = table().getSelectionIndex() >= 0;
        for (int id : new int[] {MERGE, CHOOSE}) {
            Button b = getButton(id);
            if (b != null) {
                b.setEnabled(any);
            }
        }
    }

    @Override
    public String toString() {
        return TITLE.toLowerCase(Locale.ROOT) + " " + suggestions;
    }
}
