package org.sightline.testing.ui;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Optional;

import org.eclipse.swt.graphics.Point;

/**
 * Real pointer input through the X server's XTest extension (libXtst, which Xvfb serves), for what
 * {@link org.eclipse.swt.widgets.Display#post} cannot do on GTK 3: a button held down as the X server
 * sees it, so the motions it reports carry the button (a drag). Called on the UI thread, on GDK's own
 * X connection. The foreign-function API is final in Java 22; the bundles compile for Java 21, where it is
 * a preview, so it is reached by reflection (the tests run on Java 25).
 */
final class XTest {

    private static XTest instance;

    private final Object display;
    private final MethodHandle fakeMotion;
    private final MethodHandle fakeButton;
    private final MethodHandle flush;

    private XTest() throws ReflectiveOperationException {
        Class<?> segment = Class.forName("java.lang.foreign.MemorySegment");
        Class<?> arena = Class.forName("java.lang.foreign.Arena");
        Class<?> lookup = Class.forName("java.lang.foreign.SymbolLookup");
        Class<?> layout = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> values = Class.forName("java.lang.foreign.ValueLayout");
        Class<?> descriptor = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
        Class<?> option = Class.forName("java.lang.foreign.Linker$Option");
        Object global = arena.getMethod("global").invoke(null);
        Method library = lookup.getMethod("libraryLookup", String.class, arena);
        Method find = lookup.getMethod("find", String.class);
        Method of = descriptor.getMethod("of", layout, layout.arrayType());
        Method downcall = linkerType.getMethod("downcallHandle", segment, descriptor, option.arrayType());
        Object linker = linkerType.getMethod("nativeLinker").invoke(null);
        Object address = values.getField("ADDRESS").get(null);
        Object integer = values.getField("JAVA_INT").get(null);
        Object word = values.getField("JAVA_LONG").get(null);
        Object gdk = library.invoke(null, "libgdk-3.so.0", global);
        Object xtst = library.invoke(null, "libXtst.so.6", global);
        Object x11 = library.invoke(null, "libX11.so.6", global);
        class Handles {
            MethodHandle of(Object lib, String name, Object result, Object... args) throws ReflectiveOperationException {
                Object symbol = ((Optional<?>) find.invoke(lib, name)).orElseThrow(() -> new IllegalStateException("no symbol " + name));
                Object params = Array.newInstance(layout, args.length);
                for (int i = 0; i < args.length; i++) {
                    Array.set(params, i, args[i]);
                }
                return (MethodHandle) downcall.invoke(linker, symbol, of.invoke(null, result, params), Array.newInstance(option, 0));
            }
        }
        Handles h = new Handles();
        try {
            Object gdkDisplay = h.of(gdk, "gdk_display_get_default", address).invoke();
            display = h.of(gdk, "gdk_x11_display_get_xdisplay", address, address).invoke(gdkDisplay);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot reach GDK's X display (is this GTK 3 on X11?)", e);
        }
        fakeMotion = h.of(xtst, "XTestFakeMotionEvent", integer, address, integer, integer, integer, word);
        fakeButton = h.of(xtst, "XTestFakeButtonEvent", integer, address, integer, integer, word);
        flush = h.of(x11, "XFlush", integer, address);
    }

    static synchronized XTest get() {
        if (instance == null) {
            try {
                instance = new XTest();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("XTest through the foreign-function API (Java 22+) is not available: " + e, e);
            }
        }
        return instance;
    }

    /** Moves the pointer to {@code p} (display coordinates) as a real motion. */
    void move(Point p) {
        call(fakeMotion, display, -1, p.x, p.y, 0L);
    }

    /** Presses or releases the left button where the pointer is. */
    void button(boolean down) {
        call(fakeButton, display, 1, down ? 1 : 0, 0L);
    }

    private void call(MethodHandle handle, Object... args) {
        try {
            int sent = (int) handle.invokeWithArguments(args);
            if (sent == 0) {
                throw new AssertionError("the X server refused an XTest event (no XTEST extension?)");
            }
            flush.invokeWithArguments(display);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
