package org.sightline.ui.tests.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sightline.ui.internal.ActorsView;
import org.sightline.ui.internal.ClaimsView;
import org.sightline.ui.internal.DocumentView;
import org.sightline.ui.internal.DocumentsView;
import org.sightline.ui.internal.OpenJob;
import org.sightline.ui.internal.SessionService;
import org.sightline.ui.session.api.Session;

/**
 * Opening a big workspace in the running workbench, as File &gt; Open does it ({@link OpenJob}, in two
 * stages): from the open to (a) the documents read, and the window usable (the Documents view lists
 * them and the Document view shows the first), (b) the model loaded (the rest read; the job then adds it on the
 * UI thread, where the views refresh: that time counts as after the model loaded), (c) each
 * view of the Analysis perspective filled (Documents: the counts of its Actors and Claims columns;
 * Actors: the tree, then its Claims column; Claims: its rows), and
 * (c) the UI thread free again (no stall of 50 ms or more for 2 s after everything is filled); the
 * longest stall of the UI thread in that time, measured by a probe that posts an {@code asyncExec} every
 * 20 ms and records how long it waited; the UI thread's own CPU; and the heap held afterwards.
 * <p>
 * Not a test: it asserts nothing and runs only when {@code -Dsightline.openbench=FILE[,FILE...][:RUNS]}
 * is given (docs/storage.md, "The views at open", has the command). Each file is opened RUNS times
 * (default 2) in this JVM, the workspace before each open being an empty one, so the lock is free.
 */
class OpenBench {

    /** The corpus of the last run, to see that closing it lets it go. */
    private static java.lang.ref.WeakReference<Object> lastCorpus;

    /** A stall: the UI thread did not run a posted runnable for at least this long. */
    private static final long STALL_NS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long QUIET_NS = TimeUnit.SECONDS.toNanos(2);

