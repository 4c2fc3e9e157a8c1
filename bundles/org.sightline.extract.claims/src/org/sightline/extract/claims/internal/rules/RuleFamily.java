package org.sightline.extract.claims.internal.rules;

import java.util.List;

/** Base of the rule families: the shared view of the document and the rule ids the family stores on its claims. */
abstract class RuleFamily extends ContextView implements AttributionRule {

    private final List<String> ids;

    RuleFamily(RuleContext ctx, String... ids) {
        super(ctx);
        this.ids = List.of(ids);
    }

    @Override
    public final List<String> ids() {
        return ids;
    }
}
