package org.sightline.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The shared list of calendar words (in this package to reach the list parser). */
class CalendarWordsTest {

    @Test
    void monthsInEveryListedLanguageWholeWordsOnly() {
        assertEquals(OptionalInt.of(12), CalendarWords.month("December"));
        assertEquals(OptionalInt.of(12), CalendarWords.month("Dec."));
        assertEquals(OptionalInt.of(9), CalendarWords.month("Sept"));
        assertEquals(OptionalInt.of(11), CalendarWords.month("novembre"));
        assertEquals(OptionalInt.of(3), CalendarWords.month("März"));
        assertEquals(OptionalInt.of(3), CalendarWords.month("marzo"));
        assertEquals(OptionalInt.of(11), CalendarWords.month("ноября"));
        assertEquals(OptionalInt.of(2), CalendarWords.month("лютого"));
        // The bug of the old prefix match: words that begin like a month are not months.
        assertEquals(OptionalInt.empty(), CalendarWords.month("Decision"));
        assertEquals(OptionalInt.empty(), CalendarWords.month("Mayor"));
        assertEquals(OptionalInt.empty(), CalendarWords.month("marching"));
        assertEquals(OptionalInt.empty(), CalendarWords.month(null));
    }

    @Test
    void foreignAbbreviationsCountOnlyInTheirLanguage() {
        // Portuguese "out" (outubro) and Italian "gen" (gennaio) are English words.
        assertEquals(OptionalInt.empty(), CalendarWords.month("out"));
        assertEquals(OptionalInt.of(10), CalendarWords.month("out", "pt"));
        assertEquals(OptionalInt.empty(), CalendarWords.month("gen"));
        assertEquals(OptionalInt.of(1), CalendarWords.month("gen", "it"));
        assertEquals(OptionalInt.of(1), CalendarWords.month("jan", "it")); // English abbreviations always
    }

    @Test
    void listsForOtherComponents() {
        Set<String> abbr = CalendarWords.monthAbbreviations("en");
        assertTrue(abbr.containsAll(Set.of("jan", "feb", "sept", "dec")), abbr.toString());
        assertFalse(abbr.contains("may"), "May is a full name: a dot after it ends a sentence");
        assertTrue(CalendarWords.monthWords("en").containsAll(Set.of("may", "january", "jan")));
        assertTrue(CalendarWords.weekdayWords("en").containsAll(Set.of("monday", "wed")));
        assertEquals(OptionalInt.of(3), CalendarWords.weekday("Wednesday", null));
        assertTrue(CalendarWords.languages().containsAll(Set.of("en", "fr", "de", "es", "pt", "it", "nl", "ru", "uk")));
    }

    @Test
    void badListsFailWithTheLine() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> CalendarWords.parse(
                new StringReader("month\t1\ten\tjanuary\tjan\nmonth\t6\txx\tjan\t\n"), "t.tsv"));
        assertTrue(twice.getMessage().startsWith("t.tsv:2: 'jan' means month 1 elsewhere and 6 here"), twice.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> CalendarWords.parse(
                new StringReader("# c\nmonth\t13\ten\tundecember\t\n"), "t.tsv"));
        assertTrue(range.getMessage().startsWith("t.tsv:2:"), range.getMessage());
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class, () -> CalendarWords.parse(
                new StringReader("month 1 en january\n"), "t.tsv"));
        assertTrue(columns.getMessage().contains("columns"), columns.getMessage());
    }
}
