package org.sightline.core.api;

import java.util.List;
import java.util.Optional;

import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.Document;
import org.sightline.model.Mention;

/**
 * What an {@link Extractor} sees of one document and adds to it. Actors are found or created by
 * kind and name, so that several extractors (and, after the run, several documents) agree on one
 * actor per referent; the pipeline merges them into the corpus afterwards.
 *
 * @since 0.1.0
 */
public interface ExtractionContext {

    /** The document being analysed (text, title, structure). Do not change its text. */
    Document document();

    /** Shorthand for {@code document().getText()}. */
    default String text() {
        return document().getText();
    }

    /** The contributions of this run: e.g. the actor extractor takes its gazetteers from here. */
    SightlineRegistry registry();

    /** The id of the extractor being called, recorded on what it adds. */
    String extractorId();

    /** An annotation put by an earlier extractor (e.g. the NLP step's tokens), if any. */
    <T> Optional<T> get(Class<T> type);

    /** Puts an annotation for later extractors of this document. */
    <T> void put(Class<T> type, T value);

    /**
     * The actor of this kind and name, created if this document has none yet. Names are compared
     * without case and surrounding space; set code, aliases, role and part-of on the result.
     */
    Actor actor(ActorKind kind, String name);

    /** The actors of this document so far. */
    List<Actor> actors();

    /** Adds a mention of {@code actor} at [begin, end) of the text; surface text taken from the text. */
    Mention mention(Actor actor, int begin, int end);

    /** Adds an empty claim in this document (status EXTRACTED, extractor id set) for the caller to fill. */
    Claim claim();

    /** The claims of this document so far. */
    List<Claim> claims();

    /**
     * Reports a problem that did not stop this extractor (a dictionary it could not read, say): the
     * batch command prints it once, the workbench logs it.
     */
    void warn(String message);

    /** True when the run was cancelled or this call timed out: stop early, what was added is dropped. */
    boolean isCancelled();
}
