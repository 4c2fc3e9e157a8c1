package org.sightline.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A workspace file could not be read or written; the message names the file and the problem.
 *
 * @since 0.1.0
 */
public class WorkspaceException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public WorkspaceException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public WorkspaceException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The workspace file concerned. */
    public Path file() {
        return file;
    }
}
