package org.sightline.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The long fuzz run outside Maven (releng/scripts/fuzz.sh): fuzzes one target class for a given
 * number of seconds with the same settings as the short run in {@code verify}, from the corpus that
 * earlier runs left in {@code target/.cifuzz-corpus}. Needs {@code JAZZER_FUZZ=1} in the environment.
 * <pre>java -cp ... org.sightline.fuzz.FuzzMain HtmlImporterFuzzTest 1500 TARGET_DIR</pre>
 * Exit 0: nothing found; 1: a finding (the crashing input is written below TARGET_DIR).
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: FuzzMain TARGET_CLASS SECONDS TARGET_DIR");
            System.exit(2);
        }
        String target = args[0].contains(".") ? args[0] : FuzzMain.class.getPackageName() + "." + args[0];
        Map<String, String> config = new LinkedHashMap<>();
        config.put("jazzer.instrument", System.getProperty("jazzer.instrument",
                "org.sightline.**,org.jsoup.**,com.fasterxml.jackson.**,org.eclipse.emf.ecore.xmi.**,org.apache.pdfbox.**,org.apache.fontbox.**,jakarta.mail.**,org.eclipse.angus.mail.**"));
        config.put("jazzer.internal.basedir", args[2]);
        config.put("jazzer.internal.arg.0", "fuzz");
        config.put("jazzer.internal.arg.1", "-max_total_time=" + Long.parseLong(args[1]));
        config.put("jazzer.internal.arg.2", "-timeout=" + System.getProperty("fuzz.inputTimeout", "10"));
        config.put("jazzer.internal.arg.3", "-rss_limit_mb=" + System.getProperty("fuzz.rssMb", "2048"));
        config.put("jazzer.internal.arg.4", "-print_final_stats=1");
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(target))
                .configurationParameters(config)
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        summary.getSummary().printTo(new java.io.PrintWriter(System.out));
        summary.getSummary().printFailuresTo(new java.io.PrintWriter(System.out), 40);
        System.exit(summary.getSummary().getTotalFailureCount() == 0 && summary.getSummary().getTestsFoundCount() > 0 ? 0 : 1);
    }
}
