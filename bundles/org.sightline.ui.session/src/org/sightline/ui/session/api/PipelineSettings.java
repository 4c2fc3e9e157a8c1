package org.sightline.ui.session.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sightline.core.api.Contribution;
import org.sightline.core.api.ContributionKind;
import org.sightline.core.api.Registered;
import org.sightline.core.api.SightlineRegistry;

/**
 * The analyst's choice of extractors: which run and in which order (Preferences > Sightline >
 * Extractor pipeline). Applied to the contributed registry, it gives the registry the workbench's
 * pipeline runs with. Extractors the settings do not know yet (a newly installed bundle) run, after
 * the listed ones, in their contributed order.
 *
 * @param order    extractor ids in the order they should run
 * @param disabled extractor ids that should not run
 *
 * @since 0.1.0
 */
public record PipelineSettings(List<String> order, Set<String> disabled) {

    public static final PipelineSettings DEFAULT = new PipelineSettings(List.of(), Set.of());

    public PipelineSettings {
        order = List.copyOf(new LinkedHashSet<>(order));
        disabled = Set.copyOf(disabled);
    }

    /** From the preference strings: comma-separated ids. */
    public static PipelineSettings parse(String order, String disabled) {
        return new PipelineSettings(split(order), new LinkedHashSet<>(split(disabled)));
    }

    public String orderString() {
        return String.join(",", order);
    }

    public String disabledString() {
        return String.join(",", disabled.stream().sorted().toList());
    }

    /** The extractors of {@code registry} in the order these settings give, enabled or not. */
    public List<Registered<?>> ordered(SightlineRegistry registry) {
        Map<String, Registered<?>> byId = new HashMap<>();
        registry.extractors().forEach(r -> byId.put(r.id(), r));
        List<Registered<?>> out = new ArrayList<>();
        for (String id : order) {
            if (byId.containsKey(id)) {
                out.add(byId.remove(id));
            }
        }
        registry.extractors().stream().filter(r -> byId.containsKey(r.id())).forEach(out::add);
        return out;
    }

    /**
     * {@code registry} with the disabled extractors left out and the others re-ordered (their
     * {@code order} attribute rewritten); every other contribution as it was.
     */
    public SightlineRegistry apply(SightlineRegistry registry) {
        SightlineRegistry.Builder b = SightlineRegistry.builder();
        registry.importers().forEach(r -> b.importer(r.id(), r.contribution().bundle(), r.contribution().name(), r.attributes(), r.factory()));
        List<Registered<?>> ordered = ordered(registry);
        for (int i = 0; i < ordered.size(); i++) {
            @SuppressWarnings("unchecked")
            Registered<org.sightline.core.api.Extractor> r = (Registered<org.sightline.core.api.Extractor>) ordered.get(i);
            if (disabled.contains(r.id())) {
                continue;
            }
            Map<String, String> attributes = new HashMap<>(r.attributes());
            attributes.put("order", Integer.toString((i + 1) * 10));
            b.extractor(r.id(), r.contribution().bundle(), r.contribution().name(), attributes, r.factory());
        }
        registry.gazetteers().forEach(r -> b.gazetteer(r.id(), r.contribution().bundle(), r.contribution().name(), r.attributes(), r.factory()));
        registry.analyses().forEach(r -> b.analysis(r.id(), r.contribution().bundle(), r.contribution().name(), r.attributes(), r.factory()));
        registry.exporters().forEach(r -> b.exporter(r.id(), r.contribution().bundle(), r.contribution().name(), r.attributes(), r.factory()));
        for (Contribution c : registry.contributions()) {
            if (c.kind() == ContributionKind.VIEW) {
                b.view(c.id(), c.bundle(), c.name());
            }
        }
        return b.build();
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
