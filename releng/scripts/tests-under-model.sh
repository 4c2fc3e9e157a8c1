#!/usr/bin/env bash
# Runs the nlp, actor and claim tests of this checkout on a plain class path with another parser model's nlp classes
# and models first, and prints how many fail under it, and which (docs/extraction.md, round 18: how many sentence tests
# hold only for the shipped model's trees). Build first (./mvnw -B -o install -DskipTests).
#   releng/scripts/tests-under-model.sh MODEL_CLASSES_DIR [PACKAGE...]
# MODEL_CLASSES_DIR: a compiled org.sightline.nlp (target/classes) holding other models, e.g. one trained with
# SyntaxTrainer --seed 2 and copied over org/sightline/nlp/internal/models/. Without packages: the three test packages.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P)
[ $# -ge 1 ] && [ -d "$1" ] || { sed -n '2,7p' "$0" >&2; exit 2; }
MODEL=$1; shift
[ $# -gt 0 ] || set -- org.sightline.nlp.tests org.sightline.extract.actors.tests org.sightline.extract.claims.tests
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
# bench.sh's class path (bundles and target platform); the core bundle's root for the sample it packages from outside
# src (samples/, which LanguageTest reads); and what the JUnit launcher needs beyond them
cp=$(sed -e 's|^exec .*|echo "${cp#:}"|' -e "s|^ROOT=.*|ROOT=$ROOT|" "$ROOT/releng/scripts/bench.sh" | bash -s X)
cp="$cp:$ROOT/bundles/org.sightline.core"
for j in "$REPO"/org/junit/platform/junit-platform-engine/1.14.4/junit-platform-engine-1.14.4.jar \
         "$REPO"/org/apiguardian/apiguardian-api/*/apiguardian-api-*.jar; do
  [ -f "$j" ] && cp="$cp:$j"
done
. "$ROOT/releng/scripts/find-java.sh"
sightline_find_java || { echo "$sightline_java_error" >&2; exit 1; }
cd "$ROOT"
exec "$JAVA_HOME/bin/java" -Dsightline.shared="${SIGHTLINE_SHARED:-$ROOT/../shared}" -cp "$MODEL:$cp" \
  "$ROOT/releng/scripts/TestsUnderModel.java" "$@"
