package org.sightline.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.sightline.nlp.internal.parser.DependencyParser;
import org.sightline.nlp.internal.tagger.PerceptronTagger;
import org.sightline.nlp.internal.tagger.TagConstraint;

/**
 * Reads the tagger and parser models this bundle ships (trained on UD English EWT, CC BY-SA 4.0: see
 * NOTICE-UD-EWT.txt beside them) from its own class path, inside OSGi and out.
 */
public final class SyntaxModels {

    /** Folder of the model resources on the class path. */
    public static final String FOLDER = "/org/sightline/nlp/internal/models/";
    public static final String TAGGER = "en-ewt-tagger.bin";
    public static final String PARSER = "en-ewt-parser.bin";

    private SyntaxModels() {
    }

    /** The tagger, decoding under the configured constraint ({@link TagConstraint#configured()}). */
    public static PerceptronTagger tagger() {
        return tagger(TagConstraint.configured());
    }

    /** The tagger, decoding under {@code constraint} (docs/nlp.md, v5). */
    public static PerceptronTagger tagger(TagConstraint.Mode constraint) {
        try (InputStream in = open(TAGGER)) {
            return PerceptronTagger.read(in, TAGGER).constrained(constraint);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the tagger model '" + TAGGER + "': " + e.getMessage(), e);
        }
    }

    public static DependencyParser parser() {
        try (InputStream in = open(PARSER)) {
            return DependencyParser.read(in, PARSER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the parser model '" + PARSER + "': " + e.getMessage(), e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = SyntaxModels.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("resource " + FOLDER + name + " is missing from the org.sightline.nlp bundle");
        }
        return in;
    }
}
