package org.sightline.spark;

import org.sightline.cli.internal.AnalyzeCommand;
import org.sightline.cli.internal.CommandContext;
import org.sightline.importer.web.api.StandardInputs;
import org.sightline.spark.internal.PlainRegistry;

/**
 * {@code sightline analyze} without OSGi, on the class path the job runs on (the same bundles as
 * jars, the same registry reader): the single-machine baseline of releng/scripts/bench-spark.sh.
 */
public final class AnalyzePlain {

    private AnalyzePlain() {
    }

    public static void main(String[] args) {
        int code = new AnalyzeCommand().run(java.util.List.of(args),
                new CommandContext(System.out, System.err, false, PlainRegistry::get, StandardInputs::resolvers));
        System.out.flush();
        System.exit(code);
    }
}
