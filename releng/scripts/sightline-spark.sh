#!/bin/sh
# ./sightline spark ARGS...: Sightline's pipeline as an Apache Spark job, run on this machine
# (--master local[N]) or against a cluster's master URL. Builds the job first when it is missing or
# older than the sources (./mvnw, tests skipped). For a cluster, spark-submit the built job instead:
# see docs/spark.md. Spark 4.2 runs on Java 17, 21 and 25; Sightline's bundles need 21 or newer,
# so the JDK is chosen by find-java.sh as for the rest of Sightline.
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P)
. "$ROOT/releng/scripts/find-java.sh"
sightline_find_java || { echo "sightline spark: $sightline_java_error" >&2; exit 1; }

JOB="$ROOT/releng/org.sightline.spark/target"
stale() {
  [ -f "$JOB/sightline-spark.jar" ] && [ -f "$JOB/spark.classpath" ] || return 0
  [ -n "$(cd "$ROOT" && find pom.xml .mvn bundles releng/org.sightline.spark releng/org.sightline.target -newer "$JOB/sightline-spark.jar" -type f \
      -not -path '*/target/*' -not -path '*/bin/*' -not -path '*.tests/*' -not -name '.polyglot.*' -not -name 'pom.tycho' \
      -not -name '.tycho-consumer-pom.xml' -not -path '*/src/test/*' -print 2>/dev/null | head -n 1)" ]
}
if stale; then
  LOG="$ROOT/target/sightline-spark-build.log"
  mkdir -p "$ROOT/target"
  echo "sightline spark: building the job (sources changed or first start); log: $LOG" >&2
  if ! (cd "$ROOT" && ./mvnw -B -DskipTests -pl releng/org.sightline.spark -am package >"$LOG" 2>&1); then
    echo "sightline spark: the build failed; the end of $LOG:" >&2
    tail -n 30 "$LOG" >&2
    exit 1
  fi
fi
# The job jar names its lib/ in its manifest; Spark itself comes from the local Maven repository.
exec "$JAVA_HOME/bin/java" ${SIGHTLINE_SPARK_VMARGS-} -cp "$JOB/sightline-spark.jar:$(cat "$JOB/spark.classpath")" \
  org.sightline.spark.SightlineSpark "$@"
