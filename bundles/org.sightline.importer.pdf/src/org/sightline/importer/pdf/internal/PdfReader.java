package org.sightline.importer.pdf.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.sightline.core.api.ImportException;
import org.sightline.importer.base.api.Dates;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.base.api.Structure;
import org.sightline.importer.pdf.api.PdfTextImporter;
import org.sightline.importer.pdf.internal.PageLayout.Segment;
import org.sightline.importer.pdf.internal.PageLayout.Word;

/**
 * The text layer of a PDF as an analyst reads it. After {@link PageLayout} has put each page's lines
 * in reading order, these rules apply, in this order:
 * <ol>
 * <li>furniture: lines in the top or bottom {@value #MARGIN_SHARE} of a page that repeat on other pages
 * (digits ignored: "Page 3 of 9"), and lone page numbers there, are dropped;</li>
 * <li>notes: small-print lines below the body text at the foot of a page are footnotes; they move
 * to the end of the text, so that a paragraph running over a page break stays whole;</li>
 * <li>kinds: a line in a font {@value #HEADING_SIZE} times the body size or more, or a short bold line
 * without a final stop, is a heading; a line opening with a bullet or "1." is a list item;</li>
 * <li>paragraphs: a line continues the paragraph before it unless the gap above it is wider than
 * {@value #PARAGRAPH_GAP} line pitches, the line before ended short of the column's right edge, or
 * their kinds differ; a paragraph broken by a page or column break continues when it had no final
 * stop and the next line starts in lower case; a list item's next line must be indented past its bullet;</li>
 * <li>hyphens: in a document its layout program hyphenated ({@value #HYPHENATED_SHARE} of the lines or
 * more end in "letter-" before a lower-case line), "deter-" before "rence" is joined to "deterrence"
 * while a compound broken at its own hyphen ("day-to-" before "day") keeps it; in other documents
 * every line-end hyphen is a real one ("confidence-" before "building"); a soft hyphen is dropped.</li>
 * </ol>
 * The text is one line per paragraph, heading or list item (as the plain-text importer sees news).
 */
public final class PdfReader {

