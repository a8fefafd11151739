#!/usr/bin/env bash
# SemEval-2015 Task 4 (TimeLine) on the dev sets in ../shared/data/timeline-dev: for each set
# (apple, airbus) and each gold timeline, runs
#   annals timeline --about ENTITY --format semeval2015 <all documents of the set>
# (ENTITY = the gold file's first line), writes the system timeline under the same file name,
# then scores the set with ../shared/tools/timeline_score.py and prints P/R/F1 per set.
#
# usage: tools/semeval/run.sh [ANNALS_BINARY] [OUT_DIR]
#   ANNALS_BINARY  default build/src/annals
#   OUT_DIR        where the system timelines go (default: a temporary directory, removed)
# Prints one line per set: "<set> P <p> R <r> F1 <f1>". Exits 0 with a message when ../shared
# is absent.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=$root/../shared
data=$shared/data/timeline-dev
scorer=$shared/tools/timeline_score.py
annals=${1:-build/src/annals}
[[ $annals == /* ]] || annals=$root/$annals

if [[ ! -d $data || ! -f $scorer ]]; then
  echo "semeval: ../shared/data/timeline-dev or its scorer is absent; skipped"
  exit 0
fi
[[ -x $annals ]] || { echo "semeval: $annals is not an executable" >&2; exit 2; }
command -v python3 >/dev/null || { echo "semeval: python3 is needed for the scorer" >&2; exit 2; }

if [[ -n ${2:-} ]]; then
  out=$2
  mkdir -p "$out"
else
  out=$(mktemp -d "${TMPDIR:-/tmp}/annals-semeval.XXXXXX")
  trap 'rm -rf "$out"' EXIT
fi

for set in apple airbus; do
  gold=$data/$set/gold-timelines
  sys=$out/$set
  mkdir -p "$sys"
  docs=("$data/$set"/documents/*.tml)
  for g in "$gold"/*.txt; do
    entity=$(head -n 1 "$g" | tr -d '\r')
    "$annals" timeline --about "$entity" --format semeval2015 "${docs[@]}" >"$sys/$(basename "$g")"
  done
  # The scorer's last line: "micro P 0.1234 R 0.1234 F1 0.1234" (percent).
  python3 "$scorer" "$gold" "$sys" | awk -v set="$set" '
    $1 == "micro" { printf "%s P %.2f R %.2f F1 %.2f\n", set, $3, $5, $7 }'
done
