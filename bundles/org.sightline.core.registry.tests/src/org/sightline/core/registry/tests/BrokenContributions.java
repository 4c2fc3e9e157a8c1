package org.sightline.core.registry.tests;

import java.util.List;

import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;
import org.sightline.core.api.Importer;
import org.sightline.core.api.Source;
import org.sightline.model.Document;

/** Contributions that fail the way broken plugins do: they throw, or hang ignoring interrupts. */
final class BrokenContributions {

    /** Lets the hanging contributions return, so that a finished test leaves no thread spinning. */
    static volatile boolean release;

    private BrokenContributions() {
    }

    /** Throws when asked whether it reads a source. */
    public static final class ThrowingScore implements Importer {
        @Override
        public int score(Source source, byte[] head) {
            throw new IllegalStateException("score exploded on " + source.name());
        }

        @Override
        public List<Document> read(Source source) {
            throw new AssertionError("never chosen");
        }
    }

    /** Claims every source, then throws while reading it. */
    public static final class ThrowingRead implements Importer {
        @Override
        public int score(Source source, byte[] head) {
            return 100;
        }

        @Override
        public List<Document> read(Source source) {
            throw new IllegalStateException("read exploded on " + source.name());
        }
    }

    /** Claims every source, then never returns from reading it (until released), ignoring interrupts. */
    public static final class HangingRead implements Importer {
        @Override
        public int score(Source source, byte[] head) {
            return 100;
        }

        @Override
        public List<Document> read(Source source) {
            while (!release) {
                Thread.onSpinWait();
            }
            return List.of();
        }
    }

    /** Throws on every document. */
    public static final class ThrowingExtractor implements Extractor {
        @Override
        public void extract(ExtractionContext context) {
            throw new IllegalStateException("extract exploded on " + context.document().getInput());
        }
    }
}
