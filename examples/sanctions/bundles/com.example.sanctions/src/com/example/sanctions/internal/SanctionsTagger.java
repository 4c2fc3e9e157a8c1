package com.example.sanctions.internal;

import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;
import org.sightline.model.Claim;

import com.example.sanctions.api.Sanctions;

/**
 * Puts the topic "sanctions" on every claim of the document whose content names a sanctions
 * measure. Contributed with order 400, after the built-in claim extractor (300).
 */
public final class SanctionsTagger implements Extractor {

    @Override
    public void extract(ExtractionContext context) {
        for (Claim claim : context.claims()) {
            if (context.isCancelled()) {
                return;
            }
            if (Sanctions.mentionsMeasure(claim.getContent()) && !Sanctions.isTagged(claim)) {
                claim.getTopics().add(Sanctions.TOPIC);
            }
        }
    }
}
