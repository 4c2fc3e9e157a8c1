package org.sightline.ui.tests.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.ui.session.api.ClaimTable;

/**
 * The Claims view's table after a claim is confirmed while the rows are sorted by status, so that the claim moves in
 * the sort: {@link ClaimTable#refresh(java.util.Collection)} from the changed claim against a whole
 * {@link ClaimTable#refresh()}, on a workspace file, in one JVM (plain Java, no workbench):
 * <pre>releng/scripts/bench.sh -Xmx3g org.sightline.ui.tests.bench.ClaimTableBench WORKSPACE.sightline [ROUNDS]</pre>
 * Each round confirms another claim, times both refreshes on the same change, and puts the claim back.
 */
public final class ClaimTableBench {

    private ClaimTableBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ClaimTableBench WORKSPACE.sightline [ROUNDS]");
            System.exit(2);
        }
        Corpus corpus = WorkspaceStore.load(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ClaimTable table = new ClaimTable(corpus);
        table.sortBy(ClaimTable.Column.STATUS, true);
        System.out.printf(Locale.ROOT, "%s: %,d claims, sorted by status%n", args[0], corpus.getClaims().size());
        for (int round = 0; round < rounds; round++) {
            Claim c = corpus.getClaims().get((1000 + round * 7919) % corpus.getClaims().size());
            ReviewStatus was = c.getStatus();
            c.setStatus(ReviewStatus.CONFIRMED);
            long t0 = System.nanoTime();
            table.refresh(List.of(c));
            long changed = System.nanoTime() - t0;
            c.setStatus(was);
            table.refresh(List.of(c));
            c.setStatus(ReviewStatus.CONFIRMED);
            t0 = System.nanoTime();
            table.refresh();
            long whole = System.nanoTime() - t0;
            c.setStatus(was);
            table.refresh();
            System.out.printf(Locale.ROOT, "round %d: refresh(changed) %.1f ms, refresh() %.1f ms%n", round, changed / 1e6, whole / 1e6);
        }
    }
}
