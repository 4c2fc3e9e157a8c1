package org.sightline.model.io;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.sightline.model.Corpus;
import org.sightline.model.Identified;
import org.sightline.model.SightlinePackage;

/**
 * Allocates stable ids: a prefix per class plus the next free number in the corpus ("d1", "a1", "c1", "m1", "r1", "h1",
 * "s1"). Ids are never reused while the object that holds one exists, so references in saved files stay valid.
 * <p>
 * An instance scans the corpus once and then counts on, which makes bulk import O(n); it assumes no one else allocates
 * ids in the same corpus meanwhile. The static {@link #next(Corpus, EClass)} rescans every time.
 *
 * @since 0.1.0
 */
public final class Ids {

    private final Map<String, Integer> highest = new HashMap<>();

    private Ids(Corpus corpus) {
        for (Iterator<EObject> it = corpus.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified && identified.getId() != null) {
                record(identified.getId());
            }
        }
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
        String prefix = prefixOf(eClass);
        int number = highest.merge(prefix, 1, Integer::sum);
        return prefix + number;
    }

    /** Gives {@code object} a new id if it has none; returns its id. */
    public String assign(Identified object) {
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
