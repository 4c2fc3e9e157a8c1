package org.sightline.lexicon.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The shipped cues.tsv and holder-nouns.txt are exactly what DeriveCueLexicon makes from WordNet 3.1 and
 * the curated files: nobody edited the derived files by hand, and a curated change was rederived.
 */
class CueLexiconDerivationTest {

    @Test
    void shippedFilesEqualTheDerivation() throws Exception {
        Path bundle = hostBundle();
        assertEquals(Files.readString(bundle.resolve(DeriveCueLexicon.RESOURCE), StandardCharsets.UTF_8),
                DeriveCueLexicon.derive(bundle), "cues.tsv differs from its derivation: rerun DeriveCueLexicon");
        assertEquals(Files.readString(bundle.resolve(DeriveCueLexicon.HOLDERS), StandardCharsets.UTF_8),
                DeriveCueLexicon.holders(bundle), "holder-nouns.txt differs from its derivation: rerun DeriveCueLexicon");
    }

    /** bundles/org.sightline.lexicon, from the fragment's folder (Tycho) or the repository root. */
    private static Path hostBundle() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            for (Path c : new Path[] {d.resolve("org.sightline.lexicon"), d.resolve("bundles/org.sightline.lexicon")}) {
                if (Files.isDirectory(c.resolve("derive"))) {
                    return c;
                }
            }
        }
        throw new IllegalStateException("bundles/org.sightline.lexicon not found at or above " + dir);
    }
}
