package org.sightline.model.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.sightline.model.SightlinePackage;

/**
 * What the model section of a version-2 workspace file holds, derived from the metamodel: for each concrete class of
 * the Sightline package, the features that are saved and how each is encoded. A feature added to the .ecore is saved
 * without a change here (its kind follows from its type); a kind this codec cannot encode fails here, when the class is
 * first loaded, not silently in a file. Read by {@link ModelWriter} and {@link ModelReader}.
 */
final class ModelSchema {

    /** How a feature's values are encoded; the code is written into the file's schema. */
    enum Kind {
        STRING(1), INT(2), LONG(3), DOUBLE(4), BOOLEAN(5), ENUM(6), DATE(7), INSTANT(8),
        /** any other data type: its factory's string form */
        DATA(9),
        /** a reference to an object of one of the corpus' lists: its index there */
        REF(10),
        /** a contained object, written in place */
        CONTAINED(11);

        final int code;

        Kind(int code) {
            this.code = code;
        }
    }

    /** The many-valued flag of a feature's code in the file. */
    static final int MANY = 0x40;

    /**
     * The string attributes whose values repeat across claims, mentions and documents (cues, source and mention texts,
     * extractor and rule ids, publishers, authors, languages, importer ids): version 2 writes each distinct value once,
     * in the string table; version 1's reader shares them as it reads them. One object per distinct value either way,
     * so the copies never fill the heap (measured: docs/storage.md).
     */
    static final Set<EStructuralFeature> SHARED_STRINGS = Set.of(SightlinePackage.Literals.CLAIM__CUE,
            SightlinePackage.Literals.CLAIM__SOURCE_TEXT, SightlinePackage.Literals.CLAIM__EXTRACTOR_ID,
            SightlinePackage.Literals.CLAIM__RULE, SightlinePackage.Literals.MENTION__TEXT,
            SightlinePackage.Literals.MENTION__EXTRACTOR_ID, SightlinePackage.Literals.DOCUMENT__PUBLISHER,
            SightlinePackage.Literals.DOCUMENT__AUTHOR, SightlinePackage.Literals.DOCUMENT__LANGUAGE,
            SightlinePackage.Literals.DOCUMENT__IMPORTER_ID);

    /** One saved feature of one class. */
    static final class Feature {
        final EStructuralFeature feature;
        /** the feature's id in the class that holds it (for {@code eSet(int, Object)}) */
        final int id;
        final Kind kind;
        final boolean many;
        final boolean shared;
        /** for REF: which of the corpus' lists holds the targets */
        final int table;
        final EDataType dataType;
        final EFactory dataFactory;
        /** for ENUM: the literal of each value from 0 up (values outside are looked up) */
        final Enumerator[] literals;

        Feature(EClass owner, EStructuralFeature feature, Kind kind, int table) {
            this.feature = feature;
            this.id = owner.getFeatureID(feature);
            this.kind = kind;
            this.many = feature.isMany();
            this.shared = SHARED_STRINGS.contains(feature);
            this.table = table;
            this.dataType = feature instanceof EAttribute a ? a.getEAttributeType() : null;
            this.dataFactory = dataType == null ? null : dataType.getEPackage().getEFactoryInstance();
            if (dataType instanceof EEnum e) {
                int max = e.getELiterals().stream().mapToInt(EEnumLiteral::getValue).max().orElse(-1);
                literals = new Enumerator[Math.max(0, Math.min(max + 1, 256))];
                for (EEnumLiteral l : e.getELiterals()) {
                    if (l.getValue() >= 0 && l.getValue() < literals.length) {
                        literals[l.getValue()] = l.getInstance();
                    }
                }
            } else {
                literals = null;
            }
        }

        int code() {
            return kind.code | (many ? MANY : 0);
        }

        String name() {
            return feature.getEContainingClass().getName() + "." + feature.getName();
        }

        Enumerator literal(int value) {
            Enumerator e = value >= 0 && value < literals.length ? literals[value] : null;
            if (e == null) {
                EEnumLiteral l = ((EEnum) dataType).getEEnumLiteral(value);
                e = l == null ? null : l.getInstance();
            }
            return e;
        }
    }

