package org.sightline.model.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * The resource behind a *.sightline file. One class for both formats: XMLResource's OPTION_BINARY switches
 * to EMF's binary serialization, so a corpus keeps its resource (and editing domain) whatever format it is saved in.
 * References are written as the targets' intrinsic ids ("d1", "a3"), looked up through a map instead of a tree walk.
 */
public class SightlineResource extends XMIResourceImpl {

    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

    public SightlineResource(URI uri) {
        super(uri);
        // Ids are the model's own id attributes: an index makes id -> object O(1) while loading 10,000s of objects.
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    /**
     * True while a binary loader adds the whole tree at once: it fills the id map itself, so EMF's walk over every new
     * object (which also caches an eContents list on each) is skipped.
     */
    boolean bulkLoading;

    /**
     * True on a thread reading the rest of a workspace opened in stages: it makes the corpus the container of the
     * objects it reads before they are in the corpus' lists, and the reader hands the id index those objects itself.
     */
    static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /**
     * Builds the id index of a workspace read from a file now, if it is built on its first use ({@link LazyIdIndex}).
     * Any thread, even while the corpus is edited: it reads only the objects the reader made, under the index's lock.
     */
    public static void buildIdIndex(org.eclipse.emf.ecore.resource.Resource resource) {
        if (resource instanceof org.eclipse.emf.ecore.resource.impl.ResourceImpl r && r.getIntrinsicIDToEObjectMap() instanceof LazyIdIndex index) {
            index.build();
        }
    }

    @Override
    protected boolean isAttachedDetachedHelperRequired() {
        return !bulkLoading && !READING.get() && super.isAttachedDetachedHelperRequired();
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected XMLSave createXMLSave() {
        return new Save(createXMLHelper());
    }

    /**
     * XML 1.1 parsers turn a literal U+0085 or U+2028 into a line feed (in attributes, into a space), which would change
     * the text under the spans. EMF's escaping leaves both as they are, so this save writes them as character references.
     */
    private static final class Save extends XMISaveImpl {
        Save(org.eclipse.emf.ecore.xmi.XMLHelper helper) {
            super(helper);
        }

        @Override
        protected void init(XMLResource resource, Map<?, ?> options) {
            super.init(resource, options);
            if (escape != null) {
                escape = new LineSeparatorEscape(escape);
            }
        }

        private static final class LineSeparatorEscape extends Escape {
            private final Escape delegate;

            LineSeparatorEscape(Escape delegate) {
                this.delegate = delegate;
            }

            @Override
            public String convert(String input) {
                return protect(delegate.convert(input));
            }

            @Override
            public String convertText(String input) {
                return protect(delegate.convertText(input));
            }

            @Override
            public String convertLines(String input) {
                return protect(delegate.convertLines(input));
            }

            private static String protect(String converted) {
                if (converted == null || (converted.indexOf('\u2028') < 0 && converted.indexOf('\u0085') < 0)) {
                    return converted;
                }
                return converted.replace("\u2028", "&#x2028;").replace("\u0085", "&#x85;");
            }
        }
    }

    /** Options for saving in the given format. */
    public static Map<Object, Object> saveOptions(boolean binary) {
        Map<Object, Object> options = new HashMap<>();
        if (binary) {
            options.put(XMLResource.OPTION_BINARY, Boolean.TRUE);
            options.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
        } else {
            options.put(XMLResource.OPTION_ENCODING, "UTF-8");
            // XML 1.1 can carry control characters (form feeds and the like occur in scraped news); 1.0 cannot.
            options.put(XMLResource.OPTION_XML_VERSION, "1.1");
            options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
            options.put(XMLResource.OPTION_LINE_WIDTH, 120);
            // no OPTION_CONFIGURATION_CACHE: it would pool our LineSeparatorEscape and wrap it again on every save
        }
        return options;
    }

    /** Options for loading the given format; unknown elements or attributes make the load fail. */
    public static Map<Object, Object> loadOptions(boolean binary) {
        Map<Object, Object> options = new HashMap<>();
        if (binary) {
            options.put(XMLResource.OPTION_BINARY, Boolean.TRUE);
        } else {
            options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
            options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
            options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
            options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
            options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
            // Workspace files never have a DOCTYPE; one could define entities that change the text under the spans.
            options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
            // JDK 24+ counts every character reference of the document (texts are attributes full of &#xA; and
            // &quot;) against jdk.xml.maxGeneralEntitySizeLimit (100,000): a workspace of real news texts failed to
            // open. With DOCTYPEs refused there are no entities to expand, so the entity limits guard nothing here.
            options.put(XMLResource.OPTION_PARSER_PROPERTIES, Map.of("jdk.xml.maxGeneralEntitySizeLimit", "0",
                    "jdk.xml.totalEntitySizeLimit", "0"));
        }
        return options;
    }
}
