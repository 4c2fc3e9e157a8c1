package org.sightline.ui.tests.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.Extractor;
import org.sightline.core.api.Registered;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Modality;
import org.sightline.model.ReviewStatus;
import org.sightline.ui.session.api.ClaimTable;
import org.sightline.ui.session.api.ClaimTable.Column;
import org.sightline.ui.session.api.EstimativeScale;
import org.sightline.ui.session.api.PipelineSettings;
import org.sightline.ui.tests.bench.BigWorkspace;

/** The Claims view's rows model, the pipeline settings and the estimative scale, on real data. */
class ClaimTableTest {

    private static List<Claim> rows(ClaimTable t) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.row(i));
        }
        return out;
    }

    @Test
    void filtersNarrowAsTheAnalystTypesAndGiveTheSameRowsAsAFreshFilter() {
        Corpus corpus = BigWorkspace.build(40);
        ClaimTable typed = new ClaimTable(corpus);
        for (String prefix : new String[] { "m", "mi", "mis", "misc", "miscalculation" }) {
            typed.setFilter(typed.filter().withText(prefix));
        }
        ClaimTable fresh = new ClaimTable(corpus);
        fresh.setFilter(ClaimTable.Filter.ALL.withText("MISCALCULATION"));
        assertEquals(40, fresh.size(), "one warning per document mentions miscalculation");
        assertEquals(rows(fresh), rows(typed));
        typed.setFilter(typed.filter().withText("misc"));
        assertEquals(40, typed.size(), "deleting characters widens again");

        ClaimTable commitments = new ClaimTable(corpus);
        commitments.setFilter(ClaimTable.Filter.ALL.withTypes(Set.of(ClaimType.COMMITMENT)));
        assertEquals(240, commitments.size());
        Actor analysts = corpus.getActors().stream().filter(a -> a.getName().equals("analysts")).findFirst().orElseThrow();
        commitments.setFilter(ClaimTable.Filter.ALL.withActor(analysts));
        assertTrue(rows(commitments).stream().allMatch(c -> c.getSource() == analysts));
        corpus.getClaims().get(3).setStatus(ReviewStatus.REJECTED);
        commitments.refresh();
        commitments.setFilter(ClaimTable.Filter.ALL.withStatuses(Set.of(ReviewStatus.REJECTED)));
        assertEquals(List.of(corpus.getClaims().get(3)), rows(commitments));
    }

    @Test
    void sortsByAColumnBothWaysAndFindsARow() {
        Corpus corpus = BigWorkspace.build(20);
        ClaimTable t = new ClaimTable(corpus);
        t.sortBy(Column.CONFIDENCE, true);
        List<Claim> up = rows(t);
        for (int i = 1; i < up.size(); i++) {
            assertTrue(up.get(i - 1).getConfidence() <= up.get(i).getConfidence());
        }
        t.sortBy(Column.SOURCE, false);
        List<Claim> down = rows(t);
        for (int i = 1; i < down.size(); i++) {
            assertTrue(Column.SOURCE.text(down.get(i - 1)).compareToIgnoreCase(Column.SOURCE.text(down.get(i))) >= 0);
        }
        Claim some = corpus.getClaims().get(57);
        assertEquals(some, t.row(t.indexOf(some)));
    }

    /**
     * A refresh from the claims an edit changed gives the rows of a whole refresh: a claim that keeps its place, one
     * that moves in the sort, one the filter drops, one hidden, one deleted and put back, one made, after a sort of rows
     * sorted by another column (whose order among equal keys a whole refresh does not keep).
     */
    @Test
    void aRefreshFromTheChangedClaimsGivesTheRowsOfAWholeRefresh() {
        Corpus corpus = BigWorkspace.build(8);
        ClaimTable.Filter extracted = ClaimTable.Filter.ALL.withStatuses(Set.of(ReviewStatus.EXTRACTED));
        for (Column column : new Column[] { null, Column.CONFIDENCE, Column.STATUS, Column.SOURCE }) {
            for (boolean up : new boolean[] { true, false }) {
                for (ClaimTable.Filter filter : List.of(ClaimTable.Filter.ALL, extracted)) {
                    ClaimTable following = new ClaimTable(corpus);
                    following.sortBy(Column.CONTENT, true);
                    following.sortBy(column, up);
                    following.setFilter(filter);
                    String where = column + (up ? " up, " : " down, ") + filter;
                    Claim c = corpus.getClaims().get(31);
                    double confidence = c.getConfidence();
                    c.setConfidence(confidence + 1e-9); // its place in the sort by confidence stays
                    assertRefreshed(corpus, following, List.of(c), where + ", confidence nudged");
                    c.setConfidence(0.01);
                    assertRefreshed(corpus, following, List.of(c), where + ", confidence moved");
                    c.setStatus(ReviewStatus.CONFIRMED);
                    assertRefreshed(corpus, following, List.of(c), where + ", confirmed");
                    Claim d = corpus.getClaims().get(44);
                    d.setHidden(true);
                    assertRefreshed(corpus, following, List.of(c, d), where + ", hidden");
                    d.setHidden(false);
                    c.setStatus(ReviewStatus.EXTRACTED);
                    c.setConfidence(confidence);
                    assertRefreshed(corpus, following, List.of(d, c), where + ", all back");
                    Claim e = corpus.getClaims().remove(50);
                    assertRefreshed(corpus, following, List.of(e), where + ", deleted");
                    corpus.getClaims().add(50, e);
                    assertRefreshed(corpus, following, List.of(e), where + ", back in the middle");
                    Claim made = org.sightline.model.SightlineFactory.eINSTANCE.createClaim();
                    made.setDocument(corpus.getDocuments().get(3));
                    made.setContent("made from a span");
                    made.setConfidence(0.5);
                    made.setStatus(ReviewStatus.EXTRACTED);
                    corpus.getClaims().add(made);
                    assertRefreshed(corpus, following, List.of(made, c), where + ", made");
                    corpus.getClaims().remove(made);
                    assertRefreshed(corpus, following, List.of(made), where + ", made and deleted");
                    // two claims side by side in the rows both move: each one's new neighbour is the other
                    List<Claim> shown = rows(following);
                    Claim a = shown.get(10);
                    Claim b = shown.get(11);
                    ReviewStatus aWas = a.getStatus();
                    ReviewStatus bWas = b.getStatus();
                    a.setStatus(ReviewStatus.CONFIRMED);
                    b.setStatus(ReviewStatus.CONFIRMED);
                    assertRefreshed(corpus, following, List.of(a, b), where + ", two side by side confirmed");
                    a.setStatus(aWas);
                    b.setStatus(bWas);
                    assertRefreshed(corpus, following, List.of(b, a), where + ", both back");
                }
            }
        }
    }

    private static void assertRefreshed(Corpus corpus, ClaimTable following, List<Claim> changed, String where) {
        following.refresh(changed);
        ClaimTable whole = new ClaimTable(corpus);
        whole.sortBy(following.sortColumn(), following.ascending());
        whole.setFilter(following.filter());
        assertEquals(rows(whole), rows(following), where);
    }

    @Test
    void pipelineSettingsReorderAndDisableExtractors() {
        Supplier<Extractor> none = () -> ctx -> { };
        SightlineRegistry installed = SightlineRegistry.builder()
                .extractor("nlp", "b", "NLP", Map.of("order", "100"), none)
                .extractor("actors", "b", "Actors", Map.of("order", "200"), none)
                .extractor("claims", "b", "Claims", Map.of("order", "300"), none)
                .extractor("new", "c", "Newly installed", Map.of("order", "250"), none).build();
        PipelineSettings settings = PipelineSettings.parse("claims, nlp,actors", "actors");
        assertEquals(List.of("claims", "nlp", "new"), settings.apply(installed).extractors().stream().map(Registered::id).toList(),
                "listed ones in their order, the unknown new one after them, the disabled one left out");
        assertEquals(settings, PipelineSettings.parse(settings.orderString(), settings.disabledString()));
    }

    @Test
    void estimativeScalesRoundTripAndSetExtractedConfidences() {
        for (EstimativeScale s : EstimativeScale.PRESETS) {
            assertEquals(s, EstimativeScale.parse(s.format()));
        }
        Corpus corpus = BigWorkspace.build(1);
        Claim confirmed = corpus.getClaims().get(0);
        confirmed.setStatus(ReviewStatus.CONFIRMED);
        double kept = confirmed.getConfidence();
        EstimativeScale.ICD_203.applyTo(corpus);
        assertEquals(kept, confirmed.getConfidence(), "what the analyst reviewed keeps its confidence");
        corpus.getClaims().stream().filter(c -> c.getStatus() == ReviewStatus.EXTRACTED && c.getModality() == Modality.PROBABLE)
                .forEach(c -> assertEquals(0.675, c.getConfidence(), 1e-9));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> EstimativeScale.parse("Mine|CERTAIN=1.5,ASSERTED=1,PROBABLE=0.7,POSSIBLE=0.5,UNLIKELY=0.2,OBLIGATION=0.9"));
        assertTrue(e.getMessage().contains("CERTAIN must be in 0..1"), e.getMessage());
    }
}
