package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.sightline.model.Actor;
import org.sightline.model.Corpus;
import org.sightline.model.edit.Labels;

/**
 * Merge Actors: the candidates, one per line with kind, aliases, mentions and claims, and the name
 * that survives chosen with a radio button; the first selected actor is chosen to begin with.
 */
final class MergeDialog extends TitleAreaDialog {

    private final List<Actor> candidates;
    private final List<Button> choices = new ArrayList<>();
    private Actor kept;

    private MergeDialog(Shell shell, List<Actor> candidates) {
        super(shell);
        this.candidates = candidates;
        this.kept = candidates.get(0);
    }

    /** The actor the analyst keeps (the others are merged into it), or null when cancelled. */
    static Actor choose(Shell shell, List<Actor> candidates) {
        MergeDialog d = new MergeDialog(shell, candidates);
        return d.open() == Window.OK ? d.kept : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Merge Actors");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Merge " + candidates.size() + " actors");
        setMessage("Choose the name to keep. The others become its aliases; their mentions, claims (as source and"
                + " as target), code and parts move to it.");
        Composite list = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(12, 8).applyTo(list);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
        Corpus corpus = candidates.get(0).eContainer() instanceof Corpus c ? c : null;
        for (Actor a : candidates) {
            Button b = new Button(list, SWT.RADIO);
            b.setText(describe(a, corpus));
            b.setData(a);
            b.setSelection(a == kept);
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) {
                    kept = a;
                }
            });
            choices.add(b);
        }
        return area;
    }

    /** "Donald Trump (person; 3 mentions, 2 claims; also: Trump)". Ampersands doubled: radio texts take mnemonics. */
    private static String describe(Actor a, Corpus corpus) {
        long claims = corpus == null ? 0 : corpus.getClaims().stream().filter(c -> c.getSource() == a).count();
        String aliases = a.getAliases().isEmpty() ? "" : "; also: " + String.join(", ", a.getAliases());
        String kind = a.getKind() == null ? "no kind" : Labels.literal(a.getKind()).toLowerCase(java.util.Locale.ROOT);
        String text = a.getName() + "  (" + kind + "; " + a.getMentions().size() + " mentions, " + claims + " claims" + aliases + ")";
        return text.replace("&", "&&");
    }

    /** For tests: the radio buttons, in the candidates' order. */
    List<Button> choices() {
        return choices;
    }
}
