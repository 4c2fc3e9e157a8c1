package org.sightline.spark.internal;

import java.io.Serializable;

/**
 * What the analysis stage made of one document or one failure, as stored between the stages (a Java
 * bean, for Spark's bean encoder). A document carries its own "sightline/1" JSON (ids d1, a1, m1, c1
 * local to it); the global merge gives it the corpus's ids afterwards.
 */
public class Outcome implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A document analysed. */
    public static final String DOCUMENT = "document";
    /** An input that failed as a whole: no document came of it. */
    public static final String ERROR = "error";
    /** A step (importer or extractor) failed or ran out of time on a document; the document is in the output without it. */
    public static final String SKIPPED = "skipped";
    /** A step went on but reported a problem with the input. */
    public static final String WARNING = "warning";

    private long order;
    private String kind;
    private String input;
    private String file;
    private String contribution;
    private String reason;
    private String json;

    public Outcome() {
    }

    static Outcome document(long order, String input, String file, String json) {
        Outcome o = new Outcome();
        o.order = order;
        o.kind = DOCUMENT;
        o.input = input;
        o.file = file;
        o.json = json;
        return o;
    }

    static Outcome problem(long order, String kind, String input, String file, String contribution, String reason) {
        Outcome o = new Outcome();
        o.order = order;
        o.kind = kind;
        o.input = input;
        o.file = file;
        o.contribution = contribution;
        o.reason = reason;
        return o;
    }

    /** The document's place in the run: the input file's index in the high bits, the document's number within the file below. */
    public long getOrder() {
        return order;
    }

    public void setOrder(long order) {
        this.order = order;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }

    public String getContribution() {
        return contribution;
    }

    public void setContribution(String contribution) {
        this.contribution = contribution;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String json) {
        this.json = json;
    }
}
