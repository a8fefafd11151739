#!/usr/bin/env bash
# CI step: SemEval-2015 Task 4 timelines on the dev sets in ../shared (tools/semeval/run.sh),
# with the annals already built in build/. Fails when Airbus F1 drops more than 1 point below
# the figure recorded in tools/semeval/baseline.txt. Skips cleanly when ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "60-semeval: FAILED: $*" >&2; exit 1; }

if [[ ! -d ../shared/data/timeline-dev ]]; then
  echo "60-semeval: ../shared/data/timeline-dev is absent; skipped"
  exit 0
fi
build=${ANNALS_BUILD_DIR:-build}
[[ -x $build/src/annals ]] || fail "$build/src/annals is not built; run the README test command first"

scores=$(bash tools/semeval/run.sh "$build/src/annals") || fail "tools/semeval/run.sh exited with status $?"
echo "$scores"
actual=$(awk '$1 == "airbus" { print $7 }' <<<"$scores")
expected=$(awk '$1 == "airbus" { print $7 }' tools/semeval/baseline.txt)
[[ -n $actual ]] || fail "no Airbus F1 in the output of tools/semeval/run.sh"
[[ -n $expected ]] || fail "no Airbus F1 in tools/semeval/baseline.txt"
awk -v a="$actual" -v e="$expected" 'BEGIN { exit !(a + 1 >= e) }' \
  || fail "Airbus F1 $actual is more than 1 point below the baseline $expected"
echo "60-semeval: Airbus F1 $actual (baseline $expected)"
