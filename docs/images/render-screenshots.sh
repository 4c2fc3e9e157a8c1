#!/bin/sh
# Renders the user guide's pictures into docs/images from the real workbench: the Screenshots class
# of bundles/org.sightline.ui.tests, run in the Tycho UI harness, on 40 documents (the sample article
# and 39 re3d press releases kept in bundles/org.sightline.testing/data/re3d) imported by the real
# pipeline. The build provides a display (releng/scripts/test-display.sh: DISPLAY, else its own Xvfb).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P)
cd "$ROOT"
./mvnw -B -o verify -pl releng/org.eclipse.ui.ide.application,features/org.sightline.ui.feature,bundles/org.sightline.ui.tests -am \
  -Dtest=Screenshots -Dsurefire.failIfNoSpecifiedTests=false -Dsightline.screenshots="$ROOT/docs/images"
ls -l "$ROOT"/docs/images/*.png
