package org.sightline.extract.claims.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.NlpModels;

/**
 * Prints every claim the pipeline finds in plain-text files, each with its rule id and the line it stands on, for
 * reading the claims of texts nobody annotated (a precision reading; docs/extraction.md, round 8):
 * {@code releng/scripts/bench.sh org.sightline.extract.claims.tests.ReadClaims FILE...}. A file that cannot be read is
 * named on standard error and the others are read.
 */
public final class ReadClaims {

    private ReadClaims() {
    }

    public static void main(String[] args) {
        for (String name : args) {
            Path file = Path.of(name);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                System.err.println(name + ": cannot be read (" + e.getMessage() + ")");
                continue;
            }
            AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
            List<ClaimRecord> claims = ClaimFinder.find(t, ActorRecognizer.recognize(t));
            for (int k = 0; k < claims.size(); k++) {
                ClaimRecord c = claims.get(k);
                System.out.println(file.getFileName() + "#" + k + " " + ClaimText.withRule(text, c));
                System.out.println("      :: " + line(text, c.cueSpan().begin()));
            }
        }
    }

    /** The line around offset {@code at}, without its line break. */
    private static String line(String text, int at) {
        int b = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int e = text.indexOf('\n', at);
        return text.substring(b, e < 0 ? text.length() : e).strip();
    }
}
