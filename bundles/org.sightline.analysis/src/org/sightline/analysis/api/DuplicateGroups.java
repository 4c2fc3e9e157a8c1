package org.sightline.analysis.api;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * The groups of near-duplicate documents of a corpus (Document.duplicateOf, set on import by
 * org.sightline.core.api.NearDuplicates): each original with the copies that repeat it. The analyses
 * count a group's claims once, from the original; this lists what they left out.
 *
 * @param groups the originals that have copies, in corpus order, each with its copies in corpus order
 * @since 0.2.0
 */
public record DuplicateGroups(Map<Document, List<Document>> groups) {

    public DuplicateGroups {
        Map<Document, List<Document>> copy = new LinkedHashMap<>();
        groups.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        groups = java.util.Collections.unmodifiableMap(copy);
    }

    /** The groups of {@code corpus}. */
    public static DuplicateGroups of(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus");
        Map<Document, List<Document>> groups = new LinkedHashMap<>();
        Map<Document, Document> root = new IdentityHashMap<>();
        for (Document d : corpus.getDocuments()) {
            Document original = d.getDuplicateOf();
            // Follow a chain an analyst may have made by hand, without looping on a cycle.
            for (int i = 0; original != null && original.getDuplicateOf() != null && i < corpus.getDocuments().size(); i++) {
                original = original.getDuplicateOf();
            }
            if (original != null) {
                root.put(d, original);
            }
        }
        for (Document d : corpus.getDocuments()) {
            if (root.containsKey(d)) {
                groups.computeIfAbsent(root.get(d), k -> new ArrayList<>()).add(d);
            }
        }
        return new DuplicateGroups(groups);
    }

    /** The copies of {@code original} (empty when it has none). */
    public List<Document> copiesOf(Document original) {
        return groups.getOrDefault(original, List.of());
    }

    /** The copies of the document that holds {@code claim}: where the same claim appeared again. */
    public List<Document> copiesOf(Claim claim) {
        return claim.getDocument() == null ? List.of() : copiesOf(claim.getDocument());
    }

    /** How many documents are copies of another (their claims are not counted). */
    public int copies() {
        return groups.values().stream().mapToInt(List::size).sum();
    }
}
