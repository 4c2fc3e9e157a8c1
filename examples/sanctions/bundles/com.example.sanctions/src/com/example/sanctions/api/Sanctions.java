package com.example.sanctions.api;

import java.util.List;
import java.util.regex.Pattern;

import org.sightline.model.Claim;
import org.sightline.model.Corpus;

/**
 * What the sanctions plugin calls a claim about sanctions, shared by its tagger, its exporter and
 * its view. A claim is about sanctions when its content names a sanctions measure: sanctions, an
 * embargo, an asset freeze, a travel ban, a blacklisting or export controls.
 */
public final class Sanctions {

    /** The topic the tagger puts on claims ({@code Claim.getTopics()}). */
    public static final String TOPIC = "sanctions";

    private static final Pattern MEASURE = Pattern.compile(
            "\\b(sanction(s|ed|ing)?|embargo(es|ed)?|asset[- ]freezes?|freez(e|es|ing) (of )?(its |their |the )?assets"
                    + "|travel bans?|blacklist(s|ed|ing)?|export controls?)\\b",
            Pattern.CASE_INSENSITIVE);

    private Sanctions() {
    }

    /** Whether {@code text} names a sanctions measure; false for null. */
    public static boolean mentionsMeasure(CharSequence text) {
        return text != null && MEASURE.matcher(text).find();
    }

    /** Whether the claim carries the sanctions topic. */
    public static boolean isTagged(Claim claim) {
        return claim.getTopics().contains(TOPIC);
    }

    /** The claims of {@code corpus} tagged as about sanctions, in corpus order. */
    public static List<Claim> claims(Corpus corpus) {
        return corpus.getClaims().stream().filter(Sanctions::isTagged).toList();
    }
}
