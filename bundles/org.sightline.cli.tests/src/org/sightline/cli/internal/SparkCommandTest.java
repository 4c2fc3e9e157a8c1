package org.sightline.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sightline spark} in the product: where it finds the job, the job's command line, and what it says without one. */
class SparkCommandTest {

    @Test
    void withoutTheJobTheCommandSaysHowToGetItAndFails() {
        DispatcherTest.Run r = DispatcherTest.run(new Dispatcher(Commands.ALL), "spark", "--out", "results/", "news/");
        if (System.getenv(SparkCommand.JOB_VARIABLE) == null) {
            assertEquals(Command.FAILED, r.exit());
            assertTrue(r.err().startsWith("sightline spark: the Spark job is not part of this installation"), r.err());
            assertTrue(r.err().contains("./mvnw -B -DskipTests -pl releng/org.sightline.spark -am package"), r.err());
            assertTrue(r.err().contains("SIGHTLINE_SPARK_JOB"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void theJobIsAFolderWithItsJarAndSparksClassPath(@TempDir Path dir) throws Exception {
        Path install = Files.createDirectories(dir.resolve("sightline"));
        assertEquals(Optional.empty(), SparkCommand.job(null, Optional.of(install)));
        assertTrue(SparkCommand.missing(Optional.of(install)).contains(install.resolve("spark") + "/"));

        Path inInstall = Files.createDirectories(install.resolve("spark"));
        Files.writeString(inInstall.resolve(SparkCommand.JAR), "jar");
        assertEquals(Optional.empty(), SparkCommand.job(null, Optional.of(install)), "no class path list: not a job");
        Files.writeString(inInstall.resolve(SparkCommand.CLASSPATH), "/m2/spark-core.jar:/m2/spark-sql.jar\n");
        assertEquals(Optional.of(inInstall), SparkCommand.job(null, Optional.of(install)));
        assertEquals(Optional.of(inInstall), SparkCommand.job(" ", Optional.of(install)));

        // SIGHTLINE_SPARK_JOB wins, and must hold a job too.
        Path elsewhere = Files.createDirectories(dir.resolve("target"));
        assertEquals(Optional.empty(), SparkCommand.job(elsewhere.toString(), Optional.of(install)));
        Files.writeString(elsewhere.resolve(SparkCommand.JAR), "jar");
        Files.writeString(elsewhere.resolve(SparkCommand.CLASSPATH), "/m2/spark-core.jar");
        assertEquals(Optional.of(elsewhere), SparkCommand.job(elsewhere.toString(), Optional.of(install)));

        assertEquals(List.of("/jdk/bin/java", "-Xmx8g", "-Dx=1", "-cp", inInstall.resolve(SparkCommand.JAR) + ":/m2/spark-core.jar:/m2/spark-sql.jar",
                SparkCommand.MAIN, "--out", "results/", "news/"),
                SparkCommand.command(inInstall, Path.of("/jdk/bin/java"), " -Xmx8g  -Dx=1 ", List.of("--out", "results/", "news/")));
    }
}
