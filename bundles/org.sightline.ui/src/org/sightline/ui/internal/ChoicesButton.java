package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A drop-down of check items for choosing several values at once (the Claims view's types and
 * modalities): the button names the choice ("All types", "Warning", "Warning, Denial", "3 types"),
 * a click opens the menu, each item toggles one value, the first item chooses all again. Nothing
 * chosen means any value, as the claims filter reads an empty set.
 */
public final class ChoicesButton<E> {

    private final Button button;
    private final Menu menu;
    private final List<E> values;
    private final Function<E, String> label;
    private final String all;
    private final String plural;
    private final Set<E> chosen = new LinkedHashSet<>();
    private final List<MenuItem> items = new ArrayList<>();
    private final MenuItem anyItem;
    private Runnable onChange = () -> { };

    /** @param all the text for "no value chosen" ("All types"); @param plural what several are called ("types") */
    ChoicesButton(Composite parent, List<E> values, Function<E, String> label, String all, String plural) {
        this.values = List.copyOf(values);
        this.label = label;
        this.all = all;
        this.plural = plural;
        button = new Button(parent, SWT.PUSH);
        menu = new Menu(button);
        button.setMenu(menu);
        anyItem = new MenuItem(menu, SWT.CHECK);
        anyItem.setText(all);
        anyItem.addListener(SWT.Selection, e -> set(Set.of(), true));
        new MenuItem(menu, SWT.SEPARATOR);
        for (E v : this.values) {
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(label.apply(v).replace("&", "&&"));
            item.setData(v);
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    chosen.add(v);
                } else {
                    chosen.remove(v);
                }
                update(true);
            });
            items.add(item);
        }
        button.addListener(SWT.Selection, e -> {
            Rectangle b = button.getBounds();
            Point at = button.getParent().toDisplay(b.x, b.y + b.height);
            menu.setLocation(at);
            menu.setVisible(true);
        });
        update(false);
    }

    /** Runs after each change the analyst makes (not after {@link #set} from code unless asked). */
    void onChange(Runnable r) {
        onChange = r;
    }

    /** The chosen values in the menu's order; empty: any. */
    public Set<E> chosen() {
        Set<E> out = new LinkedHashSet<>();
        values.stream().filter(chosen::contains).forEach(out::add);
        return out;
    }

    /** Chooses {@code values} (empty: all), notifying when {@code notify}. */
    public void set(Set<E> choose, boolean notify) {
        chosen.clear();
        chosen.addAll(choose);
        update(notify);
    }

    /** What the button says, e.g. "Warning, Denial". */
    public String text() {
        return button.getText();
    }

    public Button button() {
        return button;
    }

    /** The drop-down menu: the "all" item, a separator, then one check item per value. */
    public Menu menu() {
        return menu;
    }

    private void update(boolean notify) {
        for (MenuItem item : items) {
            item.setSelection(chosen.contains(item.getData()));
        }
        anyItem.setSelection(chosen.isEmpty());
        List<E> in = List.copyOf(chosen());
        String text = in.isEmpty() ? all
                : in.size() <= 2 ? String.join(", ", in.stream().map(label).toList())
                : in.size() + " " + plural;
        button.setText(text.replace("&", "&&") + " \u25BE");
        button.setToolTipText(in.isEmpty() ? all : String.join(", ", in.stream().map(label).toList()));
        button.getParent().layout(new org.eclipse.swt.widgets.Control[] {button});
        if (notify) {
            onChange.run();
        }
    }
}
