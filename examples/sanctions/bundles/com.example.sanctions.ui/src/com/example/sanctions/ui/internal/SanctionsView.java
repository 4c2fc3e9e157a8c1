package com.example.sanctions.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;

import com.example.sanctions.api.Sanctions;

/**
 * The claims about sanctions in the corpus the analyst is working on. The view needs no Sightline
 * UI API: it follows the workbench selection, and any selected model object (a document, an actor,
 * a claim) leads to its corpus.
 */
public final class SanctionsView extends ViewPart {

    public static final String ID = "com.example.sanctions.ui.view";

    private TableViewer viewer;
    private Corpus corpus;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Source", 160, c -> c.getSource() != null ? c.getSource().getName() : c.getSourceText());
        column("Cue", 90, Claim::getCue);
        column("Type", 110, c -> c.getType().getLiteral());
        column("Content", 480, Claim::getContent);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(List.of());
        // Selecting a row selects the claim for the other views (Document, Properties).
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPostSelectionListener(selectionListener);
        setContentDescription("Select a document, actor or claim to list the sanctions claims of its corpus.");
    }

    private void column(String title, int width, Function<Claim, String> text) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((Claim) element);
                return s == null ? "" : s;
            }
        });
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection s) || !(s.getFirstElement() instanceof EObject o)) {
            return;
        }
        if (EcoreUtil.getRootContainer(o) instanceof Corpus c) {
            show(c);
        }
    }

    /** Lists the sanctions claims of {@code c}; also for tests and for other plugins' actions. */
    public void show(Corpus c) {
        corpus = c;
        List<Claim> claims = Sanctions.claims(c);
        viewer.setInput(claims);
        setContentDescription(claims.size() + " claim(s) about sanctions in " + (c.getName() == null ? "the corpus" : c.getName()));
    }

    /** The corpus shown, or null before the first selection. */
    public Corpus corpus() {
        return corpus;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
