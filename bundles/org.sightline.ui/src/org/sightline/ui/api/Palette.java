package org.sightline.ui.api;

import java.util.Locale;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.sightline.model.ActorKind;
import org.sightline.model.ClaimType;

/**
 * The workbench's colours, in one place: one colour per actor kind and per claim type, the same in
 * every view (the Document view's mentions, the Actors view's names, the network's nodes and edges,
 * the Commitments matrix, the Timeline's bands) and in exports, so an analyst learns them once.
 * Actor kinds are strong hues that stay readable as text on white (state blue, government body
 * teal, military green, international organisation violet, organisation brown, person red, group
 * orange, media magenta); a view that fills shapes uses a {@link #tint} of the same hue. Claim types
 * use the Tableau 10 palette (distinct for colour-blind readers in pairs).
 *
 * @since 0.2
 */
public final class Palette {

    private static final RGB[] KIND = {
        new RGB(0, 70, 170),   // STATE
        new RGB(0, 120, 125),  // GOVERNMENT_BODY
        new RGB(40, 110, 30),  // MILITARY
        new RGB(110, 50, 160), // INTERNATIONAL_ORGANIZATION
        new RGB(140, 80, 20),  // ORGANIZATION
        new RGB(175, 20, 60),  // PERSON
        new RGB(185, 95, 0),   // GROUP
        new RGB(150, 0, 125),  // MEDIA
    };

    private static final RGB[] TYPE = {
        new RGB(0x4e, 0x79, 0xa7), // ANNOUNCEMENT
        new RGB(0x59, 0xa1, 0x4f), // COMMITMENT
        new RGB(0x76, 0xb7, 0xb2), // REASSURANCE
        new RGB(0x9c, 0x75, 0x5f), // DENIAL
        new RGB(0xe1, 0x57, 0x59), // WARNING
        new RGB(0xf2, 0x8e, 0x2b), // PREDICTION
        new RGB(0xb0, 0x7a, 0xa1), // ASSESSMENT
        new RGB(0xed, 0xc9, 0x48), // DEMAND
        new RGB(0xff, 0x9d, 0xa7), // ACCUSATION
        new RGB(0xba, 0xb0, 0xac), // STATEMENT
    };

    /** An actor without a kind. */
    public static final RGB NO_KIND = new RGB(0x66, 0x66, 0x66);
    /** Part-of edges and other structure. */
    public static final RGB STRUCTURE = new RGB(0x99, 0x99, 0x99);
    /** Outline of the highlighted (selected) actors. */
    public static final RGB HIGHLIGHT = new RGB(0xd6, 0x27, 0x28);
    /** Text on a tinted fill. */
    public static final RGB TEXT = new RGB(0x22, 0x22, 0x22);
    /** The background of a claim's content in the text. */
    public static final RGB CLAIM_CONTENT = new RGB(255, 246, 190);
    /** The selected claim's source, cue and content in the text. */
    public static final RGB CLAIM_SELECTED = new RGB(255, 196, 120);

    private Palette() {
    }

    /** The colour of an actor kind (null: {@link #NO_KIND}). */
    public static RGB of(ActorKind kind) {
        return kind == null ? NO_KIND : KIND[kind.getValue() % KIND.length];
    }

    /** The colour of a claim type. */
    public static RGB of(ClaimType type) {
        return TYPE[type.getValue() % TYPE.length];
    }

    /** A colour; SWT colours hold no OS resource since 3.114, so none needs disposing. */
    public static Color color(RGB rgb) {
        return new Color(rgb);
    }

    /** The colour as {@code #rrggbb} (SVG, HTML). */
    public static String hex(RGB rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    /** A darker shade of {@code rgb}, for outlines and text in that colour. */
    public static RGB darker(RGB rgb) {
        return new RGB(rgb.red * 6 / 10, rgb.green * 6 / 10, rgb.blue * 6 / 10);
    }

    /** {@code rgb} mixed with white: 0 = white, 1 = {@code rgb}. */
    public static RGB tint(RGB rgb, double amount) {
        double a = Math.max(0, Math.min(1, amount));
        return new RGB((int) Math.round(255 - (255 - rgb.red) * a), (int) Math.round(255 - (255 - rgb.green) * a),
                (int) Math.round(255 - (255 - rgb.blue) * a));
    }
}
