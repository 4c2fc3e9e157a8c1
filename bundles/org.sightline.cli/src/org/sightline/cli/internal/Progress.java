package org.sightline.cli.internal;

import java.io.PrintStream;

import org.sightline.core.api.Contribution;
import org.sightline.core.api.PipelineListener;

/**
 * Progress and errors of a batch run on standard error: a bar redrawn in place when stderr is a
 * terminal, otherwise a line every tenth of the run (at most one per two seconds), so logs stay
 * short. Failed inputs are one {@code error: INPUT: REASON} line each, as scripts expect.
 */
final class Progress implements PipelineListener {

    private static final long LINE_INTERVAL_NANOS = 2_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastLine;
    private int lastDecile;
    private boolean barShown;
    private final java.util.Set<String> warned = new java.util.HashSet<>();

    Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void progress(int done, int total) {
        if (total <= 0) {
            return;
        }
        if (terminal) {
            int filled = (int) ((long) BAR_WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + " inputs");
            err.flush();
            barShown = true;
            return;
        }
        int decile = (int) (10L * done / total);
        long now = System.nanoTime();
        if (total > 1 && decile > lastDecile && (now - lastLine >= LINE_INTERVAL_NANOS || done == total)) {
            lastDecile = decile;
            lastLine = now;
            err.printf(java.util.Locale.ROOT, "progress: %d/%d inputs (%d%%), %.1f s%n", done, total, 100L * done / total, (now - start) / 1e9);
        }
    }

    @Override
    public void inputFailed(String input, String reason) {
        clearBar();
        err.println(Printable.escape("error: " + input + ": " + reason));
    }

    @Override
    public void contributionFailed(Contribution contribution, String input, String reason, Throwable error) {
        clearBar();
        err.println(Printable.escape("warning: " + input + ": " + contribution.kind().label() + " " + contribution.id() + " " + reason + "; skipped for this document"));
    }

    @Override
    public void contributionWarning(Contribution contribution, String input, String message) {
        // The same problem (a broken dictionary, say) would otherwise repeat for every document.
        if (warned.add(contribution.id() + "\u0000" + message)) {
            clearBar();
            err.println(Printable.escape("warning: " + contribution.kind().label() + " " + contribution.id() + ": " + message + " (first seen on " + input + ")"));
        }
    }

    @Override
    public void waiting(String input, long seconds) {
        // A slow download or a long document: say what the run waits for, so that silence is never mistaken for a hang.
        clearBar();
        err.println(Printable.escape("progress: waiting for " + input + " (" + seconds + " s)"));
        err.flush();
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r" + " ".repeat(BAR_WIDTH + 24) + "\r");
            barShown = false;
        }
    }

    void finish() {
        if (barShown) {
            err.println();
            barShown = false;
        }
        err.flush();
    }
}
