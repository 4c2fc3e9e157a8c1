package org.sightline.lexicon.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.lexicon.api.TsvLines;

/**
 * The cue lexicon's file format: UTF-8, tab-separated, '#' starts a comment line, the first other line is
 * the header {@link #HEADER}. Columns: lemma (lower case, words separated by one space), kind (VERB,
 * NOUN, ADJECTIVE, ADVERB, PREPOSITION), class ({@link CueClass}), type (a claim type name), frames
 * (comma-separated {@link Frame} names, at least one), particles (comma-separated, may be empty; needed
 * by the PREP frame), origin (free text). Every problem names the file and line.
 */
public final class CueTsv {

    public static final String HEADER = "lemma\tkind\tclass\ttype\tframes\tparticles\torigin";

    private CueTsv() {
    }

    public static List<Cue> read(Reader in, String name) throws IOException {
        List<Cue> cues = new ArrayList<>();
        boolean[] header = {false};
        TsvLines.read(in, (lineNo, line, fields) -> {
            if (header[0]) {
                cues.add(parse(line, name, lineNo));
            } else if (line.equals(HEADER)) {
                header[0] = true;
            } else {
                throw problem(name, lineNo, "header must be \"" + HEADER.replace("\t", "\\t") + "\"");
            }
        });
        if (!header[0]) {
            throw new IllegalArgumentException(name + ": no header line"); // nothing but comments: no line to name
        }
        return cues;
    }

    /** One data line; the problems a schema check looks for are thrown here. */
    public static Cue parse(String line, String name, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
            throw problem(name, lineNo, "expected 7 tab-separated columns, found " + f.length);
        }
        String lemma = f[0];
        if (lemma.isEmpty() || !lemma.equals(lemma.toLowerCase(Locale.ROOT)) || !lemma.equals(lemma.strip())
                || lemma.contains("  ") || !lemma.matches("[a-z' -]+")) {
            throw problem(name, lineNo, "lemma \"" + lemma + "\" must be lower-case letters, words separated by one space");
        }
        Cue.Kind kind = value(Cue.Kind.class, f[1], "kind", name, lineNo);
        CueClass cueClass = value(CueClass.class, f[2], "class", name, lineNo);
        String type = f[3];
        if (!type.matches("[A-Z]+")) {
            throw problem(name, lineNo, "type \"" + type + "\" must be a claim type name in capitals");
        }
        Set<Frame> frames = EnumSet.noneOf(Frame.class);
        for (String fr : f[4].split(",")) {
            frames.add(value(Frame.class, fr, "frame", name, lineNo));
        }
        List<String> particles = f[5].isEmpty() ? List.of() : List.of(f[5].split(","));
        for (String p : particles) {
            if (!p.matches("[a-z]+")) {
                throw problem(name, lineNo, "particle \"" + p + "\" must be one lower-case word");
            }
        }
        if (frames.contains(Frame.PREP) && particles.isEmpty()) {
            throw problem(name, lineNo, "the PREP frame needs particles");
        }
        if (frames.contains(Frame.OBJ_PREP) && particles.isEmpty()) {
            throw problem(name, lineNo, "the OBJ_PREP frame needs particles");
        }
        return new Cue(lemma, kind, cueClass, type, frames, particles, f[6]);
    }

    public static String format(Cue c) {
        StringBuilder frames = new StringBuilder();
        for (Frame fr : Frame.values()) {
            if (c.frames().contains(fr)) {
                frames.append(frames.isEmpty() ? "" : ",").append(fr.name());
            }
        }
        return String.join("\t", c.lemma(), c.kind().name(), c.cueClass().name(), c.type(), frames,
                String.join(",", c.particles()), c.origin());
    }

    private static <E extends Enum<E>> E value(Class<E> type, String v, String column, String name, int lineNo) {
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw problem(name, lineNo, column + " \"" + v + "\" is none of " + EnumSet.allOf(type));
        }
    }

    private static IllegalArgumentException problem(String name, int line, String what) {
        return new IllegalArgumentException(name + ":" + line + ": " + what);
    }
}
