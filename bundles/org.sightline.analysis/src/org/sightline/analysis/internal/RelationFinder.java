package org.sightline.analysis.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sightline.analysis.internal.ClaimTerms.Profile;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.RelationKind;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlineFactory;

/**
 * Finds candidate claim pairs and decides their relation by the rules of docs/analyses.md ("Claim relations").
 * <p>
 * Cost control: claims with identical term sets share one <i>group</i>; groups are compared through an inverted index
 * on terms (only pairs sharing a term are ever looked at), and each claim is paired with at most {@link #SCAN} most
 * recent earlier claims per related group and keeps its {@link #MAX_PER_CLAIM} best proposals. A corpus that repeats
 * one wire story 500 times thus costs about 500 &times; SCAN comparisons, not 500&sup2;.
 */
public final class RelationFinder {

    /** Pairs must share at least this many terms: one shared word ("attack") is coincidence, not a relation. */
    public static final int MIN_SHARED = 2;
    /** Lowest similarity for CONTRADICTS; lower than SUPPORTS because a flip is itself strong evidence of a link. */
    public static final double CONTRADICTS_MIN = 0.5;
    /** Lowest similarity for SUPPORTS (different sources, same stance). */
    public static final double SUPPORTS_MIN = 0.6;
    /** Lowest similarity for REPEATS (same source actor, same stance). */
    public static final double REPEATS_MIN = 0.6;
    /**
     * Pairs sharing at least this many terms are close enough for any kind whatever their overlap: two long
     * statements of the same commitment in different words still share many terms.
     */
    public static final int MANY_SHARED = 6;
    /** Proposals kept per later claim, the most similar first. */
    public static final int MAX_PER_CLAIM = 3;
    /** Earlier claims looked at per related group, most recent first. */
    public static final int SCAN = 8;

    /** A decided pair, before it becomes a model object. */
    public record Decision(RelationKind kind, Claim later, Claim earlier, double similarity, List<String> shared,
            List<String> signals, String reason) {
    }

    /** What {@link #find} returns: the decisions and how many claims had content terms to compare. */
    public record Found(List<Decision> decisions, int claimsCompared) {
    }

    private final String producerId;

    public RelationFinder(String producerId) {
        this.producerId = producerId;
    }

    /** All proposals for the corpus, in the order RelationProposals documents. */
    public Found find(Corpus corpus) {
        List<Claim> claims = chronological(corpus);
        ClaimTerms terms = new ClaimTerms();
        Map<Claim, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < corpus.getClaims().size(); i++) {
            position.put(corpus.getClaims().get(i), i);
        }
        Set<Long> existing = existingPairs(corpus, position);

        Map<String, Integer> termIds = new HashMap<>();
        Map<TermSet, Group> groupsByTerms = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        Map<Integer, List<Group>> postings = new HashMap<>();
        int[] sharedCount = new int[16];
        List<Decision> result = new ArrayList<>();
        int compared = 0;
        int order = 0;
        Map<Claim, Integer> orderOf = new IdentityHashMap<>();

