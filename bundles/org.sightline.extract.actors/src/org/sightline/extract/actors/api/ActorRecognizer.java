package org.sightline.extract.actors.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.sightline.extract.actors.internal.AliasIndex;
import org.sightline.extract.actors.internal.Recognition;
import org.sightline.nlp.api.AnnotatedText;

/**
 * Finds actors in an annotated text: gazetteer names (longest match, earlier gazetteers first),
 * people by title ("Gen. Joseph Votel", later "Votel", "he"), organisations by their head word
 * ("Syrian Democratic Forces (SDF)"), generic bodies bound to the state named before them ("South
 * Korea's defense ministry"), groups ("analysts", "US officials"; a bare "officials" joins the last
 * qualified group with that noun), people by role ("the commander of U.S. Central Command"), and
 * references back (surnames, acronyms, pronouns, first persons in quotes, "the release"). The rules run
 * in a fixed, named order ({@code Recognition.ruleIds()}); each mention keeps its rule's id. Headings
 * and page furniture produce no new actors. Thread-safe:
 * the alias index of a gazetteer list is built once and shared.
 *
 * @since 0.1.0
 */
public final class ActorRecognizer {

    private static final Map<List<Gazetteer>, AliasIndex> INDEXES = new ConcurrentHashMap<>();

    private ActorRecognizer() {
    }

    public static ActorResult recognize(AnnotatedText text, List<Gazetteer> gazetteers) {
        return recognize(text, gazetteers, null, null);
    }

    /**
     * With what is known of the document: its publisher ("the release", "we" in a statement) and author
     * ("I" outside quotes); either may be null.
     */
    public static ActorResult recognize(AnnotatedText text, List<Gazetteer> gazetteers, String publisher, String author) {
        Objects.requireNonNull(text, "annotated text");
        Objects.requireNonNull(gazetteers, "gazetteers");
        AliasIndex index = INDEXES.computeIfAbsent(List.copyOf(gazetteers), AliasIndex::new);
        return new Recognition(text, index, publisher, author).run();
    }

    /**
     * Builds the alias index of {@code gazetteers} and loads the rules' word lists and cue lexicon now,
     * so that the first {@link #recognize} finds them ready: a pipeline calls it while the steps
     * before actors run (about a fifth of a second of CPU).
     *
     * @since 0.2.0
     */
    public static void prepare(List<Gazetteer> gazetteers) {
        INDEXES.computeIfAbsent(List.copyOf(gazetteers), AliasIndex::new);
        Recognition.ruleIds(); // initialises Recognition: its word lists and CueLexicon.shared()
    }

    /** With {@link BundledGazetteers#defaults()}. */
    public static ActorResult recognize(AnnotatedText text) {
        return recognize(text, BundledGazetteers.defaults());
    }
}
