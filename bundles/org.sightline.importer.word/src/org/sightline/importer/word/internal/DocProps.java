package org.sightline.importer.word.internal;

import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Document properties by local name ("title", "creator", "created", "initial-creator",
 * "creation-date"): OOXML's docProps/core.xml and ODF's meta.xml both use Dublin Core and simple elements.
 */
final class DocProps {

    private DocProps() {
    }

    static Map<String, String> read(byte[] part) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        XMLStreamReader r = Xml.reader(part);
        String current = null;
        StringBuilder value = new StringBuilder();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                current = r.getLocalName();
                value.setLength(0);
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && current != null) {
                value.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT && current != null) {
                if (!value.isEmpty()) {
                    out.putIfAbsent(current, value.toString().strip());
                }
                current = null;
            }
        }
        return out;
    }
}
