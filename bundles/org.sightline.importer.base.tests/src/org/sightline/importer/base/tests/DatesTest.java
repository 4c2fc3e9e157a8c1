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
}
