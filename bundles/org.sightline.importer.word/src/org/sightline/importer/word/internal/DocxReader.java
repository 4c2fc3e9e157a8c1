package org.sightline.importer.word.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.sightline.core.api.ImportException;
import org.sightline.importer.base.api.Dates;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.base.api.Structure;
import org.sightline.importer.word.api.WordTextImporter;

/**
 * Word .docx (Office Open XML, WordprocessingML) read from its parts with the JDK's StAX parser:
 * {@code word/document.xml} for the body (paragraphs; headings by style or outline level; list items
 * by numbering; table rows as one line, cells tab-separated; hidden and deleted text left out; text
 * boxes' fallback copies skipped), {@code word/styles.xml} for style names,
 * {@code word/footnotes.xml} and {@code word/endnotes.xml} for notes (at the end, in reference order),
 * {@code docProps/core.xml} for title, author and date. Running headers and footers live in parts of
 * their own and are not read.
 */
final class DocxReader {

    static final String DOCUMENT = "word/document.xml";
    static final String STYLES = "word/styles.xml";
    static final String FOOTNOTES = "word/footnotes.xml";
    static final String ENDNOTES = "word/endnotes.xml";
    static final String CORE = "docProps/core.xml";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** A paragraph style: its name (lower case) and outline level (-1: none), and whether it numbers its paragraphs. */
    record Style(String name, int outline, boolean numbered) {
    }

    private DocxReader() {
    }

    static ImportedText read(byte[] bytes, String name) throws ImportException {
        Map<String, byte[]> parts = ZipParts.read(bytes, Set.of(DOCUMENT, STYLES, FOOTNOTES, ENDNOTES, CORE), name);
        byte[] document = parts.get(DOCUMENT);
        if (document == null) {
            throw new ImportException(name, "is an Office Open XML package but not a Word document (no " + DOCUMENT + ")");
        }
        try {
            Map<String, Style> styles = parts.containsKey(STYLES) ? styles(parts.get(STYLES)) : Map.of();
            TextBuilder out = new TextBuilder();
            List<String> references = new ArrayList<>();
            body(Xml.reader(document), styles, out, references, null);
            Map<String, String> notes = new LinkedHashMap<>();
            for (String part : List.of(FOOTNOTES, ENDNOTES)) {
                if (parts.containsKey(part)) {
                    notes(Xml.reader(parts.get(part)), styles, notes);
                }
            }
            for (String id : references) {
                String note = notes.remove(id);
                if (note != null) {
                    out.note(note);
                }
            }
            String text = out.finish();
            Map<String, String> core = parts.containsKey(CORE) ? DocProps.read(parts.get(CORE)) : Map.of();
            return new ImportedText(text, title(core.get("title"), out), blank(core.get("creator")),
                    Dates.parse(core.get("created")), null, null, null, out.structure(), WordTextImporter.ID);
        } catch (XMLStreamException e) {
            throw new ImportException(name, "is a damaged Word document (" + e.getMessage().lines().findFirst().orElse("bad XML") + ")");
        }
    }

