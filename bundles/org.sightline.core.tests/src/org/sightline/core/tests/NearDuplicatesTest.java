package org.sightline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.NearDuplicates;
import org.sightline.core.api.SightlineInfo;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.Corpora;
import org.sightline.testing.WireCopies;

/**
 * Syndicated copies of the sample article, rewritten the way outlets republish wire copy (WireCopies),
 * and a different article on the same story that must not be taken for a copy.
 */
class NearDuplicatesTest {

    static final String ORIGINAL = SightlineInfo.sampleText();

    static String syndicated() {
        return WireCopies.syndicated(ORIGINAL);
    }

    static String edited() {
        return WireCopies.edited(ORIGINAL);
    }

    static final String OTHER_REPORT = WireCopies.OTHER_REPORT;

    private static Document doc(Corpus c, String input, String text) {
        Document d = SightlineFactory.eINSTANCE.createDocument();
        d.setInput(input);
        d.setText(text);
        d.setContentHash(Corpora.sha256Hex(text));
        c.getDocuments().add(d);
        return d;
    }

    @Test
    void syndicatedAndEditedCopiesPointToTheOriginalOtherReportsDoNot() {
        assertTrue(NearDuplicates.resemblance(ORIGINAL, syndicated()) > 0.7, "syndicated: " + NearDuplicates.resemblance(ORIGINAL, syndicated()));
        assertTrue(NearDuplicates.resemblance(ORIGINAL, OTHER_REPORT) < 0.05, "other: " + NearDuplicates.resemblance(ORIGINAL, OTHER_REPORT));

        Corpus c = Corpora.create("wire");
        Document original = doc(c, "original.txt", ORIGINAL);
        Document other = doc(c, "seoul.txt", OTHER_REPORT);
        Document copy = doc(c, "outlet-a.txt", syndicated());
        Document edit = doc(c, "outlet-b.txt", edited());
        Document shortNote = doc(c, "brief.txt", "The Pentagon will reduce its direct role in deterring North Korea.");
        List<Document> marked = NearDuplicates.mark(c, c.getDocuments());

        assertEquals(List.of(copy, edit), marked);
        assertSame(original, copy.getDuplicateOf());
        assertSame(original, edit.getDuplicateOf(), "a copy of a copy points to the original, never to another copy");
        assertNull(original.getDuplicateOf());
        assertNull(other.getDuplicateOf());
        assertNull(shortNote.getDuplicateOf(), "too short to tell");
    }

    @Test
    void onlyTheNewDocumentsAreMarkedAndTheAnalystsMarkStays() {
        Corpus c = Corpora.create("wire");
        Document original = doc(c, "original.txt", ORIGINAL);
        Document earlierCopy = doc(c, "old-copy.txt", syndicated());
        Document handMarked = doc(c, "hand.txt", OTHER_REPORT);
        handMarked.setDuplicateOf(original); // the analyst's decision
        Document fresh = doc(c, "new-copy.txt", edited());

        assertEquals(List.of(fresh), NearDuplicates.mark(c, List.of(fresh, handMarked)));
        assertNull(earlierCopy.getDuplicateOf(), "documents of earlier runs are left as they are");
        assertSame(original, handMarked.getDuplicateOf());
        assertSame(original, fresh.getDuplicateOf());
    }
}
