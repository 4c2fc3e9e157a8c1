package org.sightline.model.io;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.sightline.model.Corpus;
import org.sightline.model.SightlinePackage;

/**
 * Validates a corpus with EMF's Diagnostician, which runs the generated SightlineValidator: multiplicities, unique
 * ids, spans inside their document's text and equal to the stored surface texts, partOf without cycles, references
 * inside the corpus, confidence in 0..1, weights >= 0, content hashes.
 *
 * @since 0.1.0
 */
public final class Validation {

    private Validation() {
    }

    /** The diagnostic tree for {@code corpus}; severity OK when everything holds. */
    public static Diagnostic validate(Corpus corpus) {
        SightlinePackage.eINSTANCE.eClass(); // registers the validator when running without OSGi
        return Diagnostician.INSTANCE.validate(corpus);
    }

    /** The leaf diagnostics of at least WARNING severity, flattened (for logs and tests). */
    public static List<Diagnostic> problems(Diagnostic diagnostic) {
        List<Diagnostic> result = new ArrayList<>();
        collect(diagnostic, result);
        return result;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> result) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                result.add(diagnostic);
            }
        } else {
            diagnostic.getChildren().forEach(child -> collect(child, result));
        }
    }
}
