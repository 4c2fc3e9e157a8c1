package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sightline analyze --format conllu}: the installed product prints every sentence of every input
 * in CoNLL-U with its words, lemmas, UPOS/XPOS tags, heads and relations; the word offsets in MISC point
 * at the input's text.
 */
class AnalyzeConlluTest {

    @TempDir
    Path dir;

    /** The word lines of one sentence block, split into their ten columns. */
    private record Block(List<String> comments, List<String[]> words) {
    }

    private static List<Block> blocks(String out) {
        List<Block> blocks = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (line.isEmpty()) {
                if (!words.isEmpty()) {
                    blocks.add(new Block(List.copyOf(comments), List.copyOf(words)));
                }
                comments.clear();
                words.clear();
            } else if (line.startsWith("#")) {
                comments.add(line);
            } else {
                String[] c = line.split("\t", -1);
                assertEquals(10, c.length, "ten columns: " + line);
                words.add(c);
            }
        }
        assertTrue(words.isEmpty(), "the output ends with a blank line");
        return blocks;
    }

    @Test
    void printsWordsTagsLemmasAndTreesWithOffsetsIntoTheInput() throws Exception {
        Path input = dir.resolve("statement.txt");
        String text = "Officials stressed that the United States will continue to stand by its allies.\n"
                + "The ministry said it didn't expect talks soon.\n";
        Files.writeString(input, text, StandardCharsets.UTF_8);
        Products.Result r = Products.analyze("--format", "conllu", input.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("# newdoc id = d1\n"), r.out());
        List<Block> blocks = blocks(r.out());
        assertEquals(2, blocks.size(), r.out());
        assertTrue(blocks.get(0).comments().contains("# sent_id = d1-s1"), r.out());
        assertTrue(blocks.get(0).comments().contains(
                "# text = Officials stressed that the United States will continue to stand by its allies."), r.out());
        for (Block b : blocks) {
            int roots = 0;
            for (int i = 0; i < b.words().size(); i++) {
                String[] w = b.words().get(i);
                assertEquals(Integer.toString(i + 1), w[0]);
                int head = Integer.parseInt(w[6]);
                assertTrue(head >= 0 && head <= b.words().size() && head != i + 1, String.join(" ", w));
                roots += head == 0 ? 1 : 0;
                assertEquals(head == 0, w[7].equals("root"), String.join(" ", w));
                // TokenRange=BEGIN:END points at the word in the input file
                String range = w[9].split("\\|")[0];
                assertTrue(range.startsWith("TokenRange="), w[9]);
                String[] be = range.substring("TokenRange=".length()).split(":");
                assertEquals(w[1], text.substring(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
            }
            assertEquals(1, roots, "one root per sentence");
        }
        String[] officials = blocks.get(0).words().get(0);
        String[] stressed = blocks.get(0).words().get(1);
        assertEquals("stress", stressed[2]);
        assertEquals("VERB", stressed[3]);
        assertEquals("VBD", stressed[4]);
        assertEquals("root", stressed[7]);
        assertEquals("2", officials[6], "Officials depends on stressed");
        assertEquals("nsubj", officials[7]);
        // UD words: "didn't" is "did" + "n't", the second glued to the first
        List<String> forms = blocks.get(1).words().stream().map(w -> w[1]).toList();
        assertTrue(forms.contains("did") && forms.contains("n't"), forms.toString());
        String[] did = blocks.get(1).words().get(forms.indexOf("did"));
        assertTrue(did[9].endsWith("|SpaceAfter=No"), did[9]);
    }
}
