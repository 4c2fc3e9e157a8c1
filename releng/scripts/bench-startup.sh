#!/usr/bin/env bash
# Start-up of Sightline beside its floors, medians of RUNS runs (default 5), the configurations
# interleaved run by run so that they share the machine's load. Prints a Markdown table.
#   releng/scripts/bench-startup.sh [RUNS] [BEFORE]
# Rows (wall time from start to exit, or to the first window; user+system CPU):
#   bare JVM            java -version
#   bare Equinox        the OSGi framework alone started and stopped (releng/scripts/BareEquinox.java)
#   --version           sightline analyze --version
#   sample              sightline analyze SAMPLE (the sample article end to end, JSON to /dev/null)
#   ... without AOT     the same two with SIGHTLINE_AOT=off (no class-data cache): what the cache gives
#   workbench window    ./sightline until a window titled "Sightline..." is shown (mapped) on the display (needs
#                       xwininfo; DISPLAY, else a virtual display started here when Xvfb is installed);
#                       its CPU is the JVM's at that moment
# Products: this checkout's materialized workbench product ("after"), and BEFORE, the root folder of
# another build's workbench product (e.g. a copy of an older build), as a second column. Each gets a
# cache folder and home of its own in a temporary folder; one untimed run of each command first, and
# the class-data cache training of the start script is waited for, so the figures are those of
# every later start. Build first: ./mvnw -B -o package -DskipTests -pl releng/org.sightline.product -am
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd -P)
RUNS=${1:-5}
BEFORE=${2:-}
AFTER="$ROOT/releng/org.sightline.product/target/products/org.sightline.product/linux/gtk/x86_64"
SAMPLE="$ROOT/bundles/org.sightline.core/samples/pentagon-north-korea-deterrence.txt"
. "$ROOT/releng/scripts/find-java.sh"
sightline_find_java || { echo "bench-startup: $sightline_java_error" >&2; exit 1; }
[ -x "$AFTER/sightline" ] || { echo "bench-startup: no product at $AFTER; build it first" >&2; exit 1; }
[ -z "$BEFORE" ] || [ -x "$BEFORE/sightline" ] || { echo "bench-startup: no product at $BEFORE" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-startup: needs GNU time (/usr/bin/time, package 'time')" >&2; exit 1; }

WORK=$(mktemp -d)
XVFB=""
cleanup() { [ -n "$XVFB" ] && "$ROOT/releng/scripts/test-display.sh" stop "$WORK/display"; rm -rf "$WORK"; }
trap cleanup EXIT
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# A display for the workbench rows.
GUI=yes
command -v xwininfo >/dev/null || GUI=""
if [ -n "$GUI" ] && [ -z "${DISPLAY-}" ]; then
  "$ROOT/releng/scripts/test-display.sh" start "$WORK/display" bench-startup >/dev/null
  DISPLAY=$(sed -n 's/^sightline.test.display=//p' "$WORK/display/test-display.properties")
  [ -n "$DISPLAY" ] && XVFB=yes || GUI=""
  export DISPLAY
fi

# The bare Equinox floor, compiled once against the framework of each product.
javac_cp() { ls "$1"/plugins/org.eclipse.osgi_*.jar | head -n 1; }
mkdir -p "$WORK/bare"
"$JAVA_HOME/bin/javac" -d "$WORK/bare" -cp "$(javac_cp "$AFTER")" "$ROOT/releng/scripts/BareEquinox.java"

# measure NAME COMMAND...: one timed run, appended to $WORK/NAME as "wall cpu".
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$@" >/dev/null 2>"$WORK/err" || { echo "bench-startup: $name failed:" >&2; tail -n 5 "$WORK/err" >&2; exit 1; }
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$WORK/t" >>"$WORK/$name"
}
. "$ROOT/releng/scripts/window-shown.sh"
# window NAME PRODUCT HOME [warm]: seconds from start to the first "Sightline" window, and the CPU used by
# then; then the workbench is stopped (a first session writes the workbench's class-data cache as it ends).
# Java takes user.home from the password database, not from HOME, so it is set too: the workbench's own
# folder (~/.sightline: the sample workspace, preferences, recovery journals) is the product's own
# here, never the user's or another run's. The warm-up (warm) waits for the first session to have
# saved the analysed sample, which every later start then opens, as a user's second start does.
# A start whose GTK could not open the display (seen now and then on a loaded machine, never
# reproduced alone) is tried once more, and counted in the footer.
window() {
  local name=$1 product=$2 home=$3 warm=${4-} t0 t1 pid cpu log retried=""
  while :; do
    t0=$(date +%s.%N)
    HOME=$home XDG_CACHE_HOME=$home/.cache SIGHTLINE_VMARGS="-Duser.home=$home" "$product/sightline" >"$WORK/gui.log" 2>&1 &
    pid=$!
    while ! shown; do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
    kill -0 "$pid" 2>/dev/null && break
    # The launcher names its log file on the line after "See the log file".
    log=$(sed -n '/See the log file/{n;s/\.$//;p;}' "$WORK/gui.log" | head -n 1)
    if [ -z "$retried" ] && grep -qs 'gtk_init_check() failed' "$WORK/gui.log" ${log:+"$log"}; then
      echo "bench-startup: the workbench of $product could not open the display (gtk_init_check, $log); once more" >&2
      echo x >>"$WORK/display-failures"
      retried=yes
      continue
    fi
    echo "bench-startup: the workbench of $product ended early:" >&2; tail -n 30 "$WORK/gui.log" >&2; exit 1
  done
  t1=$(date +%s.%N)
  # The JVM's user+system CPU at that moment (the script execs Java: same process).
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat" 2>/dev/null || echo -)
  if [ -n "$warm" ]; then
    for _ in $(seq 1 240); do
      [ -f "$home/.sightline/workspace/sample.sightline" ] && break
      sleep 0.5
    done
    sleep 2
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" -v c="$cpu" 'BEGIN {printf "%.2f %s\n", b - a, c}' >>"$WORK/$name"
  sleep 1
}

