package org.sightline.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Analysis" perspective: corpus and actors on the left, the document text in the middle,
 * claims below, properties on the right. Folders are named so later views (and third parties'
 * views, through perspectiveExtensions) can be placed beside the existing ones.
 */
public final class AnalysisPerspective implements IPerspectiveFactory {

    public static final String ID = "org.sightline.ui.perspectives.analysis";
    public static final String LEFT = "org.sightline.ui.folders.left";
    public static final String BOTTOM = "org.sightline.ui.folders.bottom";
    public static final String RIGHT = "org.sightline.ui.folders.right";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.25f, editorArea);
        left.addPlaceholder("org.sightline.ui.views.documents");
        left.addPlaceholder("org.sightline.ui.views.actors");
        layout.addView(DocumentView.ID, IPageLayout.RIGHT, 0.25f, editorArea);
        layout.getViewLayout(DocumentView.ID).setCloseable(true);
        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.62f, DocumentView.ID);
        bottom.addPlaceholder("org.sightline.ui.views.claims");
        IFolderLayout right = layout.createFolder(RIGHT, IPageLayout.RIGHT, 0.72f, DocumentView.ID);
        right.addPlaceholder(IPageLayout.ID_PROP_SHEET);
    }
}
