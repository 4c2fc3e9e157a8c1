package org.sightline.ui.tests.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Claim;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.testing.SampleArticle;
import org.sightline.ui.session.api.Recovery;
import org.sightline.ui.session.api.Session;

/**
 * The crash path for real: another JVM opens a workspace, makes an edit and is killed (SIGKILL, no
 * shutdown hook, nothing saved). The journal it leaves gives the edit back.
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void anEditSurvivesTheProcessBeingKilled() throws Exception {
        Path file = dir.resolve("pentagon.sightline");
        WorkspaceStore.save(new SampleArticle().corpus, file);
        Path root = dir.resolve("recovery");

        Process child = new ProcessBuilder(javaExecutable(), "-cp", classPath(), EditThenWait.class.getName(), file.toString(), root.toString())
                .redirectErrorStream(true).start();
        String claimId;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> seen = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("EDITED ")) {
                seen.add(line);
            }
            assertTrue(line != null, "the child made its edit; its output: " + seen);
            claimId = line.substring("EDITED ".length());
            child.destroyForcibly(); // SIGKILL: the session is never closed, the file never saved
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(ReviewStatus.EXTRACTED, claim(WorkspaceStore.load(file).getClaims(), claimId).getStatus(), "the file was not saved");

        List<Recovery.Pending> pending = Recovery.scan(root);
        assertEquals(1, pending.size());
        assertEquals(1, pending.get(0).unsavedChanges());
        assertEquals(file, pending.get(0).file().orElseThrow());
        Session recovered = Recovery.recover(pending.get(0));
        try {
            assertEquals(ReviewStatus.CONFIRMED, claim(recovered.corpus().getClaims(), claimId).getStatus());
            assertTrue(recovered.isDirty());
            assertEquals("Confirm claim", recovered.undoLabel());
        } finally {
            recovered.close();
        }
    }

    private static Claim claim(List<Claim> claims, String id) {
        return claims.stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The class path of the session layer and its dependencies, from where their classes were
     * loaded: jars on a plain class path, bundle jars or folders inside OSGi.
     */
    static String classPath() throws URISyntaxException, ClassNotFoundException {
        Set<String> entries = new LinkedHashSet<>();
        // Loaded through the bundles that use them, so this works inside OSGi as on a plain class path.
        Class<?> xmi = Class.forName("org.eclipse.emf.ecore.xmi.XMLResource", false, WorkspaceStore.class.getClassLoader());
        Class<?> jackson = Class.forName("com.fasterxml.jackson.core.JsonFactory", false, Session.class.getClassLoader());
        Class<?> change = Class.forName("org.eclipse.emf.ecore.change.ChangeDescription", false, Session.class.getClassLoader());
        for (Class<?> c : new Class<?>[] { EditThenWait.class, Session.class, org.sightline.model.Corpus.class,
                org.sightline.model.edit.SightlineEditing.class, org.sightline.model.provider.SightlineItemProviderAdapterFactory.class,
                org.sightline.core.api.CorpusMerge.class, org.eclipse.emf.common.util.URI.class, org.eclipse.emf.ecore.EObject.class,
                xmi, change, org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain.class, jackson }) {
            Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            entries.add(location.toString());
            for (String inner : new String[] { "bin", "target/classes", "target/test-classes" }) {
                if (Files.isDirectory(location) && Files.isDirectory(location.resolve(inner))) {
                    entries.add(location.resolve(inner).toString());
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
