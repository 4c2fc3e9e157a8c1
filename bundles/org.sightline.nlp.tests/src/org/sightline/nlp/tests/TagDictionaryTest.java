package org.sightline.nlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.nlp.internal.tagger.TagDictionary.GUESSED;
import static org.sightline.nlp.internal.tagger.TagDictionary.NOUN;
import static org.sightline.nlp.internal.tagger.TagDictionary.NOUN_PLURAL;
import static org.sightline.nlp.internal.tagger.TagDictionary.PROPER;
import static org.sightline.nlp.internal.tagger.TagDictionary.TOP_VERB;
import static org.sightline.nlp.internal.tagger.TagDictionary.VERB;
import static org.sightline.nlp.internal.tagger.TagDictionary.VERB_ED;
import static org.sightline.nlp.internal.tagger.TagDictionary.VERB_S;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sightline.nlp.internal.learn.Hashing;
import org.sightline.nlp.internal.tagger.TagDictionary;

/** The WordNet tag dictionary: the shipped file is its derivation, and it reads words as docs/nlp.md says. */
class TagDictionaryTest {

    private static int classOf(String lower) {
        return TagDictionary.shipped().classOf(lower, Hashing.hash(lower));
    }

    @Test
    void shippedFileEqualsTheDerivation() throws Exception {
        Path shipped = hostBundle().resolve(DeriveTagDictionary.RESOURCE);
        assertEquals(Files.readString(shipped, StandardCharsets.ISO_8859_1), DeriveTagDictionary.derive(),
                "wordnet-tags.txt differs from its derivation: rerun DeriveTagDictionary (docs/nlp.md)");
    }

    @Test
    void formsCarryTheirWordClassesAndInflections() {
        assertEquals("ns vz *n", TagDictionary.format(classOf("points")), "plural of point (n), -s form of point (v)");
        assertEquals(NOUN | VERB | TOP_VERB, classOf("regard"));
        assertEquals(VERB_ED, classOf("went") & VERB_ED, "verb.exc: went is a form of go");
        assertEquals(0, classOf("went") & (NOUN | NOUN_PLURAL));
        int wells = classOf("wells");
        assertEquals(NOUN | PROPER | NOUN_PLURAL | VERB_S, wells & (NOUN | PROPER | NOUN_PLURAL | VERB_S),
                "Wells the name, wells the plural and the verb");
        assertEquals(NOUN | PROPER, classOf("europa"));
        assertTrue(TagDictionary.shipped().size() > 100_000, "size " + TagDictionary.shipped().size());
    }

    @Test
    void anUnknownWordTakesTheClassOfItsLongestKnownEnding() {
        assertEquals(GUESSED | classOf("biologists"), classOf("astrobiologists"));
        assertEquals(NOUN_PLURAL, classOf("astrobiologists") & NOUN_PLURAL);
        assertEquals(0, classOf("the"), "no function words in WordNet");
        assertEquals(0, classOf("2026"));
    }

    @Test
    void badInputIsRejectedWithItsLine() {
        IOException e = assertThrows(IOException.class, () -> read("# c\n= n\nhouse\n= n q\nfoo\n"));
        assertEquals("t.txt line 4: unknown class 'q' (known: " + String.join(" ", TagDictionary.NAMES) + ")",
                e.getMessage());
        e = assertThrows(IOException.class, () -> read("house\n"));
        assertEquals("t.txt line 1: a word before the first class line", e.getMessage());
        e = assertThrows(IOException.class, () -> read("= n\nhouse\n= v\nhouse\n"));
        assertEquals("t.txt line 4: 'house' listed twice", e.getMessage());
        e = assertThrows(IOException.class, () -> read("# nothing\n"));
        assertEquals("t.txt: no words", e.getMessage());
    }

    private static TagDictionary read(String text) throws IOException {
        return TagDictionary.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "t.txt");
    }

    /** bundles/org.sightline.nlp, from the fragment's folder (Tycho) or the repository root. */
    private static Path hostBundle() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            for (Path c : new Path[] {d.resolve("org.sightline.nlp"), d.resolve("bundles/org.sightline.nlp")}) {
                if (Files.isRegularFile(c.resolve(DeriveTagDictionary.RESOURCE))) {
                    return c;
                }
            }
        }
        throw new IllegalStateException("bundles/org.sightline.nlp not found at or above " + dir);
    }
}
