#!/usr/bin/env bash
# Throughput and peak memory of `sightline analyze` on a folder of DOCS documents (default 1000),
# made by repeating and mixing the repository's test data (bundles/org.sightline.testing/data: re3d
# press releases (documents.json texts), the attribution-dev .txt files; the sample article) and the
# article-extraction news pages (.html.gz), evaluation data kept outside the repository in
# $SIGHTLINE_SHARED/data (default ../shared beside the checkout).
# Runs the materialized product (build it first: ./mvnw -B -o package -DskipTests -pl releng/org.sightline.product -am)
# in four configurations, RUNS times each (default 3), and prints a Markdown table of medians:
#   baseline   analyze --version      the start-up floor of every run (JVM + OSGi + registry)
#   all cores  analyze DIR             default: one worker thread per core
#   --threads 1                        one worker thread, the JVM free to use other cores (GC, JIT)
#   taskset -c 0                       the whole process pinned to one CPU (the JVM then sees 1 core)
# Wall time from start to exit; peak RSS of the Java process from /usr/bin/time -v (the start script
# waits for Java, so the children's maximum is Java's); "pipeline" is the command's own timing line
# (import + NLP + extraction + export, without start-up).
#   releng/scripts/bench-analyze.sh [RUNS] [DOCS]
# Environment: BENCH_DIR (where the corpus is made; default a temporary folder, removed at the end),
# SIGHTLINE_VMARGS (passed on to the product, e.g. -Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd -P)
RUNS=${1:-3}
DOCS=${2:-1000}
PRODUCT="$ROOT/releng/org.sightline.product/target/products/org.sightline.product/linux/gtk/x86_64/sightline"
SHARED=${SIGHTLINE_SHARED:-$ROOT/../shared}
[ -x "$PRODUCT" ] || { echo "bench-analyze: no product at $PRODUCT; build it first" >&2; exit 1; }
[ -d "$SHARED/data/article-extraction/html" ] || { echo "bench-analyze: no article-extraction pages at $SHARED/data/article-extraction/html (set SIGHTLINE_SHARED)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-analyze: needs GNU time (/usr/bin/time, package 'time') for peak RSS" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench-analyze: needs python3 to make the corpus" >&2; exit 1; }

if [ -n "${BENCH_DIR-}" ]; then WORK=$BENCH_DIR; mkdir -p "$WORK"; else WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT; fi
CORPUS="$WORK/corpus"
rm -rf "$CORPUS"

"$ROOT/releng/scripts/make-bench-corpus.sh" "$SHARED" "$CORPUS" "$DOCS"

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# run LABEL PREFIX... -- ARGS...: RUNS timed runs; collects wall, peak RSS (MiB) and the pipeline time.
declare -A WALL RSS PIPE
run() {
  local label=$1; shift
  local prefix=()
  while [ "$1" != -- ]; do prefix+=("$1"); shift; done; shift
  local walls=() rsss=() pipes=()
  for _ in $(seq 1 "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N)
    env -u DISPLAY ${prefix[@]+"${prefix[@]}"} /usr/bin/time -v -o "$WORK/time.txt" "$PRODUCT" "$@" >"$WORK/out" 2>"$WORK/err" || true
    t1=$(date +%s.%N)
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')")
    rsss+=("$(awk '/Maximum resident set size/ {printf "%.0f", $NF / 1024}' "$WORK/time.txt")")
    pipes+=("$(sed -n 's/^sightline: .* in \([0-9.]*\) s$/\1/p' "$WORK/err" | tail -n 1)")
    if grep -q '^error: ' "$WORK/err"; then echo "bench-analyze: $label: $(grep -c '^error: ' "$WORK/err") input(s) failed, e.g. $(grep -m1 '^error: ' "$WORK/err")" >&2; fi
  done
  WALL[$label]="$(printf '%s\n' "${walls[@]}" | median) (${walls[*]})"
  RSS[$label]="$(printf '%s\n' "${rsss[@]}" | median)"
  PIPE[$label]="$(printf "%s\n" "${pipes[@]}" | { grep . || true; } | median)"
}

run baseline -- analyze --version
run "all cores" -- analyze "$CORPUS"
docs_out=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["documents"]), len(d["actors"]), len(d["claims"]))' "$WORK/out")
run "--threads 1" -- analyze --threads 1 "$CORPUS"
run "taskset -c 0" taskset -c 0 -- analyze "$CORPUS"

echo "Corpus: $DOCS files ($(ls "$CORPUS" | grep -c 'text.txt$') text, $(ls "$CORPUS" | grep -c 'page.html.gz$') HTML pages), $(du -sm "$CORPUS" | cut -f1) MB on disk; result: documents, actors, claims = $docs_out."
echo
echo "| configuration | wall s, median of $RUNS (runs) | pipeline s | docs/s (wall) | docs/s (pipeline) | peak RSS MiB |"
echo "|---|---|---|---|---|---|"
for label in baseline "all cores" "--threads 1" "taskset -c 0"; do
  wall=${WALL[$label]%% *}
  pipe=${PIPE[$label]}
  if [ "$label" = baseline ]; then
    echo "| \`analyze --version\` (start-up floor) | ${WALL[$label]} | - | - | - | ${RSS[$label]} |"
  else
    echo "| \`$label\` | ${WALL[$label]} | $pipe | $(awk -v n="$DOCS" -v t="$wall" 'BEGIN {printf "%.1f", n / t}') | $(awk -v n="$DOCS" -v t="$pipe" 'BEGIN {if (t > 0) printf "%.1f", n / t; else print "-"}') | ${RSS[$label]} |"
  fi
done
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"/bin/java -version 2>&1 | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; SIGHTLINE_VMARGS='${SIGHTLINE_VMARGS-}'."
