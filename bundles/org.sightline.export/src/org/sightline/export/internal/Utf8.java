package org.sightline.export.internal;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Every exporter writes UTF-8 without a byte order mark; this is the one place that says so. */
public final class Utf8 {

    private Utf8() {
    }

    /** A buffered UTF-8 writer over {@code out}; closing it closes {@code out}. */
    public static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
