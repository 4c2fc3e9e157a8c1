package org.sightline.testing.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** The UI thread's event loop in UI tests: run it until something holds, or until nothing is pending. */
public final class EventLoop {

    private EventLoop() {
    }

    /** Runs the event loop until {@code condition} holds (jobs post their results to it); fails after {@code timeoutMs}. */
    public static void spinUntil(BooleanSupplier condition, long timeoutMs, String what) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out after " + timeoutMs + " ms waiting for: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { }); // wakes sleep() to test the condition again
                display.sleep();
            }
        }
    }

    /** Lets pending events (async refreshes, selection notifications, repaints) run. */
    public static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }
}
