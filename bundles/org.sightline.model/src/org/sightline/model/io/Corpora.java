package org.sightline.model.io;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Identified;
import org.sightline.model.Mention;
import org.sightline.model.SightlineFactory;
import org.sightline.model.TextSpan;
import org.sightline.model.internal.Hashes;
import org.sightline.model.internal.Spans;

/**
 * Small queries and factories over a corpus that views, analyses and exporters all need.
 *
 * @since 0.1.0
 */
public final class Corpora {

    private Corpora() {
    }

    /** A new empty corpus of the current schema version. */
    public static Corpus create(String name) {
        Corpus corpus = SightlineFactory.eINSTANCE.createCorpus();
        corpus.setName(name);
        corpus.setSchemaVersion(WorkspaceStore.SCHEMA_VERSION);
        return corpus;
    }

    /** A span [begin, end); rejects begin > end or negative offsets. */
    public static TextSpan span(int begin, int end) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("not a span: [" + begin + "," + end + ")");
        }
        TextSpan span = SightlineFactory.eINSTANCE.createTextSpan();
        span.setBegin(begin);
        span.setEnd(end);
        return span;
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, lower-case hex: the value of Document.contentHash. */
    public static String sha256Hex(String text) {
        return Hashes.sha256Hex(text);
    }

    /** The document a span indexes (its Mention's/Claim's document, or the Document holding a StructureSpan). */
    public static Document documentOf(TextSpan span) {
        return Spans.documentOf(span);
    }

    /**
     * The text of a claim's content: the content span's text followed by each content part's, joined with
     * " \u2026 " as the attribution data sets do; null when a piece lies outside its document's text.
     */
    public static String contentText(Claim claim) {
        return Spans.contentText(claim);
    }

    /** The text a span covers in its document, or null when it lies outside. */
    public static String textOf(TextSpan span) {
        return Spans.coveredText(span);
    }

    /**
     * Builds the corpus' id index now when it is built on its first use (a workspace read from a file: about 0.7 s and
     * 140 MB at 100,000 documents), so that the first lookup by id ({@link #byId}: an edit, a Search hit) does not pay
     * for it. Any thread, even while the corpus is edited on another; does nothing for any other corpus.
     *
     * @since 0.2.0
     */
    public static void indexIds(Corpus corpus) {
        if (corpus.eResource() != null) {
            org.sightline.model.internal.SightlineResource.buildIdIndex(corpus.eResource());
        }
    }

    /** The object with {@code id} in the corpus, or null; uses the resource's id index when there is one. */
    public static <T extends Identified> T byId(Corpus corpus, String id, Class<T> type) {
        Objects.requireNonNull(id, "id");
        EObject found = corpus.eResource() != null ? corpus.eResource().getEObject(id) : null;
        if (found == null) {
            for (Iterator<EObject> it = corpus.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Identified identified && id.equals(identified.getId())) {
                    found = identified;
                    break;
                }
            }
        }
        return type.isInstance(found) ? type.cast(found) : null;
    }

    /** Claims whose source is {@code actor}. */
    public static List<Claim> claimsBy(Corpus corpus, Actor actor) {
        return corpus.getClaims().stream().filter(c -> c.getSource() == actor).toList();
    }

    /** Claims that name {@code actor} among their targets. */
    public static List<Claim> claimsAbout(Corpus corpus, Actor actor) {
        return corpus.getClaims().stream().filter(c -> c.getTargets().contains(actor)).toList();
    }

    /** Claims found in {@code document}, in corpus order. */
    public static List<Claim> claimsIn(Corpus corpus, Document document) {
        return corpus.getClaims().stream().filter(c -> c.getDocument() == document).toList();
    }

    /** Mentions of any actor in {@code document}, ordered by position. */
    public static List<Mention> mentionsIn(Corpus corpus, Document document) {
        return byPosition(corpus.getActors().stream()
                .flatMap(a -> a.getMentions().stream())
                .filter(m -> m.getDocument() == document)
                .toList());
    }

    /** {@code mentions} ordered by position (the order of {@link #mentionsIn}), as an unmodifiable list. */
    public static List<Mention> byPosition(List<Mention> mentions) {
        return mentions.stream().sorted((x, y) -> Integer.compare(begin(x.getSpan()), begin(y.getSpan()))).toList();
    }

    /** Actors directly part of {@code actor}. */
    public static List<Actor> partsOf(Corpus corpus, Actor actor) {
        return corpus.getActors().stream().filter(a -> a.getPartOf() == actor).toList();
    }

    private static int begin(TextSpan span) {
        return span == null ? Integer.MAX_VALUE : span.getBegin();
    }
}
