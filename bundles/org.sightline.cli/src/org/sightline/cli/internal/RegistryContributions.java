package org.sightline.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.sightline.core.api.Contribution;
import org.sightline.core.api.ContributionKind;

/** Lists contributions from the Eclipse extension registry of the running product. */
final class RegistryContributions implements Supplier<List<Contribution>> {

    /** Views belong to Sightline when they sit in this category of org.eclipse.ui.views. */
    static final String VIEW_CATEGORY = "org.sightline.ui.category";

    @Override
    public List<Contribution> get() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Contribution> result = new ArrayList<>();
        if (registry == null) {
            return result;
        }
        for (ContributionKind kind : ContributionKind.values()) {
            String point = kind.extensionPointId();
            if (point == null) {
                continue;
            }
            for (IConfigurationElement e : registry.getConfigurationElementsFor(point)) {
                result.add(new Contribution(kind, e.getAttribute("id"), e.getContributor().getName(), e.getAttribute("name")));
            }
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor("org.eclipse.ui.views")) {
            if ("view".equals(e.getName()) && VIEW_CATEGORY.equals(e.getAttribute("category"))) {
                result.add(new Contribution(ContributionKind.VIEW, e.getAttribute("id"), e.getContributor().getName(), e.getAttribute("name")));
            }
        }
        result.sort(Comparator.comparing(Contribution::kind).thenComparing(Contribution::id));
        return result;
    }
}
