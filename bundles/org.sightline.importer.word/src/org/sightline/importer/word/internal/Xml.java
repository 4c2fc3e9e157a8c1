package org.sightline.importer.word.internal;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX readers for document parts, hardened: no DTD, no external entities, so no entity expansion and no file reads. */
final class Xml {

    private static final XMLInputFactory FACTORY = hardened();

    private Xml() {
    }

    private static XMLInputFactory hardened() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    static XMLStreamReader reader(byte[] part) throws XMLStreamException {
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamReader(new ByteArrayInputStream(part));
        }
    }
}
