package org.sightline.ui.tests.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.model.ClaimType;
import org.sightline.model.Modality;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.testing.SampleArticle;
import org.sightline.ui.session.api.ClaimTable;
import org.sightline.ui.session.api.SavedFilter;

/** Saved Claims filters: what they keep, how they read back from the preference value, how they apply. */
class SavedFilterTest {

    private final SampleArticle sample = new SampleArticle(new CorpusBuilder("saved"));

    @Test
    void aFilterSavedAndReadBackAppliesTheSameRows() {
        ClaimTable rows = new ClaimTable(sample.corpus);
        rows.setFilter(ClaimTable.Filter.ALL.withText("korea").withTypes(Set.of(ClaimType.WARNING, ClaimType.REASSURANCE))
                .withModalities(Set.of(Modality.POSSIBLE)).withActor(sample.analysts));
        assertEquals(1, rows.size());
        assertSame(sample.analystsWarn, rows.row(0));
        SavedFilter saved = SavedFilter.of("Analysts' \"maybe\" warnings", rows.filter());

        String value = SavedFilter.format(List.of(saved, new SavedFilter("All", "", Set.of(), Set.of(), null)));
        List<SavedFilter> back = SavedFilter.parse(value);
        assertEquals(List.of(saved, new SavedFilter("All", "", Set.of(), Set.of(), null)), back);

        ClaimTable other = new ClaimTable(sample.corpus);
        other.setFilter(back.get(0).applyTo(ClaimTable.Filter.ALL, sample.corpus));
        assertEquals(List.of(sample.analystsWarn), List.of(other.row(0)));
        assertEquals(1, other.size());
        assertSame(sample.analysts, other.filter().actor());
    }

    @Test
    void theActorIsFoundByNameOrAliasAndAMissingOneNarrowsNothing() {
        assertSame(sample.northKorea, new SavedFilter("x", "", Set.of(), Set.of(), "pyongyang").actorIn(sample.corpus));
        assertNull(new SavedFilter("x", "", Set.of(), Set.of(), "Atlantis").actorIn(sample.corpus));
        assertNull(new SavedFilter("x", "", Set.of(), Set.of(), "Atlantis").applyTo(ClaimTable.Filter.ALL, sample.corpus).actor());
    }

    @Test
    void savingUnderATakenNameReplacesItAndBadValuesAreRefusedWithTheReason() {
        List<SavedFilter> list = SavedFilter.put(List.of(new SavedFilter("Warnings", "", Set.of(ClaimType.WARNING), Set.of(), null)),
                new SavedFilter("warnings", "x", Set.of(), Set.of(), null));
        assertEquals(1, list.size());
        assertEquals("x", list.get(0).text());
        assertTrue(SavedFilter.parse("").isEmpty());
        assertEquals("saved filter \"a\": unknown claim type WISH",
                assertThrows(IllegalArgumentException.class, () -> SavedFilter.parse("[{\"name\":\"a\",\"types\":[\"WISH\"]}]")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SavedFilter.parse("{\"name\":1}")).getMessage()
                .startsWith("saved filters: expected a JSON array"));
        assertThrows(IllegalArgumentException.class, () -> new SavedFilter(" ", "", Set.of(), Set.of(), null));
    }
}