    @Test
    @EnabledIfSystemProperty(named = "sightline.openbench", matches = ".+")
    void openBigWorkspaces() throws Exception {
        String spec = System.getProperty("sightline.openbench");
        int colon = spec.lastIndexOf(':');
        int runs = colon > 0 ? Integer.parseInt(spec.substring(colon + 1)) : 2;
        String[] files = (colon > 0 ? spec.substring(0, colon) : spec).split(",");
        DocumentsView documents = show(DocumentsView.ID, DocumentsView.class);
        ActorsView actors = show(ActorsView.ID, ActorsView.class);
        DocumentView document = show(DocumentView.ID, DocumentView.class);
        ClaimsView claims = show(ClaimsView.ID, ClaimsView.class);
        System.out.printf(Locale.ROOT, "OpenBench: %s, max heap %,d MB, %d cores, load %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), load());
        for (String f : files) {
            Path file = Path.of(f.strip());
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("sightline.openbench: no workspace file " + file);
            }
            for (int r = 1; r <= runs; r++) {
                System.out.println(run(file, r, documents, actors, document, claims));
            }
        }
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot()));
    }

    private static String run(Path file, int run, DocumentsView documents, ActorsView actors, DocumentView document, ClaimsView claims)
            throws Exception {
        Display display = Display.getCurrent();
        // The workspace before: an empty one (the last run's is closed, its lock released), its garbage gone.
        SessionService.get().setCurrent(Session.create("empty", SessionService.recoveryRoot()));
        flush(display);
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        // the previous run's corpus must be let go once its session is closed (its jobs may still be ending)
        for (int wait = 0; lastCorpus != null && lastCorpus.get() != null && wait < 50; wait++) {
            Thread.sleep(100);
            flush(display);
            System.gc();
        }
        if (lastCorpus != null) {
            System.out.println(lastCorpus.get() == null ? "  the previous run's corpus was let go"
                    : "  the previous run's corpus is still reachable 5 s after it was closed");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Probe probe = new Probe(display);
        String loadBefore = load();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        long gc0 = gcPauses();
        long t0 = System.nanoTime();
        OpenJob job = new OpenJob(file, null);
        job.schedule();
        probe.start();

        // The open job reads the documents, shows them, then reads the rest and adds it (a staged open).
        long[] at = new long[8];
        String[] names = { "documents read", "Documents rows", "Document text", "model loaded", "Documents counts", "Actors tree",
                "Actors counts", "Claims rows" };
        BooleanSupplier[] filled = {
                () -> job.documentsNanos() != 0,
                () -> session(file) && documents.getContentDescription().equals(
                        SessionService.get().current().corpusSoFar().getDocuments().size() + " documents"),
                () -> session(file) && document.document() != null,
                () -> job.loadedNanos() != 0,
                () -> session(file) && number(documents.table(), 4),
                () -> session(file) && actors.viewer().getTree().getItemCount() > 0,
                () -> session(file) && actorClaims(actors),
                () -> session(file) && claims.rows() != null && claims.rows().size() > 0 };
        long deadline = t0 + TimeUnit.MINUTES.toNanos(10);
        long allFilled = 0;
        while (System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
            long now = System.nanoTime();
            for (int i = 0; i < at.length; i++) {
                if (at[i] == 0 && filled[i].getAsBoolean()) {
                    at[i] = i == 0 ? job.documentsNanos() : i == 3 ? job.loadedNanos() : now;
                }
            }
            if (allFilled == 0 && java.util.Arrays.stream(at).allMatch(t -> t != 0)) {
                allFilled = now;
            }
            if (allFilled != 0 && now - Math.max(allFilled, probe.lastStallEnd()) >= QUIET_NS) {
                break;
            }
        }
        probe.stop();
        lastCorpus = new java.lang.ref.WeakReference<>(SessionService.get().current().corpusSoFar());
        String showing = showDocuments(document) + "; " + edits(display);
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long process = os.getProcessCpuTime() - process0;
        long gc = gcPauses() - gc0;
        long free = Math.max(allFilled, probe.lastStallEnd());
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long held = rt.totalMemory() - rt.freeMemory();

        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s run %d (load %s):", file.getFileName(), run, loadBefore));
        for (int i = 0; i < at.length; i++) {
            out.append(String.format(Locale.ROOT, " %s %s;", names[i], at[i] == 0 ? "never" : secs(at[i] - t0)));
        }
        long window = Math.max(at[1], at[2]);
        out.append(String.format(Locale.ROOT, " window (documents listed, first shown) %s; UI thread free %s; longest stall %s"
                + " (while the rest was read: %s; after the model loaded: %s), %d stalls >= 50 ms totalling %s;"
                + " UI thread CPU %s, process CPU %s, collector's pauses %s; heap held %,d MB; load after %s",
                at[1] == 0 || at[2] == 0 ? "never" : secs(window - t0), allFilled == 0 ? "never" : secs(free - t0), ms(probe.longest(0)),
                ms(probe.longest(window, at[3])), ms(probe.longest(at[3])), probe.stalls(), ms(probe.stalled()),
                secs(cpu), secs(process), secs(gc * 1_000_000), held >> 20, load()));
        out.append(String.format(Locale.ROOT, "%n  %s", showing));
        out.append(String.format(Locale.ROOT, "%n  where the UI thread was in its stalls while the rest was read (samples every 25 ms): %s",
                probe.where(window, at[3])));
        out.append(String.format(Locale.ROOT, "%n  ... and after the model loaded: %s", probe.where(at[3], Long.MAX_VALUE)));
        return out.toString();
    }

    /**
     * Selecting a document once the workspace is in: the Document view showing each of 9 documents spread over the
     * corpus (median of the UI thread's wall time), against the passes over every claim and mention that finding one
     * document's claims and mentions took before the counts' index (the same 9, median).
     */
    private static String showDocuments(DocumentView view) {
        Session s = SessionService.get().current();
        java.util.List<org.sightline.model.Document> all = s.corpusSoFar().getDocuments();
        long[] show = new long[9];
        long[] passes = new long[9];
        for (int i = 0; i < show.length; i++) {
            org.sightline.model.Document d = all.get((int) ((i + 1L) * all.size() / (show.length + 1)));
            long t = System.nanoTime();
            view.show(d);
            show[i] = System.nanoTime() - t;
            t = System.nanoTime();
            org.sightline.model.io.Corpora.claimsIn(s.corpusSoFar(), d);
            org.sightline.model.io.Corpora.mentionsIn(s.corpusSoFar(), d);
            passes[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(show);
        java.util.Arrays.sort(passes);
        return String.format(Locale.ROOT, "a document shown in the Document view: median %s of 9 (the passes over every claim and mention it took before: %s)",
                ms(show[4]), ms(passes[4]));
    }

    /**
     * What an edit costs the UI thread at this size: a claim confirmed and the confirmation undone, three times each,
     * from the session's execute (which tells every view) until the event loop is idle again (median of the 6).
     */
    private static String edits(Display display) {
        Session s = SessionService.get().current();
        java.util.List<org.sightline.model.Claim> claims = s.corpusSoFar().getClaims();
        long[] took = new long[6];
        // where the UI thread is during the edits: its stack every 10 ms (JFR's sampler missed it here)
        java.util.Map<String, Integer> where = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean editing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (editing.get()) {
                StackTraceElement[] stack = display.getThread().getStackTrace();
                String at = Probe.frame(stack);
                if (at.startsWith("SightlineApplication.") && stack.length > 1) {
                    at = "(below the bench) " + Probe.simple(stack[1]) + " > " + Probe.simple(stack[0]); // the event loop's own work
                }
                where.merge(at, 1, Integer::sum);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "OpenBench edit sampler");
        sampler.setDaemon(true);
        sampler.start();
        for (int i = 0; i < 3; i++) {
            org.sightline.model.Claim c = claims.get((int) ((i + 1L) * claims.size() / 4));
            long t = System.nanoTime();
            s.execute(new org.sightline.ui.session.api.Edit.SetFeature(c.getId(), "status", "CONFIRMED"));
            flush(display);
            took[2 * i] = System.nanoTime() - t;
            t = System.nanoTime();
            s.undo();
            flush(display);
            took[2 * i + 1] = System.nanoTime() - t;
        }
        // a claim made from a span (which adds a claim: the Claims view's rows made again) and that undone, twice
        org.sightline.model.Document d = s.corpusSoFar().getDocuments().get(s.corpusSoFar().getDocuments().size() / 2);
        long[] made = new long[4];
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            s.execute(new org.sightline.ui.session.api.Edit.CreateClaim(d.getId(), 0, Math.min(12, d.getText().length()),
                    org.sightline.model.ClaimType.STATEMENT, null));
            flush(display);
            made[2 * i] = System.nanoTime() - t;
            t = System.nanoTime();
            s.undo();
            flush(display);
            made[2 * i + 1] = System.nanoTime() - t;
        }
        editing.set(false);
        long[] sorted = took.clone();
        java.util.Arrays.sort(sorted);
        return String.format(Locale.ROOT, "an edit (a claim confirmed, or that undone) held the UI thread: median %s of 6 (%s); a claim made"
                + " from a span, and that undone: %s; where (samples every 10 ms): %s",
                ms(sorted[2]), java.util.Arrays.stream(took).mapToObj(OpenBench::ms).collect(java.util.stream.Collectors.joining(", ")),
                java.util.Arrays.stream(made).mapToObj(OpenBench::ms).collect(java.util.stream.Collectors.joining(", ")),
                where.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                        .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining("; ")));
    }

    /** Milliseconds the collectors paused the JVM so far (G1's concurrent cycles left out: they do not stop the threads). */
    private static long gcPauses() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(b -> !b.getName().contains("Concurrent"))
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Whether the open session is that of {@code file} (not the empty one before it). */
    private static boolean session(Path file) {
        Session s = SessionService.get().current();
        return s != null && s.file().isPresent() && s.file().get().equals(file.toAbsolutePath().normalize());
    }

    /** Whether the first row's cell in {@code column} shows a number (a count, not a placeholder). */
    private static boolean number(Table table, int column) {
        return table.getItemCount() > 0 && table.getItem(0).getText(column).matches("\\d+");
    }

    /** Whether the Actors tree's Claims column shows numbers. */
    private static boolean actorClaims(ActorsView actors) {
        TreeItem[] items = actors.viewer().getTree().getItems();
        return items.length > 0 && items[0].getText(4).matches("\\d+");
    }

    private static <T extends IViewPart> T show(String id, Class<T> type) throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        return type.cast(page.showView(id));
    }

    private static void flush(Display display) {
        while (display.readAndDispatch()) {
            // drain
        }
    }

    private static String secs(long ns) {
        return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
    }

    private static String ms(long ns) {
        return String.format(Locale.ROOT, "%d ms", ns / 1_000_000);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /**
     * Posts a runnable to the UI thread every 20 ms and records how long each waited to run: the UI
     * thread's stalls (its own work, and the collector's pauses, which stop every thread).
     */
    private static final class Probe {
        private final Display display;
        private final List<long[]> waits = new ArrayList<>(); // {posted, waited}
        /** Stack samples of the UI thread while a runnable waited 100 ms or more: {time, frame}. */
        private final List<Object[]> samples = new ArrayList<>();
        private volatile boolean running = true;
        private Thread thread;

        Probe(Display display) {
            this.display = display;
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    CountDownLatch ran = new CountDownLatch(1);
                    long posted = System.nanoTime();
                    long[] at = new long[1];
                    display.asyncExec(() -> {
                        at[0] = System.nanoTime();
                        ran.countDown();
                    });
                    try {
                        while (running && !ran.await(25, TimeUnit.MILLISECONDS)) {
                            // the UI thread is busy: see where, and keep waiting (stop() ends the wait)
                            if (System.nanoTime() - posted >= TimeUnit.MILLISECONDS.toNanos(100)) {
                                String frame = frame(display.getThread().getStackTrace());
                                synchronized (waits) {
                                    samples.add(new Object[] { System.nanoTime(), frame });
                                }
                            }
                        }
                        if (ran.getCount() == 0) {
                            synchronized (waits) {
                                waits.add(new long[] { posted, at[0] - posted });
                            }
                        }
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "OpenBench probe");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        /** The innermost Sightline method of a stack (with the method it called), else its top frame. */
        private static String frame(StackTraceElement[] stack) {
            for (int i = 0; i < stack.length; i++) {
                if (stack[i].getClassName().startsWith("org.sightline.") && !stack[i].getClassName().contains("OpenBench")) {
                    String called = i > 0 ? " > " + simple(stack[i - 1]) : "";
                    return simple(stack[i]) + called;
                }
            }
            return stack.length == 0 ? "(none)" : simple(stack[0]);
        }

        private static String simple(StackTraceElement e) {
            String c = e.getClassName();
            return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
        }

        /** The most frequent frames of the samples taken in [{@code from}, {@code to}), with their counts. */
        String where(long from, long to) {
            java.util.Map<String, Integer> n = new java.util.HashMap<>();
            synchronized (waits) {
                for (Object[] s : samples) {
                    if ((long) s[0] >= from && (long) s[0] < to) {
                        n.merge((String) s[1], 1, Integer::sum);
                    }
                }
            }
            return n.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining("; "));
        }

        /** The end of the last stall (0: none). */
        long lastStallEnd() {
            synchronized (waits) {
                long end = 0;
                for (long[] w : waits) {
                    if (w[1] >= STALL_NS) {
                        end = Math.max(end, w[0] + w[1]);
                    }
                }
                return end;
            }
        }

        /** The longest wait of a runnable posted at or after {@code from}. */
        long longest(long from) {
            return longest(from, Long.MAX_VALUE);
        }

        /** The longest wait of a runnable posted in [{@code from}, {@code to}). */
        long longest(long from, long to) {
            synchronized (waits) {
                return waits.stream().filter(w -> w[0] >= from && w[0] < to).mapToLong(w -> w[1]).max().orElse(0);
            }
        }

        int stalls() {
            synchronized (waits) {
                return (int) waits.stream().filter(w -> w[1] >= STALL_NS).count();
            }
        }

        long stalled() {
            synchronized (waits) {
                return waits.stream().filter(w -> w[1] >= STALL_NS).mapToLong(w -> w[1]).sum();
            }
        }
    }
}
