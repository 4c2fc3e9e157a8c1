package org.sightline.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Identified;
import org.sightline.model.SightlineFactory;
import org.sightline.model.SightlinePackage;
import org.sightline.model.io.WorkspaceException;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.testing.SampleArticle;

/**
 * The model section of format 2 (ModelWriter, ModelReader): every attribute and reference of every class survives a
 * round trip, through the chunked and parallel path too; damage anywhere in it is named as version 1's is.
 */
class ModelSectionTest {

    @TempDir
    Path dir;

    private static final String TEXT = "A text of some length, with an é and an Ω and a 😀, for spans to fit into.";

    @Test
    void everyFeatureOfEveryClassSurvivesARoundTrip() throws IOException {
        Corpus corpus = filledCorpus();
        // the guard: each feature of the .ecore is set somewhere, so one the codec left out would fail the comparison
        Set<EStructuralFeature> set = new HashSet<>();
        List<EObject> all = new ArrayList<>(List.of(corpus));
        corpus.eAllContents().forEachRemaining(all::add);
        for (EObject o : all) {
            for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
                if (o.eIsSet(f)) {
                    set.add(f);
                }
            }
        }
        for (EClass c : concreteClasses()) {
            for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
                assertTrue(set.contains(f) || f.isDerived(), c.getName() + "." + f.getName() + " is set in the test corpus");
            }
        }

        for (int chunk : new int[] { 2, ModelWriter.CHUNK }) {
            Path file = dir.resolve("all-" + chunk + ".sightline");
            write(corpus, file, chunk);
            Corpus loaded = WorkspaceStore.load(file);
            assertTrue(new EcoreUtil.EqualityHelper().equals(corpus, loaded), "chunks of " + chunk + ": the corpus read back differs");
            assertEquals(TEXT, loaded.getDocuments().get(0).getText());
            // references into the same list, written before their target: set at the end
            assertSame(loaded.getActors().get(2), loaded.getActors().get(0).getPartOf());
            Document proxy = loaded.getDocuments().get(1).getDuplicateOf();
            assertTrue(proxy.eIsProxy(), "a reference into another file stays a proxy");
            assertEquals(URI.createURI("file:/elsewhere.sightline#d9"), ((InternalEObject) proxy).eProxyURI());
            for (var it = loaded.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Identified o) {
                    assertSame(o, loaded.eResource().getEObject(o.getId()), o.getId());
                }
            }
        }
    }

    @Test
    void theAnalysedSampleReadsTheSameInChunksOnAllCores() throws IOException {
        SampleArticle sample = new SampleArticle().withAnalysis();
        Path one = dir.resolve("one.sightline");
        Path chunked = dir.resolve("chunked.sightline");
        write(sample.corpus, one, ModelWriter.CHUNK);
        write(sample.corpus, chunked, 3);
        Corpus a = WorkspaceStore.load(one);
        Corpus b = WorkspaceStore.load(chunked);
        assertTrue(EcoreUtil.equals(sample.corpus, a));
        assertTrue(EcoreUtil.equals(a, b));
        assertEquals(2, ByteBuffer.wrap(Files.readAllBytes(one), 8, 4).getInt(), "format version");
        // the string table: equal cues are one String
        List<String> cues = b.getClaims().stream().map(c -> c.getCue()).filter(c -> c != null).toList();
        for (String cue : cues) {
            assertSame(cues.stream().filter(cue::equals).findFirst().orElseThrow(), cue);
        }
    }

    @Test
    void damageAnywhereInTheModelSectionIsNamed() throws IOException {
        Path file = dir.resolve("w.sightline");
        write(new SampleArticle().withAnalysis().corpus, file, 3);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer trailer = ByteBuffer.wrap(bytes, bytes.length - 28, 28);
        int textsOffset = (int) trailer.getLong();
        // the schema, the objects, the string table, the directory, the footer
        for (int at : new int[] { 13, 200, textsOffset / 2, textsOffset - 60, textsOffset - 30, textsOffset - 3 }) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x41;
            Path copy = dir.resolve("damaged-" + at + ".sightline");
            Files.write(copy, damaged);
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.load(copy), "damage at " + at);
            assertTrue(e.getMessage().contains(copy.getFileName().toString())
                    && e.getMessage().contains("damaged or unreadable workspace file (checksum mismatch in the model section)"), e.getMessage());
        }
    }

    private static void write(Corpus corpus, Path file, int chunk) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            BinaryWorkspace.write(corpus, out, chunk);
        }
    }

    private static List<EClass> concreteClasses() {
        return SightlinePackage.eINSTANCE.getEClassifiers().stream().filter(c -> c instanceof EClass e && !e.isAbstract())
                .map(EClass.class::cast).toList();
    }

    /**
     * A corpus in which every attribute and reference of every class holds a value other than its default, built from
     * the metamodel (so a feature added to the .ecore is set here too): three objects in each containment list (more
     * than a chunk of two), references to the last object of their list (written before it), one to another file.
     */
    private static Corpus filledCorpus() {
        Corpus corpus = SightlineFactory.eINSTANCE.createCorpus();
        List<EObject> made = new ArrayList<>();
        fill(corpus, made);
        for (EObject o : made) {
            for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
                if (f instanceof EReference r && !r.isContainment() && !r.isContainer() && !r.isDerived()) {
                    List<?> targets = (List<?>) corpus.eGet(tableOf(r));
                    Object last = targets.get(targets.size() - 1);
                    if (r.isMany()) {
                        @SuppressWarnings("unchecked")
                        List<Object> list = (List<Object>) o.eGet(r);
                        list.add(targets.get(0));
                        list.add(last);
                    } else {
                        o.eSet(r, last);
                    }
                }
            }
        }
        Document second = corpus.getDocuments().get(1);
        Document elsewhere = SightlineFactory.eINSTANCE.createDocument();
        ((InternalEObject) elsewhere).eSetProxyURI(URI.createURI("file:/elsewhere.sightline#d9"));
        second.setDuplicateOf(elsewhere);
        return corpus;
    }

    private static EReference tableOf(EReference r) {
        for (EReference list : SightlinePackage.Literals.CORPUS.getEAllContainments()) {
            if (list.getEReferenceType().isSuperTypeOf(r.getEReferenceType())) {
                return list;
            }
        }
        throw new AssertionError("no corpus list holds " + r.getName());
    }

    private static int counter;

    @SuppressWarnings("unchecked")
    private static void fill(EObject o, List<EObject> made) {
        made.add(o);
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            if (f.isDerived() || !f.isChangeable()) {
                continue;
            }
            if (f instanceof EAttribute a) {
                if (f.isMany()) {
                    ((List<Object>) o.eGet(f)).addAll(List.of(value(o, a), value(o, a)));
                } else {
                    o.eSet(f, value(o, a));
                }
            } else if (f instanceof EReference r && r.isContainment()) {
                int n = r.isMany() ? 3 : 1;
                for (int i = 0; i < n; i++) {
                    EObject child = SightlineFactory.eINSTANCE.create(r.getEReferenceType().isAbstract() ? SightlinePackage.Literals.TEXT_SPAN : r.getEReferenceType());
                    if (r.isMany()) {
                        ((List<Object>) o.eGet(f)).add(child);
                    } else {
                        o.eSet(f, child);
                    }
                    fill(child, made);
                }
            }
        }
    }

    private static Object value(EObject owner, EAttribute a) {
        EDataType type = a.getEAttributeType();
        Class<?> c = type.getInstanceClass();
        if (a == SightlinePackage.Literals.DOCUMENT__TEXT) {
            return TEXT;
        }
        if (a == SightlinePackage.Literals.CORPUS__SCHEMA_VERSION) {
            return WorkspaceStore.SCHEMA_VERSION;
        }
        if (a.isID()) {
            return owner.eClass().getName().toLowerCase() + (++counter);
        }
        if (type instanceof EEnum e) {
            return e.getELiterals().get(e.getELiterals().size() - 1).getInstance();
        }
        if (c == String.class) {
            // repeated values (the string table) and some beyond Latin-1
            return a.getName() + (counter++ % 2 == 0 ? " Ω" : " é");
        }
        if (c == int.class) {
            return a == SightlinePackage.Literals.TEXT_SPAN__BEGIN ? 3 : 7;
        }
        if (c == double.class) {
            return 0.375;
        }
        if (c == boolean.class) {
            return true;
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2024, 2, 29);
        }
        if (c == Instant.class) {
            return Instant.parse("2026-12-04T10:15:30.123456789Z");
        }
        Object v = type.getDefaultValue();
        assertNotNull(v, "a value for " + a.getName() + " of type " + type.getName() + ": add one to this test");
        return v;
    }
}
