package org.sightline.model.internal;

import org.sightline.model.SightlinePackage;
import org.sightline.model.impl.DocumentImpl;

/**
 * A document loaded from a binary workspace whose text stays in the file until someone asks for it. Texts are about
 * half of a loaded workspace's heap (docs/storage.md), and only the Document view, exports, re-analysis and indexing
 * read them. The first {@link #setText} (or an unset) makes the document an ordinary in-memory one.
 */
public final class LazyDocumentImpl extends DocumentImpl {

    private TextSection section;
    private TextSection.Entry entry;

    /** Used by the binary loader's factory. */
    LazyDocumentImpl() {
    }

    /** Points this document's text at {@code entry} of {@code section}. */
    void attach(TextSection section, TextSection.Entry entry) {
        this.section = section;
        this.entry = entry;
    }

    /** The text's place in its workspace file, or null once the text lives in memory. */
    TextSection.Entry entry() {
        return section == null ? null : entry;
    }

    /** Length of the text in UTF-16 chars, known without reading it. */
    public int textLength() {
        if (section != null) {
            return entry.chars();
        }
        String t = super.getText();
        return t == null ? 0 : t.length();
    }

    /** Whether the text is still only in the file. */
    public boolean isTextInFile() {
        return section != null;
    }

    @Override
    public String getText() {
        TextSection s = section;
        return s != null ? s.read(entry, getId()) : super.getText();
    }

    @Override
    public void setText(String newText) {
        materialize();
        super.setText(newText);
    }

    @Override
    public boolean eIsSet(int featureID) {
        if (featureID == SightlinePackage.DOCUMENT__TEXT && section != null) {
            return true;
        }
        return super.eIsSet(featureID);
    }

    @Override
    public void eUnset(int featureID) {
        if (featureID == SightlinePackage.DOCUMENT__TEXT) {
            materialize();
        }
        super.eUnset(featureID);
    }

    /** Reads the text into the field, so that a change notification carries the right old value. */
    private void materialize() {
        if (section != null) {
            text = section.read(entry, getId());
            section = null;
            entry = null;
        }
    }
}
