package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The command's arguments never reach the Equinox launcher (issue 17, item 2): a file named like a
 * launcher option is a file after {@code --}, and an unknown option of the command before it. Each
 * of these once vanished ({@code -clean}, {@code -nosplash}), swallowed the next input ({@code -vmargs},
 * {@code -data}, {@code -nl}), ended the run with 13 or 15 ({@code -application}, {@code -install},
 * {@code -configuration}) or hung after the result ({@code -noExit}).
 */
class LauncherArgumentsTest {

    private static final String TEXT = "US officials stressed that the United States will continue to uphold defense treaties with South Korea.\n";

    @TempDir
    Path dir;

    private Products.Result analyzeIn(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Products.workbench().resolve("sightline").toString(), "analyze"));
        cmd.addAll(List.of(args));
        return Products.exec(cmd, Products.noDisplay(), null, dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-clean", "-nosplash", "-vmargs", "-data", "-nl", "-application", "-install", "-configuration", "-noExit"})
    void afterTheDoubleDashAFileNamedLikeALauncherOptionIsAnalysedAndSoIsTheNextInput(String name) throws Exception {
        Files.writeString(dir.resolve(name), TEXT);
        Files.writeString(dir.resolve("next.txt"), TEXT);
        Products.Result r = analyzeIn("--", name, "next.txt");
        assertEquals(0, r.exit(), r.err());
        List<String> inputs = new ArrayList<>();
        for (JsonElement d : JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("documents")) {
            inputs.add(d.getAsJsonObject().get("input").getAsString());
        }
        assertEquals(List.of(name, "next.txt"), inputs.stream().map(i -> Path.of(i).getFileName().toString()).toList(), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-clean", "-nosplash", "-vmargs", "-data", "-nl", "-application", "-install", "-configuration", "-noExit"})
    void beforeTheDoubleDashALauncherOptionIsTheCommandsUnknownOption(String name) throws Exception {
        Files.writeString(dir.resolve("next.txt"), TEXT);
        Products.Result r = analyzeIn(name, "next.txt");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals(0, r.stdout().length, "nothing on standard output");
        assertEquals(List.of("sightline analyze: unknown option: " + name + " (see sightline analyze --help)"), r.err().lines().toList());
    }
}
