package org.sightline.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sightline.core.api.Exporter;
import org.sightline.export.api.CsvExporter;
import org.sightline.export.api.GraphMlExporter;
import org.sightline.export.api.HtmlReportExporter;
import org.sightline.export.api.JsonExporter;
import org.sightline.export.api.MarkdownReportExporter;

/** Exporter contract: the same corpus gives the same bytes, whichever instance and however often. */
class DeterminismTest {

    static Stream<Exporter> exporters() {
        return Stream.of(new JsonExporter(), new CsvExporter(), new GraphMlExporter(), new MarkdownReportExporter(),
                new HtmlReportExporter());
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void sameCorpusSameBytes(Exporter exporter) {
        ExportFixture fixture = new ExportFixture();
        byte[] first = Exports.bytes(exporter, fixture.corpus);
        byte[] again = Exports.bytes(exporter, fixture.corpus);
        // A corpus built anew has new objects (new identity hashes): output must not depend on them.
        byte[] rebuilt = Exports.bytes(exporter, new ExportFixture().corpus);
        assertTrue(first.length > 500, "exported something substantial");
        assertArrayEquals(first, again, "second export of the same corpus");
        assertArrayEquals(first, rebuilt, "export of an identical corpus built anew");
    }
}
