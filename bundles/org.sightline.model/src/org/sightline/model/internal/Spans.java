package org.sightline.model.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.TextSpan;

/** Where a span's offsets point to, and what they cover; shared by the validator, JSON and labels. */
public final class Spans {

    private Spans() {
    }

    /**
     * The document whose text a span indexes: the Mention's or Claim's document, or the Document that holds a
     * StructureSpan. Null when the span is not (yet) owned or its owner has no document.
     */
    public static Document documentOf(TextSpan span) {
        EObject owner = span.eContainer();
        if (owner instanceof Document document) {
            return document;
        }
        if (owner instanceof Mention mention) {
            return mention.getDocument();
        }
        if (owner instanceof Claim claim) {
            return claim.getDocument();
        }
        return null;
    }

    /** True when {@code 0 <= begin <= end <= text.length()}. */
    public static boolean inside(TextSpan span, String text) {
        return text != null && span.getBegin() >= 0 && span.getBegin() <= span.getEnd() && span.getEnd() <= text.length();
    }

    /** The covered text, or null when the span is outside its document's text. */
    public static String coveredText(TextSpan span) {
        Document document = documentOf(span);
        String text = document == null ? null : document.getText();
        return inside(span, text) ? text.substring(span.getBegin(), span.getEnd()) : null;
    }

    /** Joins the pieces of a discontinuous content (as the attribution data sets do). */
    public static final String PART_SEPARATOR = " \u2026 ";

    /**
     * The text of a claim's content: the text at its content span followed by each content part's, joined with
     * {@link #PART_SEPARATOR}; null when a piece lies outside the text or there is no content span.
     */
    public static String contentText(Claim claim) {
        if (claim.getContentSpan() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        String first = coveredText(claim.getContentSpan());
        if (first == null) {
            return null;
        }
        text.append(first);
        for (TextSpan part : claim.getContentParts()) {
            String piece = coveredText(part);
            if (piece == null) {
                return null;
            }
            text.append(PART_SEPARATOR).append(piece);
        }
        return text.toString();
    }

    /** "[begin,end)", the notation used in messages and labels. */
    public static String format(TextSpan span) {
        return span == null ? "(no span)" : "[" + span.getBegin() + "," + span.getEnd() + ")";
    }

    /** The corpus an object lives in, or null if it is not inside one. */
    public static Corpus corpusOf(EObject object) {
        return object != null && EcoreUtil.getRootContainer(object) instanceof Corpus corpus ? corpus : null;
    }
}
