package org.sightline.core.internal;

import java.util.List;

import org.sightline.model.Corpus;
import org.sightline.model.Document;

/** Opens the {@link CorpusMerger} to the API class {@link org.sightline.core.api.CorpusMerge}. */
public final class CorpusMergeSupport {

    private CorpusMergeSupport() {
    }

    /** Moves everything of {@code scratch} into {@code target}; ids are reassigned. */
    public static List<Document> merge(Corpus scratch, Corpus target) {
        for (Document d : scratch.getDocuments()) {
            d.setId(null);
        }
        scratch.getActors().forEach(a -> {
            a.setId(null);
            a.getMentions().forEach(m -> m.setId(null));
        });
        scratch.getClaims().forEach(c -> c.setId(null));
        return new CorpusMerger(target).merge(scratch);
    }
}
