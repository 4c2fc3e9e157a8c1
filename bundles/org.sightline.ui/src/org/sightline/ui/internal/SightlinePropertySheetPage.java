package org.sightline.ui.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.sightline.ui.api.UndoRedo;

/** The Properties view's page for Sightline objects: item-provider properties, and the shared Undo / Redo. */
final class SightlinePropertySheetPage extends PropertySheetPage {

    SightlinePropertySheetPage() {
        setPropertySourceProvider(new ItemPropertySource.Provider());
    }

    @Override
    public void setActionBars(IActionBars bars) {
        super.setActionBars(bars);
        UndoRedo.install(bars);
    }
}
