package org.sightline.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code sightline spark ARGS...}: the pipeline as an Apache Spark job (docs/spark.md). The job is
 * not part of the product (Spark alone is 280 MB); when this installation has it, in
 * {@code INSTALL/spark/} or the folder named by {@code SIGHTLINE_SPARK_JOB} (the job module's
 * {@code target/}: {@code sightline-spark.jar}, {@code lib/}, {@code spark.classpath}), the command
 * runs it in a JVM of its own and returns its exit status; otherwise it says how to get it.
 */
public final class SparkCommand implements Command {

    static final String JAR = "sightline-spark.jar";
    static final String CLASSPATH = "spark.classpath";
    static final String MAIN = "org.sightline.spark.SightlineSpark";
    /** Environment variable naming the job's folder. */
    static final String JOB_VARIABLE = "SIGHTLINE_SPARK_JOB";

    static final String MISSING = """
            sightline spark: the Spark job is not part of this installation (Spark alone is 280 MB).
              From a source checkout, ./sightline spark ARGS... builds the job and runs it.
              To run it from here, build it in a checkout
                ./mvnw -B -DskipTests -pl releng/org.sightline.spark -am package
              and copy releng/org.sightline.spark/target (sightline-spark.jar, lib/, spark.classpath)
              to %s, or set SIGHTLINE_SPARK_JOB to that folder.
              On a cluster, spark-submit the built job (docs/spark.md).
            """;

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String summary() {
        return "the pipeline as an Apache Spark job for corpora beyond one machine (when installed: see sightline spark)";
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        Optional<Path> job = job(System.getenv(JOB_VARIABLE), installArea());
        if (job.isEmpty()) {
            context.err().print(missing(installArea()));
            context.err().flush();
            return FAILED;
        }
        try {
            List<String> command = command(job.get(), Path.of(System.getProperty("java.home"), "bin", "java"), System.getenv("SIGHTLINE_SPARK_VMARGS"), args);
            context.out().flush();
            context.err().flush();
            // The job writes its own progress and errors; its standard streams are this command's.
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            context.err().println(Printable.escape("error: " + job.get() + ": the Spark job could not be started: " + e.getMessage()));
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    /** What to do when the job is missing, naming where this installation would look for it. */
    static String missing(Optional<Path> install) {
        return String.format(MISSING, install.map(p -> p.resolve("spark") + "/").orElse("INSTALL/spark/"));
    }

    /**
     * The job's folder: {@code variable} (SIGHTLINE_SPARK_JOB) when set, else {@code INSTALL/spark}; present
     * only when it holds the job jar and the Spark class path list.
     */
    static Optional<Path> job(String variable, Optional<Path> install) {
        Optional<Path> folder = variable != null && !variable.isBlank() ? Optional.of(Path.of(variable)) : install.map(p -> p.resolve("spark"));
        return folder.filter(f -> Files.isRegularFile(f.resolve(JAR)) && Files.isRegularFile(f.resolve(CLASSPATH)));
    }

    /** The job's command line: {@code java VMARGS -cp JAR:SPARK MAIN ARGS}. */
    static List<String> command(Path job, Path javaBinary, String vmargs, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaBinary.toString());
        if (vmargs != null && !vmargs.isBlank()) {
            command.addAll(List.of(vmargs.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(job.resolve(JAR) + java.io.File.pathSeparator + Files.readString(job.resolve(CLASSPATH), StandardCharsets.UTF_8).strip());
        command.add(MAIN);
        command.addAll(args);
        return command;
    }

    /** The installation folder (the launcher's -install), when known. */
    private static Optional<Path> installArea() {
        String area = System.getProperty("osgi.install.area");
        try {
            return area == null ? Optional.empty() : Optional.of(Path.of(URI.create(area.replace(" ", "%20"))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
