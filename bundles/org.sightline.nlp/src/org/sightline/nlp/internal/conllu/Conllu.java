package org.sightline.nlp.internal.conllu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U (Universal Dependencies treebanks): ten tab-separated columns per word; multiword-token
 * lines ("3-4") and empty nodes ("8.1") are skipped, so a sentence is its syntactic words, the unit UD
 * scores are computed on. Comments {@code # sent_id} and {@code # text} are kept.
 */
public final class Conllu {

    private Conllu() {
    }

    public static List<UdSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read CoNLL-U file " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param name names the input in error messages */
    public static List<UdSentence> read(BufferedReader in, String name) throws IOException {
        List<UdSentence> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        String id = null;
        String text = null;
        int lineNo = 0;
        int sentenceStart = 1;
        for (String line = in.readLine(); ; line = in.readLine()) {
            lineNo++;
            if (line == null || line.isBlank()) {
                if (!rows.isEmpty()) {
                    out.add(sentence(rows, id, text, name, sentenceStart));
                }
                rows.clear();
                id = null;
                text = null;
                sentenceStart = lineNo + 1;
                if (line == null) {
                    return out;
                }
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("# sent_id = ")) {
                    id = line.substring(12).strip();
                } else if (line.startsWith("# text = ")) {
                    text = line.substring(9);
                }
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 10) {
                throw new IOException(name + ":" + lineNo + ": expected 10 tab-separated columns, found " + c.length);
            }
            if (c[0].indexOf('-') >= 0 || c[0].indexOf('.') >= 0) {
                continue;
            }
            rows.add(c);
        }
    }

    private static UdSentence sentence(List<String[]> rows, String id, String text, String name, int line)
            throws IOException {
        int n = rows.size();
        String[] forms = new String[n];
        String[] lemmas = new String[n];
        String[] upos = new String[n];
        String[] xpos = new String[n];
        int[] heads = new int[n];
        String[] deprels = new String[n];
        for (int i = 0; i < n; i++) {
            String[] c = rows.get(i);
            try {
                if (Integer.parseInt(c[0]) != i + 1) {
                    throw new IOException(name + ": sentence at line " + line + ": word " + (i + 1) + " is numbered " + c[0]);
                }
                heads[i] = c[6].equals("_") ? -1 : Integer.parseInt(c[6]);
            } catch (NumberFormatException e) {
                throw new IOException(name + ": sentence at line " + line + ": bad number in word " + (i + 1) + ": "
                        + e.getMessage(), e);
            }
            if (heads[i] > n) {
                throw new IOException(name + ": sentence at line " + line + ": word " + (i + 1) + " has head " + heads[i]
                        + " beyond the sentence's " + n + " words");
            }
            forms[i] = c[1];
            lemmas[i] = c[2];
            upos[i] = c[3];
            xpos[i] = c[4];
            deprels[i] = c[7];
        }
        return new UdSentence(id, text, forms, lemmas, upos, xpos, heads, deprels);
    }

    /**
     * Appends one sentence in CoNLL-U: {@code # sent_id} and {@code # text} when given, then one line per
     * word (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC; FEATS and DEPS empty) and a blank line.
     * {@code misc} may be null or hold one MISC value per word (null for "_").
     */
    public static void write(StringBuilder out, String id, String text, String[] forms, String[] lemmas,
            String[] upos, String[] xpos, int[] heads, String[] deprels, String[] misc) {
        if (id != null) {
            out.append("# sent_id = ").append(id).append('\n');
        }
        if (text != null) {
            out.append("# text = ").append(oneLine(text)).append('\n');
        }
        for (int i = 0; i < forms.length; i++) {
            out.append(i + 1).append('\t').append(field(forms[i])).append('\t').append(field(lemmas[i])).append('\t')
                    .append(field(upos[i])).append('\t').append(field(xpos[i])).append("\t_\t")
                    .append(heads[i] < 0 ? "_" : Integer.toString(heads[i])).append('\t').append(field(deprels[i]))
                    .append("\t_\t").append(misc == null || misc[i] == null ? "_" : misc[i]).append('\n');
        }
        out.append('\n');
    }

    /** A field may hold neither tab nor line break; spaces are allowed in FORM and LEMMA since UD v2. */
    private static String field(String s) {
        if (s == null || s.isEmpty()) {
            return "_";
        }
        return oneLine(s).replace('\t', ' ');
    }

    private static String oneLine(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
