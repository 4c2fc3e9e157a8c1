package org.sightline.ui.session.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.sightline.model.Actor;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Modality;

/**
 * A Claims filter the analyst named ("Russian warnings"): the filter text, claim types, modalities and the actor the
 * claims are by or about. Kept in the preferences, not in a workspace, so a filter made on one workspace serves on
 * the next: the actor is therefore kept by name and found again by name or alias ({@link #actorIn}).
 *
 * @param name       what the analyst called it, unique among the saved filters (case ignored)
 * @param text       the filter box's text ("" for none)
 * @param types      claim types (empty: any)
 * @param modalities modalities (empty: any)
 * @param actor      the name of the actor the claims are by or about, or null
 * @since 0.2.0
 */
public record SavedFilter(String name, String text, Set<ClaimType> types, Set<Modality> modalities, String actor) {

    private static final JsonFactory JSON = new JsonFactory();

    public SavedFilter {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a saved filter needs a name");
        }
        text = text == null ? "" : text.strip();
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        modalities = modalities == null || modalities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modalities));
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }

    /** What {@code filter} narrows by, under {@code name}. */
    public static SavedFilter of(String name, ClaimTable.Filter filter) {
        return new SavedFilter(name, filter.text(), filter.types(), filter.modalities(), filter.actor() == null ? null : filter.actor().getName());
    }

    /** {@code base} with this filter's text, types, modalities and actor (the actor of {@code corpus} so named, else none). */
    public ClaimTable.Filter applyTo(ClaimTable.Filter base, Corpus corpus) {
        return base.withText(text).withTypes(types).withModalities(modalities).withActor(actorIn(corpus)).withDocument(null).withClaims(null, null);
    }

    /** The actor of {@code corpus} named {@link #actor} (by name, else by alias, case ignored), or null. */
    public Actor actorIn(Corpus corpus) {
        if (actor == null || corpus == null) {
            return null;
        }
        for (Actor a : corpus.getActors()) {
            if (actor.equalsIgnoreCase(a.getName())) {
                return a;
            }
        }
        for (Actor a : corpus.getActors()) {
            if (a.getAliases().stream().anyMatch(actor::equalsIgnoreCase)) {
                return a;
            }
        }
        return null;
    }

    /** {@code list} with {@code filter} in place of the one of the same name (case ignored), or added at the end. */
    public static List<SavedFilter> put(List<SavedFilter> list, SavedFilter filter) {
        List<SavedFilter> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).name().equalsIgnoreCase(filter.name())) {
                out.set(i, filter);
                return out;
            }
        }
        out.add(filter);
        return out;
    }

    /** The saved filters as the preference value: a JSON array of objects. */
    public static String format(List<SavedFilter> filters) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartArray();
            for (SavedFilter f : filters) {
                g.writeStartObject();
                g.writeStringField("name", f.name());
                g.writeStringField("text", f.text());
                g.writeArrayFieldStart("types");
                for (ClaimType t : f.types().stream().sorted().toList()) { // enum order: the same value for the same filter
                    g.writeString(t.getLiteral());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("modalities");
                for (Modality m : f.modalities().stream().sorted().toList()) {
                    g.writeString(m.getLiteral());
                }
                g.writeEndArray();
                if (f.actor() != null) {
                    g.writeStringField("actor", f.actor());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * The saved filters of a preference value written by {@link #format}; "" or null gives none. A value that is not
     * such an array, or names an unknown type or modality, is refused with the reason.
     */
    public static List<SavedFilter> parse(String value) {
        List<SavedFilter> out = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        try (JsonParser p = JSON.createParser(value)) {
            expect(p.nextToken() == JsonToken.START_ARRAY, "saved filters: expected a JSON array, got " + p.currentToken());
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String name = null;
                String text = "";
                String actor = null;
                Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
                Set<Modality> modalities = EnumSet.noneOf(Modality.class);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "name" -> name = p.getText();
                        case "text" -> text = p.getText();
                        case "actor" -> actor = p.getText();
                        case "types" -> {
                            while (p.nextToken() == JsonToken.VALUE_STRING) {
                                ClaimType t = ClaimType.get(p.getText());
                                expect(t != null, "saved filter \"" + name + "\": unknown claim type " + p.getText());
                                types.add(t);
                            }
                        }
                        case "modalities" -> {
                            while (p.nextToken() == JsonToken.VALUE_STRING) {
                                Modality m = Modality.get(p.getText());
                                expect(m != null, "saved filter \"" + name + "\": unknown modality " + p.getText());
                                modalities.add(m);
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                out.add(new SavedFilter(name, text, types, modalities, actor));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("saved filters: not valid JSON: " + e.getMessage(), e);
        }
        return out;
    }

    private static void expect(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
