#!/usr/bin/env bash
# Derives internal/given-names.tsv (list "given-names") from the English first-name lists of
# net.datafaker:datafaker 2.7.0 (Apache-2.0; en/name.yml: male_first_name, female_first_name), for the
# actor recogniser's given-name evidence ("Rafael Ortiz" is a person without a title or a cue).
# A name that English also writes as a common word is left out: one whose lower-case form occurs in the UD
# English EWT training file ("Will", "May", "Hope", "Grant", "Forest" go; the common ones among them that are
# given names, "Mike", "Richard", stay known by the curated gender lists of actor-words.tsv); so is a word of a
# place name of the same artifact (US states, countries, capitals: "Virginia", "Carolina", "Georgia",
# "Jordan"). The recogniser further skips names the gazetteers know as places or bodies.
# Run from the repository root (the jar is fetched by Maven into the local repository):
#   ./mvnw -B -q dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false
#   bundles/org.sightline.extract.actors/derive/derive-given-names.sh [SHARED_DIR]
set -euo pipefail
SHARED=${1:-${SIGHTLINE_SHARED:-../shared}}
JAR=${MAVEN_REPO:-$HOME/.m2/repository}/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar
EWT=$SHARED/data/ud-english-ewt/en_ewt-ud-train.conllu
OUT=bundles/org.sightline.extract.actors/src/org/sightline/extract/actors/internal/given-names.tsv
[ -f "$JAR" ] || { echo "missing $JAR (see the header of this script)" >&2; exit 1; }
[ -f "$EWT" ] || { echo "missing $EWT" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -p "$JAR" en/name.yml \
  | awk '/^      (male|female)_first_name:/{f=1;next} /^      [a-z_]+:/{f=0} f && /^      - "[A-Z][a-z]+"$/{gsub(/^      - "|"$/,""); if (length($0) >= 3) print}' \
  | LC_ALL=C sort -u > "$tmp/names"
# words of the place names: en/address.yml state and country, en/country.yml name and capital, en/nation.yml capital_city
for f in address country nation; do unzip -p "$JAR" en/$f.yml; done \
  | awk '/^      (state|country|name|capital|capital_city):/{f=1;next} /^      [a-z_]+:/{f=0} f && /^      - "/{gsub(/^      - "|"$/,""); print}' \
  | tr ' ' '\n' | LC_ALL=C sort -u > "$tmp/places"
awk -F'\t' 'NF==10 && $1 ~ /^[0-9]+$/ {print $2 "\t" $4}' "$EWT" > "$tmp/ewt"
{
  echo "# given-names: English given names, derived by derive/derive-given-names.sh from net.datafaker:datafaker 2.7.0"
  echo "# (Apache-2.0, see GIVEN-NAMES-NOTICE.txt); names English also writes as common words left out. A run of"
  echo "# two or three proper nouns starting with one of them is a person (\"Rafael Ortiz\"); do not edit by hand."
  awk -F'\t' 'FILENAME==ARGV[1]{p[$1]=1;next} FILENAME==ARGV[2]{if (!($1 in p)) n[$1]=1;next}
    { w=$1; lw=tolower(w); cw=toupper(substr(lw,1,1)) substr(lw,2); if (!(cw in n)) next;
      if (w==lw) lo[cw]++; else if ($2=="PROPN") pr[cw]++ }
    END { for (k in n) if (lo[k] == 0) print "given-names\t" k }' "$tmp/places" "$tmp/names" "$tmp/ewt" \
    | LC_ALL=C sort
} > "$OUT"
echo "$OUT: $(grep -c '^given-names' "$OUT") names"
