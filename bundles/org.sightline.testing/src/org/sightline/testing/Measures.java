package org.sightline.testing;

import java.util.Arrays;

/** What the benchmarks report: medians of repeated runs, and the heap in use after collection. */
public final class Measures {

    private Measures() {
    }

    /** The median (the mean of the middle two for an even count); NaN for no values. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    }

    /** The median of whole numbers (nanoseconds, bytes). */
    public static double median(long[] values) {
        return median(Arrays.stream(values).asDoubleStream().toArray());
    }

    /** Heap in use after asking for a few collections: a rough figure, for benchmarks only. */
    public static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
