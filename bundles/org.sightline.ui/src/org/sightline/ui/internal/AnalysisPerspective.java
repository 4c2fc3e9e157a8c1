package org.sightline.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.sightline.ui.api.SightlineWorkbench;

/**
 * The "Analysis" perspective: Documents and Actors on the left, the document text in the middle,
 * Claims below it, Properties on the right. The bottom folder is where the cross-document
 * analyses' views go, through perspectiveExtensions naming {@link #BOTTOM}.
 */
public final class AnalysisPerspective implements IPerspectiveFactory {

    public static final String ID = "org.sightline.ui.perspectives.analysis";
    public static final String LEFT = "org.sightline.ui.folders.left";
    public static final String LEFT_BOTTOM = "org.sightline.ui.folders.leftBottom";
    public static final String BOTTOM = SightlineWorkbench.ANALYSES_FOLDER;
    public static final String RIGHT = "org.sightline.ui.folders.right";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.26f, editorArea);
        left.addView(SightlineUi.DOCUMENTS_VIEW);
        IFolderLayout leftBottom = layout.createFolder(LEFT_BOTTOM, IPageLayout.BOTTOM, 0.38f, LEFT);
        leftBottom.addView(SightlineUi.ACTORS_VIEW);
        layout.addView(DocumentView.ID, IPageLayout.RIGHT, 0.26f, editorArea);
        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.55f, DocumentView.ID);
        bottom.addView(SightlineUi.CLAIMS_VIEW);
        bottom.addPlaceholder("org.sightline.ui.views.analysis.*");
        bottom.addPlaceholder("org.sightline.analysis.*");
        IFolderLayout right = layout.createFolder(RIGHT, IPageLayout.RIGHT, 0.74f, DocumentView.ID);
        right.addView(IPageLayout.ID_PROP_SHEET);
        for (String id : new String[] { SightlineUi.DOCUMENTS_VIEW, SightlineUi.ACTORS_VIEW, SightlineUi.CLAIMS_VIEW, DocumentView.ID }) {
            layout.addShowViewShortcut(id);
        }
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
