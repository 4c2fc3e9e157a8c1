#!/usr/bin/env bash
# The long fuzz run: fuzzes each named target (default: all) for SECONDS, one after the other, outside
# Maven, from the corpus earlier runs left in releng/org.sightline.fuzz/target/.cifuzz-corpus.
# Build first (the short run in verify also writes the class path this script reads):
#   ./mvnw -B -o verify -pl releng/org.sightline.fuzz -am
#   nice -n 10 releng/scripts/fuzz.sh 1500 HtmlImporterFuzzTest FeedImporterFuzzTest
# Findings (crash-*, timeout-*, oom-* inputs) land in releng/org.sightline.fuzz/target/; each becomes a
# seed of its target (src/test/resources/org/sightline/fuzz/<Target>Inputs/<method>/) and a regression
# test beside the code it broke. Exit status: the number of targets with a finding.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P)
. "$ROOT/releng/scripts/find-java.sh"
sightline_find_java || { echo "$sightline_java_error" >&2; exit 1; }
MODULE="$ROOT/releng/org.sightline.fuzz"
[ -f "$MODULE/target/fuzz.classpath" ] || { echo "fuzz.sh: build first: ./mvnw -B -o verify -pl releng/org.sightline.fuzz -am" >&2; exit 2; }
[ $# -ge 1 ] && [[ "$1" =~ ^[0-9]+$ ]] || { sed -n '2,10p' "$0" >&2; exit 2; }
SECONDS_EACH=$1; shift
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(HtmlImporterFuzzTest TextImporterFuzzTest FeedImporterFuzzTest SniffDecodeFuzzTest JsonReaderFuzzTest WorkspaceReaderFuzzTest
  PdfImporterFuzzTest MailImporterFuzzTest)
# A private copy of the class path: a build during a long run must not rewrite jars the fuzzer has open.
RUN="$MODULE/target/fuzz-run-$$"
rm -rf "$RUN" && mkdir -p "$RUN/lib"
cp -r "$MODULE/target/test-classes" "$RUN/test-classes"
CP="$RUN/test-classes"
IFS=: read -r -a entries < "$MODULE/target/fuzz.classpath"
for e in "${entries[@]}"; do
  case "$e" in
    "$ROOT"/*) cp "$e" "$RUN/lib/" && CP="$CP:$RUN/lib/$(basename "$e")" ;;
    *) CP="$CP:$e" ;;
  esac
done
found=0
for t in "${TARGETS[@]}"; do
  log="$MODULE/target/fuzz-$t.log"
  echo "fuzz.sh: $t for $SECONDS_EACH s; log: $log" >&2
  if ! (cd "$MODULE/target" && JAZZER_FUZZ=1 "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseSerialGC -cp "$CP" \
        org.sightline.fuzz.FuzzMain "$t" "$SECONDS_EACH" "$MODULE/target" >"$log" 2>&1); then
    found=$((found + 1))
    echo "fuzz.sh: $t: FINDING (see $log)" >&2
  fi
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|cov: [0-9]+' "$log" | tail -n 3 >&2
done
rm -rf "$RUN"
exit $found
