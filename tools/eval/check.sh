#!/usr/bin/env bash
# Runs `annals eval` on the TempEval-3 training data in ../shared and fails when value F1 falls
# more than one point below the figure recorded in tools/eval/baseline.txt (accuracy ratchets:
# raise the recorded figure whenever a change improves it). Skips when ../shared is absent.
#   bash tools/eval/check.sh [path/to/annals]
set -euo pipefail
cd "$(dirname "$0")/../.."
annals=${1:-build/src/annals}
data=../shared/data/tempeval3-train
if [[ ! -d "$data" ]]; then
  echo "eval: $data is absent: skipped"
  exit 0
fi
out=$("$annals" eval "$data")
echo "$out"
read -r baseline_value baseline_relaxed < <(grep -v '^#' tools/eval/baseline.txt | head -1)
row=$(echo "$out" | awk '$1=="all"')
relaxed=$(echo "$row" | awk -F'|' '{split($3,a," "); print a[3]}')
value=$(echo "$row" | awk -F'|' '{split($5,a," "); print a[2]}')
echo "eval: value F1 $value (recorded $baseline_value), relaxed F1 $relaxed (recorded $baseline_relaxed)"
python3 - "$value" "$baseline_value" "$relaxed" "$baseline_relaxed" <<'PY'
import sys
value, base_value, relaxed, base_relaxed = map(float, sys.argv[1:5])
if value < base_value - 1.0:
    sys.exit(f"eval: value F1 {value:.2f} fell more than one point below the recorded {base_value:.2f}")
if relaxed < base_relaxed - 1.0:
    sys.exit(f"eval: relaxed F1 {relaxed:.2f} fell more than one point below the recorded {base_relaxed:.2f}")
print("eval: within one point of the recorded figures")
PY
