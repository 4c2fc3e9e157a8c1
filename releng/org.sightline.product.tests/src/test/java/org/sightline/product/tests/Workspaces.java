package org.sightline.product.tests;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a workspace file the way the product does: with the product's own model bundle and EMF jars on a class loader
 * (workspace files are binary by default, so a test cannot just parse them as XML).
 */
final class Workspaces {

    private static final List<String> JARS = List.of("org.sightline.model_", "org.eclipse.emf.common_", "org.eclipse.emf.ecore_",
            "org.eclipse.emf.ecore.xmi_", "com.fasterxml.jackson.core.jackson-core_");

    private Workspaces() {
    }

    /** The {@code input} of each document of {@code workspace}, in order. */
    static List<String> documentInputs(Path workspace) throws Exception {
        try (URLClassLoader loader = modelLoader()) {
            Class<?> store = loader.loadClass("org.sightline.model.io.WorkspaceStore");
            Object corpus = store.getMethod("load", Path.class).invoke(null, workspace);
            List<String> inputs = new ArrayList<>();
            for (Object document : (List<?>) corpus.getClass().getMethod("getDocuments").invoke(corpus)) {
                inputs.add((String) document.getClass().getMethod("getInput").invoke(document));
            }
            return inputs;
        }
    }

    /**
     * Adds hypotheses labelled {@code labels} to {@code workspace} and rates its first claims against them, claim i
     * with {@code ratings.get(i)} (one consistency literal per hypothesis, weight 1), then saves it as the workbench
     * does (WorkspaceStore). The ids of the claims rated, in order.
     */
    static List<String> addHypotheses(Path workspace, List<String> labels, List<List<String>> ratings) throws Exception {
        try (URLClassLoader loader = modelLoader()) {
            Class<?> store = loader.loadClass("org.sightline.model.io.WorkspaceStore");
            Class<?> corpusType = loader.loadClass("org.sightline.model.Corpus");
            Class<?> claimType = loader.loadClass("org.sightline.model.Claim");
            Class<?> hypothesisType = loader.loadClass("org.sightline.model.Hypothesis");
            Class<?> assessmentType = loader.loadClass("org.sightline.model.Assessment");
            Class<?> consistencyType = loader.loadClass("org.sightline.model.Consistency");
            Object factory = loader.loadClass("org.sightline.model.SightlineFactory").getField("eINSTANCE").get(null);
            Object corpus = store.getMethod("load", Path.class).invoke(null, workspace);
            @SuppressWarnings("unchecked")
            List<Object> hypotheses = (List<Object>) corpusType.getMethod("getHypotheses").invoke(corpus);
            @SuppressWarnings("unchecked")
            List<Object> assessments = (List<Object>) corpusType.getMethod("getAssessments").invoke(corpus);
            List<?> claims = (List<?>) corpusType.getMethod("getClaims").invoke(corpus);
            List<Object> added = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                Object h = factory.getClass().getMethod("createHypothesis").invoke(factory);
                hypothesisType.getMethod("setId", String.class).invoke(h, "h" + (i + 1));
                hypothesisType.getMethod("setLabel", String.class).invoke(h, labels.get(i));
                hypotheses.add(h);
                added.add(h);
            }
            List<String> rated = new ArrayList<>();
            int n = 0;
            for (int c = 0; c < ratings.size(); c++) {
                Object claim = claims.get(c);
                rated.add((String) claimType.getMethod("getId").invoke(claim));
                for (int i = 0; i < added.size(); i++) {
                    Object a = factory.getClass().getMethod("createAssessment").invoke(factory);
                    assessmentType.getMethod("setId", String.class).invoke(a, "s" + (++n));
                    assessmentType.getMethod("setClaim", claimType).invoke(a, claim);
                    assessmentType.getMethod("setHypothesis", hypothesisType).invoke(a, added.get(i));
                    assessmentType.getMethod("setConsistency", consistencyType)
                            .invoke(a, consistencyType.getMethod("get", String.class).invoke(null, ratings.get(c).get(i)));
                    assessmentType.getMethod("setWeight", double.class).invoke(a, 1.0);
                    assessments.add(a);
                }
            }
            store.getMethod("save", corpusType, Path.class).invoke(null, corpus, workspace);
            return rated;
        }
    }

    private static URLClassLoader modelLoader() throws IOException {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> plugins = Files.list(Products.headless().resolve("plugins"))) {
            for (Path jar : plugins.sorted().toList()) {
                String name = jar.getFileName().toString();
                if (JARS.stream().anyMatch(name::startsWith) && name.endsWith(".jar")) {
                    urls.add(jar.toUri().toURL());
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
