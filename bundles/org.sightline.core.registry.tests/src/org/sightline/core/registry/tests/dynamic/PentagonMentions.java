package org.sightline.core.registry.tests.dynamic;

import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;

/**
 * Marks every "Pentagon" as a mention of the government body of that name: the smallest
 * extractor a third party could write. Also packed into the bundle that {@code DynamicBundleTest}
 * installs at run time, so it depends on the Sightline API only.
 */
public final class PentagonMentions implements Extractor {

    public static final String NAME = "Pentagon";

    @Override
    public void extract(ExtractionContext context) {
        String text = context.text();
        Actor pentagon = null;
        for (int i = text.indexOf(NAME); i >= 0; i = text.indexOf(NAME, i + NAME.length())) {
            if (pentagon == null) {
                pentagon = context.actor(ActorKind.GOVERNMENT_BODY, NAME);
            }
            context.mention(pentagon, i, i + NAME.length());
        }
    }
}
