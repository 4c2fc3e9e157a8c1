#!/usr/bin/env bash
# How soon a pure E4 workbench (no 3.x compatibility layer) could show its window on this machine, beside
# Sightline's workbench: the floor under issue 15's window target (docs/build.md, "Session 10").
#   releng/scripts/e4-window-floor.sh [RUNS]
# Builds a throwaway bundle, spike.e4: an E4 application model (Application.e4xmi) with a trimmed window, a
# main menu of five menus and six parts (five tables of 20 rows, one styled text), the standard E4 add-ons, no
# CSS theme, run by org.eclipse.e4.ui.workbench.swt.E4Application. It is started in two copies of this
# checkout's workbench product:
#   e4 full    every bundle of the product installed, as a pure E4 Sightline would start before pruning;
#   e4 pruned  only the E4, SWT, EMF and OSGi bundles it needs (Sightline's, the 3.x workbench's and the
#              document libraries' left out of bundles.info): the floor of the E4 stack itself;
# and Sightline's own workbench (the product unchanged). Each is timed from start to its first mapped window
# titled "Sightline..." (the same rule as bench-startup.sh), its JVM's CPU read at that moment, RUNS times
# (default 5), interleaved; one untimed start each first (configuration area, class-data cache).
# Needs the built product (./mvnw -B -o package -DskipTests -pl releng/org.sightline.product -am), GNU time,
# xwininfo, and DISPLAY or Xvfb.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd -P)
RUNS=${1:-5}
PRODUCT="$ROOT/releng/org.sightline.product/target/products/org.sightline.product/linux/gtk/x86_64"
. "$ROOT/releng/scripts/find-java.sh"
sightline_find_java || { echo "e4-window-floor: $sightline_java_error" >&2; exit 1; }
[ -x "$PRODUCT/sightline" ] || { echo "e4-window-floor: no product at $PRODUCT; build it first" >&2; exit 1; }
command -v xwininfo >/dev/null || { echo "e4-window-floor: needs xwininfo (package x11-utils)" >&2; exit 1; }

WORK=$(mktemp -d)
XVFB=""
cleanup() { [ -n "$XVFB" ] && "$ROOT/releng/scripts/test-display.sh" stop "$WORK/display"; rm -rf "$WORK"; }
trap cleanup EXIT
if [ -z "${DISPLAY-}" ]; then
  "$ROOT/releng/scripts/test-display.sh" start "$WORK/display" e4-window-floor >/dev/null
  DISPLAY=$(sed -n 's/^sightline.test.display=//p' "$WORK/display/test-display.properties")
  [ -n "$DISPLAY" ] || { echo "e4-window-floor: no display and no Xvfb" >&2; exit 1; }
  XVFB=yes
  export DISPLAY
fi
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the spike bundle -------------------------------------------------------------------------------------
B=$WORK/bundle
mkdir -p "$B/META-INF" "$WORK/src/spike/e4"
cat >"$WORK/src/spike/e4/TablePart.java" <<'EOF'
package spike.e4;

import jakarta.annotation.PostConstruct;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

public class TablePart {
    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (String c : new String[] {"Title", "Source", "Date", "Claims"}) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c);
            col.setWidth(120);
        }
        for (int i = 0; i < 20; i++) {
            new TableItem(table, SWT.NONE).setText(new String[] {"Row " + i, "Publisher", "2026-12-05", Integer.toString(i)});
        }
    }
}
EOF
cat >"$WORK/src/spike/e4/TextPart.java" <<'EOF'
package spike.e4;

import jakarta.annotation.PostConstruct;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

public class TextPart {
    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        new StyledText(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY)
                .setText("Defense officials said on Tuesday that the United States will keep its commitments.");
    }
}
EOF
cat >"$B/META-INF/MANIFEST.MF" <<'EOF'
Manifest-Version: 1.0
Bundle-ManifestVersion: 2
Bundle-SymbolicName: spike.e4;singleton:=true
Bundle-Version: 1.0.0
Require-Bundle: org.eclipse.e4.ui.workbench.swt,org.eclipse.swt,org.eclipse.e4.ui.model.workbench,org.eclipse.e4.core.di,org.eclipse.equinox.registry
Import-Package: jakarta.annotation;version="[2.0.0,4.0.0)"
Bundle-RequiredExecutionEnvironment: JavaSE-21
EOF
cat >"$B/plugin.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<?eclipse version="3.4"?>
<plugin>
   <extension id="product" point="org.eclipse.core.runtime.products">
      <product application="org.eclipse.e4.ui.workbench.swt.E4Application" name="Sightline spike">
         <property name="applicationXMI" value="spike.e4/Application.e4xmi"/>
         <property name="appName" value="Sightline spike"/>
      </product>
   </extension>
