package org.sightline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Mention;
import org.sightline.model.SightlineFactory;
import org.sightline.model.StructureSpan;
import org.sightline.model.TextSpan;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.Validation;
import org.sightline.model.util.SightlineValidator;
import org.sightline.testing.SampleArticle;

/** Each invariant of the model, broken on the hand-made sample corpus, must be reported by the Diagnostician. */
class ValidationTest {

    private SampleArticle sample;

    @BeforeEach
    void buildSample() {
        sample = new SampleArticle().withAnalysis();
    }

    @Test
    void handMadeSampleCorpusIsValid() {
        Diagnostic diagnostic = Validation.validate(sample.corpus);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> "Sample corpus should be valid: " + Validation.problems(diagnostic));
    }

    @Test
    void spansOfTheSampleCoverTheirSurfaceText() {
        // Guards the fixture itself: the commitments are the three list items after "stressed".
        String text = sample.article.getText();
        assertEquals("Maintain troop deployments in the region", Corpora.textOf(sample.troops.getContentSpan()));
        assertEquals("stressed", text.substring(sample.troops.getCueSpan().getBegin(), sample.troops.getCueSpan().getEnd()));
        assertTrue(sample.troops.getCueSpan().getEnd() < sample.troops.getContentSpan().getBegin());
        assertEquals("Pyongyang", Corpora.textOf(sample.northKorea.getMentions().get(1).getSpan()));
    }

    @Test
    void mentionSpanPastTheEndOfTheText() {
        Mention mention = sample.northKorea.getMentions().get(0);
        mention.getSpan().setEnd(sample.article.getText().length() + 5);
        assertReported(SightlineValidator.SPAN_INSIDE_TEXT, mention.getSpan());
    }

    @Test
    void spanWithBeginAfterEnd() {
        TextSpan cue = sample.analystsWarn.getCueSpan();
        cue.setBegin(cue.getEnd() + 1);
        assertReported(SightlineValidator.SPAN_INSIDE_TEXT, cue);
    }

    @Test
    void negativeSpanBegin() {
        TextSpan content = sample.sourceless.getContentSpan();
        content.setBegin(-1);
        assertReported(SightlineValidator.SPAN_INSIDE_TEXT, content);
    }

    @Test
    void structureSpanOutsideItsDocument() {
        StructureSpan furniture = sample.article.getStructure().get(sample.article.getStructure().size() - 1);
        furniture.setEnd(furniture.getEnd() + 1);
        assertReported(SightlineValidator.SPAN_INSIDE_TEXT, furniture);
    }

    @Test
    void mentionTextDiffersFromItsSpan() {
        Mention pyongyang = sample.northKorea.getMentions().get(1);
        pyongyang.setText("North Korea");
        assertReported(SightlineValidator.SURFACE_TEXT, pyongyang);
    }

    @Test
    void claimCueSpanShiftedOffItsCue() {
        TextSpan cue = sample.criticsArgue.getCueSpan();
        cue.setBegin(cue.getBegin() + 1);
        cue.setEnd(cue.getEnd() + 1);
        Diagnostic found = assertReported(SightlineValidator.SURFACE_TEXT, sample.criticsArgue);
        assertTrue(found.getMessage().contains("cue \"argue\""), found.getMessage());
    }

    @Test
    void claimContentEditedWithoutItsSpan() {
        sample.troops.setContent("Withdraw troops from the region");
        assertReported(SightlineValidator.SURFACE_TEXT, sample.troops);
    }

    @Test
    void claimSourceTextDiffersFromSourceSpan() {
        sample.reassurance.setSourceText("Pentagon");
        assertReported(SightlineValidator.SURFACE_TEXT, sample.reassurance);
    }

    @Test
    void partOfCycleThroughTwoActors() {
        sample.unitedStates.setPartOf(sample.pentagon); // pentagon is already part of the US
        assertReported(SightlineValidator.PART_OF_CYCLE, sample.unitedStates);
        assertReported(SightlineValidator.PART_OF_CYCLE, sample.pentagon);
    }

    @Test
    void actorPartOfItself() {
        sample.japan.setPartOf(sample.japan);
        assertReported(SightlineValidator.PART_OF_CYCLE, sample.japan);
    }

    @Test
    void claimSourceFromAnotherCorpus() {
        SampleArticle other = new SampleArticle().withAnalysis();
        sample.criticsArgue.setSource(other.critics);
        assertReported(SightlineValidator.REFERENCE_OUTSIDE_CORPUS, sample.criticsArgue);
    }

    @Test
    void claimTargetOutsideAnyCorpus() {
        Actor stray = SightlineFactory.eINSTANCE.createActor();
        stray.setId("a999");
        stray.setName("Russia");
        stray.setKind(ActorKind.STATE);
        sample.expertsExpect.getTargets().add(stray);
        Diagnostic found = assertReported(SightlineValidator.REFERENCE_OUTSIDE_CORPUS, sample.expertsExpect);
        assertTrue(found.getMessage().contains("targets"), found.getMessage());
    }

    @Test
    void mentionOfADocumentInAnotherCorpus() {
        SampleArticle other = new SampleArticle().withAnalysis();
        Mention mention = sample.japan.getMentions().get(0);
        mention.setDocument(other.article);
        assertReported(SightlineValidator.REFERENCE_OUTSIDE_CORPUS, mention);
    }

    @ParameterizedTest
    @ValueSource(doubles = { -0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY })
    void confidenceOutsideZeroToOne(double confidence) {
        sample.expertsExpect.setConfidence(confidence);
        assertReported(SightlineValidator.CONFIDENCE_RANGE, sample.expertsExpect);
    }

    @Test
    void confidenceBoundsAreValid() {
        sample.expertsExpect.setConfidence(0.0);
        sample.troops.setConfidence(1.0);
        assertEquals(Diagnostic.OK, Validation.validate(sample.corpus).getSeverity());
    }

    @Test
    void negativeAssessmentWeight() {
        sample.corpus.getAssessments().get(0).setWeight(-1);
        assertReported(SightlineValidator.WEIGHT_NON_NEGATIVE, sample.corpus.getAssessments().get(0));
    }

    @Test
    void contentHashOfAnotherText() {
        sample.article.setText(sample.article.getText().replace("Pyongyang", "Pjöngjang"));
        assertReported(SightlineValidator.CONTENT_HASH, sample.article);
    }

    @Test
    void schemaVersionNewerThanSupported() {
        sample.corpus.setSchemaVersion(org.sightline.model.io.WorkspaceStore.SCHEMA_VERSION + 1);
        assertReported(SightlineValidator.SCHEMA_VERSION_SUPPORTED, sample.corpus);
    }

    @Test
    void duplicateIds() {
        sample.critics.setId(sample.analysts.getId());
        assertReported(SightlineValidator.DUPLICATE_ID, sample.critics);
    }

    @Test
    void duplicateIdsInsideAResourceAreAlsoReportedByEmf() {
        new org.sightline.model.internal.SightlineResource(org.eclipse.emf.common.util.URI.createURI("memory:/t.sightline"))
                .getContents().add(sample.corpus);
        sample.skWork.setId(sample.troops.getId());
        assertEmfReported(EObjectValidator.EOBJECT__UNIQUE_ID);
        assertReported(SightlineValidator.DUPLICATE_ID, sample.skWork);
    }

    @Test
    void mentionWithoutDocumentBreaksMultiplicity() {
        sample.japan.getMentions().get(0).setDocument(null);
        assertEmfReported(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS); // (sic: EMF's spelling)
    }

    /** Finds the Sightline diagnostic with {@code code} about {@code object}; fails listing what was reported. */
    private Diagnostic assertReported(int code, Object object) {
        Diagnostic root = Validation.validate(sample.corpus);
        assertEquals(Diagnostic.ERROR, root.getSeverity(), "expected an error");
        List<Diagnostic> problems = Validation.problems(root);
        for (Diagnostic d : problems) {
            if (SightlineValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getCode() == code && d.getData().get(0) == object) {
                assertEquals(Diagnostic.ERROR, d.getSeverity());
                return d;
            }
        }
        return fail("No diagnostic " + code + " about " + object + " among " + problems.stream().map(Diagnostic::getMessage).toList());
    }

    private void assertEmfReported(int code) {
        List<Diagnostic> problems = Validation.problems(Validation.validate(sample.corpus));
        assertTrue(problems.stream().anyMatch(d -> EObjectValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getCode() == code),
                () -> "No EMF diagnostic " + code + " among " + problems.stream().map(Diagnostic::getMessage).toList());
    }
}
