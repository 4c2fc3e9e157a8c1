package org.sightline.core.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IContributor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.api.Contribution;
import org.sightline.core.api.Registered;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.registry.api.ExtensionRegistryReader;
import org.sightline.core.registry.api.LiveRegistry;
import org.sightline.core.registry.tests.dynamic.PentagonMentions;
import org.sightline.core.registry.tests.dynamic.Utf8Importer;

/** The reader and the live registry over a real Equinox extension registry filled from plugin.xml text. */
class ExtensionRegistryReaderTest {

    static final String TESTS = "org.sightline.core.registry.tests";
    private static final String DYNAMIC = "org.sightline.core.registry.tests.dynamic.";

    /** One contribution of each kind, as a third party's plugin.xml would make them. */
    static final String EVERY_KIND = """
            <plugin>
              <extension point="org.sightline.core.importers">
                <importer id="com.example.utf8" name="UTF-8 text" class="%1$sUtf8Importer" priority="-5" fileExtensions="txt"/>
              </extension>
              <extension point="org.sightline.core.extractors">
                <extractor id="com.example.pentagon" name="Pentagon" class="%1$sPentagonMentions" order="250"/>
                <extractor id="com.example.early" name="Early" class="%1$sPentagonMentions" order="50"/>
              </extension>
              <extension point="org.sightline.core.gazetteers">
                <gazetteer id="com.example.ministries" name="Ministries" file="data/ministries.tsv"/>
              </extension>
              <extension point="org.sightline.core.analyses">
                <analysis id="com.example.count" name="Count" class="com.example.NotLoadedWhileListing"/>
              </extension>
              <extension point="org.sightline.core.exporters">
                <exporter id="com.example.tsv" name="Claims (TSV)" class="com.example.NotLoadedWhileListing" format="tsv" fileExtension="tsv"/>
              </extension>
              <extension point="org.eclipse.ui.views">
                <view id="com.example.view" name="Example view" category="org.sightline.ui.category" class="com.example.View"/>
                <view id="com.example.elsewhere" name="Not ours" category="org.eclipse.ui" class="com.example.View"/>
              </extension>
            </plugin>
            """.formatted(DYNAMIC);

    private final PrivateRegistry registry = new PrivateRegistry();

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void everyKindIsListedWithItsBundleInTheOrderOfListExtensions() {
        registry.contribute("com.example", EVERY_KIND);
        SightlineRegistry r = ExtensionRegistryReader.read(registry.registry);
        List<String> lines = r.contributions().stream().map(Contribution::toListLine).toList();
        assertEquals(List.of(
                "importer\tcom.example.utf8\tcom.example\tUTF-8 text",
                "extractor\tcom.example.early\tcom.example\tEarly",
                "extractor\tcom.example.pentagon\tcom.example\tPentagon",
                "gazetteer\tcom.example.ministries\tcom.example\tMinistries",
                "analysis\tcom.example.count\tcom.example\tCount",
                "exporter\tcom.example.tsv\tcom.example\tClaims (TSV)",
                "view\tcom.example.view\tcom.example\tExample view"), lines);
    }

    @Test
    void attributesOtherThanIdNameAndClassReachTheCore() {
        registry.contribute("com.example", EVERY_KIND);
        SightlineRegistry r = ExtensionRegistryReader.read(registry.registry);
        assertEquals(List.of("com.example.early", "com.example.pentagon"), r.extractors().stream().map(Registered::id).toList(), "pipeline order");
        assertEquals(250, r.extractors().get(1).intAttribute("order", 500));
        assertEquals(-5, r.importers().get(0).intAttribute("priority", 0));
        assertEquals("txt", r.importers().get(0).attribute("fileExtensions", null));
        Registered<?> tsv = r.exporter("tsv").orElseThrow();
        assertEquals("tsv", tsv.attribute("fileExtension", null));
        assertEquals(null, tsv.attributes().get("class"));
    }

    @Test
    void implementationsAreCreatedOnlyWhenAsked() {
        registry.contribute("com.example", EVERY_KIND);
        SightlineRegistry r = ExtensionRegistryReader.read(registry.registry);
        assertInstanceOf(Utf8Importer.class, r.importers().get(0).create());
        assertInstanceOf(PentagonMentions.class, r.extractors().get(0).create());
        assertTrue(r.extractors().get(0).create() != r.extractors().get(0).create(), "a new instance per call");
        // Listing did not load com.example.NotLoadedWhileListing; asking for it names the contribution.
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.analyses().get(0).create());
        assertTrue(e.getMessage().startsWith("contribution com.example.count of com.example cannot be created: "), e.getMessage());
    }

    @Test
    void aFileGazetteerIsListedWithoutTouchingItsBundle() {
        registry.contribute("com.example", EVERY_KIND);
        SightlineRegistry r = ExtensionRegistryReader.read(registry.registry);
        // No bundle of that name exists here: listing works, asking for the file says what is missing.
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.gazetteers().get(0).create());
        assertEquals("contribution com.example.ministries: no file 'data/ministries.tsv' in bundle com.example", e.getMessage());
    }

    @Test
    void theLiveRegistryFollowsContributionsThatComeAndGo() {
        List<SightlineRegistry> heard = new ArrayList<>();
        try (LiveRegistry live = new LiveRegistry(registry.registry)) {
            live.addListener(heard::add);
            assertEquals(List.of(), live.current().contributions());

            IContributor example = registry.contribute("com.example", EVERY_KIND);
            assertEquals(7, live.current().contributions().size());
            assertTrue(!heard.isEmpty() && heard.get(heard.size() - 1) == live.current(), "listeners get the new registry");

            int before = heard.size();
            registry.remove(example);
            assertEquals(List.of(), live.current().contributions());
            assertTrue(heard.size() > before, "removal is heard too");

            // Points and contributions that are not Sightline's do not disturb the listeners.
            int quiet = heard.size();
            registry.contribute("com.example.other", "<plugin><extension-point id=\"other\" name=\"Other\"/>"
                    + "<extension point=\"com.example.other.other\"><thing/></extension></plugin>");
            assertEquals(quiet, heard.size());
        }
    }

    @Test
    void aClosedLiveRegistryNoLongerListens() {
        List<SightlineRegistry> heard = new ArrayList<>();
        LiveRegistry live = new LiveRegistry(registry.registry);
        live.addListener(heard::add);
        live.close();
        registry.contribute("com.example", EVERY_KIND);
        assertEquals(List.of(), heard);
    }
}
