package org.sightline.model.edit.tests;

import org.sightline.testing.SharedFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.Modality;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlineFactory;
import org.sightline.model.SightlinePackage.Literals;
import org.sightline.model.TextSpan;
import org.sightline.model.edit.Labels;
import org.sightline.model.edit.SightlineEditing;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.io.Ids;
import org.sightline.model.io.Validation;

/** Analyst edits on a corpus of the sample article through EMF commands: execute, undo, redo; labels and properties. */
class EditingTest {

    private Corpus corpus;
    private Document article;
    private Actor usOfficials;
    private Actor unitedStates;
    private Claim troops;
    private Claim criticsArgue;
    private AdapterFactoryEditingDomain domain;
    private CommandStack stack;

    @BeforeEach
    void setUp() throws IOException {
        String text = Files.readString(sampleArticle(), StandardCharsets.UTF_8);
        CorpusBuilder b = new CorpusBuilder("edit-test");
        article = b.document("pentagon-north-korea-deterrence.txt", null, text);
        unitedStates = b.actor("United States", ActorKind.STATE, "USA", "US", "Washington");
        usOfficials = b.actor("US officials", ActorKind.GROUP, null);
        Actor critics = b.actor("Critics", ActorKind.GROUP, null);
        b.mention(usOfficials, article, "US officials", 0);
        troops = b.claim(article).source(usOfficials, "Officials", text.indexOf("Officials stressed")).cue("stressed")
                .content("Maintain troop deployments in the region").type(ClaimType.COMMITMENT).modality(Modality.CERTAIN)
                .confidence(0.9).build();
        criticsArgue = b.claim(article).source(critics, "Critics", 0).cue("argue")
                .content("North Korea may interpret the move as reduced US resolve").type(ClaimType.ASSESSMENT)
                .modality(Modality.POSSIBLE).confidence(0.5).targets(unitedStates).build();
        corpus = b.corpus();
        domain = SightlineEditing.createEditingDomain(corpus);
        stack = domain.getCommandStack();
    }

    @Test
    void confirmClaimUndoRedo() {
        execute(SetCommand.create(domain, troops, Literals.CLAIM__STATUS, ReviewStatus.CONFIRMED));
        assertEquals(ReviewStatus.CONFIRMED, troops.getStatus());
        stack.undo();
        assertEquals(ReviewStatus.EXTRACTED, troops.getStatus());
        stack.redo();
        assertEquals(ReviewStatus.CONFIRMED, troops.getStatus());
    }

    @Test
    void correctContentAndSpanAsOneUndoableEdit() {
        String text = article.getText();
        String longer = "Maintain troop deployments in the region\nUphold defense treaties with South Korea and Japan";
        int begin = text.indexOf(longer);
        TextSpan span = troops.getContentSpan();
        Command correction = SetCommand.create(domain, troops, Literals.CLAIM__CONTENT, longer)
                .chain(SetCommand.create(domain, span, Literals.TEXT_SPAN__END, begin + longer.length()))
                .chain(SetCommand.create(domain, troops, Literals.CLAIM__STATUS, ReviewStatus.EDITED));
        execute(correction);
        assertEquals(longer, text.substring(span.getBegin(), span.getEnd()));
        assertEquals(Diagnostic.OK, Validation.validate(corpus).getSeverity());
        stack.undo();
        assertEquals("Maintain troop deployments in the region", troops.getContent());
        assertEquals(troops.getContent(), text.substring(span.getBegin(), span.getEnd()));
        assertEquals(ReviewStatus.EXTRACTED, troops.getStatus());
        assertEquals(Diagnostic.OK, Validation.validate(corpus).getSeverity());
        stack.redo();
        assertEquals(longer, troops.getContent());
        assertEquals(ReviewStatus.EDITED, troops.getStatus());
    }

