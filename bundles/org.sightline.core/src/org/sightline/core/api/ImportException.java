package org.sightline.core.api;

/**
 * An input cannot be imported. The message names the input and the problem, for the analyst.
 *
 * @since 0.1.0
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String input;

    public ImportException(String input, String problem) {
        super(input + ": " + problem);
        this.input = input;
    }

    public ImportException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
        this.input = input;
    }

    /** The input concerned, as the user gave it. */
    public String input() {
        return input;
    }

    /** The problem without the input's name. */
    public String problem() {
        String m = getMessage();
        return m.substring(Math.min(m.length(), input.length() + 2));
    }
}
