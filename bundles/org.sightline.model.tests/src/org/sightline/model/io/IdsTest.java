package org.sightline.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Identified;
import org.sightline.model.SightlinePackage.Literals;
import org.sightline.testing.SampleArticle;

/** The id allocator's scan: along the containments that can hold ids, on first use, against EMF's whole walk. */
class IdsTest {

    private static final List<EClass> KINDS = List.of(Literals.DOCUMENT, Literals.ACTOR, Literals.MENTION, Literals.CLAIM,
            Literals.CLAIM_RELATION, Literals.HYPOTHESIS, Literals.ASSESSMENT);

    @Test
    void theNextIdOfEachKindIsAboveEveryIdOfItsKindInTheCorpus() {
        Corpus corpus = new SampleArticle().withAnalysis().corpus;
        // the highest number per prefix by EMF's walk over every object
        Map<String, Integer> highest = new HashMap<>();
        for (var it = corpus.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Identified i && i.getId() != null && i.getId().matches("[a-z]+\\d+")) {
                highest.merge(i.getId().replaceAll("\\d+$", ""), Integer.parseInt(i.getId().replaceAll("^[a-z]+", "")), Math::max);
            }
        }
        assertTrue(highest.keySet().containsAll(List.of("d", "a", "m", "c", "r", "h")), "the sample has ids of most kinds: " + highest);
        Ids ids = Ids.of(corpus);
        for (EClass kind : KINDS) {
            String prefix = Ids.prefixOf(kind);
            assertEquals(prefix + (highest.getOrDefault(prefix, 0) + 1), ids.next(kind), kind.getName());
        }
    }

    @Test
    void anAllocatorScansWhenItFirstAllocates() {
        Corpus corpus = new SampleArticle().withAnalysis().corpus;
        Ids ids = Ids.of(corpus);
        Claim added = EcoreUtil.copy(corpus.getClaims().get(0));
        added.setId("c9000");
        corpus.getClaims().add(added); // before the first allocation: seen by the scan
        assertEquals("c9001", ids.next(Literals.CLAIM));
        assertEquals("c9002", ids.next(Literals.CLAIM));
    }
}
