package org.sightline.ui.analysis.tests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sightline.ui.analysis.tests.bench.AnalysisViewsBench;

/**
 * Starts {@link AnalysisViewsBench} inside the workbench runtime when the build passes
 * {@code -Dsightline.bench.args="-Dsightline.bench=DOCUMENTS[,RUNS[,WARMUP]]"}; skipped otherwise.
 * Not a test: it prints timings and asserts nothing.
 */
class AnalysisViewsBenchLauncher {

    @Test
    @EnabledIfSystemProperty(named = "sightline.bench", matches = "\\d+(,\\d+){0,2}")
    void bench() {
        String[] a = System.getProperty("sightline.bench").split(",");
        AnalysisViewsBench.run(TestCorpora.pressReleases(), Integer.parseInt(a[0]), a.length > 1 ? Integer.parseInt(a[1]) : 5,
                a.length > 2 ? Integer.parseInt(a[2]) : 1);
    }

    /** {@code -Dsightline.layoutbench=188,1000}: times the network layout at those numbers of actors. */
    @Test
    @EnabledIfSystemProperty(named = "sightline.layoutbench", matches = "\\d+(,\\d+)*")
    void layoutBench() {
        int[] counts = java.util.Arrays.stream(System.getProperty("sightline.layoutbench").split(",")).mapToInt(Integer::parseInt).toArray();
        org.sightline.ui.analysis.internal.NetworkLayoutBench.run(counts, 5, 1);
    }
}
