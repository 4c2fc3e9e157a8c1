import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs the JUnit tests of the given packages on the plain class path it is started with and prints how many fail, and
 * which: started by tests-under-model.sh with another parser model's nlp classes first, it measures how many sentence
 * tests hold only for the shipped model's trees (docs/extraction.md, round 18). Run as a source file (java File.java).
 */
public class TestsUnderModel {
    public static void main(String[] packages) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (String p : packages) {
            request.selectors(selectPackage(p));
        }
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request.build(), listener);
        System.out.println("tests " + listener.getSummary().getTestsFoundCount() + " failed "
                + listener.getSummary().getTotalFailureCount());
        listener.getSummary().getFailures().stream()
                .map(f -> "FAIL " + f.getTestIdentifier().getLegacyReportingName() + " "
                        + f.getTestIdentifier().getUniqueId().replaceAll(".*class:([^\\]]*)\\].*", "$1"))
                .sorted().forEach(System.out::println);
    }
}
