package org.sightline.core.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plain-Java registry the core works from: importers, extractors, gazetteers, analyses,
 * exporters (and, for listing only, views). It does not read the Eclipse extension registry:
 * org.sightline.core.registry fills one from it in the product, tests and embedders fill one by
 * hand. Immutable; a changed set of contributions is a new registry.
 *
 * @since 0.1.0
 */
public final class SightlineRegistry {

    /**
     * An extractor's place in the pipeline when its contribution gives no {@code order}.
     *
     * @since 0.2.0
     */
    public static final int DEFAULT_ORDER = 500;

    private final List<Registered<Importer>> importers;
    private final List<Registered<Extractor>> extractors;
    private final List<Registered<Object>> gazetteers;
    private final List<Registered<Analysis<?>>> analyses;
    private final List<Registered<Exporter>> exporters;
    private final List<Contribution> views;

    private SightlineRegistry(Builder b) {
        importers = List.copyOf(b.importers);
        List<Registered<Extractor>> ex = new ArrayList<>(b.extractors);
        // Pipeline order: the "order" attribute, then id, so the same contributions always run alike.
        ex.sort(Comparator.comparingInt((Registered<Extractor> r) -> r.intAttribute("order", DEFAULT_ORDER)).thenComparing(Registered::id));
        extractors = List.copyOf(ex);
        gazetteers = List.copyOf(b.gazetteers);
        analyses = List.copyOf(b.analyses);
        exporters = List.copyOf(b.exporters);
        views = List.copyOf(b.views);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Registered<Importer>> importers() {
        return importers;
    }

    /** Extractors in pipeline order. */
    public List<Registered<Extractor>> extractors() {
        return extractors;
    }

    /** Gazetteers: instances of {@code org.sightline.extract.actors.api.Gazetteer}. */
    public List<Registered<Object>> gazetteers() {
        return gazetteers;
    }

    public List<Registered<Analysis<?>>> analyses() {
        return analyses;
    }

    public List<Registered<Exporter>> exporters() {
        return exporters;
    }

    /** The exporter for a format name such as {@code json} (the contribution's {@code format}). */
    public Optional<Registered<Exporter>> exporter(String format) {
        return exporters.stream().filter(r -> r.attribute("format", r.id()).equalsIgnoreCase(format)).findFirst();
    }

    /** Every contribution, sorted by kind and id: the content of {@code --list-extensions}. */
    public List<Contribution> contributions() {
        List<Contribution> all = new ArrayList<>();
        for (List<? extends Registered<?>> list : List.of(importers, extractors, gazetteers, analyses, exporters)) {
            list.forEach(r -> all.add(r.contribution()));
        }
        all.addAll(views);
        all.sort(Comparator.comparing(Contribution::kind).thenComparing(Contribution::id));
        return all;
    }

    /** Collects contributions; {@link #build()} makes the immutable registry. */
    public static final class Builder {
        private final List<Registered<Importer>> importers = new ArrayList<>();
        private final List<Registered<Extractor>> extractors = new ArrayList<>();
        private final List<Registered<Object>> gazetteers = new ArrayList<>();
        private final List<Registered<Analysis<?>>> analyses = new ArrayList<>();
        private final List<Registered<Exporter>> exporters = new ArrayList<>();
        private final List<Contribution> views = new ArrayList<>();

        private Builder() {
        }

        public Builder importer(String id, String bundle, String name, Map<String, String> attributes, Supplier<? extends Importer> factory) {
            importers.add(new Registered<>(new Contribution(ContributionKind.IMPORTER, id, bundle, name), attributes, factory));
            return this;
        }

        public Builder extractor(String id, String bundle, String name, Map<String, String> attributes, Supplier<? extends Extractor> factory) {
            extractors.add(new Registered<>(new Contribution(ContributionKind.EXTRACTOR, id, bundle, name), attributes, factory));
            return this;
        }

        public Builder gazetteer(String id, String bundle, String name, Map<String, String> attributes, Supplier<?> factory) {
            gazetteers.add(new Registered<>(new Contribution(ContributionKind.GAZETTEER, id, bundle, name), attributes, factory));
            return this;
        }

        public Builder analysis(String id, String bundle, String name, Map<String, String> attributes, Supplier<? extends Analysis<?>> factory) {
            analyses.add(new Registered<>(new Contribution(ContributionKind.ANALYSIS, id, bundle, name), attributes, factory));
            return this;
        }

        public Builder exporter(String id, String bundle, String name, Map<String, String> attributes, Supplier<? extends Exporter> factory) {
            exporters.add(new Registered<>(new Contribution(ContributionKind.EXPORTER, id, bundle, name), attributes, factory));
            return this;
        }

        /** A view, for listing: views are created by the workbench, not by the core. */
        public Builder view(String id, String bundle, String name) {
            views.add(new Contribution(ContributionKind.VIEW, id, bundle, name));
            return this;
        }

        public SightlineRegistry build() {
            return new SightlineRegistry(this);
        }
    }
}
