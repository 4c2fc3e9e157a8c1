package org.sightline.ui.tests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.ui.session.api.ClaimTable;
import org.sightline.ui.session.api.ClaimTable.Column;
import org.sightline.ui.session.api.Session;

/**
 * Measures what the analyst waits for with a big workspace: opening 10,000 documents (load, editing
 * domain, recovery base, the Claims view's rows), a keystroke in the Claims filter with 100,000
 * claims (rows model alone, and with a real virtual SWT table when a display is there), and the heap
 * the open workspace holds. Prints medians. Run (see docs/user-guide.md, "Measured"):
 * {@code java -cp <session, model, core, EMF, jackson, SWT, these classes> org.sightline.ui.tests.bench.WorkbenchBench [documents] [runs]}
 */
public final class WorkbenchBench {

    private WorkbenchBench() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("sightline-bench");
        Path file = dir.resolve("big.sightline");
        Corpus corpus = BigWorkspace.build(documents);
        int claims = corpus.getClaims().size();
        WorkspaceStore.save(corpus, file);
        corpus = null;
        System.out.printf(Locale.ROOT, "workspace: %,d documents, %,d claims, %.1f MB XMI (%s)%n", documents, claims,
                Files.size(file) / 1e6, file);

        // Open: what File > Open does before the views show it (the views fill lazily: virtual tables).
        Session[] last = new Session[1];
        long open = median(runs, () -> {
            long t = System.nanoTime();
            try {
                Session s = Session.open(file, dir.resolve("recovery"));
                new ClaimTable(s.corpus());
                long elapsed = System.nanoTime() - t;
                if (last[0] != null) {
                    last[0].close();
                }
                last[0] = s;
                return elapsed;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf(Locale.ROOT, "open %,d documents (load + editing domain + recovery base + claim rows): median %,d ms%n",
                documents, open / 1_000_000);

        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "heap with the workspace open: %.0f MB (%.1f KB per document)%n", used / 1e6, used / 1e3 / documents);

        ClaimTable rows = new ClaimTable(last[0].corpus());
        String[] queries = { "m", "mi", "mis", "miscalc", "north korea", "Wire A", "zzz", "" };
        List<Long> filter = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            for (String q : queries) {
                long t = System.nanoTime();
                rows.setFilter(rows.filter().withText(q));
                filter.add(System.nanoTime() - t);
            }
        }
        System.out.printf(Locale.ROOT, "Claims filter keystroke, %,d claims, rows model only: median %.1f ms, max %.1f ms%n", claims,
                med(filter) / 1e6, filter.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        long sort = median(runs, () -> {
            long t = System.nanoTime();
            rows.sortBy(Column.SOURCE, true);
            return System.nanoTime() - t;
        });
        System.out.printf(Locale.ROOT, "Claims sort by source, %,d claims: median %,d ms%n", claims, sort / 1_000_000);

        if (System.getenv("DISPLAY") != null) {
            swtFilter(rows, queries, runs, claims);
        } else {
            System.out.println("(no DISPLAY: the SWT table part is skipped)");
        }
        last[0].close();
    }

    /** The same keystrokes through a virtual SWT table like the Claims view's: filter, item count, repaint of visible rows. */
    private static void swtFilter(ClaimTable rows, String[] queries, int runs, int claims) {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
        Table table = new Table(shell, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        table.setHeaderVisible(true);
        for (Column c : Column.values()) {
            TableColumn tc = new TableColumn(table, SWT.LEFT);
            tc.setText(c.title());
            tc.setWidth(c.width());
        }
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int index = table.indexOf(item);
            if (index >= 0 && index < rows.size()) {
                Claim claim = rows.row(index);
                for (Column c : Column.values()) {
                    item.setText(c.ordinal(), c.text(claim));
                }
            }
        });
        shell.open();
        List<Long> times = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            for (String q : queries) {
                long t = System.nanoTime();
                rows.setFilter(rows.filter().withText(q));
                table.setItemCount(rows.size());
                table.clearAll();
                table.update(); // paints the visible rows now, as the next event loop turn would
                while (display.readAndDispatch()) {
                    // let GTK finish the paint
                }
                times.add(System.nanoTime() - t);
            }
        }
        System.out.printf(Locale.ROOT, "Claims filter keystroke, %,d claims, with a virtual SWT table: median %.1f ms, max %.1f ms%n",
                claims, med(times) / 1e6, times.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        display.dispose();
    }

    private static long median(int runs, LongSupplier run) {
        List<Long> t = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            t.add(run.getAsLong());
        }
        return med(t);
    }

    private static long med(List<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2];
    }
}