    static final double MARGIN_SHARE = 0.1;
    static final double HEADING_SIZE = 1.15;
    static final double NOTE_SIZE = 0.88;
    static final double PARAGRAPH_GAP = 1.45;
    /** A gap between two glyphs wider than this share of the font size separates words (PDFs often have no space glyphs). */
    static final double WORD_GAP_EM = 0.25;
    /** Lines ending in a broken word, among all lines, from which a document counts as hyphenated by its layout program. */
    static final double HYPHENATED_SHARE = 0.03;
    /** Pages read at most; a longer PDF is cut there, with a warning in the text's structure as FURNITURE. */
    static final int MAX_PAGES = 2000;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\p{Pd}\\[(]*(page|p\\.|seite|página|pagina)?\\s*\\d{1,4}(\\s*(of|/|von|de|sur)\\s*\\d{1,4})?[\\s\\p{Pd}\\])]*$");
    private static final Pattern BULLET = Pattern.compile("^([\u2022\u25e6\u25aa\u25cf\u2023\u2043\u2219\u00b7*\u2013\u2014-]|\\d{1,2}[.)])\\s+");
    /** A footnote's number glued to its text ("1Release from ..."). */
    private static final Pattern NOTE_MARK = Pattern.compile("^(\\d{1,3})(?=\\p{L})");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"\u201d\u2019)]$");

    private PdfReader() {
    }

    /** Reads the PDF in {@code bytes}; {@code name} is the input as given, for errors. */
    public static ImportedText read(byte[] bytes, String name) throws ImportException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ImportException(name, "is a damaged PDF: it has no pages");
            }
            List<PageText> text = collect(doc, Math.min(pages, MAX_PAGES));
            ImportedText t = assemble(text, doc.getDocumentInformation(), name);
            if (t.text().isBlank()) {
                throw new ImportException(name, "has no text layer (a scanned or image-only PDF): run OCR on it first");
            }
            return t;
        } catch (InvalidPasswordException e) {
            throw new ImportException(name, "is an encrypted PDF: it needs a password to open");
        } catch (IOException e) {
            throw new ImportException(name, "is a damaged PDF: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** The words of one page and the page's height. */
    record PageText(List<Word> words, double height) {
    }

    /** Collects positioned words page by page through PDFBox's text stripper (which merges overprinted glyphs). */
    static List<PageText> collect(PDDocument doc, int pages) throws IOException {
        List<PageText> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private List<Word> words;

            @Override
            protected void startPage(PDPage page) throws IOException {
                words = new ArrayList<>();
                out.add(new PageText(words, page.getCropBox().getHeight()));
                super.startPage(page);
            }

            /** The stripper hands over runs of text (sometimes a whole row across columns): cut them into words by spaces and gaps. */
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                List<TextPosition> word = new ArrayList<>();
                TextPosition last = null;
                for (TextPosition p : positions) {
                    boolean space = p.getUnicode() == null || p.getUnicode().isBlank();
                    boolean gap = last != null && p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > WORD_GAP_EM * p.getFontSizeInPt();
                    if (space || gap) {
                        addWord(word);
                        word = new ArrayList<>();
                    }
                    if (!space) {
                        word.add(p);
                    }
                    last = p;
                }
                addWord(word);
            }

            private void addWord(List<TextPosition> positions) {
                if (positions.isEmpty()) {
                    return;
                }
                StringBuilder text = new StringBuilder();
                double x0 = Double.MAX_VALUE;
                double x1 = -Double.MAX_VALUE;
                double y = 0;
                double size = 0;
                int bold = 0;
                for (TextPosition p : positions) {
                    text.append(p.getUnicode());
                    x0 = Math.min(x0, p.getXDirAdj());
                    x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                    y = Math.max(y, p.getYDirAdj());
                    size = Math.max(size, p.getFontSizeInPt());
                    bold += isBold(p.getFont()) ? 1 : 0;
                }
                String t = ligaturesAsLetters(text).strip();
                if (!t.isEmpty()) {
                    words.add(new Word(t, x0, x1, y, size, bold * 2 > positions.size()));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(1);
        stripper.setEndPage(pages);
        stripper.getText(doc);
        return out;
    }

    /** "ﬁ" (U+FB01) and the other Latin ligatures as their letters; nothing else is normalised. */
    static String ligaturesAsLetters(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\ufb00' && c <= '\ufb06') {
                b.append(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
            return true;
        }
        String n = font.getName();
        return n != null && n.toLowerCase(Locale.ROOT).contains("bold");
    }

    /** One line in reading order with what the rules need to know about it. */
    record Line(Segment seg, int page, double colRight, boolean newColumn) {
    }

    static ImportedText assemble(List<PageText> pages, PDDocumentInformation info, String name) {
        List<List<Segment>> ordered = new ArrayList<>();
        for (PageText p : pages) {
            ordered.add(PageLayout.readingOrder(PageLayout.lines(p.words())));
        }
        Map<String, Integer> marginRepeats = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            double h = pages.get(i).height();
            for (String key : ordered.get(i).stream().filter(s -> inMargin(s, h)).map(PdfReader::furnitureKey).distinct().toList()) {
                marginRepeats.merge(key, 1, Integer::sum);
            }
        }
        // Rule 1: furniture out.
        List<Line> body = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            double height = pages.get(i).height();
            List<Segment> kept = new ArrayList<>();
            for (Segment s : ordered.get(i)) {
                boolean margin = inMargin(s, height);
                if (margin && (PAGE_NUMBER.matcher(s.text()).matches() || pages.size() > 1 && marginRepeats.getOrDefault(furnitureKey(s), 0) > 1)) {
                    continue;
                }
                kept.add(s);
            }
            double gutter = PageLayout.gutter(kept);
            double leftRight = kept.stream().filter(s -> Double.isNaN(gutter) || s.x1() <= gutter).mapToDouble(Segment::x1).max().orElse(0);
            double rightRight = kept.stream().mapToDouble(Segment::x1).max().orElse(0);
            boolean seenRight = false;
            for (Segment s : kept) {
                boolean right = !Double.isNaN(gutter) && s.x0() >= gutter;
                boolean newColumn = right && !seenRight;
                seenRight |= right;
                body.add(new Line(s, i, right || Double.isNaN(gutter) || s.x1() > gutter ? rightRight : leftRight, newColumn));
            }
        }
        double bodySize = bodySize(body);
        // Rule 2: footnotes to the end.
        List<Line> main = new ArrayList<>();
        List<Line> notes = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Line l = body.get(i);
            if (l.seg().size() <= NOTE_SIZE * bodySize && l.seg().y() > pages.get(l.page()).height() * 0.6 && onlySmallBelow(body, i, bodySize)) {
                notes.add(l);
            } else {
                main.add(l);
            }
        }
        main.addAll(notes);
        // Rule 5 needs to know whether the document was hyphenated by its layout program: a setting for
        // the whole document, seen in how often lines end in a hyphen before a word in lower case.
        int breaks = 0;
        for (int i = 0; i + 1 < main.size(); i++) {
            String a = main.get(i).seg().text();
            String b = main.get(i + 1).seg().text();
            if (a.length() > 1 && a.endsWith("-") && Character.isLetter(a.charAt(a.length() - 2)) && !b.isEmpty()
                    && Character.isLowerCase(b.codePointAt(0))) {
                breaks++;
            }
        }
        boolean hyphenated = breaks >= 2 && breaks >= HYPHENATED_SHARE * main.size();
        // Rules 3-5: paragraphs.
        StringBuilder text = new StringBuilder();
        List<Structure> structure = new ArrayList<>();
        Structure.Kind kind = null;
        int begin = 0;
        Line prev = null;
        Line blockStart = null;
        boolean notesStarted = false;
        for (Line l : main) {
            String line = l.seg().text();
            Structure.Kind k = kind(l.seg(), bodySize);
            boolean isNote = notes.contains(l);
            if (k == Structure.Kind.LIST_ITEM) {
                line = BULLET.matcher(line).replaceFirst("");
            }
            boolean continues = prev != null && kind != null && !(isNote && !notesStarted) && continues(prev, blockStart, l, kind, k, bodySize);
            if (continues) {
                joinLine(text, line, hyphenated);
            } else {
                if (kind != null) {
                    structure.add(new Structure(kind, begin, text.length()));
                    text.append('\n');
                }
                begin = text.length();
                kind = k == Structure.Kind.LIST_ITEM || k == Structure.Kind.HEADING ? k : Structure.Kind.PARAGRAPH;
                blockStart = l;
                text.append(isNote ? NOTE_MARK.matcher(line).replaceFirst("$1 ") : line);
            }
            notesStarted |= isNote;
            prev = l;
        }
        if (kind != null) {
            structure.add(new Structure(kind, begin, text.length()));
        }
        String all = text.toString();
        String title = info == null ? null : blankToNull(info.getTitle());
        // The title: the metadata's, or the first heading of page 1; the first paragraph that is it becomes TITLE.
        if (!structure.isEmpty()) {
            Structure first = structure.get(0);
            String firstText = first.textIn(all);
            if (title == null && first.kind() == Structure.Kind.HEADING) {
                title = firstText;
            }
            if (title != null && firstText.strip().equalsIgnoreCase(title.strip())) {
                structure.set(0, new Structure(Structure.Kind.TITLE, first.begin(), first.end()));
                // A heading right under the title is its subtitle (as the plain-text importer reads a dek).
                if (structure.size() > 1 && structure.get(1).kind() == Structure.Kind.HEADING) {
                    structure.set(1, new Structure(Structure.Kind.SUBTITLE, structure.get(1).begin(), structure.get(1).end()));
                }
            }
        }
        String author = info == null ? null : blankToNull(info.getAuthor());
        LocalDate date = info == null ? null : date(info.getCreationDate());
        if (date == null && !structure.isEmpty()) {
            // A date printed near the top of the first page ("November 20, 2019"), before the body.
            for (Structure s : structure.subList(0, Math.min(5, structure.size()))) {
                String t = s.textIn(all);
                if (t.length() < 80 && (date = Dates.parse(t)) != null) {
                    break;
                }
            }
        }
        return new ImportedText(all, title, author, date, null, null, null, structure, PdfTextImporter.ID);
    }

    private static boolean inMargin(Segment s, double height) {
        return s.y() < height * MARGIN_SHARE + s.size() || s.y() > height * (1 - MARGIN_SHARE);
    }

    /** Lines that differ only in digits (page numbers, dates of printing) are the same furniture. */
    private static String furnitureKey(Segment s) {
        return s.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /** The font size most characters are set in. */
    private static double bodySize(List<Line> lines) {
        Map<Long, Integer> chars = new HashMap<>();
        for (Line l : lines) {
            chars.merge(Math.round(l.seg().size() * 2), l.seg().text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2.0).orElse(10.0);
    }

    /** Whether every later line of the same page is small print too (footnotes sit below the body). */
    private static boolean onlySmallBelow(List<Line> lines, int i, double bodySize) {
        Line l = lines.get(i);
        for (int j = 0; j < lines.size(); j++) {
            Line o = lines.get(j);
            if (o.page() == l.page() && o.seg().y() > l.seg().y() && o.seg().size() > NOTE_SIZE * bodySize) {
                return false;
            }
        }
        return true;
    }

    private static Structure.Kind kind(Segment s, double bodySize) {
        String t = s.text();
        if (BULLET.matcher(t).find()) {
            return Structure.Kind.LIST_ITEM;
        }
        boolean stop = SENTENCE_END.matcher(t).find();
        if (s.size() >= HEADING_SIZE * bodySize && t.length() < 200 || s.bold() && t.length() < 120 && !stop) {
            return Structure.Kind.HEADING;
        }
        return Structure.Kind.PARAGRAPH;
    }

    /** Rule 4: does line {@code l} of kind {@code k} continue the open block of kind {@code open}? */
    private static boolean continues(Line prev, Line first, Line l, Structure.Kind open, Structure.Kind k, double bodySize) {
        if (k == Structure.Kind.LIST_ITEM) {
            return false; // a bullet opens a new item
        }
        if (open == Structure.Kind.LIST_ITEM && l.page() == prev.page() && !l.newColumn()
                && l.seg().x0() < first.seg().x0() + 0.5 * first.seg().size()) {
            return false; // an item's next line is indented past its bullet; this one starts at the margin
        }
        String prevText = prev.seg().text();
        boolean prevEnded = SENTENCE_END.matcher(prevText).find();
        String text = l.seg().text();
        boolean lowerStart = !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
        if (open == Structure.Kind.HEADING) {
            return k == Structure.Kind.HEADING && l.page() == prev.page() && l.seg().y() - prev.seg().y() < 1.6 * prev.seg().size()
                    && Math.abs(l.seg().size() - prev.seg().size()) < 0.5;
        }
        if (k == Structure.Kind.HEADING) {
            return false;
        }
        if (l.page() != prev.page() || l.newColumn()) {
            return !prevEnded && lowerStart; // a paragraph running over a page or column break
        }
        double pitch = 1.2 * Math.max(prev.seg().size(), bodySize);
        double gap = l.seg().y() - prev.seg().y();
        if (gap <= 0 || gap > PARAGRAPH_GAP * pitch) {
            return false;
        }
        boolean prevShort = prev.seg().x1() < prev.colRight() - 2.5 * prev.seg().size();
        if (prevShort && (prevEnded || !lowerStart)) {
            return false;
        }
        return Math.abs(l.seg().size() - prev.seg().size()) < 1.0;
    }

    /**
     * Rule 5: appends a continuation line. In a hyphenated document a word broken at the line end is
     * joined ("deter-" + "rence"); a compound broken at its own hyphen ("day-to-" + "day") and every
     * line-end hyphen of a document its program did not hyphenate ("confidence-" + "building") stay.
     */
    public static void joinLine(StringBuilder text, String line, boolean hyphenated) {
        int n = text.length();
        boolean lowerStart = !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
        if (n > 0 && text.charAt(n - 1) == '\u00ad') {
            text.setLength(n - 1);
            text.append(line);
        } else if (n > 1 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2)) && lowerStart) {
            int wordStart = n - 1;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (hyphenated && text.substring(wordStart, n - 1).indexOf('-') < 0) {
                text.setLength(n - 1); // "deter-" + "rence"
            } // else a compound broken at its own hyphen: "day-to-" + "day" keeps it
            text.append(line);
        } else {
            text.append(' ').append(line);
        }
    }

    private static LocalDate date(Calendar c) {
        if (c == null) {
            return null;
        }
        return c.toInstant().atZone(c.getTimeZone() == null ? ZoneId.of("UTC") : c.getTimeZone().toZoneId()).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
