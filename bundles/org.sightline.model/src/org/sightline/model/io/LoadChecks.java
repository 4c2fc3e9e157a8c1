package org.sightline.model.io;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.StructureSpan;
import org.sightline.model.TextSpan;
import org.sightline.model.internal.LazyDocumentImpl;
import org.sightline.model.internal.Spans;

/**
 * What {@link WorkspaceStore#loadStaged} checks beyond the file format: every span lies inside its document's text. A file
 * edited by hand (or an entity that blanked a text) must not open with evidence pointing past the text. Lengths of
 * texts still in the file are known without reading them, so this costs one pass over the spans.
 */
final class LoadChecks {

    private LoadChecks() {
    }

    /**
     * A description of the first span of the documents' structure outside its text, or null when all are inside. The
     * checks run on every open over millions of spans, so each list is checked on all cores (an ordered parallel
     * stream's {@code findFirst} still gives the first in list order); labels are built only for the span that fails.
     */
    static String firstStructureOutsideText(List<Document> documents) {
        return first(documents.size(), i -> structureOutside(documents.get(i)));
    }

    /** The same for the actors' mentions, then the claims, each in list order (the documents checked before). */
    static String firstSpanOutsideText(List<Actor> actors, List<Claim> claims) {
        String found = first(actors.size(), i -> mentionOutside(actors.get(i)));
        if (found == null) {
            found = first(claims.size(), i -> claimOutside(claims.get(i)));
        }
        return found;
    }

    private static String first(int n, IntFunction<String> check) {
        return IntStream.range(0, n).parallel().mapToObj(check).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String structureOutside(Document d) {
        List<StructureSpan> structure = d.getStructure();
        int length = -1;
        for (int k = 0, m = structure.size(); k < m; k++) {
            length = length < 0 ? textLength(d) : length;
            if (outside(structure.get(k), length)) {
                return describe(d, structure.get(k), "document " + d.getId() + " structure");
            }
        }
        return null;
    }

    private static String mentionOutside(Actor actor) {
        List<Mention> mentions = actor.getMentions();
        for (int k = 0, m = mentions.size(); k < m; k++) {
            Mention mention = mentions.get(k);
            if (outside(mention.getDocument(), mention.getSpan())) {
                return describe(mention.getDocument(), mention.getSpan(), "mention " + mention.getId());
            }
        }
        return null;
    }

    private static String claimOutside(Claim c) {
        Document d = c.getDocument();
        if (outside(d, c.getSourceSpan())) {
            return describe(d, c.getSourceSpan(), "claim " + c.getId() + " source");
        }
        if (outside(d, c.getCueSpan())) {
            return describe(d, c.getCueSpan(), "claim " + c.getId() + " cue");
        }
        if (outside(d, c.getContentSpan())) {
            return describe(d, c.getContentSpan(), "claim " + c.getId() + " content");
        }
        List<TextSpan> parts = c.getContentParts();
        for (int k = 0, m = parts.size(); k < m; k++) {
            if (outside(d, parts.get(k))) {
                return describe(d, parts.get(k), "claim " + c.getId() + " content part " + (k + 1));
            }
        }
        return null;
    }

    private static boolean outside(Document document, TextSpan span) {
        // missing parts are the validator's business; only offsets that point past the text are refused
        return span != null && document != null && outside(span, textLength(document));
    }

    private static boolean outside(TextSpan span, int length) {
        return span.getBegin() < 0 || span.getBegin() > span.getEnd() || span.getEnd() > length;
    }

    private static int textLength(Document document) {
        return document instanceof LazyDocumentImpl lazy ? lazy.textLength()
                : document.getText() == null ? 0 : document.getText().length();
    }

    private static String describe(Document document, TextSpan span, String what) {
        int length = textLength(document);
        return what + " span " + Spans.format(span) + " lies outside the " + length + " characters of document "
                + document.getId() + "'s text";
    }
}
