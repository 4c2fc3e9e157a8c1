#!/usr/bin/env bash
# Measures what docs/build.md reports: offline rebuild time (no tests), product size, start time of
# the workbench (first window "Sightline" on the display) and of the headless application
# (analyze --version, start to exit). Medians of RUNS runs. Needs a display for the GUI figure
# (DISPLAY set; Xvfb is fine) and xwininfo (x11-utils). Prints a Markdown table.
#   releng/scripts/measure-build.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
PRODUCT=releng/org.sightline.product/target/products/org.sightline.product/linux/gtk/x86_64
HEADLESS=releng/org.sightline.product/target/products/org.sightline.headless.product/linux/gtk/x86_64

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s.%N; }

rebuild=()
for i in $(seq 1 "$RUNS"); do
  t0=$(now); ./mvnw -B -q -o clean verify -DskipTests >/tmp/sightline-measure-build.log 2>&1; t1=$(now)
  rebuild+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')")
done

headless=()
for i in $(seq 1 "$RUNS"); do
  t0=$(now); env -u DISPLAY "$PRODUCT/sightline" analyze --version >/dev/null; t1=$(now)
  headless+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')")
done

gui=()
if [ -n "${DISPLAY-}" ] && command -v xwininfo >/dev/null; then
  for i in $(seq 1 "$RUNS"); do
    t0=$(now)
    "$PRODUCT/sightline" >/tmp/sightline-measure-gui.log 2>&1 &
    pid=$!
    while ! xwininfo -root -tree 2>/dev/null | grep -q '"Sightline'; do sleep 0.05; done
    t1=$(now)
    gui+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')")
    pkill -f "org.eclipse.equinox.launcher.*-install $(pwd -P)/$PRODUCT" || kill "$pid" || true
    wait "$pid" 2>/dev/null || true
    sleep 1
  done
fi

echo "| what | median of $RUNS | runs |"
echo "|---|---|---|"
echo "| offline rebuild \`./mvnw -B -o clean verify -DskipTests\` | $(printf '%s\n' "${rebuild[@]}" | median) s | ${rebuild[*]} |"
echo "| workbench product size | $(du -sm "$PRODUCT" | cut -f1) MB ($(ls "$PRODUCT/plugins" | wc -l) bundles) | |"
echo "| headless product size | $(du -sm "$HEADLESS" | cut -f1) MB ($(ls "$HEADLESS/plugins" | wc -l) bundles) | |"
echo "| headless start to exit \`sightline analyze --version\` | $(printf '%s\n' "${headless[@]}" | median) s | ${headless[*]} |"
if [ ${#gui[@]} -gt 0 ]; then
  echo "| workbench start to first window | $(printf '%s\n' "${gui[@]}" | median) s | ${gui[*]} |"
fi
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"/bin/java -version 2>&1 | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
