package org.sightline.core.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.sightline.core.api.Contribution;
import org.sightline.core.api.ContributionKind;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.registry.api.ExtensionRegistryReader;
import org.sightline.core.registry.api.ExtensionRegistryReader.Problem;
import org.sightline.core.registry.tests.ExtensionPointSchemaTest.Attribute;
import org.sightline.core.registry.tests.ExtensionPointSchemaTest.Schema;
import org.sightline.core.registry.tests.dynamic.PentagonMentions;

/**
 * Contributions are validated as they are read: each kind of mistake a plugin author makes is
 * reported with the contributing bundle, that contribution is skipped, and the others are kept.
 */
class ContributionValidationTest {

    private static final String PENTAGON = PentagonMentions.class.getName();
    private final PrivateRegistry registry = new PrivateRegistry();
    private final List<Problem> problems = new ArrayList<>();

    @AfterEach
    void close() {
        registry.close();
    }

    private SightlineRegistry read() {
        return ExtensionRegistryReader.read(registry.registry, problems::add);
    }

    private static List<String> ids(SightlineRegistry r) {
        return r.contributions().stream().map(Contribution::id).toList();
    }

    /** A valid extractor beside the bad one: the reader keeps it. */
    private static String withGoodNeighbour(String point, String bad) {
        return """
                <plugin>
                  <extension point="org.sightline.core.extractors">
                    <extractor id="com.example.good" name="Good" class="%s"/>
                  </extension>
                  <extension point="%s">
                    %s
                  </extension>
                </plugin>
                """.formatted(PENTAGON, point, bad);
    }

    @Test
    void theValidContributionsOfEveryKindRaiseNoProblem() {
        registry.contribute("com.example", ExtensionRegistryReaderTest.EVERY_KIND);
        assertEquals(7, read().contributions().size());
        assertEquals(List.of(), problems);
    }

    @Test
    void aContributionWithoutIdIsSkippedNotNamedUnnamed() {
        registry.contribute("com.example", withGoodNeighbour("org.sightline.core.importers",
                "<importer name=\"No id\" class=\"" + PENTAGON + "\"/>"));
        assertEquals(List.of("com.example.good"), ids(read()));
        assertEquals(List.of(new Problem("com.example", "org.sightline.core.importers", "<importer>", "the required attribute 'id' is missing")),
                problems);
        assertEquals("Skipped <importer> of bundle com.example (extension point org.sightline.core.importers): the required attribute 'id' is missing",
                problems.get(0).toString());
    }

    @Test
    void aDuplicateIdKeepsTheFirstAndNamesBothBundles() {
        registry.contribute("com.example.first", """
                <plugin><extension point="org.sightline.core.extractors">
                  <extractor id="com.example.pentagon" name="First" class="%s"/>
                </extension></plugin>""".formatted(PENTAGON));
        registry.contribute("com.example.second", """
                <plugin><extension point="org.sightline.core.extractors">
                  <extractor id="com.example.pentagon" name="Second" class="%1$s"/>
                  <extractor id="com.example.other" name="Other" class="%1$s"/>
                </extension></plugin>""".formatted(PENTAGON));
        SightlineRegistry r = read();
        assertEquals(List.of("com.example.other", "com.example.pentagon"), ids(r));
        assertEquals("First", r.extractors().stream().filter(x -> x.id().equals("com.example.pentagon")).findFirst().orElseThrow().contribution().name());
        assertEquals(List.of(new Problem("com.example.second", "org.sightline.core.extractors", "<extractor id=\"com.example.pentagon\">",
                "the id com.example.pentagon is taken already by <extractor> of bundle com.example.first")), problems);
    }

    @Test
    void theSameIdInTwoKindsIsNoDuplicate() {
        registry.contribute("com.example", """
                <plugin>
                  <extension point="org.sightline.core.extractors"><extractor id="com.example.x" name="X" class="%1$s"/></extension>
                  <extension point="org.sightline.core.analyses"><analysis id="com.example.x" name="X" class="%1$s"/></extension>
                </plugin>""".formatted(PENTAGON));
        assertEquals(2, read().contributions().size());
        assertEquals(List.of(), problems);
    }

    @Test
    void unknownElementsAreSkippedWithTheirName() {
        registry.contribute("com.example", withGoodNeighbour("org.sightline.core.importers", """
                <importr id="com.example.typo" name="Typo" class="%1$s"/>
                <importer id="com.example.child" name="Child" class="%1$s"><option value="x"/></importer>
                """.formatted(PENTAGON)));
        assertEquals(List.of("com.example.good"), ids(read()));
        assertEquals(List.of(
                "<importr id=\"com.example.typo\">: unknown element <importr>: the point's contributions are <importer> elements",
                "<importer id=\"com.example.child\">: unknown element <option> inside <importer>: the schema declares none"),
                problems.stream().map(p -> p.element() + ": " + p.problem()).toList());
        assertTrue(problems.stream().allMatch(p -> p.bundle().equals("com.example")));
    }

