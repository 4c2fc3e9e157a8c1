package org.sightline.nlp.internal.parser;

import java.util.List;
import java.util.Locale;

/**
 * What the repair steps after the parse share ({@link VerbFormFromParse}, {@link ThatlessComplement}): the parser's
 * relation numbers looked up by label, the subject relations, and the on/off switch of a step as a system property.
 */
final class ParseSteps {

    private ParseSteps() {
    }

    /** The relation number of {@code label} among the parser's {@code labels}; a model without it is refused by name. */
    static int relation(List<String> labels, String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("parser labels lack " + label + ": " + labels);
        }
        return i;
    }

    /** Per relation number, whether the relation is a subject ({@code nsubj}, {@code csubj} and subtypes, {@code expl}). */
    static boolean[] subjects(String[] labels) {
        boolean[] subject = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            subject[i] = labels[i].startsWith("nsubj") || labels[i].startsWith("csubj") || labels[i].equals("expl");
        }
        return subject;
    }

    /** Whether system property {@code property} ("on" or "off") turns a step on; unset or blank gives {@code defaultOn}. */
    static boolean switchedOn(String property, boolean defaultOn) {
        String p = System.getProperty(property);
        if (p == null || p.isBlank()) {
            return defaultOn;
        }
        return switch (p.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("system property " + property + ": expected on or off, got '" + p + "'");
        };
    }
}
