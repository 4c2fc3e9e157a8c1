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
    private int barLength;
    private int lastDone;
    private int lastTotal;
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
            lastDone = done;
            lastTotal = total;
            drawBar("");
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
        // On a terminal it goes on the bar's line (the bar stays one line); in a log it is a line of its own.
        String note = Printable.escape("waiting for " + input + " (" + seconds + " s)");
        if (terminal) {
            drawBar(", " + note);
            return;
        }
        err.println("progress: " + note);
        err.flush();
    }

    /** Redraws the bar in place with {@code suffix}, blanking what a longer earlier line left. */
    private void drawBar(String suffix) {
        int filled = lastTotal <= 0 ? 0 : (int) ((long) BAR_WIDTH * lastDone / lastTotal);
        String line = "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + lastDone + "/" + Math.max(lastTotal, 0) + " inputs" + suffix;
        err.print("\r" + line + " ".repeat(Math.max(0, barLength - line.length())));
        if (barLength > line.length()) {
            err.print("\r" + line);
        }
        err.flush();
        barLength = line.length();
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r" + " ".repeat(barLength) + "\r");
            barShown = false;
            barLength = 0;
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
