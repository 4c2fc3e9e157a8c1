package org.sightline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.AchAnalysis;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.analysis.api.ClaimRelationAnalysis;
import org.sightline.analysis.api.StanceMatrixAnalysis;
import org.sightline.analysis.api.TimelineAnalysis;
import org.sightline.core.api.Analysis;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.testing.SampleArticle;

/** What the analyses extension point relies on: a public no-arg constructor, and the corpus left exactly as it was. */
class AnalysisContractTest {

    static final List<Class<? extends Analysis<?>>> ANALYSES = List.of(ActorNetworkAnalysis.class, StanceMatrixAnalysis.class,
            TimelineAnalysis.class, ClaimRelationAnalysis.class, AchAnalysis.class);

    @Test
    void everyAnalysisIsContributableAndLeavesTheCorpusUnchanged() throws Exception {
        PressReleases p = new PressReleases();
        SampleArticle s = p.sample;
        s.assess(s.claims[2], s.hypothesis("Weakening", "The US commitment is weakening"), Consistency.II, 1);
        Corpus before = EcoreUtil.copy(s.corpus);
        for (Class<? extends Analysis<?>> type : ANALYSES) {
            assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), type.getName());
            Analysis<?> analysis = type.getConstructor().newInstance();
            assertNotNull(analysis.analyze(s.corpus), type.getName());
            assertTrue(EcoreUtil.equals(before, s.corpus), type.getName() + " modified the corpus");
        }
    }
}
