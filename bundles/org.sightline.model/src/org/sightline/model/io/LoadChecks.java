package org.sightline.model.io;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.StructureSpan;
import org.sightline.model.TextSpan;
import org.sightline.model.internal.LazyDocumentImpl;
import org.sightline.model.internal.Spans;

/**
 * What {@link WorkspaceStore#load} checks beyond the file format: every span lies inside its document's text. A file
 * edited by hand (or an entity that blanked a text) must not open with evidence pointing past the text. Lengths of
 * texts still in the file are known without reading them, so this costs one pass over the spans.
 */
final class LoadChecks {

    private LoadChecks() {
    }

    /** A description of the first span outside its text, or null when all are inside. */
    static String firstSpanOutsideText(Corpus corpus) {
        for (Document d : corpus.getDocuments()) {
            for (StructureSpan s : d.getStructure()) {
                String problem = check(d, s, "document " + d.getId() + " structure");
                if (problem != null) {
                    return problem;
                }
            }
        }
        for (Actor a : corpus.getActors()) {
            for (Mention m : a.getMentions()) {
                String problem = check(m.getDocument(), m.getSpan(), "mention " + m.getId());
                if (problem != null) {
                    return problem;
                }
            }
        }
        for (Claim c : corpus.getClaims()) {
            String label = "claim " + c.getId();
            String problem = check(c.getDocument(), c.getSourceSpan(), label + " source");
            if (problem == null) {
                problem = check(c.getDocument(), c.getCueSpan(), label + " cue");
            }
            if (problem == null) {
                problem = check(c.getDocument(), c.getContentSpan(), label + " content");
            }
            for (int i = 0; problem == null && i < c.getContentParts().size(); i++) {
                problem = check(c.getDocument(), c.getContentParts().get(i), label + " content part " + (i + 1));
            }
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String check(Document document, TextSpan span, String what) {
        if (span == null || document == null) {
            return null; // missing parts are the validator's business; only offsets that point past the text are refused
        }
        int length = document instanceof LazyDocumentImpl lazy ? lazy.textLength()
                : document.getText() == null ? 0 : document.getText().length();
        if (span.getBegin() < 0 || span.getBegin() > span.getEnd() || span.getEnd() > length) {
            return what + " span " + Spans.format(span) + " lies outside the " + length + " characters of document "
                    + document.getId() + "'s text";
        }
        return null;
    }
}
