package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Issue 19: File > Export of a workspace with hypotheses writes the ACH matrix into the report. */
class AchExportStepsTest extends CurationSteps {

    // ---- 5. the ACH matrix in the workbench's export ---------------------------------------------------

    @Test
    void fileExportOfAWorkspaceWithHypothesesEndsTheReportWithTheAchMatrix() throws Exception {
        session.execute(new org.sightline.ui.session.api.Edit.AddHypothesis("Deterrence holds"));
        session.execute(new org.sightline.ui.session.api.Edit.AddHypothesis("Alliance weakens"));
        String h1 = session.corpus().getHypotheses().get(0).getId();
        String h2 = session.corpus().getHypotheses().get(1).getId();
        session.execute(new org.sightline.ui.session.api.Edit.AddAssessment(sample.reassurance.getId(), h1, org.sightline.model.Consistency.CC, 1));
        session.execute(new org.sightline.ui.session.api.Edit.AddAssessment(sample.reassurance.getId(), h2, org.sightline.model.Consistency.I, 1));
        Ui.flush();
        Path folder = dir.resolve("ach");
        AnalystStepsTest.exportThroughTheMenu("Markdown report", 0, folder, "report.md");
        String report = java.nio.file.Files.readString(folder.resolve("report.md"));
        int at = report.indexOf("\n## Analysis of competing hypotheses\n");
        assertTrue(at > 0, report);
        String ach = report.substring(at);
        assertTrue(ach.contains("| Evidence | Deterrence holds | Alliance weakens |"), ach);
        assertTrue(ach.contains("(" + sample.reassurance.getId() + ") | CC | I |"), ach);
        assertTrue(ach.contains("- rank 1: Deterrence holds"), ach);
    }
}
