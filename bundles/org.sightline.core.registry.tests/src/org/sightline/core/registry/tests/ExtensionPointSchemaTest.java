package org.sightline.core.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.ContributionKind;
import org.sightline.core.api.ExtractorNeeds;
import org.sightline.core.api.LanguageCoverage;
import org.sightline.core.registry.api.ExtensionRegistryReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every extension point of Sightline is documented as PDE expects (description, the interface
 * its class implements, since, a ready-to-paste example, API information), the examples are valid
 * against their own schema, and every contribution in the checkout (Sightline's bundles and the
 * third-party example) is valid against the schemas: declared attributes only, required ones
 * present, classes that exist.
 */
class ExtensionPointSchemaTest {

    /** One attribute of a contribution element, as its schema declares it. */
    record Attribute(String name, boolean required, String kind, String basedOn, String documentation) {
    }

    /** A parsed .exsd: the contribution element's name and attributes, and the documentation sections. */
    record Schema(String pointId, String element, Map<String, Attribute> attributes, String description, Map<String, String> sections) {
    }

    private static final List<ContributionKind> POINTS = Stream.of(ContributionKind.values()).filter(k -> k.extensionPointId() != null).toList();

    @Test
    void everyPointIsDeclaredWithItsSchema() throws Exception {
        Document plugin = parse(SourceTree.coreFile("plugin.xml"));
        Map<String, String> declared = new LinkedHashMap<>();
        for (Element e : elements(plugin.getDocumentElement(), "extension-point")) {
            declared.put("org.sightline.core." + e.getAttribute("id"), e.getAttribute("schema"));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (ContributionKind k : POINTS) {
            expected.put(k.extensionPointId(), "schema/" + k.extensionPointId().substring("org.sightline.core.".length()) + ".exsd");
        }
        assertEquals(expected, declared);
    }

    @Test
    void everySchemaHasDescriptionInterfaceSinceExampleAndApiInformation() throws Exception {
        for (ContributionKind k : POINTS) {
            Schema s = schema(k);
            String where = s.pointId();
            assertTrue(s.description().length() > 100, where + ": the point's description is missing or too short");
            for (String section : List.of("since", "examples", "apiinfo", "implementation")) {
                assertFalse(s.sections().getOrDefault(section, "").isBlank(), where + ": no '" + section + "' section");
            }
            assertTrue(s.sections().get("since").strip().matches("\\d+\\.\\d+\\.\\d+"), where + ": since is not a version");
            for (Attribute a : s.attributes().values()) {
                assertFalse(a.documentation().isBlank(), where + ": attribute " + a.name() + " is not documented");
            }
            assertTrue(s.attributes().get("id").required() && s.attributes().get("name").required(), where + ": id and name must be required");
            Attribute cls = s.attributes().get("class");
            assertNotNull(cls, where + ": no class attribute");
            assertEquals("java", cls.kind(), where);
            assertTrue(cls.basedOn().startsWith(":"), where + ": basedOn names an interface (':' + name): " + cls.basedOn());
            String iface = cls.basedOn().substring(1);
            assertTrue(isInterfaceInCheckout(iface), where + ": basedOn " + iface + " is not an interface of the Sightline bundles");
            String simple = iface.substring(iface.lastIndexOf('.') + 1);
            assertTrue(s.sections().get("apiinfo").contains("implements " + simple), where + ": the API information shows no class implementing " + simple);
        }
    }

    @Test
    void theReadyToPasteExamplesAreValidContributions() throws Exception {
        for (ContributionKind k : POINTS) {
            Schema s = schema(k);
            Matcher pre = Pattern.compile("<pre>(.*?)</pre>", Pattern.DOTALL).matcher(s.sections().get("examples"));
            assertTrue(pre.find(), s.pointId() + ": the example has no <pre> block");
            Element extension = parse(pre.group(1).strip()).getDocumentElement();
            assertEquals("extension", extension.getTagName(), s.pointId());
            assertEquals(s.pointId(), extension.getAttribute("point"), s.pointId() + ": the example contributes to another point");
            List<String> problems = new ArrayList<>();
            validate(s, extension, "the example of " + s.pointId(), null, problems);
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void everyContributionInTheCheckoutIsValidAgainstItsSchema() throws Exception {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (ContributionKind k : POINTS) {
            schemas.put(k.extensionPointId(), schema(k));
        }
        List<Path> pluginXmls;
        try (Stream<Path> files = Files.walk(SourceTree.root(), 5)) {
            pluginXmls = files.filter(p -> p.getFileName().toString().equals("plugin.xml"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        boolean exampleSeen = false;
        for (Path xml : pluginXmls) {
            Path bundle = xml.getParent();
            for (Element extension : elements(parse(Files.readString(xml, StandardCharsets.UTF_8)).getDocumentElement(), "extension")) {
                String point = extension.getAttribute("point");
                if (schemas.containsKey(point)) {
                    validate(schemas.get(point), extension, SourceTree.root().relativize(xml).toString(), bundle, problems);
                    checked += elements(extension, null).size();
                    exampleSeen |= bundle.getFileName().toString().startsWith("com.example");
                } else if (point.equals("org.eclipse.ui.views")) {
                    for (Element view : elements(extension, "view")) {
                        if (ExtensionRegistryReader.VIEW_CATEGORY.equals(view.getAttribute("category"))) {
                            checkClass(view.getAttribute("class"), bundle, xml + ": view " + view.getAttribute("id"), problems);
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked >= 20, "found only " + checked + " contributions under " + SourceTree.root());
        assertTrue(exampleSeen, "the third-party example (examples/) was not found under " + SourceTree.root());
    }

    /**
     * The extractors' {@code languages} declaration: optional and documented in the schema, and every
     * value in the checkout is "*" or a list of two- or three-letter language codes that
     * LanguageCoverage understands; the built-in English-only steps declare "en".
     */
    @Test
    void extractorLanguagesAreDeclaredAndWellFormed() throws Exception {
        Schema extractors = schema(ContributionKind.EXTRACTOR);
        Attribute languages = extractors.attributes().get(LanguageCoverage.ATTRIBUTE);
        assertNotNull(languages, "extractors.exsd declares no languages attribute");
        assertFalse(languages.required(), "languages must stay optional: absent means every language");
        assertTrue(languages.documentation().contains("ISO 639-1"), languages.documentation());
        Map<String, String> declared = new LinkedHashMap<>();
        for (Element e : extractorsInTheCheckout().values()) {
            if (e.hasAttribute(LanguageCoverage.ATTRIBUTE)) {
                declared.put(e.getAttribute("id"), e.getAttribute(LanguageCoverage.ATTRIBUTE));
            }
        }
        for (Map.Entry<String, String> d : declared.entrySet()) {
            assertTrue(d.getValue().matches("\\*|[a-z]{2,3}(\\s*,\\s*[a-z]{2,3})*"), d.getKey() + ": languages=\"" + d.getValue() + "\"");
        }
        assertEquals("en", declared.get("org.sightline.nlp"));
        assertEquals("en", declared.get("org.sightline.extract.claims"));
    }

    /**
     * The extractors' {@code requires}/{@code provides} declarations: optional and documented, the
     * example declares one, and every value in the checkout is a comma list of names.
     */
    @Test
    void extractorNeedsAreDeclaredAndWellFormed() throws Exception {
        Schema extractors = schema(ContributionKind.EXTRACTOR);
        for (String name : List.of(ExtractorNeeds.REQUIRES, ExtractorNeeds.PROVIDES)) {
            Attribute a = extractors.attributes().get(name);
            assertNotNull(a, "extractors.exsd declares no " + name + " attribute");
            assertFalse(a.required(), name + " must stay optional");
            assertTrue(a.documentation().contains("tokens") && a.documentation().contains("actors"), a.documentation());
        }
        assertTrue(extractors.sections().get("examples").contains("requires=\"claims\""), "the example shows a requires declaration");
        int declared = 0;
        for (Map.Entry<String, Element> x : extractorsInTheCheckout().entrySet()) {
            Element e = x.getValue();
            for (String name : List.of(ExtractorNeeds.REQUIRES, ExtractorNeeds.PROVIDES)) {
                if (e.hasAttribute(name)) {
                    declared++;
                    assertTrue(e.getAttribute(name).matches("[a-z][a-z0-9-]*(\\s*,\\s*[a-z][a-z0-9-]*)*"),
                            x.getKey() + " " + name + "=\"" + e.getAttribute(name) + "\"");
                }
            }
        }
        assertTrue(declared >= 8, declared + " declarations: the built-in steps and the example declare theirs");
    }

    /** Every extractor element of the plugin.xml files in the checkout, by "file: id". */
    private static Map<String, Element> extractorsInTheCheckout() throws Exception {
        Map<String, Element> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SourceTree.root(), 5)) {
            for (Path xml : files.filter(p -> p.getFileName().toString().equals("plugin.xml"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/")).sorted().toList()) {
                for (Element extension : elements(parse(Files.readString(xml, StandardCharsets.UTF_8)).getDocumentElement(), "extension")) {
                    if ("org.sightline.core.extractors".equals(extension.getAttribute("point"))) {
                        for (Element e : elements(extension, "extractor")) {
                            out.put(SourceTree.root().relativize(xml) + ": " + e.getAttribute("id"), e);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Checks one {@code <extension>} against the schema; {@code bundle} (when known) must hold the classes. */
    private static void validate(Schema s, Element extension, String where, Path bundle, List<String> problems) {
        List<Element> items = elements(extension, null);
        if (items.isEmpty()) {
            problems.add(where + ": an extension of " + s.pointId() + " without any " + s.element());
        }
        for (Element item : items) {
            String id = where + ": " + item.getTagName() + " " + item.getAttribute("id");
            if (!item.getTagName().equals(s.element())) {
                problems.add(id + ": the point takes only <" + s.element() + "> elements");
                continue;
            }
            for (int i = 0; i < item.getAttributes().getLength(); i++) {
                String name = item.getAttributes().item(i).getNodeName();
                if (!s.attributes().containsKey(name)) {
                    problems.add(id + ": attribute '" + name + "' is not in the schema");
                }
            }
            for (Attribute a : s.attributes().values()) {
                if (a.required() && item.getAttribute(a.name()).isBlank()) {
                    problems.add(id + ": required attribute '" + a.name() + "' is missing");
                }
            }
            boolean hasClass = !item.getAttribute("class").isBlank();
            if (s.element().equals("gazetteer") && hasClass == !item.getAttribute("file").isBlank()) {
                problems.add(id + ": a gazetteer gives either class or file");
            }
            if (hasClass && bundle != null) {
                checkClass(item.getAttribute("class"), bundle, id, problems);
            }
        }
    }

    /** The class (nested classes as Outer$Inner) must have its source in the bundle. */
    private static void checkClass(String className, Path bundle, String where, List<String> problems) {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        String path = outer.replace('.', '/') + ".java";
        if (!Files.isRegularFile(bundle.resolve("src").resolve(path)) && !Files.isRegularFile(bundle.resolve("src-gen").resolve(path))) {
            problems.add(where + ": class " + className + " has no source in " + bundle.getFileName());
        }
    }

    private static boolean isInterfaceInCheckout(String name) {
        String path = name.replace('.', '/') + ".java";
        try (Stream<Path> bundles = Files.list(SourceTree.root().resolve("bundles"))) {
            for (Path b : bundles.toList()) {
                Path source = b.resolve("src").resolve(path);
                if (Files.isRegularFile(source)) {
                    return Files.readString(source).contains("public interface " + name.substring(name.lastIndexOf('.') + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    static Schema schema(ContributionKind kind) throws Exception {
        String point = kind.extensionPointId();
        String local = point.substring("org.sightline.core.".length());
        Document d = parse(SourceTree.coreFile("schema/" + local + ".exsd"));
        Element root = d.getDocumentElement();
        String description = null;
        Map<String, String> sections = new LinkedHashMap<>();
        for (Element annotation : elements(root, "annotation")) {
            Element info = first(annotation, "appInfo");
            String doc = text(first(annotation, "documentation"));
            Element meta = info == null ? null : first(info, null);
            if (meta != null && meta.getTagName().equals("meta.schema")) {
                assertEquals("org.sightline.core", meta.getAttribute("plugin"), point);
                assertEquals(local, meta.getAttribute("id"), point);
                description = doc;
            } else if (meta != null && meta.getTagName().equals("meta.section")) {
                sections.put(meta.getAttribute("type"), doc);
            }
        }
        assertNotNull(description, point + ": no meta.schema annotation with the point's description");
        String element = null;
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (Element e : elements(root, "element")) {
            if (e.getAttribute("name").equals("extension")) {
                continue;
            }
            if (element != null) {
                fail(point + ": more than one contribution element (" + element + ", " + e.getAttribute("name") + ")");
            }
            element = e.getAttribute("name");
            for (Element a : elements(first(e, "complexType"), "attribute")) {
                Element ann = first(a, "annotation");
                Element info = ann == null ? null : first(ann, "appInfo");
                Element meta = info == null ? null : first(info, "meta.attribute");
                attributes.put(a.getAttribute("name"), new Attribute(a.getAttribute("name"), "required".equals(a.getAttribute("use")),
                        meta == null ? "" : meta.getAttribute("kind"), meta == null ? "" : meta.getAttribute("basedOn"),
                        ann == null ? "" : text(first(ann, "documentation"))));
            }
        }
        assertNotNull(element, point + ": no contribution element");
        return new Schema(point, element, attributes, description, sections);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Child elements of {@code parent} with tag {@code name} (any tag when null). */
    static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && (name == null || e.getTagName().equals(name))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String name) {
        List<Element> list = elements(parent, name);
        return list.isEmpty() ? null : list.get(0);
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }
}