</plugin>
EOF
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<application:Application xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:application="http://www.eclipse.org/ui/2010/UIModel/application" xmlns:basic="http://www.eclipse.org/ui/2010/UIModel/application/ui/basic" xmlns:menu="http://www.eclipse.org/ui/2010/UIModel/application/ui/menu" xmlns:commands="http://www.eclipse.org/ui/2010/UIModel/application/commands" xmi:id="app" elementId="spike.e4.application">'
  echo '  <children xsi:type="basic:TrimmedWindow" xmi:id="win" elementId="spike.e4.window" label="Sightline spike" width="1200" height="800">'
  echo '    <children xsi:type="basic:PartSashContainer" xmi:id="sash" elementId="spike.e4.sash" horizontal="true">'
  i=0
  for part in Documents:TablePart Document:TextPart Actors:TablePart Claims:TablePart Properties:TablePart Search:TablePart; do
    echo "      <children xsi:type=\"basic:PartStack\" xmi:id=\"st$i\" elementId=\"spike.e4.stack$i\">"
    echo "        <children xsi:type=\"basic:Part\" xmi:id=\"p$i\" elementId=\"spike.e4.part$i\" contributionURI=\"bundleclass://spike.e4/spike.e4.${part#*:}\" label=\"${part%%:*}\"/>"
    echo '      </children>'
    i=$((i + 1))
  done
  echo '    </children>'
  echo '    <mainMenu xmi:id="mm" elementId="spike.e4.mainmenu">'
  for m in File Edit Analysis Window Help; do
    echo "      <children xsi:type=\"menu:Menu\" xmi:id=\"m$m\" elementId=\"spike.e4.menu.$m\" label=\"$m\">"
    echo "        <children xsi:type=\"menu:HandledMenuItem\" xmi:id=\"m${m}a\" elementId=\"spike.e4.item.${m}a\" label=\"Item A\" command=\"cmd\"/>"
    echo "        <children xsi:type=\"menu:HandledMenuItem\" xmi:id=\"m${m}b\" elementId=\"spike.e4.item.${m}b\" label=\"Item B\" command=\"cmd\"/>"
    echo '      </children>'
  done
  echo '    </mainMenu>'
  echo '  </children>'
  echo '  <commands xmi:id="cmd" elementId="spike.e4.command" commandName="Spike"/>'
  for a in org.eclipse.e4.core.commands/org.eclipse.e4.core.commands.CommandServiceAddon \
      org.eclipse.e4.ui.services/org.eclipse.e4.ui.services.ContextServiceAddon \
      org.eclipse.e4.ui.bindings/org.eclipse.e4.ui.bindings.BindingServiceAddon \
      org.eclipse.e4.ui.workbench/org.eclipse.e4.ui.internal.workbench.addons.CommandProcessingAddon \
      org.eclipse.e4.ui.workbench/org.eclipse.e4.ui.internal.workbench.addons.HandlerProcessingAddon \
      org.eclipse.e4.ui.workbench.swt/org.eclipse.e4.ui.workbench.swt.util.BindingProcessingAddon \
      org.eclipse.e4.ui.workbench.addons.swt/org.eclipse.e4.ui.workbench.addons.minmax.MinMaxAddon \
      org.eclipse.e4.ui.workbench.addons.swt/org.eclipse.e4.ui.workbench.addons.dndaddon.DnDAddon; do
    echo "  <addons xmi:id=\"${a##*.}\" elementId=\"${a##*/}\" contributionURI=\"bundleclass://$a\"/>"
  done
  echo '</application:Application>'
} >"$B/Application.e4xmi"
CP=$(ls "$PRODUCT"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1):$(ls "$PRODUCT"/plugins/jakarta.annotation-api_*.jar | head -n 1)
"$JAVA_HOME/bin/javac" --release 21 -d "$B" -cp "$CP" "$WORK"/src/spike/e4/*.java
(cd "$B" && "$JAVA_HOME/bin/jar" cfm "$WORK/spike.e4_1.0.0.jar" META-INF/MANIFEST.MF plugin.xml Application.e4xmi spike)

# --- the products -----------------------------------------------------------------------------------------
BI=configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
for p in e4full e4pruned sightline; do
  cp -a "$PRODUCT" "$WORK/$p"
  mkdir -p "$WORK/home-$p"
done
for p in e4full e4pruned; do
  cp "$WORK/spike.e4_1.0.0.jar" "$WORK/$p/plugins/"
  echo "spike.e4,1.0.0,plugins/spike.e4_1.0.0.jar,4,false" >>"$WORK/$p/$BI"
done
# Left out of the pruned copy: Sightline's bundles, the 3.x workbench, the document and search libraries.
grep -v -E '^(org\.sightline|org\.eclipse\.ui|org\.apache\.(lucene|pdfbox|poi|opennlp|commons|xmlbeans|tika|james)|opennlp|com\.fasterxml|net\.|org\.jsoup|org\.swtchart|org\.eclipse\.swtchart|jakarta\.mail|org\.tukaani|org\.brotli|org\.bouncycastle)' \
  "$WORK/e4full/$BI" >"$WORK/e4pruned/$BI"
echo "bundles installed: sightline and e4 full $(grep -vc '^#' "$WORK/e4full/$BI"), e4 pruned $(grep -vc '^#' "$WORK/e4pruned/$BI")" >&2

. "$ROOT/releng/scripts/window-shown.sh"
# window NAME: one start of product NAME to its first mapped window; appends "wall cpu" to $WORK/times-NAME.
# A start whose GTK could not open the display (now and then on a loaded machine) is tried again.
window() {
  local name=$1 home=$WORK/home-$1 t0 t1 pid cpu args=()
  [ "$name" = sightline ] || args=(-product spike.e4.product -application org.eclipse.e4.ui.workbench.swt.E4Application)
  for attempt in 1 2 3; do
    t0=$(date +%s.%N)
    HOME=$home XDG_CACHE_HOME=$home/.cache SIGHTLINE_VMARGS="-Duser.home=$home" "$WORK/$name/sightline" "${args[@]}" >"$WORK/gui.log" 2>&1 &
    pid=$!
    while ! shown; do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
    if kill -0 "$pid" 2>/dev/null; then
      t1=$(date +%s.%N)
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat")
      kill "$pid"; wait "$pid" 2>/dev/null || true
      awk -v a="$t0" -v b="$t1" -v c="$cpu" 'BEGIN {printf "%.2f %s\n", b - a, c}' >>"$WORK/times-$name"
      sleep 1
      return 0
    fi
    echo "e4-window-floor: $name ended before its window (attempt $attempt):" >&2; tail -n 3 "$WORK/gui.log" >&2
  done
  exit 1
}

for p in sightline e4full e4pruned; do
  window "$p"; : >"$WORK/times-$p"   # untimed: configuration area, class-data cache training
  # the workbench writes its class-data cache in a child JVM after the first session: wait for it
  for _ in $(seq 1 240); do
    [ -z "$(find "$WORK/home-$p/.cache/sightline" -name '*.lock' 2>/dev/null)" ] && [ -z "$(find "$WORK/home-$p/.cache/sightline" -name '*.aot.config' 2>/dev/null)" ] && break
    sleep 0.5
  done
done
for _ in $(seq 1 "$RUNS"); do
  for p in sightline e4full e4pruned; do window "$p"; done
done

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo "| start | median wall to the window (CPU) | runs (wall s) |"
echo "|---|---|---|"
for p in sightline e4full e4pruned; do
  t=$WORK/times-$p
  echo "| $p | $(cut -d' ' -f1 "$t" | median) s ($(cut -d' ' -f2 "$t" | median) s CPU) | $(cut -d' ' -f1 "$t" | tr '\n' ' ')|"
done
echo
echo "$RUNS runs each, interleaved; $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); load average $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
