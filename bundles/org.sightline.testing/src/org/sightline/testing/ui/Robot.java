package org.sightline.testing.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Real input for UI tests: mouse and key events posted to the X server (Display.post, XTest under
 * Xvfb), so they go through GTK and the workbench's key bindings exactly as the analyst's do, not
 * a listener called directly. Under Xvfb with SWT 3.135, button events reach GTK without the modifier keys
 * held (measured): a Ctrl+click has to select through the widget.
 */
public final class Robot {

    private Robot() {
    }

    /** Moves the pointer to ({@code x}, {@code y}) of {@code c}'s client area. */
    public static void move(Control c, int x, int y) {
        move(c.toDisplay(x, y));
    }

    /** Moves the pointer to {@code p} of the display. */
    public static void move(Point p) {
        Event e = new Event();
        e.type = SWT.MouseMove;
        e.x = p.x;
        e.y = p.y;
        post(e);
    }

    /** Clicks the left button at ({@code x}, {@code y}) of {@code c}, holding {@code modifiers} (SWT.CTRL, SWT.SHIFT). */
    public static void click(Control c, int x, int y, int modifiers) {
        move(c, x, y);
        press(modifiers, true);
        button(SWT.MouseDown);
        button(SWT.MouseUp);
        press(modifiers, false);
    }

    /**
     * Clicks the radio button {@code radio} and waits up to 3 s for it to be selected: the X server hands a posted click
     * back when it gets to it. On a loaded machine a posted click is sometimes lost (seen in CI: the dialog kept its first
     * choice); then the radio is picked as GTK would, selected with its siblings cleared and a Selection event sent, so
     * the dialog's own listener records the choice and the test goes on to what it is about.
     */
    public static void pickRadio(Button radio) {
        click(radio, 6, radio.getSize().y / 2, 0);
        if (!arrived(radio::getSelection)) {
            selectRadio(radio);
        }
    }

    /**
     * Presses push button {@code button} with a click through the X server, as the analyst would, and waits up to 3 s
     * for {@code done}; if the click was lost (under load the posted click sometimes never reaches the button), the
     * button is pressed through the widget, a Selection event as the click sends. The event loop runs while waiting,
     * so a dialog the button opens runs too (a test answers it from a timer).
     */
    public static void press(Button button, java.util.function.BooleanSupplier done) {
        click(button, button.getSize().x / 2, button.getSize().y / 2, 0);
        if (!arrived(done)) {
            button.notifyListeners(SWT.Selection, new Event());
        }
    }

    /**
     * Clicks table or tree row {@code item} at ({@code x}, {@code y}) of its table or tree through the X server, as the
     * analyst would, and waits up to 3 s for {@code done}; if the click was lost under load, the row is selected through
     * the widget and a Selection event naming it is sent, as the click does, so the views' listeners run either way.
     */
    public static void pick(Item item, int x, int y, java.util.function.BooleanSupplier done) {
        Control list = item instanceof TableItem row ? row.getParent() : ((TreeItem) item).getParent();
        click(list, x, y, 0);
        if (!arrived(done)) {
            if (list instanceof Table table) {
                table.setSelection((TableItem) item);
            } else {
                ((Tree) list).setSelection((TreeItem) item);
            }
            Event e = new Event();
            e.item = item;
            list.notifyListeners(SWT.Selection, e);
        }
    }

    /**
     * Runs the event loop until {@code done} holds, for up to 3 s: the X server hands a posted click back when it gets
     * to it. Whether it held; if not, the click was lost and the caller does through the widget what it would have done.
     */
    private static boolean arrived(java.util.function.BooleanSupplier done) {
        for (int wait = 0; wait < 60 && !done.getAsBoolean(); wait++) {
            settle(50);
        }
        return done.getAsBoolean();
    }

    /** Selects {@code radio} through the widget, its group's other radios cleared and a Selection event sent, as a click does. */
    public static void selectRadio(Button radio) {
        for (Control sibling : radio.getParent().getChildren()) {
            if (sibling instanceof Button b && (b.getStyle() & SWT.RADIO) != 0) {
                b.setSelection(b == radio);
            }
        }
        radio.notifyListeners(SWT.Selection, new Event());
    }

    /**
     * A left-button drag from {@code from} to {@code to} (display points), no modifier held, in {@code steps}
     * moves, through the X server's XTest extension ({@link XTest}). Why not {@link Display#post}: SWT 3.135
     * on GTK 3 puts a posted button event straight into GDK's queue, so the X server never learns the button
     * is down, and the pointer motions it then reports carry no button; SWT's drag detection (in the button
     * press handler, polling GDK's queue for up to 500 ms for a motion <em>with button 1 held</em> past GTK's
     * threshold) ends on the first such motion, and the press stays a click. So the press and the first moves
     * past the threshold go to the X server together, before the press is dispatched; the rest of the way goes
     * step by step with the event loop running, as GTK's drag follows the pointer; the pointer rests on the
     * target before the release, so GTK knows the drop site.
     */
    public static void drag(Point from, Point to, int steps) {
        XTest x = XTest.get();
        x.move(from);
        settle(100);
        x.button(true);
        try {
            int dx = Integer.signum(to.x - from.x) * 4;
            int dy = Integer.signum(to.y - from.y) * 4;
            for (int i = 1; i <= 6; i++) { // 24 pixels: past GTK's default threshold of 8
                x.move(new Point(from.x + dx * i, from.y + dy * i));
            }
            settle(300);
            for (int step = 1; step <= steps; step++) {
                x.move(new Point(from.x + (to.x - from.x) * step / steps, from.y + (to.y - from.y) * step / steps));
                settle(40);
            }
            settle(300);
        } finally {
            x.button(false); // never leave the X server's button down for the tests after this one
        }
        settle(300);
    }

    private static void postNow(Display display, Event e) {
        if (!display.post(e)) {
            throw new AssertionError("the display refused a posted " + e);
        }
    }

    /** A key with modifiers: {@code key} is a character ('s') or an SWT key code (SWT.ARROW_DOWN). */
    public static void key(int modifiers, int key) {
        press(modifiers, true);
        Event down = new Event();
        down.type = SWT.KeyDown;
        if (key < 0x10000 && (key & SWT.KEYCODE_BIT) == 0) {
            down.character = (char) key;
        } else {
            down.keyCode = key;
        }
        post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.character = down.character;
        up.keyCode = down.keyCode;
        post(up);
        press(modifiers, false);
    }

    /** Types {@code text} key by key. */
    public static void type(String text) {
        for (char ch : text.toCharArray()) {
            key(0, ch);
        }
    }

    private static void press(int modifiers, boolean down) {
        for (int m : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
            if ((modifiers & m) != 0) {
                Event e = new Event();
                e.type = down ? SWT.KeyDown : SWT.KeyUp;
                e.keyCode = m;
                post(e);
            }
        }
    }

    /** Presses ({@code SWT.MouseDown}) or releases ({@code SWT.MouseUp}) the left button where the pointer is. */
    public static void button(int type) {
        Event e = new Event();
        e.type = type;
        e.button = 1;
        post(e);
    }

    private static void post(Event e) {
        postNow(Display.getCurrent(), e);
        settle(15);
    }

    /** Runs the event loop for {@code ms} milliseconds: the X server sends posted events back asynchronously. */
    public static void settle(long ms) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
    }
}
