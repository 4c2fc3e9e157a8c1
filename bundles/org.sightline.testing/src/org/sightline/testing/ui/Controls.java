package org.sightline.testing.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Widget trees in UI tests: finding a control by type, saving what a control shows. */
public final class Controls {

    private Controls() {
    }

    /** The first control of {@code type} in the tree below {@code c} (depth first, {@code c} included), or null. */
    public static <T extends Control> T find(Control c, Class<T> type) {
        return find(c, type, t -> true);
    }

    /** The first control of {@code type} that passes {@code test} in the tree below {@code c} (depth first), or null. */
    public static <T extends Control> T find(Control c, Class<T> type, Predicate<? super T> test) {
        List<T> found = all(c, type, test);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every control of {@code type} that passes {@code test} in the tree below {@code c}, depth first ({@code c} included). */
    public static <T extends Control> List<T> all(Control c, Class<T> type, Predicate<? super T> test) {
        List<T> out = new ArrayList<>();
        collect(c, type, test, out);
        return out;
    }

    private static <T extends Control> void collect(Control c, Class<T> type, Predicate<? super T> test, List<T> out) {
        if (type.isInstance(c) && test.test(type.cast(c))) {
            out.add(type.cast(c));
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, type, test, out);
            }
        }
    }

    /**
     * Saves what {@code control} shows as PNG {@code file} (folders made as needed). print() paints the control
     * itself into the image: windows of other programs on the same (shared) display cannot cover it, as they would
     * a copy of the screen.
     */
    public static Path savePng(Control control, Path file) {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            control.print(gc);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (var out = Files.newOutputStream(file)) {
                loader.save(out, SWT.IMAGE_PNG);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the screenshot " + file, e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