        for (Claim claim : claims) {
            Profile profile = terms.profile(claim);
            if (profile.terms().isEmpty()) {
                continue;
            }
            compared++;
            int[] ids = profile.terms().keySet().stream().mapToInt(t -> termIds.computeIfAbsent(t, k -> termIds.size())).sorted().toArray();
            TermSet key = new TermSet(ids);
            Group group = groupsByTerms.get(key);
            if (group == null) {
                group = new Group(groups.size(), ids);
                groupsByTerms.put(key, group);
                if (sharedCount.length < groups.size() + 1) {
                    sharedCount = Arrays.copyOf(sharedCount, Math.max(sharedCount.length * 2, groups.size() + 1));
                }
                link(group, postings, sharedCount);
                groups.add(group);
                for (int id : ids) {
                    postings.computeIfAbsent(id, k -> new ArrayList<>()).add(group);
                }
            }
            Member self = new Member(claim, profile, order++);
            List<Decision> candidates = new ArrayList<>();
            consider(self, group, 1.0, existing, position, candidates);
            for (Neighbour n : group.neighbours) {
                consider(self, n.group, n.similarity, existing, position, candidates);
            }
            candidates.sort(Comparator.comparingDouble(Decision::similarity).reversed()
                    .thenComparing(d -> orderOf.get(d.earlier()), Comparator.reverseOrder()));
            result.addAll(candidates.subList(0, Math.min(MAX_PER_CLAIM, candidates.size())));
            group.members.add(self);
            orderOf.put(claim, self.order());
        }
        return new Found(result, compared);
    }

    /** Finds the earlier groups sharing at least MIN_SHARED terms with {@code group} and links both ways. */
    private static void link(Group group, Map<Integer, List<Group>> postings, int[] sharedCount) {
        List<Group> touched = new ArrayList<>();
        for (int id : group.terms) {
            for (Group other : postings.getOrDefault(id, List.of())) {
                if (sharedCount[other.index]++ == 0) {
                    touched.add(other);
                }
            }
        }
        touched.sort(Comparator.comparingInt(g -> g.index));
        for (Group other : touched) {
            int shared = sharedCount[other.index];
            sharedCount[other.index] = 0;
            double similarity = similarity(shared, group.terms.length, other.terms.length);
            if (shared >= MIN_SHARED && (shared >= MANY_SHARED || similarity >= Math.min(CONTRADICTS_MIN, Math.min(SUPPORTS_MIN, REPEATS_MIN)))) {
                group.neighbours.add(new Neighbour(other, similarity));
                other.neighbours.add(new Neighbour(group, similarity));
            }
        }
    }

    /**
     * Overlap coefficient |A&cap;B| / min(|A|, |B|): a short claim restated inside a longer one ("remains committed to
     * defeating ISIL" within a long commitment) still scores high, which Jaccard would not.
     */
    static double similarity(int shared, int sizeA, int sizeB) {
        return shared / (double) Math.min(sizeA, sizeB);
    }

    private void consider(Member later, Group group, double similarity, Set<Long> existing,
            Map<Claim, Integer> position, List<Decision> out) {
        List<Member> members = group.members;
        int looked = 0;
        boolean sameSourceSeen = false;
        for (int i = members.size() - 1; i >= 0 && looked < SCAN; i--) {
            Member earlier = members.get(i);
            boolean sameSource = later.claim.getSource() != null && later.claim.getSource() == earlier.claim.getSource();
            if (sameSource && sameSourceSeen) {
                continue; // only the latest earlier statement by the same source: "said it again", not every time
            }
            sameSourceSeen |= sameSource;
            looked++;
            long pair = pairKey(position.get(later.claim), position.get(earlier.claim));
            if (existing.contains(pair)) {
                continue;
            }
            Decision decision = decide(later, earlier, similarity);
            if (decision != null) {
                out.add(decision);
            }
        }
    }

    private Decision decide(Member later, Member earlier, double similarity) {
        Profile a = later.profile;
        Profile b = earlier.profile;
        // The words behind the shared terms; a direction word also yields CHANGE, so the same pair can come twice.
        Set<String> sharedWords = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : a.terms().entrySet()) {
            String other = b.terms().get(e.getKey());
            if (other != null) {
                sharedWords.add(e.getValue().equalsIgnoreCase(other) ? e.getValue() : e.getValue() + "~" + other);
            }
        }
        List<String> shared = List.copyOf(sharedWords);
        int sharedTerms = (int) a.terms().keySet().stream().filter(b.terms()::containsKey).count();
        boolean close = sharedTerms >= MIN_SHARED;
        boolean sameSource = later.claim.getSource() != null && later.claim.getSource() == earlier.claim.getSource();
        List<String> signals = new ArrayList<>();
        RelationKind kind;
        boolean directional = a.direction() != 0 && b.direction() != 0;
        if (!close) {
            return null;
        }
        if (a.stance(directional) != b.stance(directional)) {
            if (similarity < CONTRADICTS_MIN && sharedTerms < MANY_SHARED) {
                return null;
            }
            kind = RelationKind.CONTRADICTS;
            if (a.negated() != b.negated()) {
                Profile negated = a.negated() ? a : b;
                Claim which = a.negated() ? later.claim : earlier.claim;
                signals.add("negation flip: " + which.getId() + " is negated by " + negated.negation());
            }
            if (directional) {
                signals.add((a.direction() != b.direction() ? "antonyms: " : "directions: ") + later.claim.getId() + " "
                        + words(a) + " vs " + earlier.claim.getId() + " " + words(b));
            }
            if (a.unlikely() != b.unlikely()) {
                Claim which = a.unlikely() ? later.claim : earlier.claim;
                signals.add("modality flip: " + which.getId() + " is UNLIKELY");
            }
        } else if (sameSource) {
            if (similarity < REPEATS_MIN && sharedTerms < MANY_SHARED) {
                return null;
            }
            kind = RelationKind.REPEATS;
        } else {
            if (similarity < SUPPORTS_MIN && sharedTerms < MANY_SHARED) {
                return null;
            }
            kind = RelationKind.SUPPORTS;
        }
        if (kind != RelationKind.CONTRADICTS && directional) {
            signals.add("same direction: " + words(a) + " / " + words(b));
        }
        signals.add(sameSource ? "same source " + sourceName(later.claim)
                : "different sources " + sourceName(later.claim) + " / " + sourceName(earlier.claim));
        String reason = kind + ": " + later.claim.getId() + " and " + earlier.claim.getId() + " share "
                + sharedTerms + " terms (" + String.join(", ", shared) + "; overlap "
                + String.format(Locale.ROOT, "%.2f", similarity) + "); " + String.join("; ", signals);
        return new Decision(kind, later.claim, earlier.claim, similarity, shared, signals, reason);
    }

    /** The model object for a decision: not added to any corpus. */
    public ClaimRelation toRelation(Decision d) {
        ClaimRelation relation = SightlineFactory.eINSTANCE.createClaimRelation();
        relation.setKind(d.kind());
        relation.setFrom(d.later());
        relation.setTo(d.earlier());
        relation.setReason(d.reason());
        relation.setStatus(ReviewStatus.EXTRACTED);
        relation.setProducerId(producerId);
        return relation;
    }

    private static String words(Profile p) {
        String dir = p.direction() > 0 ? "more/keep" : p.direction() < 0 ? "less/end" : "no direction";
        return p.directionWords().stream().map(w -> "'" + w + "'").reduce((x, y) -> x + "," + y).orElse("-")
                + " (" + dir + (p.negated() ? ", negated" : "") + ")";
    }

    private static String sourceName(Claim claim) {
        if (claim.getSource() != null) {
            return claim.getSource().getName();
        }
        return claim.getSourceText() != null ? "'" + claim.getSourceText() + "' (no actor)" : "(no source)";
    }

    /** Non-rejected claims by publication date (undated last), ties in corpus order. */
    static List<Claim> chronological(Corpus corpus) {
        List<Claim> claims = new ArrayList<>(LiveClaims.of(corpus));
        Comparator<LocalDate> dates = Comparator.nullsLast(Comparator.naturalOrder());
        claims.sort(Comparator.comparing(c -> published(c), dates)); // List.sort is stable
        return claims;
    }

    private static LocalDate published(Claim claim) {
        Document d = claim.getDocument();
        if (d == null) {
            throw new IllegalArgumentException("claim " + claim.getId() + " has no document");
        }
        return d.getPublished();
    }

    /** Claim pairs already related in the corpus in any direction, kind or status: never proposed again. */
    private static Set<Long> existingPairs(Corpus corpus, Map<Claim, Integer> position) {
        Set<Long> pairs = new HashSet<>();
        for (ClaimRelation r : corpus.getRelations()) {
            Integer from = position.get(r.getFrom());
            Integer to = position.get(r.getTo());
            if (from != null && to != null) {
                pairs.add(pairKey(from, to));
            }
        }
        return Collections.unmodifiableSet(pairs);
    }

    private static long pairKey(int x, int y) {
        return ((long) Math.min(x, y) << 32) | Math.max(x, y);
    }

    /** A claim seen so far; {@code order} is its place in chronological order. */
    private record Member(Claim claim, Profile profile, int order) {
    }

    private record Neighbour(Group group, double similarity) {
    }

    private static final class Group {
        final int index;
        final int[] terms;
        final List<Member> members = new ArrayList<>();
        final List<Neighbour> neighbours = new ArrayList<>();

        Group(int index, int[] terms) {
            this.index = index;
            this.terms = terms;
        }
    }

    private record TermSet(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TermSet t && Arrays.equals(ids, t.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }
}
