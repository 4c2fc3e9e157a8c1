package org.sightline.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.Extractor;
import org.sightline.core.api.SightlineRegistry;

/** {@code sightline analyze} with extractors that cannot run in their order: one line, exit 3, nothing analysed. */
class AnalyzeOrderTest {

    @Test
    void extractorsInAnOrderThatCannotWorkStopTheRunWithExitThree() {
        Extractor never = context -> {
            throw new AssertionError("nothing runs when the order is wrong");
        };
        SightlineRegistry registry = SightlineRegistry.builder()
                .exporter("test.json", "b", "JSON", Map.of("format", "json"), () -> {
                    throw new AssertionError("nothing is exported");
                })
                .extractor("test.claims", "b", "Claims", Map.of("order", "100", "requires", "actors"), () -> never)
                .extractor("test.actors", "b", "Actors", Map.of("order", "200", "provides", "actors"), () -> never).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, () -> registry, List::of);
        int exit = new AnalyzeCommand().run(List.of("article.txt"), context);
        assertEquals(AnalyzeCommand.BAD_PIPELINE, exit);
        assertEquals(3, exit);
        assertEquals("sightline analyze: the extractors cannot run in this order: Claims (test.claims, order 100) needs actors, "
                + "which Actors (test.actors, order 200) provides only after it: give test.claims an order above 200\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