    /** The saved features of one concrete class, in the order of {@link EClass#getEAllStructuralFeatures()}. */
    static final class ClassInfo {
        final EClass eClass;
        final int index;
        final Feature[] features;

        ClassInfo(EClass eClass, int index, Feature[] features) {
            this.eClass = eClass;
            this.index = index;
            this.features = features;
        }
    }

    /** The one schema of this Sightline's model. */
    static final ModelSchema INSTANCE = new ModelSchema(SightlinePackage.eINSTANCE);

    /** The corpus' containment lists: references point into these, by index. */
    final EReference[] tables;
    final List<ClassInfo> classes = new ArrayList<>();
    private final Map<EClass, ClassInfo> byClass = new HashMap<>();
    private final Map<String, ClassInfo> byName = new HashMap<>();

    private ModelSchema(SightlinePackage pkg) {
        EClass root = pkg.getCorpus();
        List<EReference> lists = new ArrayList<>();
        for (EReference r : root.getEAllContainments()) {
            if (r.isMany()) {
                lists.add(r);
            }
        }
        tables = lists.toArray(EReference[]::new);
        for (EClassifier c : pkg.getEClassifiers()) {
            if (c instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                List<Feature> features = new ArrayList<>();
                for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
                    if (saved(f)) {
                        features.add(feature(eClass, f));
                    }
                }
                if (features.size() > 63) {
                    throw new IllegalStateException(eClass.getName() + " has more than 63 saved features; the set mask is a long");
                }
                ClassInfo info = new ClassInfo(eClass, classes.size(), features.toArray(Feature[]::new));
                classes.add(info);
                byClass.put(eClass, info);
                byName.put(eClass.getName(), info);
            }
        }
    }

    ClassInfo info(EClass eClass) {
        return byClass.get(eClass);
    }

    ClassInfo info(String name) {
        return byName.get(name);
    }

    /** The corpus list whose position in {@link #tables} is {@code table}. */
    int tableOf(EReference containment) {
        for (int i = 0; i < tables.length; i++) {
            if (tables[i] == containment) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Saved like EMF's own serializations: neither transient nor derived, and not the container side of a containment
     * (implied by where the object is written). Document.text goes to the file's text section instead.
     */
    private static boolean saved(EStructuralFeature f) {
        if (f.isTransient() || f.isDerived() || f == SightlinePackage.Literals.DOCUMENT__TEXT) {
            return false;
        }
        return !(f instanceof EReference r && r.getEOpposite() != null && r.getEOpposite().isContainment());
    }

    private Feature feature(EClass owner, EStructuralFeature f) {
        if (f instanceof EReference r) {
            if (r.isContainment()) {
                return new Feature(owner, f, Kind.CONTAINED, -1);
            }
            if (r.getEOpposite() != null) {
                throw new IllegalStateException(owner.getName() + "." + f.getName()
                        + ": a two-way reference the model section cannot set without its inverse");
            }
            int table = -1;
            for (int i = 0; i < tables.length; i++) {
                if (tables[i].getEReferenceType().isSuperTypeOf(r.getEReferenceType())) {
                    if (table >= 0) {
                        throw new IllegalStateException(owner.getName() + "." + f.getName() + ": its targets may lie in two corpus lists");
                    }
                    table = i;
                }
            }
            if (table < 0) {
                throw new IllegalStateException(owner.getName() + "." + f.getName() + ": its targets lie in no corpus list");
            }
            return new Feature(owner, f, Kind.REF, table);
        }
        EDataType type = ((EAttribute) f).getEAttributeType();
        Class<?> c = type.getInstanceClass();
        Kind kind;
        if (type instanceof EEnum) {
            kind = Kind.ENUM;
        } else if (c == String.class) {
            kind = Kind.STRING;
        } else if (c == int.class) {
            kind = Kind.INT;
        } else if (c == long.class) {
            kind = Kind.LONG;
        } else if (c == double.class) {
            kind = Kind.DOUBLE;
        } else if (c == boolean.class) {
            kind = Kind.BOOLEAN;
        } else if (c == LocalDate.class) {
            kind = Kind.DATE;
        } else if (c == Instant.class) {
            kind = Kind.INSTANT;
        } else {
            // wrapper types too: their string form carries null
            kind = Kind.DATA;
        }
        return new Feature(owner, f, kind, -1);
    }
}
