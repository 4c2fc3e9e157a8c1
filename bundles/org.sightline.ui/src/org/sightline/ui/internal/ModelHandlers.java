package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.ReviewStatus;
import org.sightline.model.edit.Labels;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/**
 * The analyst's edits as commands (menus, context menus and key bindings in plugin.xml): review
 * claims, merge actors, add an alias, change a kind, and make actors, mentions and claims from
 * selected text. Each becomes one {@link Edit} on the open session. Each handler's enabledWhen in
 * plugin.xml says what the selection must be, so a command is disabled rather than doing nothing.
 */
public final class ModelHandlers {

    private ModelHandlers() {
    }

    static <T> List<T> selected(ISelection selection, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                if (type.isInstance(o)) {
                    out.add(type.cast(o));
                }
            }
        }
        return out;
    }

    /** Executes {@code edit}, reporting a refusal (bad span, stale id) in a dialog. */
    static void run(Shell shell, Edit edit) {
        Session s = SessionService.get().current();
        if (s == null) {
            return;
        }
        try {
            s.execute(edit);
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(shell, edit.label(), e.getMessage());
        }
    }

    /** Sets the review status of the selected claims: one undoable step for all. */
    static Edit review(List<Claim> claims, ReviewStatus status, String verb) {
        List<Edit> edits = claims.stream().map(c -> (Edit) new Edit.SetFeature(null, c.getId(), "status", List.of(status.getLiteral()))).toList();
        return new Edit.Compound(verb + (claims.size() == 1 ? " claim" : " " + claims.size() + " claims"), edits);
    }

    /** Claims > Confirm (Ctrl+Shift+C). */
    public static final class Confirm extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            List<Claim> claims = selected(HandlerUtil.getCurrentSelection(event), Claim.class);
            if (!claims.isEmpty()) {
                run(HandlerUtil.getActiveShell(event), review(claims, ReviewStatus.CONFIRMED, "Confirm"));
            }
            return null;
        }
    }

    /** Claims > Reject (Ctrl+Shift+R). */
    public static final class Reject extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            List<Claim> claims = selected(HandlerUtil.getCurrentSelection(event), Claim.class);
            if (!claims.isEmpty()) {
                run(HandlerUtil.getActiveShell(event), review(claims, ReviewStatus.REJECTED, "Reject"));
            }
            return null;
        }
    }

    /** Edit in the Properties view (Alt+Enter, double-click): shows and activates it. */
    public static final class EditProperties extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            showProperties();
            return null;
        }
    }

    static void showProperties() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IWorkbenchPart active = page.getActivePart();
        try {
            page.showView(SightlineUi.PROPERTIES_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
            if (active != null) {
                page.activate(active);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(null, "Properties", e.getMessage());
        }
    }

    /** Actors > Merge (Ctrl+Shift+M): the selected actors into the one the analyst keeps in the Merge dialog. */
    public static final class Merge extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            List<Actor> actors = selected(HandlerUtil.getCurrentSelection(event), Actor.class);
            Shell shell = HandlerUtil.getActiveShell(event);
            if (actors.size() < 2) {
                return null; // disabled (plugin.xml): two or more actors
            }
            Actor kept = MergeDialog.choose(shell, actors); // the first selected is offered first
            if (kept == null) {
                return null;
            }
            List<Edit> edits = actors.stream().filter(a -> a != kept).map(a -> (Edit) new Edit.MergeActors(kept.getId(), a.getId())).toList();
            run(shell, edits.size() == 1 ? edits.get(0) : new Edit.Compound("Merge " + actors.size() + " actors", edits));
            return null;
        }
    }

    /**
     * Hide (context menus of Claims and Actors): the selected claims or actors stay in the workspace but leave the
     * views, the analyses and exports; a hidden actor takes its claims with it. One undoable step.
     */
    public static final class Hide extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            List<org.sightline.model.Identified> items = selected(HandlerUtil.getCurrentSelection(event), org.sightline.model.Identified.class);
            List<Edit> edits = items.stream().filter(o -> o instanceof Claim || o instanceof Actor)
                    .map(o -> (Edit) new Edit.SetFeature(null, o.getId(), "hidden", List.of("true"))).toList();
            if (!edits.isEmpty()) {
                run(HandlerUtil.getActiveShell(event), new Edit.Compound("Hide " + edits.size() + (edits.size() == 1 ? " item" : " items"), edits));
            }
            return null;
        }
    }

    /** Actors > Add Alias. */
    public static final class AddAlias extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            List<Actor> actors = selected(HandlerUtil.getCurrentSelection(event), Actor.class);
            if (actors.size() != 1) {
                return null;
            }
            Actor a = actors.get(0);
            InputDialog d = new InputDialog(HandlerUtil.getActiveShell(event), "Add Alias", "Another name for " + a.getName() + ":", "",
                    s -> s.isBlank() ? "Type the alias." : a.getAliases().contains(s.strip()) ? "Already an alias." : null);
            if (d.open() == Window.OK) {
                List<String> aliases = new ArrayList<>(a.getAliases());
                aliases.add(d.getValue().strip());
                run(HandlerUtil.getActiveShell(event), new Edit.SetFeature("Add alias", a.getId(), "aliases", aliases));
            }
            return null;
        }
    }

    /** Actors > Change Kind > (kind): parameter {@code org.sightline.ui.kind}. */
    public static final class ChangeKind extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            ActorKind kind = ActorKind.get(event.getParameter("org.sightline.ui.kind"));
            List<Actor> actors = selected(HandlerUtil.getCurrentSelection(event), Actor.class);
            if (kind == null || actors.isEmpty()) {
                return null;
            }
            List<Edit> edits = actors.stream().map(a -> (Edit) new Edit.SetFeature(null, a.getId(), "kind", List.of(kind.getLiteral()))).toList();
            run(HandlerUtil.getActiveShell(event), new Edit.Compound("Change kind to " + kind, edits));
            return null;
        }
    }

    /**
     * The Change Kind submenu, defined once here and placed by one line each in the main Actors menu and
     * the Actors view's context menu (plugin.xml cannot share one menu between two places).
     */
    public static final class KindMenu extends CompoundContributionItem {
        @Override
        protected IContributionItem[] getContributionItems() {
            MenuManager kinds = new MenuManager("Change &Kind", "org.sightline.ui.menus.kind.items");
            kinds.add(new KindItems());
            return new IContributionItem[] { kinds };
        }
    }

    /**
     * The Change Kind menu's items, one per actor kind of the model: the list is the model's, not written
     * out in plugin.xml.
     */
    public static final class KindItems extends CompoundContributionItem {
        @Override
        protected IContributionItem[] getContributionItems() {
            List<IContributionItem> items = new ArrayList<>();
            for (ActorKind kind : ActorKind.VALUES) {
                CommandContributionItemParameter p = new CommandContributionItemParameter(PlatformUI.getWorkbench(), null,
                        "org.sightline.ui.commands.changeKind", CommandContributionItem.STYLE_PUSH);
                p.label = Labels.literal(kind);
                p.parameters = Map.of("org.sightline.ui.kind", kind.getLiteral());
                items.add(new CommandContributionItem(p));
            }
            return items.toArray(new IContributionItem[0]);
        }
    }

    /** The Document view's text selection, or a message why there is none. */
    private static int[] textSelection(ExecutionEvent event, String what) {
        if (HandlerUtil.getActivePart(event) instanceof DocumentView view && view.document() != null && view.textSelection() != null) {
            return view.textSelection();
        }
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), what, "Select the text in the Document view first.");
        return null;
    }

    private static Document shownDocument(ExecutionEvent event) {
        return ((DocumentView) HandlerUtil.getActivePart(event)).document();
    }

    /** Document > Create Actor from Selection (Ctrl+Shift+A). */
    public static final class CreateActor extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            int[] span = textSelection(event, "Create Actor");
            if (span == null) {
                return null;
            }
            Document d = shownDocument(event);
            String surface = d.getText().substring(span[0], span[1]).strip();
            FormDialog form = new FormDialog(HandlerUtil.getActiveShell(event), "Create Actor", surface,
                    ActorKind.VALUES.stream().map(ActorKind::getLiteral).toList(), ActorKind.GROUP.getValue(), "Kind:");
            if (form.open() == Window.OK) {
                run(HandlerUtil.getActiveShell(event), new Edit.CreateActor(d.getId(), span[0], span[1], ActorKind.get(form.choice), form.name));
            }
            return null;
        }
    }

    /** Document > Add Mention of Actor: the selected text is another mention of a chosen actor. */
    public static final class AddMention extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            int[] span = textSelection(event, "Add Mention");
            Session s = SessionService.get().current();
            if (span == null || s == null) {
                return null;
            }
            if (s.corpus().getActors().isEmpty()) {
                MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Add Mention",
                        "The workspace has no actor yet: use Create Actor from Selection.");
                return null;
            }
            List<Actor> actors = s.corpus().getActors().stream().sorted(Comparator.comparing(a -> String.valueOf(a.getName()))).toList();
            FormDialog form = new FormDialog(HandlerUtil.getActiveShell(event), "Add Mention", null,
                    actors.stream().map(a -> a.getName() + " (" + a.getKind() + ")").toList(), 0, "Actor:");
            if (form.open() == Window.OK) {
                Actor a = actors.get(form.index);
                run(HandlerUtil.getActiveShell(event), new Edit.AddMention(a.getId(), shownDocument(event).getId(), span[0], span[1]));
            }
            return null;
        }
    }

    /** Document > Create Claim from Selection (Ctrl+Shift+L): the selected text is the content. */
    public static final class CreateClaim extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            int[] span = textSelection(event, "Create Claim");
            Session s = SessionService.get().current();
            if (span == null || s == null) {
                return null;
            }
            List<Actor> actors = s.corpus().getActors().stream().sorted(Comparator.comparing(a -> String.valueOf(a.getName()))).toList();
            List<String> sources = new ArrayList<>();
            sources.add("(no source)");
            actors.forEach(a -> sources.add(a.getName()));
            ClaimFormDialog form = new ClaimFormDialog(HandlerUtil.getActiveShell(event), sources);
            if (form.open() == Window.OK) {
                String source = form.source == 0 ? null : actors.get(form.source - 1).getId();
                run(HandlerUtil.getActiveShell(event), new Edit.CreateClaim(shownDocument(event).getId(), span[0], span[1],
                        ClaimType.get(form.type), source));
            }
            return null;
        }
    }

    /** Find Claims (Ctrl+F): the Claims view's filter box. */
    public static final class FindClaims extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            try {
                IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
                ((ClaimsView) page.showView(ClaimsView.ID)).focusFilter();
            } catch (PartInitException e) {
                MessageDialog.openError(HandlerUtil.getActiveShell(event), "Find Claims", e.getMessage());
            }
            return null;
        }
    }

    /** A name (optional) and one choice. */
    static final class FormDialog extends Dialog {
        private final String title;
        private final String initialName;
        private final List<String> choices;
        private final int initialChoice;
        private final String choiceLabel;
        private Text nameText;
        private Combo combo;
        String name;
        String choice;
        int index;

        FormDialog(Shell shell, String title, String initialName, List<String> choices, int initialChoice, String choiceLabel) {
            super(shell);
            this.title = title;
            this.initialName = initialName;
            this.choices = choices;
            this.initialChoice = initialChoice;
            this.choiceLabel = choiceLabel;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite c = (Composite) super.createDialogArea(parent);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            if (initialName != null) {
                new Label(c, SWT.NONE).setText("Name:");
                nameText = new Text(c, SWT.BORDER);
                nameText.setText(initialName);
                GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(nameText);
            }
            new Label(c, SWT.NONE).setText(choiceLabel);
            combo = new Combo(c, SWT.READ_ONLY);
            choices.forEach(combo::add);
            combo.select(initialChoice);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
            return c;
        }

        @Override
        protected void okPressed() {
            name = nameText == null ? null : nameText.getText().strip();
            index = combo.getSelectionIndex();
            choice = combo.getText();
            super.okPressed();
        }
    }

    /** Type and source of a new claim. */
    static final class ClaimFormDialog extends Dialog {
        private final List<String> sources;
        private Combo typeCombo;
        private Combo sourceCombo;
        String type;
        int source;

        ClaimFormDialog(Shell shell, List<String> sources) {
            super(shell);
            this.sources = sources;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("Create Claim");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite c = (Composite) super.createDialogArea(parent);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            new Label(c, SWT.NONE).setText("Type:");
            typeCombo = new Combo(c, SWT.READ_ONLY);
            ClaimType.VALUES.forEach(t -> typeCombo.add(t.getLiteral()));
            typeCombo.select(ClaimType.STATEMENT.getValue());
            new Label(c, SWT.NONE).setText("Source:");
            sourceCombo = new Combo(c, SWT.READ_ONLY);
            sources.forEach(sourceCombo::add);
            sourceCombo.select(0);
            GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(sourceCombo);
            return c;
        }

        @Override
        protected void okPressed() {
            type = typeCombo.getText();
            source = sourceCombo.getSelectionIndex();
            super.okPressed();
        }
    }
}
