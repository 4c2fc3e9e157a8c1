package org.sightline.core.api;

import java.util.List;

import org.sightline.model.Document;

/**
 * What a pipeline run did.
 *
 * @param documents the documents added to the corpus, in input order
 * @param failures  inputs that failed as a whole, in the order they were met
 * @param contributionFailures contributions skipped on some document
 * @param attempted the files and pages the inputs stood for (a folder stands for each file in it),
 *                  read or failed: {@code failures} are among them
 *
 * @since 0.1.0
 */
public record RunResult(List<Document> documents, List<Failure> failures, List<Failure> contributionFailures, int attempted) {

    public RunResult {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
        contributionFailures = List.copyOf(contributionFailures);
    }

    /** Whether every input was analysed. */
    public boolean allSucceeded() {
        return failures.isEmpty();
    }

    /** One failure: the input (and contribution, when one failed) and the reason. */
    public record Failure(String input, String contributionId, String reason) {
    }
}
