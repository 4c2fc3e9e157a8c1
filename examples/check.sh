#!/usr/bin/env bash
# Builds the third-party example (examples/sanctions) against the p2 repository of the main build,
# installs it into a copy of the built workbench product with p2 (Tycho's standalone director) and
# checks that the product then lists and runs its contributions. Called by .ci/run after the main
# build; run it by hand the same way, from anywhere:
#   examples/check.sh            (extra Maven options, e.g. -o: EXAMPLE_MAVEN_ARGS=-o examples/check.sh)
# Needs: the main build done (./mvnw -B verify, or at least -pl releng/org.sightline.product -am).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
EXAMPLE="$ROOT/examples/sanctions"
PRODUCT="$ROOT/releng/org.sightline.product/target/products/org.sightline.product/linux/gtk/x86_64"
REPOSITORY="$ROOT/releng/org.sightline.repository/target/repository"
SAMPLE="$EXAMPLE/samples/sanctions-briefing.md"
MAVEN_ARGS=(-B ${EXAMPLE_MAVEN_ARGS-})

fail() { echo "examples/check.sh: FAILED: $*" >&2; exit 1; }
[ -f "$REPOSITORY/content.jar" ] || [ -f "$REPOSITORY/content.xml.xz" ] \
  || fail "no Sightline p2 repository at $REPOSITORY: run the main build first (./mvnw -B verify)"
[ -x "$PRODUCT/sightline" ] || fail "no workbench product at $PRODUCT: run the main build first (./mvnw -B verify)"

echo "== build the example against the published repository (examples/sanctions)"
"$ROOT/mvnw" "${MAVEN_ARGS[@]}" -f "$EXAMPLE/pom.xml" clean verify
PLUGIN_REPO="$EXAMPLE/releng/com.example.sanctions.repository/target/repository"
[ -d "$PLUGIN_REPO/plugins" ] || fail "the example build made no p2 repository at $PLUGIN_REPO"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sightline-example.XXXXXX")
keep=0
trap '[ "$keep" = 1 ] || rm -rf "$WORK"' EXIT
echo "== install into a copy of the product ($WORK/product) with p2"
cp -a "$PRODUCT" "$WORK/product"
# The product has no p2 runtime of its own, but it does have a p2 profile (DefaultProfile, written
# when Tycho materialized it): Tycho's standalone director installs into that profile, checks the
# plugin's requirements against what is installed and updates bundles.info.
TYCHO_VERSION=$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' "$EXAMPLE/pom.xml" | head -n 1)
(cd "$WORK" && "$ROOT/mvnw" "${MAVEN_ARGS[@]}" -q "org.eclipse.tycho:tycho-p2-director-plugin:$TYCHO_VERSION:director" \
  -Ddestination="$WORK/product" -Dprofile=DefaultProfile \
  -DinstallIUs=com.example.sanctions.feature.feature.group \
  -Drepositories="file:$PLUGIN_REPO" -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64) \
  || fail "p2 could not install the example into $WORK/product"
grep -q '^com\.example\.sanctions,' "$WORK/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "after the install, bundles.info of $WORK/product does not list com.example.sanctions"

on_failure() { keep=1; fail "$* (the product with the plugin is kept in $WORK/product)"; }

echo "== the product lists the plugin's contributions (sightline analyze --list-extensions)"
"$PRODUCT/sightline" analyze --list-extensions > "$WORK/before.txt"
"$WORK/product/sightline" analyze --list-extensions > "$WORK/after.txt"
expected=$(printf '%s\n' \
  $'importer\tcom.example.sanctions.markdown\tcom.example.sanctions\tMarkdown briefing (title from the first heading)' \
  $'extractor\tcom.example.sanctions.tagger\tcom.example.sanctions\tSanctions tagger (topic "sanctions")' \
  $'gazetteer\tcom.example.sanctions.authorities\tcom.example.sanctions\tSanctions authorities (OFAC, OFSI)' \
  $'exporter\tcom.example.sanctions.csv\tcom.example.sanctions\tSanctions claims (CSV)' \
  $'view\tcom.example.sanctions.ui.view\tcom.example.sanctions.ui\tSanctions Claims')
# Exactly the plugin's lines are new, and nothing of Sightline's own went missing.
added=$(comm -13 <(sort "$WORK/before.txt") <(sort "$WORK/after.txt"))
removed=$(comm -23 <(sort "$WORK/before.txt") <(sort "$WORK/after.txt"))
[ "$added" = "$(sort <<<"$expected")" ] || on_failure "--list-extensions gained:
$added
expected:
$expected"
[ -z "$removed" ] || on_failure "--list-extensions lost: $removed"
echo "$added"

echo "== its importer, gazetteer, extractor and exporter work on a sample ($SAMPLE)"
"$WORK/product/sightline" analyze --format json --out "$WORK/briefing.json" "$SAMPLE" \
  || on_failure "sightline analyze --format json failed on $SAMPLE"
grep -qF '"title":"New measures against North Korea'"'"'s weapons programme"' "$WORK/briefing.json" \
  || on_failure "the Markdown importer did not read the title (see $WORK/briefing.json)"
grep -qF '"published":"2026-11-20"' "$WORK/briefing.json" \
  || on_failure "the Markdown importer did not read the front-matter date (see $WORK/briefing.json)"
grep -qF '"name":"Office of Foreign Assets Control","kind":"GOVERNMENT_BODY"' "$WORK/briefing.json" \
  && grep -qF '"code":"USA.GOV.OFAC"' "$WORK/briefing.json" \
  || on_failure "the gazetteer file did not name OFAC with its code USA.GOV.OFAC (see $WORK/briefing.json)"

"$WORK/product/sightline" analyze --format sanctions-csv --out "$WORK/sanctions.csv" "$SAMPLE" \
  || on_failure "sightline analyze --format sanctions-csv failed on $SAMPLE"
cat "$WORK/sanctions.csv"
[ "$(head -n 1 "$WORK/sanctions.csv" | tr -d '\r')" = "claim,document,source,cue,type,modality,content,targets" ] \
  || on_failure "the sanctions CSV has no header row"
# The sample has three claims about sanctions measures and one (talks resuming) that is not.
rows=$(($(wc -l < "$WORK/sanctions.csv") - 1))
[ "$rows" -eq 3 ] || on_failure "expected 3 claims tagged 'sanctions', got $rows"
grep -q 'impose new sanctions' "$WORK/sanctions.csv" || on_failure "the sanctions claim of the Treasury is not tagged"
grep -q 'asset freeze' "$WORK/sanctions.csv" || on_failure "the asset-freeze claim is not tagged"
if grep -q 'talks' "$WORK/sanctions.csv"; then on_failure "a claim without a sanctions measure was tagged"; fi

# Without the plugin the format does not exist: the change comes from the plugin.
set +e
"$PRODUCT/sightline" analyze --format sanctions-csv "$SAMPLE" >/dev/null 2>"$WORK/without.err"
status=$?
set -e
[ "$status" -eq 2 ] || on_failure "the product without the plugin accepted --format sanctions-csv (exit $status)"

echo "examples/check.sh: OK (the example built against $REPOSITORY, installed with p2, its contributions listed and working)"
