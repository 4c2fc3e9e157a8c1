package org.sightline.export.internal;

import java.util.ArrayList;
import java.util.List;

import org.sightline.export.internal.Report.ActorEntry;
import org.sightline.export.internal.Report.Evidence;
import org.sightline.export.internal.Report.SourceGroup;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/** Shared wording of both reports, kept here so the Markdown and HTML reports cannot drift apart. */
public final class ReportText {

    private ReportText() {
    }

    public static String corpusName(Corpus corpus) {
        return corpus.getName() == null || corpus.getName().isBlank() ? "untitled corpus" : corpus.getName();
    }

    public static String summary(Report report) {
        Corpus corpus = report.corpus();
        String s = count(corpus.getDocuments().size(), "document") + ", " + count(corpus.getActors().size(), "actor") + ", "
                + count(report.claimCount(), "claim") + ".";
        if (report.rejectedClaims() > 0 || report.rejectedMentions() > 0) {
            s += " Not shown, rejected by the analyst: " + count(report.rejectedClaims(), "claim") + ", "
                    + count(report.rejectedMentions(), "mention") + ".";
        }
        return s;
    }

    public static String title(Document d) {
        if (d.getTitle() != null && !d.getTitle().isBlank()) {
            return d.getTitle().strip();
        }
        return d.getInput() != null && !d.getInput().isBlank() ? d.getInput() : "Document " + d.getId();
    }

    /** Label/value pairs of the document's metadata that are set, in a fixed order. */
    public static List<String[]> metadata(Document d) {
        List<String[]> fields = new ArrayList<>();
        add(fields, "Document", d.getId());
        add(fields, "Input", d.getInput());
        add(fields, "Published", d.getPublished() == null ? null : d.getPublished().toString());
        add(fields, "Publisher", d.getPublisher());
        add(fields, "Author", d.getAuthor());
        add(fields, "Language", d.getLanguage());
        return fields;
    }

    /** "(STATE, USA; part of X), 3 mentions: US, Washington" */
    public static String actorDetails(ActorEntry entry) {
        Actor a = entry.actor();
        StringBuilder s = new StringBuilder("(").append(a.getKind().getLiteral());
        if (a.getCode() != null && !a.getCode().isBlank()) {
            s.append(", ").append(a.getCode());
        }
        if (a.getPartOf() != null) {
            s.append("; part of ").append(actorName(a.getPartOf()));
        }
        s.append(", ").append(a.getId()).append(")");
        if (entry.mentions().isEmpty()) {
            s.append(", not mentioned here (source or target of a claim)");
        } else {
            s.append(", ").append(count(entry.mentions().size(), "mention")).append(": ")
                    .append(String.join(", ", entry.surfaces().stream().map(t -> t == null ? "" : t.replace('\n', ' ')).toList()));
        }
        return s.toString();
    }

    /** The actor's name on one line, or its id when it has none. */
    public static String actorName(Actor a) {
        return a.getName() == null || a.getName().isBlank() ? a.getId() : a.getName().strip().replaceAll("\\s+", " ");
    }

    public static String groupTitle(SourceGroup group) {
        if (group.source() != null) {
            Actor a = group.source();
            return actorName(a) + " (" + a.getKind().getLiteral() + ", " + a.getId() + ")";
        }
        if (group.sourceText() != null) {
            return "\u201C" + group.sourceText().strip() + "\u201D (source not linked to an actor)";
        }
        return "Unattributed (no source: the document's own voice)";
    }

    /** Modality, confidence, polarity, cue, targets, claim id and where the quote is. */
    public static List<String> claimDetails(Claim c, Evidence evidence) {
        List<String> details = new ArrayList<>();
        details.add(c.getModality().getLiteral());
        details.add("confidence " + Numbers.plain(c.getConfidence()));
        details.add(c.getPolarity().getLiteral());
        if (c.getCue() != null && !c.getCue().isBlank()) {
            details.add("cue \u201C" + c.getCue().replace('\n', ' ') + "\u201D");
        }
        if (!c.getTargets().isEmpty()) {
            details.add("about " + String.join(", ", c.getTargets().stream().map(ReportText::actorName).toList()));
        }
        details.add("claim " + c.getId());
        details.add(evidence.begin() < 0 ? "span unknown" : "text " + evidence.begin() + "\u2013" + evidence.end());
        return details;
    }

    private static void add(List<String[]> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new String[] { label, value });
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
