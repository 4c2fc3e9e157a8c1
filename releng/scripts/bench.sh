#!/usr/bin/env bash
# Runs a benchmark main class on a plain class path: the compiled bundles of this checkout
# (bundles/*/target/classes, so build first: ./mvnw -B -o verify -DskipTests) and the jars of the
# target platform from the local Maven repository. No OSGi: the core and engines run without it.
#   releng/scripts/bench.sh [JVM options...] MAIN_CLASS [ARGS...]
# e.g. releng/scripts/bench.sh org.sightline.importer.html.tests.bench.ArticleExtractionBench --runs 5
# BENCH_CLASSES_FIRST=DIR puts DIR first on the class path: an A/B against other versions of a few
# classes (compiled into DIR) in the same checkout and the same run (docs/storage.md, session 6).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P)
. "$ROOT/releng/scripts/find-java.sh"
sightline_find_java || { echo "$sightline_java_error" >&2; exit 1; }
REPO=${MAVEN_REPO:-$HOME/.m2/repository}

cp=""
for d in "$ROOT"/bundles/*/target/classes; do
  [ -d "$d" ] && cp="$cp:$d"
done
[ -n "$cp" ] || { echo "bench.sh: no compiled bundles; build first: ./mvnw -B -o verify -DskipTests" >&2; exit 1; }
while read -r g a v; do
  jar="$REPO/${g//.//}/$a/$v/$a-$v.jar"
  [ -f "$jar" ] && cp="$cp:$jar"
done < <(sed -n 's#.*<groupId>\(.*\)</groupId><artifactId>\(.*\)</artifactId><version>\(.*\)</version>.*#\1 \2 \3#p' \
           "$ROOT/releng/org.sightline.target/org.sightline.target.target")
# JUnit's own dependencies (the target resolves them transitively).
for j in "$REPO"/org/junit/platform/junit-platform-commons/1.14.4/*.jar "$REPO"/org/opentest4j/opentest4j/*/opentest4j-*.jar; do
  [ -f "$j" ] && cp="$cp:$j"
done

jvm=()
while [ $# -gt 0 ] && [[ "$1" == -* ]]; do jvm+=("$1"); shift; done
[ $# -gt 0 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
cd "$ROOT"
exec "$JAVA_HOME/bin/java" "${jvm[@]}" -Dsightline.shared="${SIGHTLINE_SHARED:-$ROOT/../shared}" -cp "${BENCH_CLASSES_FIRST:+$BENCH_CLASSES_FIRST:}${cp#:}" "$@"
