#!/bin/sh
# Runs WorkbenchBench (open time of a big workspace, Claims filter latency, heap) on a plain class
# path made of the built bundle jars and their Maven Central jars. Build first:
#   ./mvnw -B -o verify -pl releng/org.eclipse.ui.ide.application,features/org.sightline.ui.feature,bundles/org.sightline.ui.tests -am
# Usage: bundles/org.sightline.ui.tests/run-bench.sh [documents] [runs]   (DISPLAY set: the SWT table part runs too)
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P)
. "$ROOT/releng/scripts/find-java.sh"
sightline_find_java || { echo "run-bench: $sightline_java_error" >&2; exit 1; }
M2="${MAVEN_REPO:-$HOME/.m2/repository}"
CP=""
for b in model model.edit core ui.session ui ui.tests; do
  CP="$CP:$(ls "$ROOT"/bundles/org.sightline.$b/target/org.sightline.$b-*.jar | grep -v sources | head -n 1)"
done
for j in org/eclipse/emf/org.eclipse.emf.common/2.46.0 org/eclipse/emf/org.eclipse.emf.ecore/2.43.0 \
         org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0 org/eclipse/emf/org.eclipse.emf.ecore.change/2.18.0 \
         org/eclipse/emf/org.eclipse.emf.edit/2.23.0 com/fasterxml/jackson/core/jackson-core/2.23.0 \
         org/eclipse/platform/org.eclipse.swt.gtk.linux.x86_64/3.135.0; do
  CP="$CP:$(ls "$M2/$j"/*.jar | grep -v sources | head -n 1)"
done
exec "$JAVA_HOME/bin/java" -Xmx6g -cp "${CP#:}" org.sightline.ui.tests.bench.WorkbenchBench "$@"
