package org.sightline.testing;

import java.util.Arrays;
import java.util.List;

/**
 * Rewrites of an article the way outlets republish wire copy, for the near-duplicate tests, and a
 * different report on the same story (written for the tests) that must not be taken for a copy.
 */
public final class WireCopies {

    private WireCopies() {
    }

    /** An outlet's copy: its own headline and dateline, the first two lines and the last five cut, a credit line added. */
    public static String syndicated(String original) {
        List<String> lines = Arrays.asList(original.split("\n"));
        List<String> body = lines.subList(2, lines.size() - 5);
        return "US hands more of North Korea deterrence to Seoul and Tokyo\n"
                + "WASHINGTON (Wire Service) \u2014 " + String.join("\n", body) + "\nReporting by the wire desk; editing by the night desk.";
    }

    /** A copy edited throughout: every fifteenth word replaced, as a sub-editor's house style would. */
    public static String edited(String original) {
        String[] words = original.split(" ");
        for (int i = 7; i < words.length; i += 15) {
            words[i] = words[i].equals("the") ? "a" : "the";
        }
        return String.join(" ", words);
    }

    /** A different report on the Pentagon's decision, seen from Seoul. */
    public static final String OTHER_REPORT = """
            Seoul weighs bigger role as Pentagon steps back
            South Korean officials said on Tuesday they were studying how to expand their own missile defenses \
            and surveillance after the Pentagon announced a smaller direct role in deterring North Korea. \
            A senior official at the defense ministry in Seoul told reporters that the military would increase \
            joint drills with Japan and accelerate purchases of early-warning aircraft. Opposition lawmakers \
            criticised the government for relying on Washington for too long and demanded a parliamentary \
            hearing. Analysts at a Seoul think tank said the change had been expected for years, but its timing, \
            weeks before new North Korean missile tests were expected, would test the alliance. The US embassy \
            declined to comment beyond the Pentagon statement, which said the nuclear umbrella was unchanged.
            """;
}
