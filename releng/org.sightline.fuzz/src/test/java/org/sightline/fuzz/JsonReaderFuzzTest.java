package org.sightline.fuzz;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.sightline.model.io.SightlineJson;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The sightline/1 JSON reader on arbitrary text: a corpus or an IOException naming the problem. */
class JsonReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readJson(byte[] json) {
        try {
            SightlineJson.read(new StringReader(new String(json, StandardCharsets.UTF_8)), "fuzz.json");
        } catch (IOException e) {
            if (e.getMessage() == null) {
                throw new AssertionError("a refusal without a message", e);
            }
        }
    }
}
