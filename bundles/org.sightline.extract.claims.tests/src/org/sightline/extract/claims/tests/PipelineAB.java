package org.sightline.extract.claims.tests;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.NlpModels;

/**
 * Compares the speed of two versions of the engine in one JVM: each side is this class path with a folder of other
 * classes (or models) put first, loaded by a class loader of its own; passes over the {@link PipelineBench} corpus
 * alternate between the sides (A then B, then B then A, ...), so both meet the same machine load, which on a shared
 * machine moves single runs by more than most changes do. Prints words per CPU-second of each pass, the medians and
 * the median of the per-pass ratios B/A. An empty folder stands for the class path as built.
 *
 * <p>Run: {@code releng/scripts/bench.sh -Xmx2g -XX:ActiveProcessorCount=1
 * org.sightline.extract.claims.tests.PipelineAB DIR_A DIR_B [PASSES] [pipeline|nlp]} (default 10 passes, the whole
 * pipeline; {@code nlp} stops after the annotator). Two warm-up passes per side are not counted.
 */
public final class PipelineAB {

    private PipelineAB() {
    }

    /** One side, loaded once per class loader: the corpus, an annotator and the timed pass. */
    public static final class Side {

        private static List<String> docs;
        private static Annotator annotator;

        private Side() {
        }

        /** Loads the corpus and the models; returns the corpus's words. */
        public static long prepare() throws Exception {
            docs = PipelineBench.corpus();
            annotator = NlpModels.shared().newAnnotator();
            long words = 0;
            for (String d : docs) {
                words += annotator.annotate(d).wordCount();
            }
            return words;
        }

        /** CPU nanoseconds of this thread for one pass: annotation, then actors and claims unless {@code nlpOnly}. */
        public static long pass(boolean nlpOnly) {
            var cpu = ManagementFactory.getThreadMXBean();
            long c = cpu.getCurrentThreadCpuTime();
            for (String d : docs) {
                AnnotatedText t = annotator.annotate(d);
                if (!nlpOnly) {
                    ClaimFinder.find(t, ActorRecognizer.recognize(t));
                }
            }
            return cpu.getCurrentThreadCpuTime() - c;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PipelineAB DIR_A DIR_B [PASSES] [pipeline|nlp]");
            System.exit(2);
        }
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean nlpOnly = args.length > 3 && args[3].equals("nlp");
        String[] classPath = System.getProperty("java.class.path").split(File.pathSeparator);
        Method[] pass = new Method[2];
        long words = 0;
        for (int s = 0; s < 2; s++) {
            File first = new File(args[s]);
            if (!first.isDirectory()) {
                System.err.println("PipelineAB: " + first + " is no folder");
                System.exit(2);
            }
            List<URL> urls = new ArrayList<>();
            urls.add(first.toURI().toURL());
            for (String p : classPath) {
                urls.add(new File(p).toURI().toURL());
            }
            // the platform loader as parent: nothing of Sightline is shared between the sides
            URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> side = loader.loadClass(Side.class.getName());
            words = (Long) side.getMethod("prepare").invoke(null);
            pass[s] = side.getMethod("pass", boolean.class);
        }
        for (int w = 0; w < 2; w++) {
            for (int s = 0; s < 2; s++) {
                pass[s].invoke(null, nlpOnly);
            }
        }
        double[][] rate = new double[2][passes];
        for (int p = 0; p < passes; p++) {
            for (int k = 0; k < 2; k++) {
                int s = p % 2 == 0 ? k : 1 - k;
                rate[s][p] = words / ((Long) pass[s].invoke(null, nlpOnly) / 1e9);
            }
            System.out.printf(Locale.ROOT, "pass %d: A %,.0f  B %,.0f words per CPU-second%n", p, rate[0][p], rate[1][p]);
        }
        double[] ratio = new double[passes];
        for (int p = 0; p < passes; p++) {
            ratio[p] = rate[1][p] / rate[0][p];
        }
        for (double[] r : rate) {
            Arrays.sort(r);
        }
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%s, %,d words: median A %,.0f  B %,.0f words per CPU-second; B/A median of the pass"
                + " ratios %.3f (%.3f to %.3f)%n", nlpOnly ? "nlp" : "pipeline", words, rate[0][passes / 2],
                rate[1][passes / 2], ratio[passes / 2], ratio[0], ratio[passes - 1]);
    }
}
