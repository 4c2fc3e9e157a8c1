package org.sightline.api.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every public type of an exported API package (hand-written sources under src/; EMF's generated
 * src-gen aside) says since which version it exists, so that a plugin author knows which Sightline it
 * needs.
 */
class SinceTagsTest {

    private static final Path ROOT = Path.of(System.getProperty("sightline.root", "../.."));
    private static final Pattern EXPORT = Pattern.compile("(?m)^Export-Package: (.*(?:\\r?\\n .*)*)");
    private static final Pattern TYPE = Pattern.compile("(?m)^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|enum|record|@interface) ");

    @Test
    void everyPublicApiTypeHasASinceTag() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> bundles = Files.list(ROOT.resolve("bundles"))) {
            for (Path bundle : bundles.filter(b -> !b.getFileName().toString().endsWith(".tests")).sorted().toList()) {
                Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(manifest) || bundle.getFileName().toString().equals("org.sightline.testing")) {
                    continue;
                }
                Matcher m = EXPORT.matcher(Files.readString(manifest, StandardCharsets.UTF_8));
                if (!m.find()) {
                    continue;
                }
                for (String clause : m.group(1).replaceAll("\\r?\\n ", "").split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                    if (clause.contains("x-internal")) {
                        continue;
                    }
                    Path dir = bundle.resolve("src").resolve(clause.split(";")[0].strip().replace('.', '/'));
                    if (!Files.isDirectory(dir)) {
                        continue; // a generated package (src-gen)
                    }
                    try (Stream<Path> files = Files.list(dir)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).sorted().toList()) {
                            String src = Files.readString(f, StandardCharsets.UTF_8);
                            Matcher t = TYPE.matcher(src);
                            if (!t.find()) {
                                continue;
                            }
                            checked++;
                            String head = src.substring(0, t.start());
                            int doc = head.lastIndexOf("/**");
                            if (doc < 0 || !head.substring(doc).contains("@since ")) {
                                missing.add(ROOT.relativize(f).toString());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "public API types without @since in their Javadoc");
        assertTrue(checked >= 100, "only " + checked + " API types found under " + ROOT.toAbsolutePath());
    }
}
