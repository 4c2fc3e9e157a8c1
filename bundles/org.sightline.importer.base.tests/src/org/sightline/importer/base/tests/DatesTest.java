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
}
