package org.sightline.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;

/**
 * Turns documents, claims and actors into index entries. Each entry carries a fingerprint of what it indexes, so that
 * bringing an index up to date rewrites only the entries whose values changed. Hidden claims and actors are left out
 * (they are left out of views and analyses too).
 */
public final class Entries {

    private final FacetsConfig config = Schema.facetsConfig();
    private final Map<Document, Set<Actor>> mentioned;

    private Entries(Map<Document, Set<Actor>> mentioned) {
        this.mentioned = mentioned;
    }

    /** For indexing {@code corpus}: which actors each document mentions, gathered once. */
    public static Entries of(Corpus corpus) {
        Map<Document, Set<Actor>> mentioned = new HashMap<>();
        for (Actor a : corpus.getActors()) {
            if (a.isHidden()) {
                continue;
            }
            for (Mention m : a.getMentions()) {
                if (m.getDocument() != null) {
                    mentioned.computeIfAbsent(m.getDocument(), d -> new LinkedHashSet<>()).add(a);
                }
            }
        }
        return new Entries(mentioned);
    }

    /** One entry to write, or a deletion when {@code document} is null. */
    public record Entry(String id, long fingerprint, org.apache.lucene.document.Document document) {
    }

    /** The entry of {@code object} (a Document, Claim or Actor), or null when it is not indexed (hidden, other kind). */
    public Entry entryOf(Object object) {
        Builder b;
        if (object instanceof Document d) {
            b = document(d);
        } else if (object instanceof Claim c && !c.isHidden()) {
            b = claim(c);
        } else if (object instanceof Actor a && !a.isHidden()) {
            b = actor(a);
        } else {
            return null;
        }
        if (b.id == null) {
            return null;
        }
        return b.build(config);
    }

    /** Every entry of the corpus, in corpus order. */
    public static List<Object> indexedObjects(Corpus corpus) {
        List<Object> all = new ArrayList<>(corpus.getDocuments().size() + corpus.getClaims().size() + corpus.getActors().size());
        all.addAll(corpus.getDocuments());
        all.addAll(corpus.getClaims());
        all.addAll(corpus.getActors());
        return all;
    }

    private Builder document(Document d) {
        Builder b = new Builder("document", d.getId(), d.getId());
        b.text(Schema.TITLE, d.getTitle(), true);
        b.text(Schema.TEXT, d.getText(), true);
        b.text(Schema.PUBLISHER, d.getPublisher(), true);
        b.facet(Schema.PUBLISHER, d.getPublisher());
        b.text(Schema.AUTHOR, d.getAuthor(), true);
        b.keyword(Schema.LANGUAGE, d.getLanguage());
        date(b, d.getPublished());
        for (Actor a : mentioned.getOrDefault(d, Set.of())) {
            b.text(Schema.ACTOR, a.getName(), false);
            b.facet(Schema.ACTOR, a.getName());
        }
        return b;
    }

    private Builder claim(Claim c) {
        Document d = c.getDocument();
        Builder b = new Builder("claim", c.getId(), d == null ? null : d.getId());
        Actor source = c.getSource();
        b.text(Schema.SOURCE, source == null ? null : source.getName(), true);
        if (c.getSourceText() != null && (source == null || !c.getSourceText().equals(source.getName()))) {
            b.text(Schema.SOURCE, c.getSourceText(), true);
        }
        b.text(Schema.CUE, c.getCue(), true);
        b.text(Schema.CONTENT, c.getContent(), true);
        b.keyword(Schema.TYPE, c.getType() == null ? null : c.getType().getLiteral());
        b.facet(Schema.TYPE, c.getType() == null ? null : c.getType().getLiteral());
        b.keyword(Schema.MODALITY, c.getModality() == null ? null : c.getModality().getLiteral());
        b.facet(Schema.MODALITY, c.getModality() == null ? null : c.getModality().getLiteral());
        b.keyword(Schema.STATUS, c.getStatus() == null ? null : c.getStatus().getLiteral());
        Set<Actor> actors = new LinkedHashSet<>();
        if (source != null && !source.isHidden()) {
            actors.add(source);
        }
        for (Actor t : c.getTargets()) {
            if (!t.isHidden()) {
                actors.add(t);
            }
        }
        for (Actor a : actors) {
            b.text(Schema.ACTOR, a.getName(), false);
            b.facet(Schema.ACTOR, a.getName());
        }
        if (d != null) {
            b.stored(Schema.DOC_TITLE, d.getTitle());
            b.text(Schema.PUBLISHER, d.getPublisher(), false);
            b.facet(Schema.PUBLISHER, d.getPublisher());
            date(b, d.getPublished());
        }
        return b;
    }

