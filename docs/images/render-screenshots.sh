#!/bin/sh
# Renders the user guide's pictures into docs/images from the real workbench (the Screenshots
# class of bundles/org.sightline.ui.tests, run in the Tycho UI harness). Needs a display: Xvfb on
# :99 by default (Xvfb :99 -screen 0 1280x1024x24 -nolisten tcp &). With the extractor bundles
# installed the sample article is analysed by the real pipeline; without them the hand-marked
# sample is shown.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P)
cd "$ROOT"
export DISPLAY="${DISPLAY:-:99}"
./mvnw -B -o verify -pl releng/org.eclipse.ui.ide.application,features/org.sightline.ui.feature,bundles/org.sightline.ui.tests -am \
  -Dtest=Screenshots -Dsurefire.failIfNoSpecifiedTests=false -Dsightline.screenshots="$ROOT/docs/images"
# The analysis views' tests save their pictures when sightline.docs.images names a folder.
./mvnw -B -o verify -pl releng/org.eclipse.ui.ide.application,features/org.sightline.ui.feature,bundles/org.sightline.ui.analysis.tests -am \
  -Dsightline.docs.images="$ROOT/docs/images"
ls -l "$ROOT"/docs/images/*.png
