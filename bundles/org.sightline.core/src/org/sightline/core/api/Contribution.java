package org.sightline.core.api;

import java.util.Objects;

/**
 * One contribution as listed to users: what it is, its id, the bundle that supplies it and its name.
 *
 * @param kind   what the contribution is
 * @param id     its unique id, e.g. {@code org.sightline.importer.html}
 * @param bundle the symbolic name of the contributing bundle ({@code -} when not from a bundle)
 * @param name   a human-readable name
 *
 * @since 0.1.0
 */
public record Contribution(ContributionKind kind, String id, String bundle, String name) {

    public Contribution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        bundle = bundle == null || bundle.isBlank() ? "-" : bundle;
        name = name == null || name.isBlank() ? id : name;
    }

    /** The tab-separated line of {@code --list-extensions}: kind, id, bundle, name. */
    public String toListLine() {
        return String.join("\t", kind.label(), clean(id), clean(bundle), clean(name));
    }

    private static String clean(String s) {
        // A tab or line break inside a field would break the one-line-per-contribution format.
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
