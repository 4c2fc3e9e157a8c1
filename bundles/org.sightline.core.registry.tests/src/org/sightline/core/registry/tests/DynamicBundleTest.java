package org.sightline.core.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.sightline.core.api.Contribution;
import org.sightline.core.api.FileSources;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.PipelineListener;
import org.sightline.core.api.RunResult;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.registry.api.LiveRegistry;
import org.sightline.core.registry.tests.dynamic.PentagonMentions;
import org.sightline.core.registry.tests.dynamic.Utf8Importer;
import org.sightline.model.Actor;
import org.sightline.model.Corpus;
import org.sightline.model.io.Corpora;
import org.sightline.testing.SharedFiles;

/**
 * A third party's bundle comes and goes while Sightline runs: built here as a jar (manifest,
 * plugin.xml, two classes), installed and started through the BundleContext of the running
 * framework, then uninstalled. The live registry and its listeners follow, and the pipeline runs
 * the new contributions. Needs OSGi (tycho-surefire); skipped on a plain class path.
 */
class DynamicBundleTest {

    private static final String BSN = "com.example.dynamic";
    private static final long WAIT_SECONDS = 30;

    @Test
    void installingAndUninstallingABundleIsFollowedByTheLiveRegistry() throws Exception {
        Bundle self = FrameworkUtil.getBundle(LiveRegistry.class);
        assumeTrue(self != null, "needs a running OSGi framework (run with tycho-surefire)");
        if (self.getState() != Bundle.ACTIVE) {
            self.start(); // no activator; started only to get a BundleContext
        }
        BundleContext context = self.getBundleContext();
        BlockingQueue<SightlineRegistry> heard = new LinkedBlockingQueue<>();

        try (LiveRegistry live = new LiveRegistry(RegistryFactory.getRegistry())) {
            live.addListener(heard::add);
            assertTrue(live.current().contributions().stream().noneMatch(c -> c.bundle().equals(BSN)));

            Bundle bundle = context.installBundle("sightline-test:" + BSN, new ByteArrayInputStream(bundleJar()));
            try {
                bundle.start();
                SightlineRegistry added = awaitRegistry(heard, r -> r.contributions().stream().anyMatch(c -> c.bundle().equals(BSN)));
                assertEquals(List.of(
                        "importer\tcom.example.dynamic.utf8\tcom.example.dynamic\tUTF-8 text (installed at run time)",
                        "extractor\tcom.example.dynamic.pentagon\tcom.example.dynamic\tPentagon mentions (installed at run time)"),
                        added.contributions().stream().filter(c -> c.bundle().equals(BSN)).map(Contribution::toListLine).toList());
                assertEquals(added.contributions(), live.current().contributions());

                // The new contributions run: classes come from the installed bundle, not from this one.
                Object extractor = added.extractors().stream().filter(r -> r.id().equals("com.example.dynamic.pentagon")).findFirst().orElseThrow().create();
                assertEquals(PentagonMentions.class.getName(), extractor.getClass().getName());
                assertEquals(bundle, FrameworkUtil.getBundle(extractor.getClass()));
                Corpus corpus = Corpora.create("dynamic");
                RunResult result = new Pipeline(added, List.of(new FileSources())).threads(1)
                        .run(List.of(SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE).toString()), corpus, PipelineListener.NONE);
                assertTrue(result.allSucceeded(), result.failures().toString());
                assertEquals(List.of(), result.contributionFailures());
                assertEquals("com.example.dynamic.utf8", corpus.getDocuments().get(0).getImporterId());
                Actor pentagon = corpus.getActors().stream().filter(a -> a.getName().equals(PentagonMentions.NAME)).findFirst().orElseThrow();
                assertEquals(occurrences(SharedFiles.text(SharedFiles.SAMPLE_ARTICLE), PentagonMentions.NAME), pentagon.getMentions().size());
            } finally {
                heard.clear();
                bundle.uninstall();
                refresh(context, bundle);
            }
            SightlineRegistry removed = awaitRegistry(heard, r -> r.contributions().stream().noneMatch(c -> c.bundle().equals(BSN)));
            assertEquals(removed.contributions(), live.current().contributions());
        }
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    /** Waits for the registry a listener hears that satisfies {@code condition} (events come asynchronously). */
    private static SightlineRegistry awaitRegistry(BlockingQueue<SightlineRegistry> heard, java.util.function.Predicate<SightlineRegistry> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            SightlineRegistry r = heard.poll(100, TimeUnit.MILLISECONDS);
            if (r != null && condition.test(r)) {
                return r;
            }
        }
        throw new AssertionError("the live registry's listener did not hear the change within " + WAIT_SECONDS + " s");
    }

    /** Refreshes the wiring so that the uninstalled bundle is really gone; waits until done. */
    private static void refresh(BundleContext context, Bundle bundle) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), e -> {
            if (e.getType() == FrameworkEvent.PACKAGES_REFRESHED || e.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS), "the framework refresh did not finish");
    }

    /** A plugin jar as a third party ships it: manifest, plugin.xml and the classes it names. */
    static byte[] bundleJar() throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", BSN + ";singleton:=true");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Name", "Installed while Sightline runs");
        a.putValue("Require-Bundle", "org.sightline.core;bundle-version=\"[0.1.0,1.0.0)\"");
        String pluginXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <plugin>
                  <extension point="org.sightline.core.importers">
                    <importer id="com.example.dynamic.utf8" name="UTF-8 text (installed at run time)" class="%s"/>
                  </extension>
                  <extension point="org.sightline.core.extractors">
                    <extractor id="com.example.dynamic.pentagon" name="Pentagon mentions (installed at run time)" class="%s" order="300"/>
                  </extension>
                </plugin>
                """.formatted(Utf8Importer.class.getName(), PentagonMentions.class.getName());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, mf)) {
            add(jar, "plugin.xml", pluginXml.getBytes(StandardCharsets.UTF_8));
            for (Class<?> c : List.of(Utf8Importer.class, PentagonMentions.class)) {
                String path = c.getName().replace('.', '/') + ".class";
                try (InputStream in = c.getClassLoader().getResourceAsStream(path)) {
                    assertNotNull(in, path);
                    add(jar, path, in.readAllBytes());
                }
            }
        }
        return out.toByteArray();
    }

    private static void add(JarOutputStream jar, String path, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(path));
        jar.write(content);
        jar.closeEntry();
    }
}
