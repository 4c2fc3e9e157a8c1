package org.sightline.model.edit;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.sightline.model.Actor;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Hypothesis;
import org.sightline.model.Identified;
import org.sightline.model.Mention;
import org.sightline.model.StructureSpan;
import org.sightline.model.TextSpan;

/**
 * The labels the workbench shows for model objects (used by the generated item providers' getText), kept in one
 * place so views, reports and tests agree.
 *
 * @since 0.1.0
 */
public final class Labels {

    /** Longest content shown in a claim label before it is cut with an ellipsis. */
    public static final int CONTENT_LENGTH = 60;

    private Labels() {
    }

    /** "United States (STATE)". */
    public static String actor(Actor actor) {
        return orId(actor.getName(), actor) + " (" + actor.getKind() + ")";
    }

    /** "US officials insist: the move does not signal a weakening of commitment to allies" (content cut at 60). */
    public static String claim(Claim claim) {
        String source = claim.getSourceText() != null ? claim.getSourceText()
                : claim.getSource() != null ? claim.getSource().getName() : "(unattributed)";
        String head = claim.getCue() == null ? source : source + " " + claim.getCue();
        return head + ": " + shorten(claim.getContent() == null ? "" : claim.getContent(), CONTENT_LENGTH);
    }

    /** "\"Pyongyang\" [1234,1243)". */
    public static String mention(Mention mention) {
        return "\"" + (mention.getText() == null ? "" : mention.getText()) + "\" " + span(mention.getSpan());
    }

    /** Title, else input, else id. */
    public static String document(Document document) {
        return document.getTitle() != null ? document.getTitle() : orId(document.getInput(), document);
    }

    /** "[begin,end)", with the structure kind for structure spans. */
    public static String span(TextSpan span) {
        if (span == null) {
            return "(no span)";
        }
        String range = "[" + span.getBegin() + "," + span.getEnd() + ")";
        return span instanceof StructureSpan structure ? structure.getKind() + " " + range : range;
    }

    /** "c8 ELABORATES c9". */
    public static String relation(ClaimRelation relation) {
        return id(relation.getFrom()) + " " + relation.getKind() + " " + id(relation.getTo());
    }

    /** Label, else id. */
    public static String hypothesis(Hypothesis hypothesis) {
        return orId(hypothesis.getLabel(), hypothesis);
    }

    /** "c1 × Weakening: II (1.0)". */
    public static String assessment(Assessment assessment) {
        String hypothesis = assessment.getHypothesis() == null ? "?" : hypothesis(assessment.getHypothesis());
        return id(assessment.getClaim()) + " \u00D7 " + hypothesis + ": " + assessment.getConsistency() + " (" + assessment.getWeight() + ")";
    }

    /**
     * An enumeration literal in words, as menus and column titles show it: "GOVERNMENT_BODY" is
     * "Government body", "COMMITMENT" is "Commitment".
     *
     * @since 0.2
     */
    public static String literal(Enumerator value) {
        String words = value.getLiteral().replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Name, else "Corpus". */
    public static String corpus(Corpus corpus) {
        return corpus.getName() == null || corpus.getName().isEmpty() ? "Corpus" : corpus.getName();
    }

    static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    private static String orId(String text, Identified object) {
        return text == null || text.isEmpty() ? object.eClass().getName() + " " + id(object) : text;
    }

    private static String id(Identified object) {
        return object == null || object.getId() == null ? "?" : object.getId();
    }
}
