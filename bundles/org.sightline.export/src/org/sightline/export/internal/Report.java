package org.sightline.export.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.ReviewStatus;
import org.sightline.model.TextSpan;

/**
 * What the Markdown and HTML reports show, computed once so both say the same thing: per document the actors
 * (by first mention) and the claims grouped by source (groups and claims by position in the text), each claim with its
 * quoted evidence. Claims and mentions the analyst REJECTED are left out, as the analyses do; their number is given.
 * Everything is ordered by text position, then id, so the same corpus always gives the same report.
 */
public final class Report {

    /** Context between the parts of a claim longer than this is cut to a gap marker, keeping quotes readable. */
    public static final int MAX_CONTEXT = 300;

    /** What a piece of quoted evidence is. */
    public enum Role {
        SOURCE, CUE, CONTENT, CONTEXT,
        /** Omitted context (longer than {@link Report#MAX_CONTEXT}); its text is empty. */
        GAP
    }

    /** A piece of evidence text and what it is. */
    public record Segment(Role role, String text) {
    }

    /**
     * The exact text a claim came from: from the first to the last of its source, cue and content spans, split by role.
     * {@code begin}/{@code end} are that window in the document text; both are -1 when no span could be located (then
     * the segments hold the claim's stored strings).
     */
    public record Evidence(int begin, int end, List<Segment> segments) {
        /** The quoted text without gap markers. */
        public String text() {
            StringBuilder s = new StringBuilder();
            segments.forEach(g -> s.append(g.text()));
            return s.toString();
        }
    }

    /** An actor as shown in one document: its mentions there (possibly none: then it is only a source or target). */
    public record ActorEntry(Actor actor, List<Mention> mentions) {
        /** Distinct surface forms in order of first appearance. */
        public List<String> surfaces() {
            Set<String> forms = new LinkedHashSet<>();
            mentions.forEach(m -> forms.add(m.getText()));
            return List.copyOf(forms);
        }
    }

    /** A claim with its evidence. */
    public record ClaimEntry(Claim claim, Evidence evidence) {
    }

    /**
     * Claims with the same source: the source actor, or for claims without one their source text, or neither
     * (unattributed: the author's own voice).
     */
    public record SourceGroup(Actor source, String sourceText, List<ClaimEntry> claims) {
    }

    /** One document's part of the report. */
    public record Section(Document document, List<ActorEntry> actors, List<SourceGroup> groups) {
    }

    /** Group key of claims with neither a source actor nor a source text. */
    private static final Object UNATTRIBUTED = new Object();

    private final Corpus corpus;
    private final Map<Document, List<Mention>> mentionsByDocument = new IdentityHashMap<>();
    private final Map<Document, List<Claim>> claimsByDocument = new IdentityHashMap<>();
    private final int claimCount;
    private final int rejectedClaims;
    private final int rejectedMentions;

    public Report(Corpus corpus) {
        this.corpus = corpus;
        int rejectedM = 0;
        for (Actor actor : corpus.getActors()) {
            for (Mention mention : actor.getMentions()) {
                if (mention.getStatus() == ReviewStatus.REJECTED) {
                    rejectedM++;
                } else if (mention.getDocument() != null) {
                    mentionsByDocument.computeIfAbsent(mention.getDocument(), d -> new ArrayList<>()).add(mention);
                }
            }
        }
        int rejectedC = 0;
        int live = 0;
        for (Claim claim : corpus.getClaims()) {
            if (claim.getStatus() == ReviewStatus.REJECTED) {
                rejectedC++;
            } else {
                live++;
                if (claim.getDocument() != null) {
                    claimsByDocument.computeIfAbsent(claim.getDocument(), d -> new ArrayList<>()).add(claim);
                }
            }
        }
        this.claimCount = live;
        this.rejectedClaims = rejectedC;
        this.rejectedMentions = rejectedM;
    }

    public Corpus corpus() {
        return corpus;
    }

    /** Claims shown (not rejected). */
    public int claimCount() {
        return claimCount;
    }

    public int rejectedClaims() {
        return rejectedClaims;
    }

    public int rejectedMentions() {
        return rejectedMentions;
    }

    /** The section of {@code document}; computed on demand so a large corpus is reported one document at a time. */
    public Section section(Document document) {
        List<Mention> mentions = new ArrayList<>(mentionsByDocument.getOrDefault(document, List.of()));
        mentions.sort(Comparator.comparingInt((Mention m) -> begin(m.getSpan())).thenComparing(m -> nonNull(m.getId())));
        Map<Actor, List<Mention>> byActor = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            byActor.computeIfAbsent(mention.getActor(), a -> new ArrayList<>()).add(mention);
        }
        List<Claim> claims = new ArrayList<>(claimsByDocument.getOrDefault(document, List.of()));
        claims.sort(Comparator.comparingInt(Report::position).thenComparing(c -> nonNull(c.getId())));
        // Sources and targets not mentioned in this document still appear, after the mentioned ones, in corpus order.
        Set<Actor> referred = new LinkedHashSet<>();
        for (Claim claim : claims) {
            if (claim.getSource() != null) {
                referred.add(claim.getSource());
            }
            referred.addAll(claim.getTargets());
        }
        List<ActorEntry> actors = new ArrayList<>();
        byActor.forEach((actor, list) -> actors.add(new ActorEntry(actor, List.copyOf(list))));
        corpus.getActors().stream().filter(referred::contains).filter(a -> !byActor.containsKey(a))
                .forEach(a -> actors.add(new ActorEntry(a, List.of())));

