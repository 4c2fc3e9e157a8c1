package org.sightline.importer.html.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened out of arrays and {@code @graph}s.
 * Broken blocks are skipped: JSON-LD is a hint, never a reason to fail an import. Read with
 * jackson-core, the one JSON library of the headless product (sightline/1 JSON, the journal), into
 * plain values: an object is a {@code Map<String, Object>}, an array a {@code List<Object>}, a
 * scalar its text, JSON null a Java null.
 */
final class JsonLd {

    private static final int MAX_OBJECTS = 500;
    /**
     * Lenient as pages write JSON-LD (comments, single quotes, raw line breaks in strings, trailing
     * commas); jackson-core bounds nesting depth and sizes by default.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER).build();

    private JsonLd() {
    }

    static List<Map<String, Object>> objects(Document doc) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try (JsonParser p = FACTORY.createParser(script.data().strip())) {
                JsonToken first = p.nextToken();
                if (first == null) {
                    continue;
                }
                Object root = value(p);
                if (p.nextToken() != null) {
                    continue; // content after the value: not one JSON document
                }
                collect(root, out);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // a malformed block; the page's other hints still count
            }
        }
        return out;
    }

    /** The value at the parser's current token, its children read. */
    private static Object value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> o = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.putIfAbsent(name, value(p));
                }
                yield o;
            }
            case START_ARRAY -> {
                List<Object> a = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p));
                }
                yield a;
            }
            case VALUE_NULL -> null;
            default -> p.getText();
        };
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object root, List<Map<String, Object>> out) {
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty() && out.size() < MAX_OBJECTS) {
            Object e = todo.pop();
            if (e instanceof List<?> list) {
                for (Object x : list) {
                    if (x != null) {
                        todo.add(x);
                    }
                }
            } else if (e instanceof Map<?, ?> map) {
                Map<String, Object> o = (Map<String, Object>) map;
                out.add(o);
                if (o.get("@graph") != null) {
                    todo.add(o.get("@graph"));
                }
                if (o.get("mainEntity") != null) {
                    todo.add(o.get("mainEntity"));
                }
            }
        }
    }

    /** True when the object's @type names an article-like type (NewsArticle, BlogPosting, Report...). */
    static boolean isArticle(Map<String, Object> o) {
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
    static String text(Object e) {
        if (e instanceof String s) {
            String t = s.strip();
            return t.isEmpty() ? null : t;
        }
        if (e instanceof Map<?, ?> o) {
            return text(o.containsKey("name") ? o.get("name") : o.get("@value"));
        }
        if (e instanceof List<?> a) {
            List<String> names = new ArrayList<>();
            for (Object x : a) {
                String s = text(x);
                if (s != null) {
                    names.add(s);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static List<String> strings(Object e) {
        List<String> out = new ArrayList<>();
        if (e instanceof List<?> a) {
            for (Object x : a) {
                if (x instanceof String s) {
                    out.add(s);
                }
            }
        } else if (e instanceof String s) {
            out.add(s);
        }
        return out;
    }
}
