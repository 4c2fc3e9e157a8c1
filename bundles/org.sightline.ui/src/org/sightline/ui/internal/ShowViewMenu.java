package org.sightline.ui.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.sightline.ui.api.SightlineWorkbench;

/**
 * Window > Show View: every view of the Sightline category, ours and contributed ones (the analyses,
 * Search, a third party's), read from the view registry each time the menu opens, so a bundle
 * installed later is listed too; Properties beside them. Not the IDE's Show View dialog: the
 * workbench has no other categories worth offering.
 */
final class ShowViewMenu extends CompoundContributionItem {

    private final IWorkbenchWindow window;

    ShowViewMenu(IWorkbenchWindow window) {
        super("org.sightline.ui.menus.showView.items");
        this.window = window;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        return views(window).stream().map(v -> (IContributionItem) new ActionContributionItem(new Action(v.getLabel(), v.getImageDescriptor()) {
            @Override
            public void run() {
                show(window, v.getId());
            }
        })).toArray(IContributionItem[]::new);
    }

    /** The Sightline views by name, then Properties. */
    static List<IViewDescriptor> views(IWorkbenchWindow window) {
        IViewCategory category = Arrays.stream(window.getWorkbench().getViewRegistry().getCategories())
                .filter(c -> SightlineWorkbench.VIEW_CATEGORY.equals(c.getId())).findFirst().orElse(null);
        List<IViewDescriptor> ours = category == null ? List.of()
                : Arrays.stream(category.getViews()).sorted(Comparator.comparing(IViewDescriptor::getLabel)).toList();
        IViewDescriptor properties = window.getWorkbench().getViewRegistry().find(SightlineUi.PROPERTIES_VIEW);
        return properties == null ? ours : java.util.stream.Stream.concat(ours.stream(), java.util.stream.Stream.of(properties)).toList();
    }

    private static void show(IWorkbenchWindow window, String id) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            page.showView(id);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Show View", "Cannot open the view " + id + ": " + e.getMessage());
        }
    }
}
