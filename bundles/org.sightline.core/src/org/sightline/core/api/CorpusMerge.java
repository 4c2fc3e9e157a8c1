package org.sightline.core.api;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sightline.core.internal.ActorKeys;
import org.sightline.core.internal.CorpusMergeSupport;
import org.sightline.model.Actor;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * Adds the documents, actors, mentions and claims of one corpus to another, one actor per referent:
 * an actor already in the target (same kind and name, same country code for states, the same person
 * by {@link PersonNames}) takes the new mentions and aliases. Used to add a batch result to a saved workspace.
 *
 * @since 0.1.0
 */
public final class CorpusMerge {

    private CorpusMerge() {
    }

    /**
     * The referent an actor stands for across documents: two actors with the same key are merged
     * into one (states by country code, people by {@link PersonNames#key}, others by kind and name
     * without case, spacing or a leading "the"). The merge itself also joins a surname alone to the one
     * full name with that surname, which a key cannot express. For engines that merge elsewhere, e.g. grouping actors by it in the Spark job.
     *
     * @since 0.2.0
     */
    public static String referentKey(Actor actor) {
        return ActorKeys.key(actor);
    }

    /**
     * Copies {@code source} into {@code target} (source is left unchanged); new objects get the
     * target's next ids. Returns the added documents.
     */
    public static List<Document> copyInto(Corpus source, Corpus target) {
        Corpus scratch = EcoreUtil.copy(source);
        // Relations and ACH stay with their own corpus: their ids and meaning are local to it.
        scratch.getRelations().clear();
        scratch.getHypotheses().clear();
        scratch.getAssessments().clear();
        return CorpusMergeSupport.merge(scratch, target);
    }
}
