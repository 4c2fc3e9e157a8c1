package org.sightline.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.Headings;

/** The one heading rule the plain-text layout and actor recognition share (issue 18). */
class HeadingsTest {

    @Test
    void shortLinesWithoutAFinalStopAreHeadings() {
        // headings of the bundled sample article
        assertTrue(Headings.isHeading("What the Pentagon\u2019s Decision Means"));
        assertTrue(Headings.isHeading("North Korea\u2019s Likely Response"));
        assertTrue(Headings.isHeading("  Conclusion  "));
    }

    @Test
    void sentencesAndClausesAreNot() {
        assertFalse(Headings.isHeading("Several factors have contributed to the Pentagon\u2019s decision."));
        assertFalse(Headings.isHeading("Officials stressed that the United States will continue to:"));
        assertFalse(Headings.isHeading("Is this the end?"));
        assertFalse(Headings.isHeading("He said \u201cwe will respond.\u201d"));
        assertFalse(Headings.isHeading("And then,"));
        assertFalse(Headings.isHeading("\u5317\u671d\u9bae\u304c\u53cd\u767a\u3002"));
        assertFalse(Headings.isHeading(""));
    }

    @Test
    void longLinesAreNot() {
        String thirteenWords = "one two three four five six seven eight nine ten eleven twelve thirteen";
        assertFalse(Headings.isHeading(thirteenWords));
        assertTrue(Headings.isHeading(thirteenWords.substring(0, thirteenWords.lastIndexOf(' '))));
        assertFalse(Headings.isHeading("x".repeat(Headings.MAX_LENGTH + 1)));
        assertTrue(Headings.isHeading("x".repeat(Headings.MAX_LENGTH)));
    }

    @Test
    void aClosingQuoteAfterTheStopStillEndsASentence() {
        assertTrue(Headings.endsAsSentence("\u201cWe will not back down.\u201d"));
        assertTrue(Headings.endsAsSentence("(See below.)"));
        assertFalse(Headings.endsAsSentence("\u2018Not Backing Down\u2019"));
        assertTrue(Headings.endsOpen("\u2018Not Backing Down\u2019"));
    }
}
