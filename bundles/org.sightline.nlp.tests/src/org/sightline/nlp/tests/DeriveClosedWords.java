package org.sightline.nlp.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

import org.sightline.nlp.internal.conllu.Conllu;
import org.sightline.nlp.internal.conllu.UdSentence;
import org.sightline.nlp.internal.tagger.TagConstraint;

/**
 * Derives the tagger's closed-class word list ({@link TagConstraint}, {@value TagConstraint#CLOSED_RESOURCE}
 * beside the models) from UD English EWT train: every word ({@link TagConstraint#normalise}d: lower-cased,
 * typographic apostrophes as ASCII ones) that train tags with a closed-class UPOS
 * ({@link TagConstraint#CLOSED_UPOS}), with those UPOS tags; words sorted, tags sorted. Run:
 * {@code releng/scripts/bench.sh org.sightline.nlp.tests.DeriveClosedWords [EWT_DIR [BUNDLE_DIR]]} (build
 * first; EWT_DIR defaults to data/ud-english-ewt of the shared folder, BUNDLE_DIR to
 * bundles/org.sightline.nlp); it rewrites the resource.
 */
public final class DeriveClosedWords {

    static final String RESOURCE = "src/org/sightline/nlp/internal/models/" + TagConstraint.CLOSED_RESOURCE;
    static final String TRAIN = "data/ud-english-ewt/en_ewt-ud-train.conllu";

    private DeriveClosedWords() {
    }

    /** The resource's text for these training sentences. */
    static String derive(List<UdSentence> train) {
        SortedMap<String, SortedSet<String>> words = TagConstraint.closedTags(train);
        StringBuilder sb = new StringBuilder();
        sb.append("# Closed-class words of Sightline's tagger constraint (TagConstraint, docs/nlp.md v5): each word\n");
        sb.append("# UD English EWT train tags with a closed-class UPOS, lower-cased, with those tags.\n");
        sb.append("# Derived from UD English EWT (CC BY-SA 4.0, NOTICE-UD-EWT.txt beside this file) by\n");
        sb.append("# org.sightline.nlp.tests.DeriveClosedWords; do not edit.\n");
        words.forEach((w, tags) -> sb.append(w).append('\t').append(String.join(" ", tags)).append('\n'));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        Path train = args.length > 0 ? Path.of(args[0]).resolve("en_ewt-ud-train.conllu")
                : Path.of(System.getProperty("sightline.shared", "../shared")).resolve(TRAIN);
        Path bundle = Path.of(args.length > 1 ? args[1] : "bundles/org.sightline.nlp");
        if (!Files.isRegularFile(train)) {
            throw new IllegalArgumentException("DeriveClosedWords: no EWT train at " + train + "; give the EWT folder as the first argument");
        }
        String text = derive(Conllu.read(train));
        Files.writeString(bundle.resolve(RESOURCE), text, StandardCharsets.UTF_8);
        System.out.println("wrote " + bundle.resolve(RESOURCE) + ": " + text.lines().filter(l -> !l.startsWith("#")).count() + " words");
    }
}
