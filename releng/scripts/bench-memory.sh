#!/usr/bin/env bash
# Peak memory (RSS) of `sightline analyze` as the number of documents grows, and for one large
# document, so that memory per document and per run can be told apart (docs/reliability.md#memory).
# Runs the materialized product (build it first: ./mvnw -B -o package -DskipTests -pl releng/org.sightline.product -am).
#   releng/scripts/bench-memory.sh [RUNS] [DOCS...]      default: 1 run of 250, 1000 and 4000 documents
# The largest folder is also saved to a workspace (--workspace), and the workspace it made is measured
# too: opening it, adding one text and saving it (the probe's 286 MiB workspace needed 6.1 GB).
# Besides the folders (made by make-bench-corpus.sh from the repository's test data and the news pages of ../shared/data), two single inputs:
#   big.txt      one text of 4.9 million characters (just under the per-document bound), sample paragraphs repeated
#   bomb.txt.gz  a 49 MB text compressed to about 0.3 MB (over the bound: refused before any analysis)
# Peak RSS from /usr/bin/time -v; medians of RUNS. SIGHTLINE_VMARGS is passed on (e.g. -Xmx1g).
# Every folder is measured as `analyze FOLDER` (JSON to standard output, no workspace: the streaming
# path, whose memory should not grow with the number of documents); the largest again with --workspace.
# BENCH_MEMORY_OUT=DIR keeps each folder's JSON as DIR/folder-N.json (to compare two products' output).
# BENCH_MEMORY_FOLDERS_ONLY=1 measures the folders only (no workspace, no single inputs): the slope.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd -P)
RUNS=${1:-1}; [ $# -gt 0 ] && shift
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(250 1000 4000)
# SIGHTLINE_PRODUCT: the start script of another materialized product (e.g. one built in another checkout).
PRODUCT=${SIGHTLINE_PRODUCT:-"$ROOT/releng/org.sightline.product/target/products/org.sightline.product/linux/gtk/x86_64/sightline"}
SHARED=${SIGHTLINE_SHARED:-$ROOT/../shared}
[ -x "$PRODUCT" ] || { echo "bench-memory: no product at $PRODUCT; build it first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-memory: needs GNU time (/usr/bin/time) for peak RSS" >&2; exit 1; }
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

python3 - "$ROOT/bundles/org.sightline.core/samples/pentagon-north-korea-deterrence.txt" "$WORK" <<'PY'
import gzip, sys
sample = open(sys.argv[1], encoding="utf-8").read().strip() + "\n\n"
big = (sample * (4_900_000 // len(sample) + 1))[:4_900_000]
open(sys.argv[2] + "/big.txt", "w", encoding="utf-8").write(big)
with gzip.open(sys.argv[2] + "/bomb.txt.gz", "wt", encoding="utf-8", compresslevel=9) as f:
    f.write(sample * (49_000_000 // len(sample)))
PY

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# measure LABEL ARGS...: prints "LABEL | peak RSS MiB (runs) | wall s | exit | summary line"
measure() {
  local label=$1; shift
  local rss=() walls=() code=0 before=:
  # A trailing "--before-each CMD" runs CMD before every run (not timed).
  if [ $# -ge 2 ] && [ "${*: -2:1}" = "--before-each" ]; then before=${*: -1}; set -- "${@:1:$#-2}"; fi
  for _ in $(seq 1 "$RUNS"); do
    eval "$before"
    local t0 t1
    t0=$(date +%s.%N)
    env -u DISPLAY /usr/bin/time -v -o "$WORK/time.txt" "$PRODUCT" analyze "$@" >"$WORK/out" 2>"$WORK/err" || code=$?
    t1=$(date +%s.%N)
    rss+=("$(awk '/Maximum resident set size/ {printf "%.0f", $NF / 1024}' "$WORK/time.txt")")
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')")
  done
  echo "| $label | $(printf '%s\n' "${rss[@]}" | median) (${rss[*]}) | $(printf '%s\n' "${walls[@]}" | median) | $code | $(grep -E '^(sightline: [0-9]|error: )' "$WORK/err" | head -n 2 | sed "s#$WORK/##g" | tr '\n' ' ') |"
}

machine() {
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; SIGHTLINE_VMARGS='${SIGHTLINE_VMARGS-}'."
}

echo "| input | peak RSS MiB, median (runs) | wall s | exit | summary / error |"
echo "|---|---|---|---|---|"
measure "\`--version\` (start-up floor)" --version
LARGEST=$(printf '%s\n' "${SIZES[@]}" | sort -n | tail -n 1)
for n in "${SIZES[@]}"; do
  rm -rf "$WORK/corpus"
  "$ROOT/releng/scripts/make-bench-corpus.sh" "$SHARED" "$WORK/corpus" "$n"
  measure "folder of $n documents" "$WORK/corpus"
  [ -z "${BENCH_MEMORY_OUT-}" ] || { mkdir -p "$BENCH_MEMORY_OUT" && cp "$WORK/out" "$BENCH_MEMORY_OUT/folder-$n.json"; }
  if [ "$n" = "$LARGEST" ] && [ -z "${BENCH_MEMORY_FOLDERS_ONLY-}" ]; then
    # Every run starts from no workspace, so that each run measures the same work.
    measure "folder of $n documents, saved to a new workspace" --workspace "$WORK/ws.sightline" "$WORK/corpus" \
      --before-each 'rm -f "$WORK"/ws.sightline* "$WORK"/.ws.sightline*'
  fi
done
if [ -n "${BENCH_MEMORY_FOLDERS_ONLY-}" ]; then
  machine
  exit 0
fi
if [ -f "$WORK/ws.sightline" ]; then
  size=$(du -m "$WORK/ws.sightline" | cut -f1)
  cp "$ROOT/bundles/org.sightline.core/samples/pentagon-north-korea-deterrence.txt" "$WORK/one.txt"
  # Each run adds the same text to a copy of the workspace as the folder run left it.
  cp "$WORK/ws.sightline" "$WORK/ws-made.sightline"
  measure "workspace of $LARGEST documents (${size} MiB): open, add one text, save" --workspace "$WORK/ws.sightline" "$WORK/one.txt" \
    --before-each 'cp "$WORK/ws-made.sightline" "$WORK/ws.sightline"'
fi
measure "one text of 4.9 M characters" "$WORK/big.txt"
measure "49 MB text as a 0.3 MB .gz" "$WORK/bomb.txt.gz"
machine
