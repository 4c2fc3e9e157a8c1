package org.sightline.importer.word.internal;

import java.util.HashMap;
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
 * OpenDocument text (.odt) with the JDK's StAX parser: {@code content.xml} for the body (text:h
 * headings, paragraphs whose style derives from Title or Subtitle, list items, table rows with
 * tab-separated cells, notes to the end, tracked deletions and annotations left out) and
 * {@code meta.xml} for title, author and date. Page headers and footers are in styles.xml and not read.
 */
final class OdtReader {

    static final String CONTENT = "content.xml";
    static final String STYLES = "styles.xml";
    static final String META = "meta.xml";

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private OdtReader() {
    }

    static ImportedText read(byte[] bytes, String name) throws ImportException {
        Map<String, byte[]> parts = ZipParts.read(bytes, Set.of(CONTENT, STYLES, META), name);
        byte[] content = parts.get(CONTENT);
        if (content == null) {
            throw new ImportException(name, "is an OpenDocument package without content.xml");
        }
        try {
            Map<String, String> parents = new HashMap<>();
            if (parts.containsKey(STYLES)) {
                parents(Xml.reader(parts.get(STYLES)), parents);
            }
            parents(Xml.reader(content), parents);
            TextBuilder out = new TextBuilder();
            body(Xml.reader(content), parents, out);
            String text = out.finish();
            Map<String, String> meta = parts.containsKey(META) ? DocProps.read(parts.get(META)) : Map.of();
            String author = DocxReader.blank(meta.getOrDefault("creator", meta.get("initial-creator")));
            return new ImportedText(text, DocxReader.title(meta.get("title"), out), author, Dates.parse(meta.get("creation-date")),
                    null, null, null, out.structure(), WordTextImporter.ID);
        } catch (XMLStreamException e) {
            throw new ImportException(name, "is a damaged OpenDocument file (" + e.getMessage().lines().findFirst().orElse("bad XML") + ")");
        }
    }

    /** Paragraph style name -> parent style name, from style:style elements. */
    private static void parents(XMLStreamReader r, Map<String, String> parents) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && STYLE.equals(r.getNamespaceURI()) && r.getLocalName().equals("style")) {
                String n = r.getAttributeValue(STYLE, "name");
                String parent = r.getAttributeValue(STYLE, "parent-style-name");
                if (n != null && parent != null) {
                    parents.put(n, parent);
                }
            }
        }
    }

    /** The style and its ancestors, lower case with "_20_" read as a space ("Heading_20_2" -> "heading 2"). */
    private static Structure.Kind paragraphKind(String style, Map<String, String> parents) {
        for (int i = 0; style != null && i < 20; i++, style = parents.get(style)) {
            String s = style.replace("_20_", " ").toLowerCase(Locale.ROOT);
            if (s.equals("title")) {
                return Structure.Kind.TITLE;
            }
            if (s.equals("subtitle")) {
                return Structure.Kind.SUBTITLE;
            }
            if (s.startsWith("heading")) {
                return Structure.Kind.HEADING;
            }
        }
        return Structure.Kind.PARAGRAPH;
    }

    private static void body(XMLStreamReader r, Map<String, String> parents, TextBuilder out) throws XMLStreamException {
        StringBuilder para = new StringBuilder();
        StringBuilder note = null;
        int listDepth = 0;
        int paraDepth = 0;
        int skipDepth = 0;
        Structure.Kind kind = Structure.Kind.PARAGRAPH;
        boolean inBody = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String local = r.getLocalName();
                if (skipDepth > 0 || TEXT.equals(ns) && (local.equals("note-citation") || local.equals("tracked-changes"))
                        || OFFICE.equals(ns) && local.equals("annotation")) {
                    skipDepth++;
                    continue;
                }
                if (OFFICE.equals(ns) && local.equals("text")) {
                    inBody = true;
                }
                if (!inBody) {
                    continue;
                }
                StringBuilder target = note != null ? note : para;
                if (TEXT.equals(ns)) {
                    switch (local) {
                        case "h", "p" -> {
                            if (paraDepth++ == 0 || note != null) {
                                if (note == null) {
                                    para.setLength(0);
                                    kind = local.equals("h") ? Structure.Kind.HEADING
                                            : listDepth > 0 ? Structure.Kind.LIST_ITEM
                                            : paragraphKind(r.getAttributeValue(TEXT, "style-name"), parents);
                                } else if (!note.isEmpty()) {
                                    note.append(' ');
                                }
                            }
                        }
                        case "list" -> listDepth++;
                        case "note-body" -> note = new StringBuilder();
                        case "s" -> {
                            String c = r.getAttributeValue(TEXT, "c");
                            target.append(" ".repeat(Math.min(100, Math.max(1, c == null ? 1 : parse(c)))));
                        }
                        case "tab", "line-break" -> target.append(' ');
                        default -> {
                        }
                    }
                } else if (TABLE.equals(ns)) {
                    switch (local) {
                        case "table-row" -> out.startRow();
                        case "table-cell" -> out.startCell();
                        default -> {
                        }
                    }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (inBody && skipDepth == 0 && paraDepth > 0) {
                    (note != null ? note : para).append(r.getText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (skipDepth > 0) {
                    skipDepth--;
                    continue;
                }
                String ns = r.getNamespaceURI();
                String local = r.getLocalName();
                if (TEXT.equals(ns)) {
                    switch (local) {
                        case "h", "p" -> {
                            if (--paraDepth == 0 && note == null) {
                                out.paragraph(kind, para);
                            }
                        }
                        case "list" -> listDepth--;
                        case "note-body" -> {
                            out.note(note.toString());
                            note = null;
                        }
                        default -> {
                        }
                    }
                } else if (TABLE.equals(ns)) {
                    switch (local) {
                        case "table-cell" -> out.endCell();
                        case "table-row" -> out.endRow();
                        default -> {
                        }
                    }
                } else if (OFFICE.equals(ns) && local.equals("text")) {
                    inBody = false;
                }
            }
        }
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
