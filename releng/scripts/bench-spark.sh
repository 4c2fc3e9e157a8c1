#!/usr/bin/env bash
# Throughput of the Spark job (releng/org.sightline.spark) at local[1] and local[2] against
# single-machine `analyze` (--threads 1 and 2) in the same run, its start-up overhead, and the check
# that the job's output equals analyze's on real news pages (docs/spark.md).
#   releng/scripts/bench-spark.sh [RUNS] [DOCS]      (defaults 3 and 300)
# The corpus is the one of bench-analyze.sh (make-bench-corpus.sh: the article-extraction news
# pages, re3d and attribution-dev texts, the sample; ../shared must be beside the checkout).
# `analyze` runs without OSGi on the job's class path (AnalyzePlain: AnalyzeCommand with the same
# bundles and registry reader), so both sides run the same code; the product adds about 1 s of
# OSGi start-up (bench-analyze.sh measures it). Build first:
#   ./mvnw -B -o package -DskipTests -pl releng/org.sightline.spark -am
# Wall time from start to exit, median of RUNS; the start-up row is the job on one short document.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd -P)
RUNS=${1:-3}
DOCS=${2:-300}
SHARED="$ROOT/../shared"
T="$ROOT/releng/org.sightline.spark/target"
. "$ROOT/releng/scripts/find-java.sh"
sightline_find_java
[ -f "$T/test.classpath" ] || { echo "bench-spark: build the job first (see the head of this script)" >&2; exit 1; }
[ -d "$SHARED/data" ] || { echo "bench-spark: no shared data at $SHARED/data" >&2; exit 1; }
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
"$ROOT/releng/scripts/make-bench-corpus.sh" "$SHARED" "$WORK/corpus" "$DOCS"
mkdir -p "$WORK/one"; cp "$ROOT/bundles/org.sightline.core/samples/pentagon-north-korea-deterrence.txt" "$WORK/one/"
JOB_CP="$T/sightline-spark.jar:$(cat "$T/spark.classpath")"
PLAIN_CP="$T/test-classes:$T/classes:$(cat "$T/test.classpath")"
JAVA="$JAVA_HOME/bin/java"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A WALL
# run LABEL COMMAND...: RUNS timed runs of COMMAND (its output in $WORK/out-LABEL, errors in $WORK/err)
run() {
  local label=$1; shift
  local walls=()
  for _ in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/spark-out"
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >"$WORK/out-$label" 2>"$WORK/err" || { echo "bench-spark: $label failed: $(tail -n 3 "$WORK/err")" >&2; exit 1; }
    t1=$(date +%s.%N)
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')")
  done
  WALL[$label]="$(printf '%s\n' "${walls[@]}" | median) (${walls[*]})"
}
spark() { "$JAVA" -cp "$JOB_CP" org.sightline.spark.SightlineSpark --master "$1" --out "$WORK/spark-out" "${@:2}"; }
plain() { "$JAVA" -cp "$PLAIN_CP" org.sightline.spark.AnalyzePlain "$@"; }

run "analyze --threads 1" plain --format json --threads 1 "$WORK/corpus"
cp "$WORK/out-analyze --threads 1" "$WORK/analyze.json"
run "analyze --threads 2" plain --format json --threads 2 "$WORK/corpus"
run "spark local[1]" spark 'local[1]' "$WORK/corpus"
run "spark local[2]" spark 'local[2]' "$WORK/corpus"
cp -r "$WORK/spark-out" "$WORK/spark-kept"
run "analyze, 1 document" plain --format json "$WORK/one"
run "spark local[2], 1 document" spark 'local[2]' "$WORK/one"

# The job's output against analyze's: documents, actors and claims by id, every field ("duplicateOf"
# aside: the job does not mark near-duplicates), mentions as sets.
CHECK=$(python3 - "$WORK/analyze.json" "$WORK/spark-kept/json" <<'PY'
import glob, json, sys
a = json.load(open(sys.argv[1]))
docs, actors, claims = {}, {}, {}
for f in sorted(glob.glob(sys.argv[2] + "/part-*")):
    for line in open(f, encoding="utf-8"):
        o = json.loads(line)
        for d in o["documents"]: docs[d["id"]] = d
        for x in o["actors"]:
            m = actors.setdefault(x["id"], dict(x, mentions=[]))
            m["mentions"] += x["mentions"]
        for c in o["claims"]: claims[c["id"]] = c
def norm_doc(d): d = dict(d); d.pop("duplicateOf", None); return d
def norm_actor(x): x = dict(x); x["mentions"] = sorted(json.dumps(m, sort_keys=True) for m in x["mentions"]); return x
ok = [
  sorted(map(json.dumps, map(norm_doc, a["documents"]))) == sorted(map(json.dumps, map(norm_doc, docs.values()))),
  sorted(json.dumps(norm_actor(x), sort_keys=True) for x in a["actors"]) == sorted(json.dumps(norm_actor(x), sort_keys=True) for x in actors.values() if x["mentions"] or True),
  sorted(json.dumps(c, sort_keys=True) for c in a["claims"]) == sorted(json.dumps(c, sort_keys=True) for c in claims.values()),
]
dups = sum(1 for d in a["documents"] if d.get("duplicateOf"))
print("documents %s, actors %s, claims %s (analyze: %d documents, %d actors, %d claims, %d near-duplicates marked)" % (
  *["equal" if x else "DIFFERENT" for x in ok], len(a["documents"]), len(a["actors"]), len(a["claims"]), dups))
PY
)

echo "Corpus: $DOCS files of make-bench-corpus.sh, $(du -sm "$WORK/corpus" | cut -f1) MB; Spark output vs analyze: $CHECK."
echo
echo "| run | wall s, median of $RUNS (runs) | docs/s | vs analyze --threads 1 |"
echo "|---|---|---|---|"
base=${WALL["analyze --threads 1"]%% *}
for label in "analyze --threads 1" "analyze --threads 2" "spark local[1]" "spark local[2]"; do
  wall=${WALL[$label]%% *}
  echo "| \`$label\` | ${WALL[$label]} | $(awk -v n="$DOCS" -v t="$wall" 'BEGIN {printf "%.2f", n / t}') | $(awk -v b="$base" -v t="$wall" 'BEGIN {printf "%.2f", b / t}') |"
done
for label in "analyze, 1 document" "spark local[2], 1 document"; do
  echo "| \`$label\` (start-up) | ${WALL[$label]} | - | - |"
done
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA" -version 2>&1 | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
