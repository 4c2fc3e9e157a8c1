package org.sightline.core.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;

/**
 * The API rules of every bundle in the checkout (Sightline's and the third-party example's), as in
 * Sirius and the Eclipse Platform: every exported package is versioned unless it is internal;
 * internal packages ({@code .internal}, EMF's {@code .impl}) are exported {@code x-internal} or
 * {@code x-friends} only; every package with code is exported one way or the other, so that
 * nothing is hidden by accident; and every bundle needs Java 21.
 */
class ManifestConventionsTest {

    @Test
    void exportedPackagesAreVersionedApiOrMarkedInternal() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> bundles = bundles();
        assertTrue(bundles.size() >= 20, "found only " + bundles.size() + " bundles under " + SourceTree.root());
        for (Path bundle : bundles) {
            Manifest mf;
            try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
                mf = new Manifest(in);
            }
            String name = bundle.getFileName().toString();
            String ee = mf.getMainAttributes().getValue("Bundle-RequiredExecutionEnvironment");
            if (!"JavaSE-21".equals(ee)) {
                problems.add(name + ": Bundle-RequiredExecutionEnvironment is " + ee + ", not JavaSE-21");
            }
            Set<String> exported = new TreeSet<>();
            String header = mf.getMainAttributes().getValue("Export-Package");
            for (ManifestElement e : header == null ? new ManifestElement[0] : ManifestElement.parseHeader("Export-Package", header)) {
                for (String pkg : e.getValueComponents()) {
                    exported.add(pkg);
                    boolean internalFlag = "true".equals(e.getDirective("x-internal")) || e.getDirective("x-friends") != null;
                    boolean internalName = pkg.contains(".internal") || pkg.endsWith(".impl") || pkg.contains(".impl.");
                    if (internalName && !internalFlag) {
                        problems.add(name + ": " + pkg + " is internal but exported without x-internal:=true or x-friends");
                    }
                    if (!internalFlag && e.getAttribute("version") == null) {
                        problems.add(name + ": exported API package " + pkg + " has no version");
                    }
                }
            }
            boolean fragmentOrTests = mf.getMainAttributes().getValue("Fragment-Host") != null || name.endsWith(".tests");
            if (!fragmentOrTests) {
                for (String pkg : packagesWithCode(bundle)) {
                    if (!exported.contains(pkg)) {
                        problems.add(name + ": package " + pkg + " is not exported: export it as versioned API or x-internal");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "bundle manifests break the API rules (docs/extending.md, \"API rules\")");
    }

    @Test
    void everyApiBundleShipsItsSourcesInTheSdk() throws Exception {
        String sdk = Files.readString(SourceTree.root().resolve("features/org.sightline.sdk.feature/feature.xml"));
        List<String> missing = new ArrayList<>();
        for (Path bundle : bundles()) {
            String name = bundle.getFileName().toString();
            if (!name.startsWith("org.sightline.") || name.endsWith(".tests") || name.equals("org.sightline.testing")) {
                continue; // the example's, test and test-support bundles are not Sightline's API
            }
            Manifest mf;
            try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
                mf = new Manifest(in);
            }
            String header = mf.getMainAttributes().getValue("Export-Package");
            boolean api = false;
            for (ManifestElement e : header == null ? new ManifestElement[0] : ManifestElement.parseHeader("Export-Package", header)) {
                api |= e.getAttribute("version") != null && !"true".equals(e.getDirective("x-internal")) && e.getDirective("x-friends") == null;
            }
            if (api && !sdk.contains("<plugin id=\"" + name + ".source\"")) {
                missing.add(name + ".source");
            }
        }
        assertEquals(List.of(), missing, "API bundles whose sources are not in features/org.sightline.sdk.feature");
    }

    private static List<Path> bundles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(SourceTree.root().resolve("bundles"), SourceTree.root().resolve("examples/sanctions/bundles"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(b -> Files.isRegularFile(b.resolve("META-INF/MANIFEST.MF"))).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    private static Set<String> packagesWithCode(Path bundle) throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String folder : List.of("src", "src-gen")) {
            Path root = bundle.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .forEach(f -> packages.add(root.relativize(f.getParent()).toString().replace('/', '.')));
            }
        }
        return packages;
    }
}
