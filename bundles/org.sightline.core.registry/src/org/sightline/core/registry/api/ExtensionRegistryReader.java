package org.sightline.core.registry.api;

import java.net.URL;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.framework.Bundle;
import org.sightline.core.api.ContributionKind;
import org.sightline.core.api.SightlineRegistry;

/**
 * Reads Sightline's extension points (and the Sightline views of org.eclipse.ui.views) into a
 * plain {@link SightlineRegistry}. The core never sees the extension registry: this is the only
 * bridge, as in EMF Compare. Implementations are created lazily, when the pipeline asks for them.
 * <p>
 * Contributions are validated as they are read, as Platform UI's RegistryReader does: an element
 * the point's schema does not declare, a missing required attribute (id, name, class; a gazetteer's
 * class or file), an id already taken by another contribution of the same kind (the first read
 * wins), or a class that the contributing bundle does not contain is a {@link Problem}: reported
 * with the contributing bundle, the contribution skipped, the others kept.
 *
 * @since 0.1.0
 */
public final class ExtensionRegistryReader {

    /** Views belong to Sightline when they sit in this category of org.eclipse.ui.views. */
    public static final String VIEW_CATEGORY = "org.sightline.ui.category";

    private static final String VIEWS_POINT = "org.eclipse.ui.views";
    private static final System.Logger LOG = System.getLogger(ExtensionRegistryReader.class.getName());

    /**
     * A contribution that was skipped, and why.
     *
     * @param bundle the contributing bundle
     * @param point the extension point it contributes to
     * @param element the element as written (name and id, if any)
     * @param problem what is wrong with it
     * @since 0.2
     */
    public record Problem(String bundle, String point, String element, String problem) {
        @Override
        public String toString() {
            return "Skipped " + element + " of bundle " + bundle + " (extension point " + point + "): " + problem;
        }
    }

