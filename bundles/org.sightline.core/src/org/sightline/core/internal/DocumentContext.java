package org.sightline.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.Corpora;

/**
 * What the extractors of one document build: a scratch corpus of actors, mentions and claims that
 * the {@link CorpusMerger} moves into the real corpus afterwards. Each extractor call gets its own
 * {@link Call} view, so that what a failed or timed-out call added can be taken back, and a call
 * that goes on after its time limit can no longer change anything.
 */
final class DocumentContext {

    private static final SightlineFactory F = SightlineFactory.eINSTANCE;

    final Document document;
    final Corpus scratch = F.createCorpus();
    private final SightlineRegistry registry;
    private final Map<String, Actor> actorsByKey = new LinkedHashMap<>();
    private final Map<Class<?>, Object> annotations = new HashMap<>();

    DocumentContext(Document document, SightlineRegistry registry) {
        this.document = document;
        this.registry = registry;
    }

    /**
     * Lets go of what only the extractors needed (tokens, tags, parses...) once they are done: the
     * document may wait in the pipeline's look-ahead window before it is merged, and its NLP
     * annotations are many times the size of its text.
     */
    synchronized void extracted() {
        annotations.clear();
        actorsByKey.clear();
    }

    Call open(String extractorId) {
        return new Call(extractorId);
    }

    /** One extractor's view of the document; everything it adds is recorded until {@link #commit()}. */
    final class Call implements ExtractionContext {
        private final String extractorId;
        private final List<EObject> added = new ArrayList<>();
        private final List<String> addedKeys = new ArrayList<>();
        private final List<Class<?>> addedAnnotations = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private volatile boolean closed;

        private Call(String extractorId) {
            this.extractorId = extractorId;
        }

        private void checkOpen() {
            if (closed) {
                throw new CancellationException("extractor " + extractorId + " was stopped for " + document.getInput());
            }
        }

        @Override
        public Document document() {
            return document;
        }

        @Override
        public SightlineRegistry registry() {
            return registry;
        }

        @Override
        public String extractorId() {
            return extractorId;
        }

        @Override
        public <T> Optional<T> get(Class<T> type) {
            synchronized (DocumentContext.this) {
                return Optional.ofNullable(type.cast(annotations.get(type)));
            }
        }

        @Override
        public <T> void put(Class<T> type, T value) {
            synchronized (DocumentContext.this) {
                checkOpen();
                if (!annotations.containsKey(type)) {
                    addedAnnotations.add(type);
                }
                annotations.put(type, Objects.requireNonNull(value, "value"));
            }
        }

        @Override
        public Actor actor(ActorKind kind, String name) {
            Objects.requireNonNull(kind, "kind");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("an actor needs a name");
            }
            synchronized (DocumentContext.this) {
                checkOpen();
                String key = ActorKeys.key(kind, name, null);
                Actor actor = actorsByKey.get(key);
                if (actor == null) {
                    actor = F.createActor();
                    actor.setKind(kind);
                    actor.setName(name.strip());
                    scratch.getActors().add(actor);
                    actorsByKey.put(key, actor);
                    added.add(actor);
                    addedKeys.add(key);
                }
                return actor;
            }
        }

        @Override
        public List<Actor> actors() {
            synchronized (DocumentContext.this) {
                return List.copyOf(scratch.getActors());
            }
        }

        @Override
        public Mention mention(Actor actor, int begin, int end) {
            String text = document.getText();
            if (begin < 0 || end > text.length() || begin >= end) {
                throw new IllegalArgumentException("mention [" + begin + "," + end + ") is outside the text of " + document.getInput());
            }
            synchronized (DocumentContext.this) {
                checkOpen();
                if (actor.eContainer() != scratch) {
                    throw new IllegalArgumentException("mention of an actor not made by this context: " + actor.getName());
                }
                Mention m = F.createMention();
                m.setDocument(document);
                m.setSpan(Corpora.span(begin, end));
                m.setText(text.substring(begin, end));
                m.setExtractorId(extractorId);
                m.setStatus(ReviewStatus.EXTRACTED);
                actor.getMentions().add(m);
                added.add(m);
                return m;
            }
        }

        @Override
        public Claim claim() {
            synchronized (DocumentContext.this) {
                checkOpen();
                Claim c = F.createClaim();
                c.setDocument(document);
                c.setStatus(ReviewStatus.EXTRACTED);
                c.setExtractorId(extractorId);
                scratch.getClaims().add(c);
                added.add(c);
                return c;
            }
        }

        @Override
        public List<Claim> claims() {
            synchronized (DocumentContext.this) {
                return List.copyOf(scratch.getClaims());
            }
        }

        @Override
        public void warn(String message) {
            synchronized (DocumentContext.this) {
                if (!closed) {
                    warnings.add(message);
                }
            }
        }

        /** What the call reported through {@link #warn}. */
        List<String> warnings() {
            synchronized (DocumentContext.this) {
                return List.copyOf(warnings);
            }
        }

        @Override
        public boolean isCancelled() {
            return closed || Thread.currentThread().isInterrupted();
        }

        /** The call succeeded: keep what it added. */
        void commit() {
            synchronized (DocumentContext.this) {
                closed = true;
            }
        }

        /** The call failed or timed out: close it and take back what it added. */
        void rollback() {
            synchronized (DocumentContext.this) {
                closed = true;
                for (int i = added.size() - 1; i >= 0; i--) {
                    EObject o = added.get(i);
                    if (o instanceof Claim || o instanceof Mention) {
                        EcoreUtil.remove(o);
                    } else if (o instanceof Actor a) {
                        // References from claims of earlier extractors to this new actor would dangle.
                        for (Claim c : scratch.getClaims()) {
                            if (c.getSource() == a) {
                                c.setSource(null);
                            }
                            c.getTargets().remove(a);
                        }
                        for (Actor other : scratch.getActors()) {
                            if (other.getPartOf() == a) {
                                other.setPartOf(null);
                            }
                        }
                        EcoreUtil.remove(a);
                    }
                }
                addedKeys.forEach(actorsByKey::remove);
                addedAnnotations.forEach(annotations::remove);
            }
        }
    }

}
