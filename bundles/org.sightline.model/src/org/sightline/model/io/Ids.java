package org.sightline.model.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.sightline.model.Corpus;
import org.sightline.model.Identified;
import org.sightline.model.SightlinePackage;

/**
 * Allocates stable ids: a prefix per class plus the next free number in the corpus ("d1", "a1", "c1", "m1", "r1", "h1",
 * "s1"). Ids are never reused while the object that holds one exists, so references in saved files stay valid.
 * <p>
 * An instance scans the corpus once, when it first allocates, and then counts on, which makes bulk import O(n); it
 * assumes no one else allocates ids in the same corpus meanwhile. The static {@link #next(Corpus, EClass)} rescans every
 * time. The scan visits only the objects that can hold an id and the containments that can lead to one (at 100,000
 * documents the mentions and claims, not their 4 million spans), and makes no {@code eContents} lists: EMF's
 * {@code eAllContents} walk made one for each of 12 million objects, and ran out of a 1.5 GB heap on the first edit
 * of such a workspace (measured).
 *
 * @since 0.1.0
 */
public final class Ids {

    private final Map<String, Integer> highest = new HashMap<>();
    /** The corpus still to scan (on the first allocation), else null. */
    private Corpus unscanned;

    private Ids(Corpus corpus) {
        this.unscanned = corpus;
    }

    private void scanOnce() {
        Corpus corpus = unscanned;
        if (corpus != null) {
            unscanned = null;
            scan(corpus);
        }
    }

    /** Records the ids inside {@code owner}, along the containments that can hold one. */
    private void scan(EObject owner) {
        for (EReference containment : holders(owner.eClass())) {
            Object value = owner.eGet(containment, false);
            if (value instanceof List<?> list) {
                for (int i = 0, n = list.size(); i < n; i++) {
                    visit((EObject) list.get(i));
                }
            } else if (value != null) {
                visit((EObject) value);
            }
        }
    }

    private void visit(EObject o) {
        if (o instanceof Identified identified && identified.getId() != null) {
            record(identified.getId());
        }
        scan(o);
    }

    private static final Map<EClass, List<EReference>> HOLDERS = new ConcurrentHashMap<>();

    /** The containments of {@code eClass} whose objects have ids or can contain some, further down. */
    private static List<EReference> holders(EClass eClass) {
        return HOLDERS.computeIfAbsent(eClass, c -> c.getEAllContainments().stream()
                .filter(r -> mayHoldIds(r.getEReferenceType(), new HashSet<>())).toList());
    }

    /** Whether an object of {@code type} (or of a subclass in its package) has an id or can contain one. */
    private static boolean mayHoldIds(EClass type, Set<EClass> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type.getEPackage() != SightlinePackage.eINSTANCE) {
            return true; // a class of another package (EObject itself): anything may be in it
        }
        for (EClassifier classifier : SightlinePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass sub && type.isSuperTypeOf(sub)
                    && (SightlinePackage.Literals.IDENTIFIED.isSuperTypeOf(sub)
                            || sub.getEAllContainments().stream().anyMatch(r -> mayHoldIds(r.getEReferenceType(), seen)))) {
                return true;
            }
        }
        return false;
    }

    /** An allocator for {@code corpus}, starting after the highest number in use for each prefix. */
    public static Ids of(Corpus corpus) {
        if (corpus == null) {
            throw new IllegalArgumentException("corpus is null");
        }
        return new Ids(corpus);
    }

    /** The next free id for objects of {@code eClass} in {@code corpus} (scans the corpus). */
    public static String next(Corpus corpus, EClass eClass) {
        return of(corpus).next(eClass);
    }

    /**
     * The id prefix of a class: Document d, Actor a, Claim c, Mention m, ClaimRelation r, Hypothesis h, Assessment s.
     */
    public static String prefixOf(EClass eClass) {
        return switch (eClass.getClassifierID()) {
            case SightlinePackage.DOCUMENT -> "d";
            case SightlinePackage.ACTOR -> "a";
            case SightlinePackage.CLAIM -> "c";
            case SightlinePackage.MENTION -> "m";
            case SightlinePackage.CLAIM_RELATION -> "r";
            case SightlinePackage.HYPOTHESIS -> "h";
            case SightlinePackage.ASSESSMENT -> "s";
            default -> throw new IllegalArgumentException(eClass.getName() + " has no id prefix");
        };
    }

    /** Allocates the next id for {@code eClass}. */
    public String next(EClass eClass) {
        scanOnce();
        String prefix = prefixOf(eClass);
        int number = highest.merge(prefix, 1, Integer::sum);
        return prefix + number;
    }

    /** Gives {@code object} a new id if it has none; returns its id. */
    public String assign(Identified object) {
        scanOnce();
        if (object.getId() == null || object.getId().isEmpty()) {
            object.setId(next(object.eClass()));
        } else {
            record(object.getId());
        }
        return object.getId();
    }

    /** Gives every object of the corpus without an id a new one. */
    public static void assignMissing(Corpus corpus) {
        Ids ids = of(corpus);
        for (Iterator<EObject> it = corpus.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified) {
                ids.assign(identified);
            }
        }
    }

    private void record(String id) {
        int digits = id.length();
        while (digits > 0 && Character.isDigit(id.charAt(digits - 1))) {
            digits--;
        }
        if (digits == 0 || digits == id.length() || id.length() - digits > 9) {
            return; // not of the form <letters><number>: cannot collide with allocated ids
        }
        highest.merge(id.substring(0, digits), Integer.parseInt(id.substring(digits)), Math::max);
    }
}
