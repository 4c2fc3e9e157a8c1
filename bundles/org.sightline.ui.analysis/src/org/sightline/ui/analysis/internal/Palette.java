package org.sightline.ui.analysis.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.sightline.model.ActorKind;
import org.sightline.model.ClaimType;

/**
 * The colours of actor kinds and claim types, the same in every view and in the SVG export, so an
 * analyst learns them once. Claim types use the Tableau 10 palette (distinct for colour-blind
 * readers in pairs); actor kinds pastel tones of their own so nodes and edges do not blur.
 */
final class Palette {

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

    private static final RGB[] KIND = {
        new RGB(0xa6, 0xce, 0xe3), // STATE
        new RGB(0xb2, 0xdf, 0x8a), // GOVERNMENT_BODY
        new RGB(0xcc, 0xb9, 0x74), // MILITARY
        new RGB(0xca, 0xb2, 0xd6), // INTERNATIONAL_ORGANIZATION
        new RGB(0xfd, 0xbf, 0x6f), // ORGANIZATION
        new RGB(0xfb, 0x9a, 0x99), // PERSON
        new RGB(0xdd, 0xdd, 0xdd), // GROUP
        new RGB(0xff, 0xff, 0x99), // MEDIA
    };

    /** Part-of edges and other structure. */
    static final RGB STRUCTURE = new RGB(0x99, 0x99, 0x99);
    /** Outline of the highlighted (selected) actors. */
    static final RGB HIGHLIGHT = new RGB(0xd6, 0x27, 0x28);
    static final RGB TEXT = new RGB(0x22, 0x22, 0x22);

    private Palette() {
    }

    static RGB of(ClaimType type) {
        return TYPE[type.getValue() % TYPE.length];
    }

    static RGB of(ActorKind kind) {
        return kind == null ? KIND[6] : KIND[kind.getValue() % KIND.length];
    }

    /** A colour; SWT colours hold no OS resource since 3.114, so none needs disposing. */
    static Color color(RGB rgb) {
        return new Color(rgb);
    }

    static String hex(RGB rgb) {
        return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    /** A darker shade of {@code rgb}, for outlines and text in that colour. */
    static RGB darker(RGB rgb) {
        return new RGB(rgb.red * 6 / 10, rgb.green * 6 / 10, rgb.blue * 6 / 10);
    }

    /** {@code rgb} mixed with white: 0 = white, 1 = {@code rgb}. */
    static RGB tint(RGB rgb, double amount) {
        double a = Math.max(0, Math.min(1, amount));
        return new RGB((int) Math.round(255 - (255 - rgb.red) * a), (int) Math.round(255 - (255 - rgb.green) * a),
                (int) Math.round(255 - (255 - rgb.blue) * a));
    }
}
