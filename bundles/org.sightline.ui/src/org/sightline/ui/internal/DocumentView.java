package org.sightline.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.sightline.core.api.SightlineInfo;

/** Shows the text of the current document; on first start, the bundled sample article. */
public final class DocumentView extends ViewPart {

    public static final String ID = "org.sightline.ui.views.document";

    private StyledText text;

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setLeftMargin(8);
        text.setRightMargin(8);
        text.setText(SightlineInfo.sampleText());
        setContentDescription(SightlineInfo.SAMPLE_NAME);
    }

    /** The widget showing the text; for tests and for linking selection. */
    public StyledText getTextWidget() {
        return text;
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
