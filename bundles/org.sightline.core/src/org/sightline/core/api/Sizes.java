package org.sightline.core.api;

/**
 * Sizes in messages for analysts: "20 MiB", "512 KiB", "1.5 MiB", "100 bytes".
 *
 * @since 0.1.0
 */
public final class Sizes {

    private Sizes() {
    }

    public static String describe(long bytes) {
        long mib = 1024L * 1024L;
        if (bytes >= mib) {
            return bytes % mib == 0 ? bytes / mib + " MiB" : String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) mib);
        }
        if (bytes >= 1024) {
            return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