        Map<Object, List<ClaimEntry>> groups = new LinkedHashMap<>();
        Map<Object, Claim> firstOfGroup = new LinkedHashMap<>();
        for (Claim claim : claims) {
            Object key = groupKey(claim);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new ClaimEntry(claim, evidence(claim)));
            firstOfGroup.putIfAbsent(key, claim);
        }
        List<SourceGroup> sourceGroups = new ArrayList<>();
        groups.forEach((key, entries) -> {
            Claim first = firstOfGroup.get(key);
            sourceGroups.add(new SourceGroup(first.getSource(), first.getSource() == null ? blankToNull(first.getSourceText()) : null,
                    List.copyOf(entries)));
        });
        return new Section(document, List.copyOf(actors), List.copyOf(sourceGroups));
    }

    /** Group by source actor; without one by source text; without either into one unattributed group. */
    private static Object groupKey(Claim claim) {
        if (claim.getSource() != null) {
            return claim.getSource();
        }
        String text = blankToNull(claim.getSourceText());
        return text == null ? UNATTRIBUTED : "text:" + text.strip();
    }

    /** The evidence of {@code claim}: exact text from its document, or its stored strings when spans do not fit. */
    public static Evidence evidence(Claim claim) {
        String text = claim.getDocument() == null ? null : claim.getDocument().getText();
        List<int[]> parts = new ArrayList<>(); // {begin, end, role ordinal}
        add(parts, claim.getSourceSpan(), Role.SOURCE, text);
        add(parts, claim.getCueSpan(), Role.CUE, text);
        add(parts, claim.getContentSpan(), Role.CONTENT, text);
        if (parts.isEmpty()) {
            List<Segment> stored = new ArrayList<>();
            appendStored(stored, Role.SOURCE, claim.getSourceText());
            appendStored(stored, Role.CUE, claim.getCue());
            appendStored(stored, Role.CONTENT, claim.getContent());
            return new Evidence(-1, -1, List.copyOf(stored));
        }
        int begin = parts.stream().mapToInt(p -> p[0]).min().getAsInt();
        int end = parts.stream().mapToInt(p -> p[1]).max().getAsInt();
        // Cut the window at every span boundary; each piece takes the role of the span covering it, the cue winning
        // over the source and the source over the content when spans overlap.
        int[] cuts = parts.stream().flatMapToInt(p -> java.util.stream.IntStream.of(p[0], p[1])).distinct().sorted().toArray();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.length; i++) {
            int from = cuts[i];
            int to = cuts[i + 1];
            Role role = Role.CONTEXT;
            for (Role candidate : new Role[] { Role.CUE, Role.SOURCE, Role.CONTENT }) {
                if (role == Role.CONTEXT && covers(parts, candidate, from, to)) {
                    role = candidate;
                }
            }
            if (role == Role.CONTEXT && to - from > MAX_CONTEXT) {
                segments.add(new Segment(Role.GAP, ""));
            } else {
                appendMerged(segments, role, text.substring(from, to));
            }
        }
        return new Evidence(begin, end, List.copyOf(segments));
    }

    private static void add(List<int[]> parts, TextSpan span, Role role, String text) {
        if (span != null && text != null && span.getBegin() >= 0 && span.getBegin() < span.getEnd() && span.getEnd() <= text.length()) {
            parts.add(new int[] { span.getBegin(), span.getEnd(), role.ordinal() });
        }
    }

    private static boolean covers(List<int[]> parts, Role role, int from, int to) {
        for (int[] p : parts) {
            if (p[2] == role.ordinal() && p[0] <= from && to <= p[1]) {
                return true;
            }
        }
        return false;
    }

    private static void appendMerged(List<Segment> segments, Role role, String text) {
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).role() == role) {
            segments.set(last, new Segment(role, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(role, text));
        }
    }

    private static void appendStored(List<Segment> segments, Role role, String text) {
        if (text != null && !text.isBlank()) {
            if (!segments.isEmpty()) {
                segments.add(new Segment(Role.GAP, ""));
            }
            segments.add(new Segment(role, text));
        }
    }

    /** Where a claim starts in its text: its earliest span, or after everything when it has none. */
    private static int position(Claim claim) {
        return Math.min(begin(claim.getSourceSpan()), Math.min(begin(claim.getCueSpan()), begin(claim.getContentSpan())));
    }

    private static int begin(TextSpan span) {
        return span == null ? Integer.MAX_VALUE : span.getBegin();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
