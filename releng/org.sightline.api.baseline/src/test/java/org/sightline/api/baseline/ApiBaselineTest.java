package org.sightline.api.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.version.Version;

/**
 * The API of the bundles built now against release 0.1.0, with bnd's baseline (the check behind
 * bnd-baseline-maven-plugin): every API package of 0.1.0 is still exported, and its version says what
 * changed (semantic versioning: an addition needs at least the next minor version, a removal or an
 * incompatible change the next major one). The 0.1.0 side is committed in {@code baseline-0.1.0/}: the
 * exported API packages (class files and manifest) of the 0.1.0 jars, built from commit a2e4452 (tag
 * v0.1.0), so the check needs no network and no older build (docs/api.md).
 */
class ApiBaselineTest {

    private static final Path ROOT = Path.of(System.getProperty("sightline.root", "../.."));
    private static final Path BASELINE = Path.of(System.getProperty("sightline.baseline", "baseline-0.1.0"));
    private static final String VERSION = System.getProperty("sightline.version", "0.1.0-SNAPSHOT");

    /** The jar built now of the bundle {@code bsn}. */
    private static Path built(String bsn) {
        return ROOT.resolve("bundles").resolve(bsn).resolve("target").resolve(bsn + "-" + VERSION + ".jar");
    }

    private static List<Path> baselineJars() throws IOException {
        try (Stream<Path> s = Files.list(BASELINE)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** One line per package whose version does not say how its API changed; empty when all are right. */
    static List<String> mismatches(Path newerJar, Path olderJar) throws Exception {
        List<String> out = new ArrayList<>();
        try (Processor reporter = new Processor(); Jar newer = new Jar(newerJar.toFile()); Jar older = new Jar(olderJar.toFile())) {
            Set<Info> infos = new Baseline(reporter, new DiffPluginImpl()).baseline(newer, older, null);
            for (Info info : infos) {
                if (info.packageDiff.getDelta() == Delta.REMOVED) {
                    out.add(info.packageName + ": API package of " + info.olderVersion + " is no longer exported");
                } else if (info.packageDiff.getDelta() != Delta.ADDED) { // a package new since the baseline has nothing to compare with
                    Version required = required(info.packageDiff.getDelta(), info.olderVersion);
                    if (info.newerVersion.getWithoutQualifier().compareTo(required) < 0) {
                        out.add(info.packageName + ": " + info.packageDiff.getDelta() + " change since " + info.olderVersion + ", but version "
                                + info.newerVersion + "; it must be at least " + required);
                    }
                }
            }
            reporter.getErrors().forEach(e -> out.add(newerJar.getFileName() + ": " + e));
        }
        return out;
    }

    /**
     * The least version a package of version {@code old} needs after a change of kind {@code delta}:
     * OSGi semantic versioning (a MAJOR change raises the major version, a MINOR change the minor one,
     * a MICRO change the micro one), except before 1.0, where the API is not yet declared stable (as in
     * semver's 0.y.z): there a MAJOR change raises the minor version too. bnd reports no mismatch at all
     * below 1.0, so the rule is applied here to the change bnd found.
     */
    static Version required(Delta delta, Version old) {
        return switch (delta) {
            case MAJOR -> old.getMajor() == 0 ? new Version(0, old.getMinor() + 1, 0) : new Version(old.getMajor() + 1, 0, 0);
            case MINOR, ADDED -> new Version(old.getMajor(), old.getMinor() + 1, 0);
            case MICRO -> new Version(old.getMajor(), old.getMinor(), old.getMicro() + 1);
            default -> old.getWithoutQualifier();
        };
    }

    @Test
    void everyApiPackageOfTheLastReleaseIsVersionedForWhatChanged() throws Exception {
        List<Path> jars = baselineJars();
        assertTrue(jars.size() >= 15, "baseline jars in " + BASELINE.toAbsolutePath() + ": " + jars);
        List<String> problems = new ArrayList<>();
        for (Path old : jars) {
            String bsn = old.getFileName().toString().replaceFirst("\\.jar$", "");
            Path now = built(bsn);
            if (!Files.isRegularFile(now)) {
                problems.add(bsn + ": not built (" + now + "): build the bundles before this module");
                continue;
            }
            mismatches(now, old).forEach(m -> problems.add(bsn + ": " + m));
        }
        assertEquals(List.of(), problems, "API changes without the matching package version (docs/api.md)");
    }

    /** The check fails on a deliberately broken API: a public type of 0.1.0 removed, the package version kept. */
    @Test
    void aRemovedApiTypeWithTheVersionKeptFails(@TempDir Path dir) throws Exception {
        Path old = BASELINE.resolve("org.sightline.core.jar");
        Path broken = dir.resolve("org.sightline.core-broken.jar");
        copyWithout(old, broken, "org/sightline/core/api/Importer.class");
        List<String> m = mismatches(broken, old);
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("org.sightline.core.api: MAJOR change since 0.1.0, but version 0.1.0; it must be at least 0.2.0"), m.get(0));
        assertEquals(List.of(), mismatches(old, old), "the baseline against itself has no change");
        assertEquals(new Version(2, 0, 0), required(Delta.MAJOR, new Version(1, 3, 2)), "from 1.0 on, a break raises the major version");
        assertEquals(new Version(1, 4, 0), required(Delta.MINOR, new Version(1, 3, 2)));
    }

    /** An added type with the version kept fails too (it needs the next minor version). */
    @Test
    void anAddedApiTypeWithTheVersionKeptFails(@TempDir Path dir) throws Exception {
        Path old = BASELINE.resolve("org.sightline.core.jar");
        Path smaller = dir.resolve("org.sightline.core-older.jar");
        copyWithout(old, smaller, "org/sightline/core/api/Importer.class"); // as if 0.1.0 had not had it
        List<String> m = mismatches(old, smaller);
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("org.sightline.core.api: MINOR change since 0.1.0, but version 0.1.0; it must be at least 0.2.0"), m.get(0));
    }

    @Test
    void theBaselineHoldsOnlyExportedApiPackages() throws Exception {
        for (Path jar : baselineJars()) {
            try (Jar j = new Jar(jar.toFile())) {
                for (String pkg : j.getPackages()) {
                    if (pkg.equals("META-INF")) {
                        continue;
                    }
                    assertFalse(pkg.contains(".internal") || pkg.endsWith(".impl"), jar + " holds " + pkg);
                }
            }
        }
    }

    private static void copyWithout(Path from, Path to, String entry) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from)); OutputStream o = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(o)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (!e.getName().equals(entry)) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }
}
