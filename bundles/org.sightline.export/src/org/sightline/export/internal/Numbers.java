package org.sightline.export.internal;

import java.math.BigDecimal;

/** Number formatting shared by the exporters: locale-free, no exponent, the same bytes on every machine. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * {@code 0.9} as "0.9", {@code 1.0} as "1", {@code 1e-7} as "0.0000001": the shortest decimal that reads back as the
     * same double, in plain notation (spreadsheets and graph tools misread "1.0E-4"). Empty for NaN and infinities.
     */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0"; // also for -0.0
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
