package org.sightline.export.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.sightline.model.Claim;
import org.sightline.model.ReviewStatus;
import org.sightline.model.TextSpan;

/**
 * What a report must quote for a claim, worked out from the document text here, independently of the exporters: the
 * text from the first to the last of the claim's spans. Both report tests compare against it after collapsing
 * whitespace, because neither HTML nor Markdown renders runs of blanks or line breaks as such.
 */
final class ReportExpectations {

    private ReportExpectations() {
    }

    /** The exact evidence window of {@code claim} in its document. */
    static String evidence(Claim claim) {
        int[] window = window(claim);
        return claim.getDocument().getText().substring(window[0], window[1]);
    }

    /** {begin, end} of the evidence: from the earliest to the latest of the claim's spans. */
    static int[] window(Claim claim) {
        List<TextSpan> spans = Stream.of(claim.getSourceSpan(), claim.getCueSpan(), claim.getContentSpan())
                .filter(s -> s != null).toList();
        return new int[] { spans.stream().mapToInt(TextSpan::getBegin).min().orElseThrow(),
                spans.stream().mapToInt(TextSpan::getEnd).max().orElseThrow() };
    }

    /** Whitespace runs (including form feeds and line breaks) as one space, trimmed: how a browser shows text. */
    static String collapsed(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** The claims a report shows: all but the rejected. */
    static List<Claim> shown(ExportFixture fixture) {
        List<Claim> shown = new ArrayList<>();
        fixture.claims().stream().filter(c -> c.getStatus() != ReviewStatus.REJECTED).forEach(shown::add);
        return shown;
    }
}
