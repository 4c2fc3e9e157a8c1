package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import java.util.Arrays;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.sightline.model.Corpus;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.testing.ui.Controls;
import org.sightline.testing.ui.EventLoop;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.session.api.Session;

/** Helpers for tests that drive the real workbench on the UI thread. */
final class Ui {

    private Ui() {
    }

    static IWorkbenchWindow window() {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(w, "the workbench has an active window");
        return w;
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** Shows (and activates) a view. */
    static <T extends IViewPart> T show(String id, Class<T> type) {
        try {
            return type.cast(page().showView(id));
        } catch (PartInitException e) {
            throw new AssertionError("cannot show view " + id, e);
        }
    }

    /** Runs the event loop until {@code condition} holds (jobs post their results to it). */
    static void spinUntil(BooleanSupplier condition, long timeoutMs, String what) {
        EventLoop.spinUntil(condition, timeoutMs, what);
    }

    /** Runs the event loop until the Documents and Actors views' counts (counted in a job) are those of the open workspace as it is now. */
    static void countsReady() {
        Session s = SessionService.get().current();
        spinUntil(() -> org.sightline.ui.internal.SessionCounts.of(s).isCurrent(), 30_000, "the counts of " + s.name());
    }

    /** Lets pending events (selection notifications, repaints) run. */
    static void flush() {
        EventLoop.flush();
    }

    /**
     * Saves {@code corpus} to {@code file} and makes it, the same objects, the workbench's open
     * workspace (so tests can hold on to its actors and claims).
     */
    static Session open(Corpus corpus, Path file) throws Exception {
        WorkspaceStore.save(corpus, file);
        Session s = Session.of(corpus, file, SessionService.recoveryRoot());
        SessionService.get().setCurrent(s);
        flush();
        return s;
    }

    /**
     * Answers the next modal dialog titled {@code title} by pressing the button labelled
     * {@code button} (mnemonic ampersands ignored; the dialog is closed when it has no such button);
     * {@code seen} gets the dialog's shell first.
     */
    static void answerDialog(String title, String button, Consumer<Shell> seen) {
        inDialog(title, s -> {
            if (seen != null) {
                seen.accept(s);
            }
            Button b = find(s, button);
            if (b != null) {
                b.notifyListeners(SWT.Selection, new Event());
            } else {
                s.close();
            }
        });
    }

    /** Presses the default button of the next modal dialog titled {@code title}. */
    static void pressDefaultButton(String title) {
        inDialog(title, s -> s.getDefaultButton().notifyListeners(SWT.Selection, new Event()));
    }

    /** Runs {@code steps} inside the next modal dialog titled {@code title}, from a timer in its own event loop. */
    static void inDialog(String title, Consumer<Shell> steps) {
        Display display = Display.getCurrent();
        display.timerExec(100, new Runnable() {
            int tries;

            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s.getText().contains(title) && s.isVisible()) {
                        steps.accept(s);
                        return;
                    }
                }
                if (++tries < 100) {
                    display.timerExec(100, this);
                }
            }
        });
    }

    private static Button find(Control c, String label) {
        return Controls.find(c, Button.class, b -> b.getText().replace("&", "").equals(label));
    }

    static Menu submenu(Menu menu, String label) {
        menu.notifyListeners(SWT.Show, new Event()); // the menu managers fill menus as they open
        for (MenuItem item : menu.getItems()) {
            if (item.getText().split("\t")[0].replace("&", "").equals(label) && item.getMenu() != null) {
                item.getMenu().notifyListeners(SWT.Show, new Event());
                return item.getMenu();
            }
        }
        throw new AssertionError("no menu " + label + " in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
    }
    static void choose(Menu menu, String label) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText().split("\t")[0].replace("&", "").replace("...", "").equals(label)) {
                assertTrue(item.isEnabled(), label + " is enabled");
                item.notifyListeners(SWT.Selection, new Event());
                Ui.flush();
                return;
            }
        }
        throw new AssertionError("no item " + label + " in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
    }
    static int indexOf(Table table, String firstColumn) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(0).equals(firstColumn)) {
                return i;
            }
        }
        throw new AssertionError("no row " + firstColumn);
    }
    static <T extends Control> T find(Control root, Class<T> type) {
        return Controls.find(root, type);
    }
}
