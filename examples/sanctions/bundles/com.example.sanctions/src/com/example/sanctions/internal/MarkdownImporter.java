package com.example.sanctions.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Importer;
import org.sightline.core.api.Source;
import org.sightline.model.Document;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.Corpora;

/**
 * Markdown briefings ({@code .md}, {@code .markdown}): the text stays exactly as in the file (so
 * offsets line up with it, as for plain text); the title is the first {@code # } heading and the
 * date a {@code date: YYYY-MM-DD} line of a front-matter block, when there is one.
 */
public final class MarkdownImporter implements Importer {

    private static final Pattern HEADING = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$", Pattern.MULTILINE);
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("^date:[ \\t]*(.+?)[ \\t]*$", Pattern.MULTILINE);

    @Override
    public int score(Source source, byte[] head) {
        String name = source.name().toLowerCase(Locale.ROOT);
        boolean markdownName = name.endsWith(".md") || name.endsWith(".markdown");
        // A NUL byte means binary content whatever the name: leave it to the others (and their errors).
        for (byte b : head) {
            if (b == 0) {
                return 0;
            }
        }
        // 100 like the built-in plain-text importer; the contribution's priority (10) wins the tie.
        return markdownName && head.length > 0 ? 100 : 0;
    }

    @Override
    public List<Document> read(Source source) throws ImportException, IOException {
        String text = utf8(source);
        if (text.isBlank()) {
            throw new ImportException(source.name(), "is empty");
        }
        Document d = SightlineFactory.eINSTANCE.createDocument();
        d.setText(text);
        d.setContentHash(Corpora.sha256Hex(text));
        Matcher heading = HEADING.matcher(text);
        d.setTitle(heading.find() ? heading.group(1) : null);
        d.setPublished(date(text, source.name()));
        return List.of(d);
    }

    /** The bytes as UTF-8 without a byte-order mark; malformed UTF-8 is an error naming the input. */
    private static String utf8(Source source) throws ImportException, IOException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(source.bytes())).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new ImportException(source.name(), "is not UTF-8 text (Markdown briefings must be UTF-8)", e);
        }
    }

    private static LocalDate date(String text, String input) throws ImportException {
        Matcher fm = FRONT_MATTER.matcher(text);
        if (!fm.find()) {
            return null;
        }
        Matcher date = DATE.matcher(fm.group(1));
        if (!date.find()) {
            return null;
        }
        try {
            return LocalDate.parse(date.group(1));
        } catch (DateTimeParseException e) {
            throw new ImportException(input, "front matter has date '" + date.group(1) + "', not a YYYY-MM-DD date");
        }
    }
}
