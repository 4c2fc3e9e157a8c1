package org.sightline.search.api;

/**
 * A query that cannot be parsed; the message says where and why ("Cannot parse 'type:(': Encountered ...").
 *
 * @since 0.2
 */
public class QueryException extends Exception {

    private static final long serialVersionUID = 1L;

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
