package org.sightline.importer.html.internal;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonParseException;

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened out of arrays and {@code @graph}s.
 * Broken blocks are skipped: JSON-LD is a hint, never a reason to fail an import.
 */
final class JsonLd {

    private static final int MAX_OBJECTS = 500;

    private JsonLd() {
    }

    static List<JsonObject> objects(Document doc) {
        List<JsonObject> out = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(JsonParser.parseString(script.data().strip()), out);
            } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
                // a malformed block; the page's other hints still count
            }
        }
        return out;
    }

    private static void collect(JsonElement root, List<JsonObject> out) {
        Deque<JsonElement> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty() && out.size() < MAX_OBJECTS) {
            JsonElement e = todo.pop();
            if (e.isJsonArray()) {
                for (JsonElement x : e.getAsJsonArray()) {
                    todo.add(x);
                }
            } else if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                out.add(o);
                if (o.has("@graph")) {
                    todo.add(o.get("@graph"));
                }
                if (o.has("mainEntity")) {
                    todo.add(o.get("mainEntity"));
                }
            }
        }
    }

    /** True when the object's @type names an article-like type (NewsArticle, BlogPosting, Report...). */
    static boolean isArticle(JsonObject o) {
        for (String type : strings(o.get("@type"))) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("liveblogposting")
                    || t.equals("socialmediaposting")) {
                return true;
            }
        }
        return false;
    }

    /** A string value, or the "name" of an object value, or the first of an array; null otherwise. */
    static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e instanceof JsonPrimitive p) {
            String s = p.getAsString().strip();
            return s.isEmpty() ? null : s;
        }
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            return text(o.has("name") ? o.get("name") : o.get("@value"));
        }
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            List<String> names = new ArrayList<>();
            for (JsonElement x : a) {
                String s = text(x);
                if (s != null) {
                    names.add(s);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static List<String> strings(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                if (x.isJsonPrimitive()) {
                    out.add(x.getAsString());
                }
            }
        } else if (e.isJsonPrimitive()) {
            out.add(e.getAsString());
        }
        return out;
    }
}