    @Test
    void addActorWithMentionUndoRedo() {
        Actor pentagon = SightlineFactory.eINSTANCE.createActor();
        pentagon.setName("Pentagon");
        pentagon.setKind(ActorKind.GOVERNMENT_BODY);
        pentagon.setId(Ids.next(corpus, pentagon.eClass()));
        pentagon.setPartOf(unitedStates);
        Mention mention = SightlineFactory.eINSTANCE.createMention();
        mention.setDocument(article);
        mention.setSpan(CorpusBuilder.find(article, "Pentagon", 0));
        mention.setText("Pentagon");
        pentagon.getMentions().add(mention);
        mention.setId(Ids.next(corpus, mention.eClass()));

        execute(AddCommand.create(domain, corpus, Literals.CORPUS__ACTORS, pentagon));
        assertTrue(corpus.getActors().contains(pentagon));
        assertEquals("a4", pentagon.getId());
        assertEquals(Diagnostic.OK, Validation.validate(corpus).getSeverity());
        stack.undo();
        assertFalse(corpus.getActors().contains(pentagon));
        stack.redo();
        assertSame(pentagon, corpus.getActors().get(corpus.getActors().size() - 1));
    }

    @Test
    void removeClaimUndoRestoresItsPlace() {
        int index = corpus.getClaims().indexOf(troops);
        execute(RemoveCommand.create(domain, corpus, Literals.CORPUS__CLAIMS, troops));
        assertFalse(corpus.getClaims().contains(troops));
        stack.undo();
        assertSame(troops, corpus.getClaims().get(index));
        stack.redo();
        assertFalse(corpus.getClaims().contains(troops));
    }

    @Test
    void deleteActorClearsReferencesAndUndoRestoresThem() {
        execute(DeleteCommand.create(domain, usOfficials));
        assertFalse(corpus.getActors().contains(usOfficials));
        assertNull(troops.getSource(), "delete removes references to the actor");
        stack.undo();
        assertSame(usOfficials, troops.getSource());
        assertEquals(Diagnostic.OK, Validation.validate(corpus).getSeverity());
        stack.redo();
        assertNull(troops.getSource());
    }

    @Test
    void addAndRemoveTargetsUndoRedo() {
        execute(AddCommand.create(domain, troops, Literals.CLAIM__TARGETS, List.of(unitedStates)));
        execute(RemoveCommand.create(domain, criticsArgue, Literals.CLAIM__TARGETS, unitedStates));
        assertEquals(List.of(unitedStates), troops.getTargets());
        assertTrue(criticsArgue.getTargets().isEmpty());
        stack.undo();
        assertEquals(List.of(unitedStates), criticsArgue.getTargets());
        stack.undo();
        assertTrue(troops.getTargets().isEmpty());
        assertFalse(stack.canUndo());
        stack.redo();
        stack.redo();
        assertTrue(criticsArgue.getTargets().isEmpty());
    }

    @Test
    void labelsSayWhatTheObjectIs() {
        assertEquals("United States (STATE)", SightlineEditing.label(domain, unitedStates));
        assertEquals("Officials stressed: Maintain troop deployments in the region", SightlineEditing.label(domain, troops));
        String critics = SightlineEditing.label(domain, criticsArgue);
        assertEquals("Critics argue: North Korea may interpret the move as reduced US resolve", critics);
        Mention mention = usOfficials.getMentions().get(0);
        assertEquals("\"US officials\" [" + mention.getSpan().getBegin() + "," + mention.getSpan().getEnd() + ")",
                SightlineEditing.label(domain, mention));
        criticsArgue.setContent(article.getText().substring(criticsArgue.getContentSpan().getBegin(), article.getText().indexOf("Diplomatic channels")));
        assertTrue(SightlineEditing.label(domain, criticsArgue).endsWith("\u2026"), "long content is cut");
        assertEquals("Critics argue: ".length() + Labels.CONTENT_LENGTH, SightlineEditing.label(domain, criticsArgue).length());
    }

    @Test
    void propertySheetOffersTheAnalystsFields() {
        IItemPropertySource source = (IItemPropertySource) domain.getAdapterFactory().adapt(troops, IItemPropertySource.class);
        List<String> ids = source.getPropertyDescriptors(troops).stream().map(d -> d.getId(troops)).toList();
        assertTrue(ids.containsAll(List.of("status", "confidence", "type", "modality", "source", "targets", "note", "cue", "content")), ids.toString());
        IItemPropertyDescriptor confidence = source.getPropertyDescriptor(troops, "confidence");
        assertEquals("Confidence", confidence.getDisplayName(troops));
        confidence.setPropertyValue(troops, 0.6); // the property sheet goes through the command stack too
        assertEquals(0.6, troops.getConfidence());
        stack.undo();
        assertEquals(0.9, troops.getConfidence());
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), "command cannot execute: " + command.getLabel());
        stack.execute(command);
    }

    private static Path sampleArticle() {
        return SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE);
    }
}
