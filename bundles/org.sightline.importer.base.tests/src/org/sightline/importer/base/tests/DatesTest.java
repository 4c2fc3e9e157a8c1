package org.sightline.importer.base.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sightline.importer.base.api.Dates;

class DatesTest {

    private static final LocalDate NOV_20 = LocalDate.of(2019, 11, 20);

    @Test
    void readsTheFormatsPagesAndFeedsUse() {
        assertEquals(NOV_20, Dates.parse("2019-11-20T09:28:00.000Z"));
        assertEquals(NOV_20, Dates.parse("2019-11-20T23:30:00-05:00")); // the writer's own calendar day
        assertEquals(NOV_20, Dates.parse("Wed, 20 Nov 2019 09:28:00 GMT"));
        assertEquals(NOV_20, Dates.parse("Wed Nov 20 2019 09:28:00 GMT+0000 (UTC)"));
        assertEquals(NOV_20, Dates.parse("November 20, 2019"));
        assertEquals(NOV_20, Dates.parse("20th Nov. 2019"));
        assertEquals(NOV_20, Dates.parse("20191120"));
        assertEquals(NOV_20, Dates.parse("2019/11/20 10:00"));
    }

    @Test
    void rejectsNonDates() {
        assertNull(Dates.parse(null));
        assertNull(Dates.parse(""));
        assertNull(Dates.parse("yesterday"));
        assertNull(Dates.parse("2019-02-30"));
        assertNull(Dates.parse("Updated 3 hours ago"));
    }

    /** Bug: the old parser took any word starting like a month ("Dec...") for the month. */
    @Test
    void monthWordsInsideOtherWordsAreNoMonths() {
        assertNull(Dates.parse("Decision 2, 2021"));
        assertNull(Dates.parse("Resolution adopted under Decision 2, 2021 review"));
        assertNull(Dates.parse("Mayor 5, 2020"));
        assertNull(Dates.parse("Junior 3 2019"));
        assertEquals(LocalDate.of(2021, 12, 2), Dates.parse("Decision of Dec. 2, 2021"));
        assertEquals(LocalDate.of(2020, 5, 5), Dates.parse("Mayor speaks, May 5, 2020"));
    }

    /** Bug: month names in other languages were not read at all. */
    @Test
    void nonEnglishMonthNamesInMetadata() {
        assertEquals(NOV_20, Dates.parse("20 novembre 2019"));
        assertEquals(NOV_20, Dates.parse("20. November 2019"));
        assertEquals(NOV_20, Dates.parse("20 de noviembre de 2019"));
        assertEquals(NOV_20, Dates.parse("mercredi 20 novembre 2019, 09:28"));
        assertEquals(NOV_20, Dates.parse("20 ноября 2019 г."));
        assertEquals(LocalDate.of(2020, 3, 3), Dates.parse("3. März 2020"));
        assertEquals(LocalDate.of(2021, 8, 1), Dates.parse("1er août 2021"));
        // Abbreviations that are English words count only when the language says so.
        assertNull(Dates.parse("5 out 2020"));
        assertEquals(LocalDate.of(2020, 10, 5), Dates.parse("5 out 2020", "pt"));
    }

    // ---- a date from the text, for documents whose metadata has none (issue 19) ----------------------

    @Test
    void theFirstDateOfATextIsTheOneWrittenFirst() {
        String text = "Kyiv Talks\nKYIV, March 3, 2026 - Talks begun on 2026-02-20 go on; a summit is set for 14 April 2026.";
        assertEquals(LocalDate.of(2026, 3, 3), Dates.firstIn(text, "en"), "by position, whatever the form");
        assertEquals(LocalDate.of(2026, 2, 20), Dates.firstIn("Begun on 2026-02-20, resumed 3 March 2026.", null));
        assertEquals(LocalDate.of(2026, 3, 3), Dates.firstIn("On 31 February 2026 nothing; on 3 March 2026 talks.", null),
                "a date that is not in the calendar is passed over");
        assertEquals(LocalDate.of(2019, 11, 20), Dates.firstIn("Le 20 novembre 2019, à Paris.", "fr"));
        assertNull(Dates.firstIn("Serial 12026-01-011 and Decision 2, 2021.", "en"), "neither a longer number nor a word like a month");
        assertNull(Dates.firstIn("", "en"));
        assertNull(Dates.firstIn(null, "en"));
    }

    @Test
    void theDatelineIsADateNearTheTopOnly() {
        String story = "Talks Resume\nTOKYO, Nov. 20, 2019 - Japan warned...";
        assertEquals(NOV_20, Dates.dateline(story, "en"));
        String later = "Talks Resume\n" + "Japan warned again. ".repeat(30) + "The treaty of 8 September 1951 stands.";
        assertNull(Dates.dateline(later, "en"), "a date deep in the story is what it is about, not when it was written");
        assertEquals(LocalDate.of(1951, 9, 8), Dates.firstIn(later, "en"));
    }
}
