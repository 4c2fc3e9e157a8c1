package org.sightline.ui.session.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.sightline.core.api.CuratedCorpus;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.ReviewStatus;
import org.sightline.model.edit.Labels;

/**
 * The rows of the Claims view, without any widget: every claim of a corpus, sorted by a column,
 * narrowed by a {@link Filter}. A virtual table asks for {@link #row(int)} only for the rows it
 * shows, so the cost of a keystroke in the filter box is one pass over the claims (measured by
 * {@code ClaimTableBench}), independent of how many rows the table can display.
 *
 * @since 0.1.0
 */
public final class ClaimTable {

    /** The columns, in display order. */
    public enum Column {
        SOURCE("Source", 140), CUE("Cue", 90), CONTENT("Content", 380), TYPE("Type", 100), MODALITY("Modality", 85),
        CONFIDENCE("Confidence", 80), TARGETS("Targets", 140), DOCUMENT("Document", 160), STATUS("Status", 85);

        private final String title;
        private final int width;

        Column(String title, int width) {
            this.title = title;
            this.width = width;
        }

        public String title() {
            return title;
        }

        /** Initial width in pixels. */
        public int width() {
            return width;
        }

        /** The cell text of {@code claim} in this column. */
        public String text(Claim claim) {
            return switch (this) {
                case SOURCE -> source(claim);
                case CUE -> nz(claim.getCue());
                case CONTENT -> nz(claim.getContent()).replace('\n', ' ');
                case TYPE -> claim.getType() == null ? "" : Labels.literal(claim.getType());
                case MODALITY -> claim.getModality() == null ? "" : Labels.literal(claim.getModality());
                case CONFIDENCE -> String.format(Locale.ROOT, "%.2f", claim.getConfidence());
                case TARGETS -> claim.getTargets().stream().map(a -> nz(a.getName())).collect(Collectors.joining(", "));
                case DOCUMENT -> claim.getDocument() == null ? "" : Labels.document(claim.getDocument());
                case STATUS -> claim.getStatus() == null ? "" : Labels.literal(claim.getStatus());
            };
        }
    }