    /** The element of each point's contributions and the attributes its schema requires (schema/*.exsd). */
    private record Rule(ContributionKind kind, String element, List<String> required) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(ContributionKind.IMPORTER, "importer", List.of("id", "name", "class")),
            new Rule(ContributionKind.EXTRACTOR, "extractor", List.of("id", "name", "class")),
            new Rule(ContributionKind.GAZETTEER, "gazetteer", List.of("id", "name")), // and class or file, below
            new Rule(ContributionKind.ANALYSIS, "analysis", List.of("id", "name", "class")),
            new Rule(ContributionKind.EXPORTER, "exporter", List.of("id", "name", "class", "format")));

    private ExtensionRegistryReader() {
    }

    /** A snapshot of the contributions in {@code registry} now; problems are logged (System.Logger, WARNING). */
    public static SightlineRegistry read(IExtensionRegistry registry) {
        return read(registry, ExtensionRegistryReader::log);
    }

    /** Logs a skipped contribution (System.Logger, WARNING: the CLI's stderr, the workbench's log). */
    static void log(Problem problem) {
        LOG.log(System.Logger.Level.WARNING, problem.toString());
    }

    /**
     * A snapshot of the contributions in {@code registry} now, without the invalid ones, each of
     * which is given to {@code problems}.
     *
     * @since 0.2
     */
    public static SightlineRegistry read(IExtensionRegistry registry, Consumer<Problem> problems) {
        SightlineRegistry.Builder b = SightlineRegistry.builder();
        for (Rule rule : RULES) {
            String point = rule.kind().extensionPointId();
            Map<String, String> seen = new HashMap<>(); // id -> bundle that contributed it first
            for (IConfigurationElement e : registry.getConfigurationElementsFor(point)) {
                String problem = check(e, rule, seen);
                if (problem != null) {
                    problems.accept(new Problem(bundle(e), point, describe(e), problem));
                    continue;
                }
                String id = e.getAttribute("id");
                String name = e.getAttribute("name");
                switch (rule.kind()) {
                    case IMPORTER -> b.importer(id, bundle(e), name, attributes(e), factory(e));
                    case EXTRACTOR -> b.extractor(id, bundle(e), name, attributes(e), factory(e));
                    case GAZETTEER -> b.gazetteer(id, bundle(e), name, attributes(e), e.getAttribute("class") != null ? factory(e) : resource(e, "file"));
                    case ANALYSIS -> b.analysis(id, bundle(e), name, attributes(e), factory(e));
                    case EXPORTER -> b.exporter(id, bundle(e), name, attributes(e), factory(e));
                    default -> throw new AssertionError(rule.kind());
                }
            }
        }
        Rule views = new Rule(ContributionKind.VIEW, "view", List.of("id", "name", "class"));
        Map<String, String> seen = new HashMap<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(VIEWS_POINT)) {
            // The point is the workbench's: its other elements (category, sticky views...) are not ours to judge.
            if ("view".equals(e.getName()) && VIEW_CATEGORY.equals(e.getAttribute("category"))) {
                String problem = check(e, views, seen);
                if (problem != null) {
                    problems.accept(new Problem(bundle(e), VIEWS_POINT, describe(e), problem));
                } else {
                    b.view(e.getAttribute("id"), bundle(e), e.getAttribute("name"));
                }
            }
        }
        return b.build();
    }

    /** What is wrong with contribution {@code e} under {@code rule}, or null; records its id in {@code seen} when valid. */
    private static String check(IConfigurationElement e, Rule rule, Map<String, String> seen) {
        if (!rule.element().equals(e.getName())) {
            return "unknown element <" + e.getName() + ">: the point's contributions are <" + rule.element() + "> elements";
        }
        if (e.getChildren().length > 0) {
            return "unknown element <" + e.getChildren()[0].getName() + "> inside <" + e.getName() + ">: the schema declares none";
        }
        for (String attribute : rule.required()) {
            String value = e.getAttribute(attribute);
            if (value == null || value.isBlank()) {
                return "the required attribute '" + attribute + "' is missing";
            }
        }
        String cls = e.getAttribute("class");
        if (rule.kind() == ContributionKind.GAZETTEER && cls == null) {
            String file = e.getAttribute("file");
            if (blank(file)) {
                return "a gazetteer needs a 'class' or a 'file' attribute";
            }
            Bundle bundle = installedBundle(e);
            if (bundle != null && bundle.getEntry(file) == null) {
                return "no file '" + file + "' in bundle " + bundle.getSymbolicName();
            }
        }
        if (cls != null) {
            String missing = missingClass(e, cls);
            if (missing != null) {
                return missing;
            }
        }
        String id = e.getAttribute("id");
        String first = seen.putIfAbsent(id, bundle(e));
        if (first != null) {
            return "the id " + id + " is taken already by <" + rule.element() + "> of bundle " + first;
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Whether the contributing bundle lacks {@code className}: asked of its class space as a resource,
     * so nothing is loaded and no bundle is started. Not decidable when the contributor is not an
     * installed bundle (a registry filled by hand, outside OSGi): then creating it says, later.
     */
    private static String missingClass(IConfigurationElement e, String className) {
        int colon = className.indexOf(':'); // "pkg.Factory:data" (IExecutableExtensionFactory)
        String name = (colon >= 0 ? className.substring(0, colon) : className).strip();
        if (name.isEmpty()) {
            return "the 'class' attribute is empty";
        }
        Bundle bundle = installedBundle(e);
        if (bundle == null) {
            return null;
        }
        if (bundle.getResource(name.replace('.', '/') + ".class") == null) {
            return "the class " + name + " is not in bundle " + bundle.getSymbolicName();
        }
        return null;
    }

    private static Bundle installedBundle(IConfigurationElement e) {
        try {
            Bundle b = ContributorFactoryOSGi.resolve(e.getContributor());
            return b == null || b.getState() == Bundle.UNINSTALLED ? null : b;
        } catch (RuntimeException | LinkageError notOsgi) {
            return null;
        }
    }

    /** The element as a plugin author would look for it: {@code <importer id="x">}. */
    private static String describe(IConfigurationElement e) {
        String id = e.getAttribute("id");
        return "<" + e.getName() + (id == null ? "" : " id=\"" + id + "\"") + ">";
    }

    private static String bundle(IConfigurationElement e) {
        return e.getContributor().getName();
    }

    private static Map<String, String> attributes(IConfigurationElement e) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : e.getAttributeNames()) {
            if (!name.equals("id") && !name.equals("name") && !name.equals("class")) {
                m.put(name, e.getAttribute(name));
            }
        }
        return m;
    }

    /** Creates the contribution's class, reporting which contribution failed. */
    @SuppressWarnings("unchecked")
    private static <T> Supplier<T> factory(IConfigurationElement e) {
        String id = e.getAttribute("id");
        String bundle = bundle(e);
        return () -> {
            try {
                return (T) e.createExecutableExtension("class");
            } catch (CoreException | org.eclipse.core.runtime.InvalidRegistryObjectException ex) {
                throw new IllegalStateException("contribution " + id + " of " + bundle + " cannot be created: " + ex.getMessage(), ex);
            }
        };
    }

    /** For file-based contributions: the URL of the file inside the contributing bundle. */
    private static Supplier<URL> resource(IConfigurationElement e, String attribute) {
        String id = e.getAttribute("id");
        String path = e.getAttribute(attribute);
        Bundle bundle = installedBundle(e);
        return () -> {
            URL url = path == null || bundle == null ? null : bundle.getEntry(path);
            if (url == null) {
                throw new IllegalStateException("contribution " + id + ": no file '" + path + "' in bundle " + e.getContributor().getName());
            }
            return url;
        };
    }
}