products=(after); [ -n "$BEFORE" ] && products+=(before)
declare -A DIR=([after]=$AFTER [before]=$BEFORE)
for p in "${products[@]}"; do
  home="$WORK/home-$p"; mkdir -p "$home"
  # Warm-up: the configuration area, the class-data cache (waited for), the workbench's first start.
  HOME=$home XDG_CACHE_HOME=$home/.cache "${DIR[$p]}/sightline" analyze --version >/dev/null
  HOME=$home XDG_CACHE_HOME=$home/.cache "${DIR[$p]}/sightline" analyze "$SAMPLE" >/dev/null 2>&1
  for _ in $(seq 1 1200); do
    [ -n "$(find "$home/.cache/sightline" -name aot.lock 2>/dev/null)" ] || break
    sleep 0.5
  done
  if [ -n "$GUI" ]; then window "warm-$p" "${DIR[$p]}" "$home" warm; fi
done

for i in $(seq 1 "$RUNS"); do
  measure jvm "$JAVA_HOME/bin/java" -version
  for p in "${products[@]}"; do
    home="$WORK/home-$p"
    measure "bare-$p" "$JAVA_HOME/bin/java" -cp "$(javac_cp "${DIR[$p]}"):$WORK/bare" BareEquinox "$WORK/bare-storage-$p"
    measure "version-$p" env HOME="$home" XDG_CACHE_HOME="$home/.cache" "${DIR[$p]}/sightline" analyze --version
    measure "sample-$p" env HOME="$home" XDG_CACHE_HOME="$home/.cache" "${DIR[$p]}/sightline" analyze "$SAMPLE"
    if [ "$p" = after ]; then
      measure "version-noaot-$p" env HOME="$home" XDG_CACHE_HOME="$home/.cache" SIGHTLINE_AOT=off "${DIR[$p]}/sightline" analyze --version
      measure "sample-noaot-$p" env HOME="$home" XDG_CACHE_HOME="$home/.cache" SIGHTLINE_AOT=off "${DIR[$p]}/sightline" analyze "$SAMPLE"
    fi
    if [ -n "$GUI" ]; then window "gui-$p" "${DIR[$p]}" "$home"; fi
  done
done

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
cell() { # median wall (median CPU) of file $1
  [ -f "$WORK/$1" ] || { echo "-"; return; }
  local w c; w=$(cut -d' ' -f1 "$WORK/$1" | median); c=$(cut -d' ' -f2 "$WORK/$1" | grep -v -- - | median)
  if [ "$c" = "-" ]; then echo "$w s"; else echo "$w s ($c s CPU)"; fi
}
runs() { [ -f "$WORK/$1" ] && cut -d' ' -f1 "$WORK/$1" | tr '\n' ' ' | sed 's/ $//' || echo "-"; }
jvm=$(cut -d' ' -f1 "$WORK/jvm" | median)
ratio() { [ -f "$WORK/$1" ] && awk -v a="$(cut -d' ' -f1 "$WORK/$1" | median)" -v b="$jvm" 'BEGIN {printf "%.1f", a / b}' || echo "-"; }

echo "| what | after: median wall (CPU) | x bare JVM | runs (wall s) |${BEFORE:+ before: median wall (CPU) | runs (wall s) |}"
echo "|---|---|---|---|${BEFORE:+---|---|}"
row() { # label file-stem
  if [ -n "$BEFORE" ]; then
    echo "| $1 | $(cell "$2-after") | $(ratio "$2-after") | $(runs "$2-after") | $(cell "$2-before") | $(runs "$2-before") |"
  else
    echo "| $1 | $(cell "$2-after") | $(ratio "$2-after") | $(runs "$2-after") |"
  fi
}
echo "| bare JVM (\`java -version\`) | $(cell jvm) | 1.0 | $(runs jvm) |${BEFORE:+ (same) | |}"
row "bare Equinox (framework start and stop)" bare
row "\`sightline analyze --version\`" version
row "the sample article analysed end to end" sample
row "\`sightline analyze --version\`, no AOT cache" version-noaot
row "the sample article, no AOT cache" sample-noaot
[ -n "$GUI" ] && row "workbench: first window${XVFB:+ (Xvfb)}" gui
echo
[ -f "$WORK/display-failures" ] && echo "Workbench starts that could not open the display and were tried again: $(wc -l <"$WORK/display-failures")."
echo "$RUNS runs each, interleaved; $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); load average $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