    /**
     * What to show: claims whose source, cue, content or document title contain {@code text}
     * (ignoring case), of one of {@code types}, {@code statuses} and {@code modalities} (empty: any), by or about
     * {@code actor}, in {@code document} (null: any), and among {@code claims} (null: any; e.g. the
     * claims of a Commitments cell, described by {@code claimsLabel}).
     */
    public record Filter(String text, Set<ClaimType> types, Set<ReviewStatus> statuses, Actor actor, Document document,
            Set<Claim> claims, String claimsLabel, Set<Modality> modalities) {
        public static final Filter ALL = new Filter("", Set.of(), Set.of(), null, null, null, null, Set.of());

        public Filter(String text, Set<ClaimType> types, Set<ReviewStatus> statuses, Actor actor, Document document) {
            this(text, types, statuses, actor, document, null, null, Set.of());
        }

        public Filter(String text, Set<ClaimType> types, Set<ReviewStatus> statuses, Actor actor, Document document,
                Set<Claim> claims, String claimsLabel) {
            this(text, types, statuses, actor, document, claims, claimsLabel, Set.of());
        }

        public Filter {
            claims = claims == null ? null : Set.copyOf(claims);
            text = text == null ? "" : text.strip();
            types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
            statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
            modalities = modalities == null || modalities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modalities));
        }

        public Filter withText(String t) {
            return new Filter(t, types, statuses, actor, document, claims, claimsLabel, modalities);
        }

        public Filter withTypes(Set<ClaimType> t) {
            return new Filter(text, t, statuses, actor, document, claims, claimsLabel, modalities);
        }

        public Filter withStatuses(Set<ReviewStatus> s) {
            return new Filter(text, types, s, actor, document, claims, claimsLabel, modalities);
        }

        public Filter withActor(Actor a) {
            return new Filter(text, types, statuses, a, document, claims, claimsLabel, modalities);
        }

        public Filter withDocument(Document d) {
            return new Filter(text, types, statuses, actor, d, claims, claimsLabel, modalities);
        }

        /** Only {@code chosen} (null: any claim), described to the analyst as {@code label}. */
        public Filter withClaims(Set<Claim> chosen, String label) {
            return new Filter(text, types, statuses, actor, document, chosen, chosen == null ? null : label, modalities);
        }

        /**
         * Only claims of one of {@code m} (empty: any modality).
         *
         * @since 0.2.0
         */
        public Filter withModalities(Set<Modality> m) {
            return new Filter(text, types, statuses, actor, document, claims, claimsLabel, m);
        }

        public boolean isEmpty() {
            return text.isEmpty() && types.isEmpty() && statuses.isEmpty() && modalities.isEmpty() && actor == null && document == null
                    && claims == null;
        }

        boolean accepts(Claim c, String needle) {
            if (!types.isEmpty() && !types.contains(c.getType())) {
                return false;
            }
            if (!statuses.isEmpty() && !statuses.contains(c.getStatus())) {
                return false;
            }
            if (!modalities.isEmpty() && !modalities.contains(c.getModality())) {
                return false;
            }
            if (document != null && c.getDocument() != document) {
                return false;
            }
            if (actor != null && c.getSource() != actor && !c.getTargets().contains(actor)) {
                return false;
            }
            if (claims != null && !claims.contains(c)) {
                return false;
            }
            if (needle.isEmpty()) {
                return true;
            }
            return contains(c.getContent(), needle) || contains(c.getCue(), needle) || contains(c.getSourceText(), needle)
                    || c.getSource() != null && named(c.getSource(), needle)
                    || c.getDocument() != null && contains(c.getDocument().getTitle(), needle)
                    || c.getTargets().stream().anyMatch(a -> named(a, needle));
        }

        /** The actor's name or one of its aliases contains the text: "daesh" finds the claims of ISIL. */
        private static boolean named(Actor a, String needle) {
            if (contains(a.getName(), needle)) {
                return true;
            }
            for (String alias : a.getAliases()) {
                if (contains(alias, needle)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** At most this many changed claims are moved to their places one by one when one moved in the sort (each is a pass). */
    private static final int MOVED_IN_PLACE = 8;

    private final Corpus corpus;
    private Claim[] sorted = new Claim[0];
    private Claim[] rows = new Claim[0];
    private Column sortColumn;
    private boolean ascending = true;
    private Filter filter = Filter.ALL;
    /**
     * Whether {@link #sorted} is what {@link #refresh()} makes of the corpus now: the claims in corpus order, sorted
     * stably. A sort of rows sorted by another column keeps that column's order among equal keys, so it is not.
     */
    private boolean canonical;

    public ClaimTable(Corpus corpus) {
        this.corpus = corpus;
        refresh();
    }

    /** Re-reads the corpus' claims (after edits), keeping sort and filter. Hidden claims, and claims of hidden actors, are left out. */
    public void refresh() {
        sorted = corpus.getClaims().stream().filter(c -> !CuratedCorpus.isHidden(c)).toArray(Claim[]::new);
        sortRows();
        applyFilter();
        canonical = true;
    }

    /**
     * After an edit that changed only the claims {@code changed} (what they say: a status, a text, a source, targets;
     * or whether they are in the corpus: made, deleted), not what a row shows of another object (an actor's name, a
     * document's title): the rows {@link #refresh()} would make, found from those claims alone (a claim confirmed stays
     * where it is, one made, deleted or moved in the sort goes into or out of its place), else by {@link #refresh()}
     * where that is not exact. At 1 million claims a refresh is a pass over every claim and a sort.
     *
     * @since 0.2.0
     */
    public void refresh(Collection<Claim> changed) {
        if (!canonical) {
            refresh();
            return;
        }
        boolean rowsToFilter = false;
        boolean moved = false;
        List<Claim> in = new ArrayList<>();
        for (Claim c : changed) {
            int at = indexIn(sorted, c);
            if (c.eContainer() != corpus || CuratedCorpus.isHidden(c)) {
                if (at >= 0) { // deleted or hidden now: the others keep their order
                    sorted = without(sorted, at);
                    int row = filter.isEmpty() ? -1 : indexIn(rows, c);
                    if (row >= 0) {
                        rows = without(rows, row);
                    }
                }
            } else {
                moved |= at >= 0 && !inOrder(at);
                in.add(c);
            }
        }
        if (moved) {
            // a claim's place in the sort moved (confirmed while sorted by status): every changed claim out of the rows,
            // then each into its place below; the others keep their order. Checking each one's neighbours is not enough
            // when two changed claims stand side by side. Many changed claims: a whole refresh costs less.
            if (in.size() > MOVED_IN_PLACE) {
                refresh();
                return;
            }
            for (Claim c : in) {
                int at = indexIn(sorted, c);
                if (at >= 0) {
                    sorted = without(sorted, at);
                }
            }
            rowsToFilter = !filter.isEmpty();
        }
        String needle = filter.text().toLowerCase(Locale.ROOT);
        for (Claim c : in) {
            if (indexIn(sorted, c) < 0) { // made, or shown again: into its place
                int lo = 0;
                int hi = sorted.length;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (before(sorted[mid], c)) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                sorted = with(sorted, lo, c);
                rowsToFilter |= !filter.isEmpty() && filter.accepts(c, needle);
            } else if (!filter.isEmpty()) {
                rowsToFilter |= filter.accepts(c, needle) != indexIn(rows, c) >= 0; // the filter keeps or drops it now
            }
        }
        if (filter.isEmpty()) {
            rows = sorted;
        } else if (rowsToFilter) {
            applyFilter();
        }
    }

    /** Whether {@code sorted[at]} is in the order a sort from corpus order puts it in, against its neighbours. */
    private boolean inOrder(int at) {
        if (sortColumn == null) {
            return true; // corpus order (or its reverse): no claim's content moves it
        }
        return (at == 0 || before(sorted[at - 1], sorted[at])) && (at == sorted.length - 1 || before(sorted[at], sorted[at + 1]));
    }

    /** Whether a stable sort of the claims in corpus order puts {@code a} before {@code b}. */
    private boolean before(Claim a, Claim b) {
        int c = sortColumn == null ? 0
                : sortColumn == Column.CONFIDENCE ? Double.compare(a.getConfidence(), b.getConfidence())
                : sortColumn.text(a).toLowerCase(Locale.ROOT).compareTo(sortColumn.text(b).toLowerCase(Locale.ROOT));
        if (c != 0) {
            return ascending ? c < 0 : c > 0;
        }
        boolean earlier = corpus.getClaims().indexOf(a) < corpus.getClaims().indexOf(b);
        return sortColumn == null && !ascending ? !earlier : earlier; // equal keys keep corpus order; no column: its reverse
    }

    private static Claim[] without(Claim[] claims, int at) {
        Claim[] out = new Claim[claims.length - 1];
        System.arraycopy(claims, 0, out, 0, at);
        System.arraycopy(claims, at + 1, out, at, out.length - at);
        return out;
    }

    private static Claim[] with(Claim[] claims, int at, Claim c) {
        Claim[] out = new Claim[claims.length + 1];
        System.arraycopy(claims, 0, out, 0, at);
        out[at] = c;
        System.arraycopy(claims, at, out, at + 1, claims.length - at);
        return out;
    }

    private static int indexIn(Claim[] claims, Claim c) {
        for (int i = 0; i < claims.length; i++) {
            if (claims[i] == c) {
                return i;
            }
        }
        return -1;
    }

    public Filter filter() {
        return filter;
    }

    public void setFilter(Filter f) {
        Filter previous = filter;
        filter = f == null ? Filter.ALL : f;
        if (narrows(previous, filter)) {
            applyFilter(rows); // typing on: only the rows shown now can still match
        } else {
            applyFilter(sorted);
        }
    }

    /** Whether everything {@code next} accepts, {@code previous} accepted too (same criteria, longer text). */
    private static boolean narrows(Filter previous, Filter next) {
        return !previous.text().isEmpty() && next.text().toLowerCase(Locale.ROOT).contains(previous.text().toLowerCase(Locale.ROOT))
                && previous.types().equals(next.types()) && previous.statuses().equals(next.statuses())
                && previous.modalities().equals(next.modalities())
                && previous.actor() == next.actor() && previous.document() == next.document()
                && java.util.Objects.equals(previous.claims(), next.claims());
    }

    /** Sorts by {@code column} (null: corpus order). */
    public void sortBy(Column column, boolean up) {
        sortColumn = column;
        ascending = up;
        sortRows();
        applyFilter();
        canonical = false;
    }

    public Column sortColumn() {
        return sortColumn;
    }

    public boolean ascending() {
        return ascending;
    }

    /** Rows after filtering. */
    public int size() {
        return rows.length;
    }

    /** All claims, before filtering. */
    public int total() {
        return sorted.length;
    }

    public Claim row(int index) {
        return rows[index];
    }

    /** The row showing {@code claim}, or -1 when it is filtered out. */
    public int indexOf(Claim claim) {
        return indexIn(rows, claim);
    }

    private void sortRows() {
        if (sortColumn == null) {
            if (!ascending) {
                reverse(sorted);
            }
            return;
        }
        Comparator<Keyed> order = sortColumn == Column.CONFIDENCE
                ? Comparator.comparingDouble(k -> k.claim.getConfidence())
                : Comparator.comparing((Keyed k) -> k.key);
        Keyed[] keyed = new Keyed[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            Claim c = sorted[i];
            keyed[i] = new Keyed(sortColumn == Column.CONFIDENCE ? "" : sortColumn.text(c).toLowerCase(Locale.ROOT), c);
        }
        Arrays.sort(keyed, ascending ? order : order.reversed());
        for (int i = 0; i < keyed.length; i++) {
            sorted[i] = keyed[i].claim;
        }
    }

    private record Keyed(String key, Claim claim) {
    }

    private void applyFilter() {
        applyFilter(sorted);
    }

    private void applyFilter(Claim[] from) {
        if (filter.isEmpty()) {
            rows = sorted;
            return;
        }
        String needle = filter.text().toLowerCase(Locale.ROOT);
        Claim[] out = new Claim[from.length];
        int n = 0;
        for (Claim c : from) {
            if (filter.accepts(c, needle)) {
                out[n++] = c;
            }
        }
        rows = Arrays.copyOf(out, n);
    }

    private static void reverse(Claim[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Claim t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static String source(Claim c) {
        if (c.getSource() != null && c.getSource().getName() != null) {
            return c.getSource().getName();
        }
        return nz(c.getSourceText());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Whether {@code hay} contains {@code lowerNeedle} ignoring case, without allocating. */
    static boolean contains(String hay, String lowerNeedle) {
        if (hay == null) {
            return false;
        }
        int n = lowerNeedle.length();
        int last = hay.length() - n;
        char first = lowerNeedle.charAt(0);
        for (int i = 0; i <= last; i++) {
            if (Character.toLowerCase(hay.charAt(i)) == first && hay.regionMatches(true, i, lowerNeedle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
