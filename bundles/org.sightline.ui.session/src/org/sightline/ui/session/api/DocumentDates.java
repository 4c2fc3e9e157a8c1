package org.sightline.ui.session.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sightline.importer.base.api.Dates;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * Dates for documents without one, the three ways the Timeline and the Documents view offer: the first
 * date written in the text ({@link Dates#firstIn}, the one date parser), the last-modified time of the
 * file the document was imported from, or a date the analyst types. Setting them is one undoable
 * {@link Edit}.
 *
 * @since 0.2.0
 */
public final class DocumentDates {

    /** Where a proposed date comes from. */
    public enum Source {
        TEXT("From the text (the first date written in it)"), FILE_TIME("From the file's time (last modified)"), BY_HAND("By hand");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private DocumentDates() {
    }

    /** The documents of {@code corpus} without a publication date, in corpus order. */
    public static List<Document> undated(Corpus corpus) {
        return corpus.getDocuments().stream().filter(d -> d.getPublished() == null).toList();
    }

    /** The date {@code source} proposes for {@code document}, or null when it has none ({@code BY_HAND}: always null). */
    public static LocalDate propose(Document document, Source source) {
        return switch (source) {
            case TEXT -> Dates.firstIn(document.getText(), document.getLanguage());
            case FILE_TIME -> fileTime(document);
            case BY_HAND -> null;
        };
    }

    /**
     * The calendar day (in this machine's time zone) the file {@code document} was imported from was last
     * modified, or null when the input is not a file that is still there (a web page, a moved folder).
     */
    public static LocalDate fileTime(Document document) {
        String input = document.getInput();
        if (input == null || input.isBlank() || input.contains("://")) {
            return null;
        }
        try {
            Path p = Path.of(input.startsWith("file:") ? input.substring(5) : input);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            return LocalDate.ofInstant(Files.getLastModifiedTime(p).toInstant(), ZoneId.systemDefault());
        } catch (InvalidPathException | IOException e) {
            return null;
        }
    }

    /**
     * One undoable step setting each document's date ("Date 3 documents"); documents mapped to null are
     * left as they are. Refused when there is nothing to set.
     */
    public static Edit edit(Map<Document, LocalDate> dates) {
        List<Edit> edits = new ArrayList<>();
        dates.forEach((d, date) -> {
            if (date != null) {
                edits.add(new Edit.SetFeature("Set date", d.getId(), "published", List.of(date.toString())));
            }
        });
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("none of the " + dates.size() + " documents got a date");
        }
        return new Edit.Compound(edits.size() == 1 ? "Date 1 document" : "Date " + edits.size() + " documents", edits);
    }
}
