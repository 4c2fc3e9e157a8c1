package org.sightline.core.registry.api;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
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
 */
public final class ExtensionRegistryReader {

    /** Views belong to Sightline when they sit in this category of org.eclipse.ui.views. */
    public static final String VIEW_CATEGORY = "org.sightline.ui.category";

    private ExtensionRegistryReader() {
    }

    /** A snapshot of the contributions in {@code registry} now. */
    public static SightlineRegistry read(IExtensionRegistry registry) {
        SightlineRegistry.Builder b = SightlineRegistry.builder();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(ContributionKind.IMPORTER.extensionPointId())) {
            b.importer(id(e), bundle(e), e.getAttribute("name"), attributes(e), factory(e));
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(ContributionKind.EXTRACTOR.extensionPointId())) {
            b.extractor(id(e), bundle(e), e.getAttribute("name"), attributes(e), factory(e));
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(ContributionKind.GAZETTEER.extensionPointId())) {
            b.gazetteer(id(e), bundle(e), e.getAttribute("name"), attributes(e), e.getAttribute("class") != null ? factory(e) : resource(e, "file"));
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(ContributionKind.ANALYSIS.extensionPointId())) {
            b.analysis(id(e), bundle(e), e.getAttribute("name"), attributes(e), factory(e));
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(ContributionKind.EXPORTER.extensionPointId())) {
            b.exporter(id(e), bundle(e), e.getAttribute("name"), attributes(e), factory(e));
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor("org.eclipse.ui.views")) {
            if ("view".equals(e.getName()) && VIEW_CATEGORY.equals(e.getAttribute("category"))) {
                b.view(id(e), bundle(e), e.getAttribute("name"));
            }
        }
        return b.build();
    }

    private static String id(IConfigurationElement e) {
        String id = e.getAttribute("id");
        return id == null ? e.getNamespaceIdentifier() + ".unnamed" : id;
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
        String id = id(e);
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
        String id = id(e);
        String path = e.getAttribute(attribute);
        Bundle bundle = ContributorFactoryOSGi.resolve(e.getContributor());
        return () -> {
            URL url = path == null || bundle == null ? null : bundle.getEntry(path);
            if (url == null) {
                throw new IllegalStateException("contribution " + id + ": no file '" + path + "' in bundle " + e.getContributor().getName());
            }
            return url;
        };
    }
}
