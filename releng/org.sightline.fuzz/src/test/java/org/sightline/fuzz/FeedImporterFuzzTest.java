package org.sightline.fuzz;

import org.sightline.importer.feed.internal.FeedSourceImporter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The RSS and Atom importer (XML parsing, DOCTYPE refusal, items through the HTML engine) on arbitrary bytes. */
class FeedImporterFuzzTest {

    private final FeedSourceImporter importer = new FeedSourceImporter();

    @FuzzTest(maxDuration = "10s")
    void importFeed(byte[] feed) {
        FuzzChecks.importWith(importer, "fuzz.xml", feed);
    }
}
