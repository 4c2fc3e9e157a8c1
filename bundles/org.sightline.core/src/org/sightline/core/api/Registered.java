package org.sightline.core.api;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A contribution with its attributes and a factory for its implementation. Instances come from
 * the factory on demand, so listing contributions never loads their classes.
 *
 * @param contribution what it is, its id, bundle and name
 * @param attributes   the contribution's other attributes (priority, order, format, ...), never null
 * @param factory      makes a new instance of the implementation
 * @param <T>          the interface implemented
 *
 * @since 0.1.0
 */
public record Registered<T>(Contribution contribution, Map<String, String> attributes, Supplier<? extends T> factory) {

    public Registered {
        Objects.requireNonNull(contribution, "contribution");
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        Objects.requireNonNull(factory, "factory");
    }

    public String id() {
        return contribution.id();
    }

    /** An attribute, or {@code fallback} when absent. */
    public String attribute(String name, String fallback) {
        String v = attributes.get(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** An integer attribute, or {@code fallback} when absent or not a number. */
    public int intAttribute(String name, int fallback) {
        try {
            return Integer.parseInt(attribute(name, Integer.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A new instance of the implementation. */
    public T create() {
        return factory.get();
    }
}
