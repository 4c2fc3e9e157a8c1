package org.sightline.importer.base.api;

/**
 * What kind of content an input holds, as told by its bytes (see {@link Sniffer}).
 *
 * @since 0.1.0
 */
public enum Format {
    /** An HTML or XHTML page. */
    HTML,
    /** Plain text. */
    TEXT,
    /** An RSS 2.0 / RSS 1.0 (RDF) or Atom feed. */
    FEED,
    /** A gzip stream; its content must be sniffed again once decompressed. */
    GZIP,
    /** Something no importer reads (image, PDF, archive, other binary data, empty input). */
    UNSUPPORTED
}