    /** The metadata title, or the text of the first TITLE paragraph. */
    static String title(String metadata, TextBuilder out) {
        if (blank(metadata) != null) {
            return metadata.strip();
        }
        return out.structure().stream().filter(s -> s.kind() == Structure.Kind.TITLE).findFirst()
                .map(s -> s.textIn(out.text())).orElse(null);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Style> styles(byte[] part) throws XMLStreamException {
        Map<String, Style> out = new HashMap<>();
        XMLStreamReader r = Xml.reader(part);
        String id = null;
        String name = null;
        int outline = -1;
        boolean numbered = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "style" -> {
                        id = r.getAttributeValue(W, "styleId");
                        name = null;
                        outline = -1;
                        numbered = false;
                    }
                    case "name" -> name = lower(r.getAttributeValue(W, "val"));
                    case "outlineLvl" -> outline = parseInt(r.getAttributeValue(W, "val"));
                    case "numPr" -> numbered = true;
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI()) && r.getLocalName().equals("style") && id != null) {
                out.put(id, new Style(name == null ? "" : name, outline, numbered));
            }
        }
        return out;
    }

    /** Notes by id, each as one line. */
    private static void notes(XMLStreamReader r, Map<String, Style> styles, Map<String, String> notes) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())
                    && (r.getLocalName().equals("footnote") || r.getLocalName().equals("endnote"))) {
                String type = r.getAttributeValue(W, "type");
                String id = r.getAttributeValue(W, "id");
                TextBuilder note = new TextBuilder();
                body(r, styles, note, new ArrayList<>(), r.getLocalName());
                if (type == null || type.equals("normal")) {
                    notes.put(id, note.finish().replace('\n', ' '));
                }
            }
        }
    }

    /**
     * Reads paragraphs and tables into {@code out} until the end of the element {@code until} (null:
     * the end of the part). Footnote references are collected in {@code references}.
     */
    private static void body(XMLStreamReader r, Map<String, Style> styles, TextBuilder out, List<String> references, String until)
            throws XMLStreamException {
        StringBuilder para = new StringBuilder();
        StringBuilder run = new StringBuilder();
        int paraDepth = 0;
        int skipDepth = 0; // inside mc:Fallback or w:del: text that is a copy or deleted
        boolean inText = false;
        boolean hidden = false;
        String style = null;
        int outline = -1;
        boolean numbered = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String local = r.getLocalName();
                if (skipDepth > 0 || MC.equals(ns) && local.equals("Fallback") || W.equals(ns) && (local.equals("del") || local.equals("moveFrom"))) {
                    skipDepth++;
                    continue;
                }
                if (!W.equals(ns)) {
                    continue;
                }
                switch (local) {
                    case "p" -> {
                        if (paraDepth++ == 0) {
                            para.setLength(0);
                            style = null;
                            outline = -1;
                            numbered = false;
                        }
                    }
                    case "r" -> {
                        run.setLength(0);
                        hidden = false;
                    }
                    case "t" -> inText = true;
                    case "tab", "br", "cr" -> run.append(' ');
                    case "noBreakHyphen" -> run.append('-');
                    case "vanish" -> hidden = !"0".equals(r.getAttributeValue(W, "val")) && !"false".equals(r.getAttributeValue(W, "val"));
                    case "pStyle" -> style = r.getAttributeValue(W, "val");
                    case "outlineLvl" -> outline = parseInt(r.getAttributeValue(W, "val"));
                    case "numPr" -> numbered = true;
                    case "footnoteReference", "endnoteReference" -> references.add(r.getAttributeValue(W, "id"));
                    case "tr" -> out.startRow();
                    case "tc" -> out.startCell();
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (inText && skipDepth == 0) {
                    run.append(r.getText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String local = r.getLocalName();
                if (skipDepth > 0) {
                    skipDepth--;
                    continue;
                }
                if (until != null && W.equals(r.getNamespaceURI()) && local.equals(until)) {
                    return;
                }
                if (!W.equals(r.getNamespaceURI())) {
                    continue;
                }
                switch (local) {
                    case "t" -> inText = false;
                    case "r" -> {
                        if (!hidden) {
                            para.append(run);
                        }
                        run.setLength(0);
                    }
                    case "p" -> {
                        if (--paraDepth == 0) {
                            out.paragraph(kind(style == null ? null : styles.get(style), outline, numbered), para);
                        }
                    }
                    case "tc" -> out.endCell();
                    case "tr" -> out.endRow();
                    default -> {
                    }
                }
            }
        }
    }

    /** The kind of a paragraph: its style's name or outline level, its own outline level, numbering. */
    static Structure.Kind kind(Style style, int outline, boolean numbered) {
        String name = style == null ? "" : style.name();
        if (name.equals("title")) {
            return Structure.Kind.TITLE;
        }
        if (name.equals("subtitle")) {
            return Structure.Kind.SUBTITLE;
        }
        if (outline >= 0 && outline < 9 || style != null && style.outline() >= 0 && style.outline() < 9 || name.startsWith("heading")) {
            return Structure.Kind.HEADING;
        }
        if (numbered || style != null && (style.numbered() || name.startsWith("list"))) {
            return Structure.Kind.LIST_ITEM;
        }
        return Structure.Kind.PARAGRAPH;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static int parseInt(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
