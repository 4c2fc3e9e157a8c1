package org.sightline.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.sightline.model.io.WorkspaceException;
import org.sightline.model.io.WorkspaceStore;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The workspace reader (XMI and binary, format detection) on arbitrary file content. */
class WorkspaceReaderFuzzTest {

    private static Path dir;

    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("sightline-fuzz");
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void loadWorkspace(byte[] content) throws IOException {
        Path file = dir.resolve("fuzz.sightline");
        Files.write(file, content);
        try {
            WorkspaceStore.load(file);
        } catch (WorkspaceException e) {
            if (e.getMessage() == null) {
                throw new AssertionError("a refusal without a message", e);
            }
        }
    }
}
