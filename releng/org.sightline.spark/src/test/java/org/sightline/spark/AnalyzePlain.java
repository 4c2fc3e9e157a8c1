package org.sightline.spark;

import org.sightline.cli.internal.AnalyzeCommand;
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
        int code = new AnalyzeCommand(PlainRegistry::get, StandardInputs.resolvers(), false).run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }
}
