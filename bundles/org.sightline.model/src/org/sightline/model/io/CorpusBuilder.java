package org.sightline.model.io;

import java.time.LocalDate;
import java.util.List;

import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.Modality;
import org.sightline.model.Polarity;
import org.sightline.model.SightlineFactory;
import org.sightline.model.TextSpan;

/**
 * Builds a corpus from real text by locating surface strings, so spans are right by construction: for tests,
 * examples and importers that know what they found but not yet where. Every object gets an id from {@link Ids}.
 * <pre>
 * CorpusBuilder b = new CorpusBuilder("sample");
 * Document d = b.document("article.txt", "Title", text);
 * Actor us = b.actor("United States", ActorKind.STATE, "USA", "US", "Washington");
 * b.mention(us, d, "Washington", 0);
 * Claim c = b.claim(d).source(officials, "Officials", 0).cue("stressed").content("Maintain troop deployments in the region")
 *            .type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).confidence(0.9).build();
 * </pre>
 *
 * @since 0.1.0
 */
public final class CorpusBuilder {

    private final Corpus corpus;
    private final Ids ids;

    public CorpusBuilder(String name) {
        this(Corpora.create(name));
    }

    /** Adds to an existing corpus. */
    public CorpusBuilder(Corpus corpus) {
        this.corpus = corpus;
        this.ids = Ids.of(corpus);
    }

    public Corpus corpus() {
        return corpus;
    }

    /** Adds a document with its text and content hash. */
    public Document document(String input, String title, String text) {
        Document document = SightlineFactory.eINSTANCE.createDocument();
        document.setInput(input);
        document.setTitle(title);
        document.setText(text);
        document.setContentHash(Corpora.sha256Hex(text));
        ids.assign(document);
        corpus.getDocuments().add(document);
        return document;
    }

    /** Adds a document with publication metadata. */
    public Document document(String input, String title, String text, String publisher, LocalDate published, String language) {
        Document document = document(input, title, text);
        document.setPublisher(publisher);
        document.setPublished(published);
        document.setLanguage(language);
        return document;
    }

    /** Adds an actor. */
    public Actor actor(String name, ActorKind kind, String code, String... aliases) {
        Actor actor = SightlineFactory.eINSTANCE.createActor();
        actor.setName(name);
        actor.setKind(kind);
        actor.setCode(code);
        actor.getAliases().addAll(List.of(aliases));
        ids.assign(actor);
        corpus.getActors().add(actor);
        return actor;
    }

    /**
     * The span of the first occurrence of {@code surface} in the document's text at or after {@code from}.
     *
     * @throws IllegalArgumentException naming the document and the string when it does not occur
     */
    public static TextSpan find(Document document, String surface, int from) {
        int begin = document.getText() == null ? -1 : document.getText().indexOf(surface, from);
        if (begin < 0) {
            throw new IllegalArgumentException("\"" + surface + "\" does not occur in document " + document.getId()
                    + " at or after offset " + from);
        }
        return Corpora.span(begin, begin + surface.length());
    }

    /** Adds a mention of {@code actor}: the first occurrence of {@code surface} at or after {@code from}. */
    public Mention mention(Actor actor, Document document, String surface, int from) {
        Mention mention = SightlineFactory.eINSTANCE.createMention();
        mention.setDocument(document);
        mention.setSpan(find(document, surface, from));
        mention.setText(surface);
        actor.getMentions().add(mention);
        ids.assign(mention);
        return mention;
    }

    /** Starts a claim in {@code document}; spans are searched from where the previous part ended. */
    public ClaimSpec claim(Document document) {
        return new ClaimSpec(document);
    }

    /** A claim under construction. Call {@link #build()} to add it to the corpus. */
    public final class ClaimSpec {
        private final Claim claim = SightlineFactory.eINSTANCE.createClaim();
        private final Document document;
        private int cursor;

        private ClaimSpec(Document document) {
            this.document = document;
            claim.setDocument(document);
            claim.setPolarity(Polarity.POSITIVE);
        }

        /** Source actor and the source text, searched from {@code from}. */
        public ClaimSpec source(Actor source, String sourceText, int from) {
            TextSpan span = find(document, sourceText, from);
            claim.setSource(source);
            claim.setSourceText(sourceText);
            claim.setSourceSpan(span);
            cursor = span.getEnd();
            return this;
        }

        /** The cue, searched after the previous part. */
        public ClaimSpec cue(String cue) {
            return cue(cue, cursor);
        }

        public ClaimSpec cue(String cue, int from) {
            TextSpan span = find(document, cue, from);
            claim.setCue(cue);
            claim.setCueSpan(span);
            cursor = span.getEnd();
            return this;
        }

        /** The content, searched after the previous part. */
        public ClaimSpec content(String content) {
            return content(content, cursor);
        }

        public ClaimSpec content(String content, int from) {
            TextSpan span = find(document, content, from);
            claim.setContent(content);
            claim.setContentSpan(span);
            cursor = span.getEnd();
            return this;
        }

        public ClaimSpec type(ClaimType type) {
            claim.setType(type);
            return this;
        }

        public ClaimSpec modality(Modality modality) {
            claim.setModality(modality);
            return this;
        }

        public ClaimSpec confidence(double confidence) {
            claim.setConfidence(confidence);
            return this;
        }

        public ClaimSpec polarity(Polarity polarity) {
            claim.setPolarity(polarity);
            return this;
        }

        public ClaimSpec targets(Actor... targets) {
            claim.getTargets().addAll(List.of(targets));
            return this;
        }

        public ClaimSpec topics(String... topics) {
            claim.getTopics().addAll(List.of(topics));
            return this;
        }

        /** Adds the claim to the corpus and returns it. */
        public Claim build() {
            ids.assign(claim);
            corpus.getClaims().add(claim);
            return claim;
        }
    }
}
