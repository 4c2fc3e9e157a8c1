package org.sightline.importer.word.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.sightline.core.api.ImportException;

/**
 * The parts of a zip package (.docx, .odt) a reader asks for, read within bounds: at most
 * {@value #MAX_ENTRIES} entries are walked and at most {@link #MAX_PART_BYTES} bytes decompressed per
 * part, so a zip bomb is refused instead of filling memory.
 */
final class ZipParts {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_PART_BYTES = 50L << 20;

    private ZipParts() {
    }

    /** The wanted parts that exist, by name. */
    static Map<String, byte[]> read(byte[] zip, Set<String> wanted, String name) throws ImportException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            int entries = 0;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportException(name, "is a damaged document: more than " + MAX_ENTRIES + " zip entries");
                }
                if (wanted.contains(e.getName())) {
                    parts.put(e.getName(), bounded(in, e.getName(), name));
                }
            }
        } catch (ZipException e) {
            throw new ImportException(name, "is a damaged document (broken zip: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ImportException(name, "is a damaged or truncated document (" + e.getMessage() + ")");
        }
        return parts;
    }

    private static byte[] bounded(InputStream in, String part, String name) throws IOException, ImportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > MAX_PART_BYTES) {
                throw new ImportException(name, "has a part (" + part + ") that decompresses to more than the limit of "
                        + (MAX_PART_BYTES >> 20) + " MiB");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