    private Builder actor(Actor a) {
        Builder b = new Builder("actor", a.getId(), null);
        b.text(Schema.NAME, a.getName(), true);
        for (String alias : a.getAliases()) {
            b.text(Schema.ALIAS, alias, true);
        }
        b.keyword(Schema.ACTOR_KIND, a.getKind() == null ? null : a.getKind().getLiteral());
        b.text(Schema.ACTOR, a.getName(), false);
        b.facet(Schema.ACTOR, a.getName());
        return b;
    }

    private static void date(Builder b, LocalDate date) {
        if (date != null) {
            b.keyword(Schema.DATE, date.toString());
            String month = date.toString().substring(0, 7);
            b.keyword(Schema.MONTH, month);
            b.facet(Schema.MONTH, month);
        }
    }

    /** Collects fields and folds each value into the fingerprint (FNV-1a, 64 bits). */
    private static final class Builder {
        /**
         * Stored full text with offsets in the postings: the highlighter then reads where the query's words are
         * instead of analysing each hit's text again (at 10,000 documents that took most of a search's time).
         */
        private static final FieldType SNIPPETS = new FieldType(TextField.TYPE_STORED);
        static {
            SNIPPETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
            SNIPPETS.freeze();
        }

        private final org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        private final String id;
        private long hash = 0xcbf29ce484222325L;
        private final Collection<String[]> facets = new ArrayList<>();

        Builder(String kind, String id, String docId) {
            this.id = id;
            if (id == null) {
                return;
            }
            doc.add(new StringField(Schema.ID, id, Field.Store.YES));
            doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
            keyword(Schema.KIND, kind);
            doc.add(new StoredField(Schema.KIND + "_stored", kind));
            facet(Schema.KIND, kind);
            if (docId != null) {
                doc.add(new StringField(Schema.DOC, docId, Field.Store.YES));
                mix(Schema.DOC, docId);
            }
        }

        /** Full text; the fields snippets are cut from keep their offsets too (and are always stored). */
        void text(String field, String value, boolean stored) {
            if (value != null && !value.isBlank()) {
                doc.add(Schema.SNIPPET_FIELDS.contains(field) ? new Field(field, value, SNIPPETS)
                        : new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
                mix(field, value);
            }
        }

        void keyword(String field, String value) {
            if (value != null && !value.isBlank()) {
                doc.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
                mix(field, value);
            }
        }

        void stored(String field, String value) {
            if (value != null) {
                doc.add(new StoredField(field, value));
                mix(field, value);
            }
        }

        void facet(String dim, String value) {
            if (value != null && !value.isBlank()) {
                facets.add(new String[] { dim, value });
                mix(dim, value);
            }
        }

        private void mix(String field, String value) {
            for (int i = 0; i < field.length(); i++) {
                hash = (hash ^ field.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0xFFFF) * 0x100000001b3L;
            for (int i = 0; i < value.length(); i++) {
                hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0xFFFE) * 0x100000001b3L;
        }

        Entry build(FacetsConfig config) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String[] f : facets) {
                if (seen.add(f[0] + '\u0000' + f[1])) {
                    doc.add(new SortedSetDocValuesFacetField(f[0], f[1]));
                }
            }
            doc.add(new NumericDocValuesField(Schema.FINGERPRINT, hash));
            try {
                return new Entry(id, hash, config.build(doc));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