    @Test
    void aContributionWithoutClassIsSkipped() {
        registry.contribute("com.example", withGoodNeighbour("org.sightline.core.analyses", """
                <analysis id="com.example.noclass" name="No class"/>
                <analysis id="com.example.blank" name="Blank class" class="  "/>
                """));
        assertEquals(List.of("com.example.good"), ids(read()));
        assertEquals(List.of("the required attribute 'class' is missing", "the required attribute 'class' is missing"),
                problems.stream().map(Problem::problem).toList());
    }

    @Test
    void aGazetteerNeedsAClassOrAFile() {
        registry.contribute("com.example", withGoodNeighbour("org.sightline.core.gazetteers",
                "<gazetteer id=\"com.example.empty\" name=\"Neither class nor file\"/>"));
        assertEquals(List.of("com.example.good"), ids(read()));
        assertEquals(List.of("a gazetteer needs a 'class' or a 'file' attribute"), problems.stream().map(Problem::problem).toList());
    }

    @Test
    void aSightlineViewWithoutIdIsSkippedAndOtherCategoriesAreNotJudged() {
        registry.contribute("com.example", """
                <plugin><extension point="org.eclipse.ui.views">
                  <view name="No id" category="org.sightline.ui.category" class="com.example.View"/>
                  <view id="com.example.view" name="Kept" category="org.sightline.ui.category" class="com.example.View"/>
                  <view name="Not ours, not judged" category="org.eclipse.ui" class="com.example.View"/>
                  <category id="com.example.category" name="A category"/>
                </extension></plugin>""");
        assertEquals(List.of("com.example.view"), ids(read()));
        assertEquals(List.of(new Problem("com.example", "org.eclipse.ui.views", "<view>", "the required attribute 'id' is missing")), problems);
    }

    /** Each attribute a point's .exsd marks required is enforced: the schema, not the reader, is the reference. */
    @Test
    void everyAttributeTheSchemasRequireIsEnforced() throws Exception {
        int checked = 0;
        for (ContributionKind kind : ContributionKind.values()) {
            if (kind.extensionPointId() == null) {
                continue;
            }
            Schema schema = ExtensionPointSchemaTest.schema(kind);
            Map<String, String> valid = new java.util.LinkedHashMap<>();
            for (Attribute a : schema.attributes().values()) {
                if (a.required()) {
                    valid.put(a.name(), a.name().equals("class") ? PENTAGON : "x" + a.name());
                }
            }
            valid.putIfAbsent("class", PENTAGON); // the gazetteer's class-or-file
            for (String omitted : schema.attributes().values().stream().filter(Attribute::required).map(Attribute::name).toList()) {
                problems.clear();
                try (PrivateRegistry r = new PrivateRegistry()) {
                    String attributes = valid.entrySet().stream().filter(en -> !en.getKey().equals(omitted))
                            .map(en -> en.getKey() + "=\"" + en.getValue() + "\"").collect(Collectors.joining(" "));
                    r.contribute("com.example", "<plugin><extension point=\"" + schema.pointId() + "\"><" + schema.element() + " " + attributes
                            + "/></extension></plugin>");
                    assertEquals(List.of(), ExtensionRegistryReader.read(r.registry, problems::add).contributions(), schema.pointId() + " without " + omitted);
                    assertEquals(List.of("the required attribute '" + omitted + "' is missing"), problems.stream().map(Problem::problem).toList(),
                            schema.pointId() + " without " + omitted);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 11, checked + " required attributes checked");
    }

    /** Under OSGi the contributing bundle is asked (as a resource: nothing loaded, nothing started) whether it has the class. */
    @Test
    void aClassTheContributingBundleDoesNotHaveIsSkipped() {
        assumeTrue(FrameworkUtil.getBundle(ExtensionRegistryReader.class) != null, "needs a running OSGi framework (run with tycho-surefire)");
        // org.sightline.core.registry is installed, and this test fragment's classes are in its class space.
        String host = "org.sightline.core.registry";
        registry.contribute(host, """
                <plugin><extension point="org.sightline.core.extractors">
                  <extractor id="com.example.present" name="Present" class="%s"/>
                  <extractor id="com.example.absent" name="Absent" class="com.example.NoSuchExtractor"/>
                  <extractor id="com.example.factory" name="Factory data" class="%s:some-data"/>
                </extension></plugin>""".formatted(PENTAGON, PENTAGON));
        assertEquals(List.of("com.example.factory", "com.example.present"), ids(read()));
        assertEquals(List.of(new Problem(host, "org.sightline.core.extractors", "<extractor id=\"com.example.absent\">",
                "the class com.example.NoSuchExtractor is not in bundle " + host)), problems);
    }
}
