package org.sightline.spark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;
import org.sightline.core.api.Pipeline;

/**
 * {@code sightline spark}: the command line of the Spark job (docs/spark.md). Exit 0: every input
 * analysed; 1: some inputs failed (they are in the errors table), or the job failed; 2: usage.
 */
public final class SightlineSpark {

    static final String USAGE = """
            Usage: sightline spark [--master URL] --out DIR [--overwrite] [--timeout SECONDS]
                                   [--text-field NAME] [--partitions N] INPUT...

            Runs Sightline's pipeline (import, NLP, actors, claims) as an Apache Spark job.
            INPUT is a file, a folder or a glob on any Hadoop file system (file:, hdfs:, s3a:...):
            .txt, .html, RSS/Atom .xml, any of them .gz; WARC files (.warc, .warc.gz); JSON lines
            (.jsonl, .ndjson, .gz) with the text in a field.

            Writes into DIR: json/ ("sightline/1" JSON, one document per line, corpus-wide ids) and the
            Parquet tables documents/, actors/ (one per referent across the corpus), mentions/, claims/
            and errors/ (inputs that failed, steps skipped on a document, with the reason).

            Options:
              --master URL        Spark master (default: local[*]; spark-submit sets it)
              --out DIR           the output folder; it must be new or empty
              --overwrite         replace what DIR holds
              --timeout SECONDS   time one step may take on one document (default 60); past it the
                                  step is stopped for that document and the errors table says so
              --text-field NAME   the field of JSON lines that holds the text (default: text)
              --partitions N      how many tasks the files are split into (default: 4 per core)
            """;

    private SightlineSpark() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String master = null;
        String dir = null;
        boolean overwrite = false;
        Duration timeout = Pipeline.DEFAULT_TIMEOUT;
        String textField = "text";
        int partitions = 0;
        List<String> inputs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    case "--master" -> master = value(args, ++i, a);
                    case "--out" -> dir = value(args, ++i, a);
                    case "--overwrite" -> overwrite = true;
                    case "--timeout" -> timeout = Duration.ofMillis(Math.round(1000 * positive(value(args, ++i, a), a)));
                    case "--text-field" -> textField = value(args, ++i, a);
                    case "--partitions" -> partitions = (int) positive(value(args, ++i, a), a);
                    case "--" -> {
                        for (i++; i < args.length; i++) {
                            inputs.add(args[i]);
                        }
                    }
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        inputs.add(a);
                    }
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input");
            }
        } catch (IllegalArgumentException e) {
            err.println("sightline spark: " + e.getMessage() + " (see sightline spark --help)");
            return 2;
        }
        SparkSession.Builder b = SparkSession.builder().appName("sightline");
        if (master != null) {
            b.master(master);
        } else if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        long start = System.nanoTime();
        SparkSession spark = b.getOrCreate();
        try {
            SparkJob.Summary s = SparkJob.run(spark, new SparkJob.Options(dir, inputs, overwrite, timeout, textField, partitions));
            err.printf(Locale.ROOT, "sightline spark: %d document(s), %d actor(s), %d mention(s), %d claim(s) from %d file(s), %d input(s) failed, %d step(s) skipped, in %.1f s; output in %s%n",
                    s.documents(), s.actors(), s.mentions(), s.claims(), s.files(), s.failedInputs(), s.skippedSteps(), (System.nanoTime() - start) / 1e9, dir);
            return s.failedInputs() > 0 ? 1 : 0;
        } catch (SparkJob.OutputExists e) {
            err.println("sightline spark: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("sightline spark: the job failed: " + e);
            e.printStackTrace(err);
            return 1;
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static double positive(String v, String option) {
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && d < 1e9) {
                return d;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new IllegalArgumentException(option + " needs a positive number, not '" + v + "'");
    }
}
